package dev.parallax.cli.paper;

import dev.parallax.adapters.data.TimeBarAggregator;
import dev.parallax.adapters.stream.TradeStreamSettings;
import dev.parallax.adapters.stream.TradeStreamSource;
import dev.parallax.backtest.AccountView;
import dev.parallax.backtest.BacktestConfig;
import dev.parallax.backtest.EngineObserver;
import dev.parallax.backtest.EntryGate;
import dev.parallax.backtest.ReadAheadSource;
import dev.parallax.backtest.RunClock;
import dev.parallax.backtest.StrategyRunner;
import dev.parallax.backtest.result.BacktestResult;
import dev.parallax.live.LiveExecution;
import dev.parallax.live.LiveExecutionTracker;
import dev.parallax.live.PriceMark;
import dev.parallax.parity.ParityTracker;
import dev.parallax.sim.api.Fill;
import dev.parallax.sim.api.Order;
import dev.parallax.sim.api.Preconditions;
import dev.parallax.sim.api.data.Bar;
import dev.parallax.sim.api.data.MarketDataSource;
import dev.parallax.sim.api.strategy.Strategy;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One paper-trading session: a strategy run by {@link StrategyRunner} over a market feed, executing
 * on the simulated venue with the backtest's models and seed. {@code parallax paper} runs it in real
 * time over a live trade stream ({@link TradeStreamSource}, built into bars as a backtest builds them
 * from a trades file); {@code parallax demo} runs its live half as a session on the historical clock
 * over the bars it read.
 *
 * <p>What it records, as it happens:
 * <ul>
 *   <li>every execution the account applies, as a {@link LiveExecution} numbered within its order
 *       (1, 2, ... in the order the fills are notified), durable in the live tracker before the
 *       strategy hears of it; once an order's last fill is recorded the live tracker hands the
 *       order, its fills summed, to the parity tracker attached to it, so a partly filled resting
 *       order loses nothing if the session stops;</li>
 *   <li>each bar's close as a price mark, which values the open trades and feeds the circuit breaker.</li>
 * </ul>
 * Before an order that opens or adds to a position goes out, the session asks the live tracker's
 * circuit breaker and the parity tracker: while either refuses, the order is rejected to the strategy
 * with the reason, and orders that only reduce a position still go out. A strategy disabled by parity
 * stays disabled across sessions (its state is saved), so it sends no new entries.
 *
 * <p>The same trades, strategy, models and seed give exactly the backtest's executions whenever the
 * runner counts no late event ({@link #lateEvents()}); see {@link StrategyRunner} for the rule.
 */
public final class PaperSession {

    private final BacktestConfig config;
    private final LiveExecutionTracker live;
    private final ParityTracker parity;
    private final RunClock clock;
    private final AtomicLong recorded = new AtomicLong();
    private final AtomicLong recordedOrders = new AtomicLong();
    private final AtomicLong refusedByBreaker = new AtomicLong();
    private final AtomicLong refusedByParity = new AtomicLong();
    /** How many fills of each order were recorded, which numbers the next one; touched by the run's thread only. */
    private final Map<String, Integer> fillsOfOrder = new HashMap<>();
    private volatile StrategyRunner runner;

    /**
     * A session with the engine settings {@code config} (without a parity tracker: the backtest side
     * of parity comes from the backtest), recording in {@code live}, whose parity tracker is
     * {@code parity}, on {@code clock}: {@link RunClock#realTime} for a live stream,
     * {@link RunClock#HISTORICAL} for recorded data.
     */
    public PaperSession(BacktestConfig config, LiveExecutionTracker live, ParityTracker parity, RunClock clock) {
        this.config = Preconditions.notNull("config", config);
        this.live = Preconditions.notNull("live", live);
        this.parity = Preconditions.notNull("parity", parity);
        this.clock = Preconditions.notNull("clock", clock);
        if (config.parityTracker().isPresent()) {
            throw new IllegalArgumentException("config must not have a parity tracker: the session's parity tracker "
                    + "gets the live side, the backtest gives the other");
        }
    }

    /**
     * Runs {@code strategy} on the trades of {@code stream}, built into bars of {@code bar}, until the
     * stream ends or {@link #stop()} is called; then closes the stream.
     *
     * @throws dev.parallax.backtest.BacktestFailedException if the strategy, the stream or a
     *         recording fails; what was recorded before stays recorded
     */
    public BacktestResult run(Strategy strategy, TradeStreamSettings stream, Duration bar) {
        Preconditions.notNull("strategy", strategy);
        Preconditions.notNull("bar", bar);
        return run(strategy, new ReadAheadSource(new TimeBarAggregator(TradeStreamSource.open(stream), bar), 4_096),
                EngineObserver.NONE);
    }

    /**
     * Runs {@code strategy} on {@code feed} until it ends or {@link #stop()} is called; then closes the
     * feed. After each event, once its executions are recorded and its bar close is marked,
     * {@code observer} sees it (the live tracker and the parity tracker as they then stand).
     *
     * @throws dev.parallax.backtest.BacktestFailedException if the strategy, the feed, a recording or
     *         the observer fails; what was recorded before stays recorded
     */
    public BacktestResult run(Strategy strategy, MarketDataSource feed, EngineObserver observer) {
        Preconditions.notNull("strategy", strategy);
        Preconditions.notNull("feed", feed);
        Preconditions.notNull("observer", observer);
        EngineObserver marks = marks();
        StrategyRunner r = StrategyRunner.builder(config).clock(clock)
                .executions(this::record)
                .entryGate(this::refusal)
                .observer((event, account) -> {
                    marks.afterEvent(event, account);
                    observer.afterEvent(event, account);
                })
                .build();
        this.runner = r;
        return r.run(strategy, feed);
    }

    /** Asks a running session to end: what is due is delivered and recorded, then {@link #run} returns. */
    public void stop() {
        StrategyRunner r = runner;
        if (r != null) {
            r.stop();
        }
    }

    /** Executions (fills) recorded in the live tracker so far. */
    public long recordedExecutions() {
        return recorded.get();
    }

    /** Orders with at least one execution recorded so far. */
    public long recordedOrders() {
        return recordedOrders.get();
    }

    /** Orders that would have opened or added to a position and were rejected while the circuit breaker was tripped. */
    public long refusedByBreaker() {
        return refusedByBreaker.get();
    }

    /** Orders that would have opened or added to a position and were rejected while parity had disabled the strategy. */
    public long refusedByParity() {
        return refusedByParity.get();
    }

    /** Events that reached the runner too late to keep the run equal to a backtest of the same trades (0 is exact). */
    public long lateEvents() {
        StrategyRunner r = runner;
        return r == null ? 0 : r.lateEvents();
    }

    /** Records {@code fill} as the next execution of its order; a failure stops the run. */
    private void record(Fill fill, AccountView account) {
        int sequence = fillsOfOrder.merge(fill.orderId(), 1, Integer::sum);
        live.recordExecution(new LiveExecution(fill, sequence));
        recorded.incrementAndGet();
        if (sequence == 1) {
            recordedOrders.incrementAndGet();
        }
    }

    /**
     * Why an order that opens or adds to a position may not go out now; empty when it may. The
     * breaker is asked at the order's own time (the run's clock), the time its executions will be
     * judged at: over recorded data that is the data's time, not the wall clock's.
     */
    private Optional<String> refusal(Order order) {
        Optional<String> breaker = live.entryRefusal(Instant.ofEpochSecond(0, order.timeNanos()));
        if (breaker.isPresent()) {
            refusedByBreaker.incrementAndGet();
            return breaker.map(reason -> "circuit breaker: " + reason);
        }
        if (parity.isDisabled()) {
            refusedByParity.incrementAndGet();
            return Optional.of("strategy disabled by parity: " + parity.disableReason());
        }
        return Optional.empty();
    }

    /** Marks each bar's close in the live tracker. */
    private EngineObserver marks() {
        return (event, account) -> {
            if (event instanceof Bar b) {
                live.mark(new PriceMark(b.symbol(), b.close(), Instant.ofEpochSecond(0, b.timeNanos())));
            }
        };
    }
}
