package dev.parallax.backtest;

import dev.parallax.backtest.result.BacktestResult;
import dev.parallax.sim.api.Preconditions;
import dev.parallax.sim.api.data.MarketDataSource;
import dev.parallax.sim.api.strategy.Strategy;
import java.util.List;

/**
 * Runs a strategy over market data, event by event, through the execution simulator: a
 * {@link StrategyRunner} over the merged sources, the simulated venue and the historical clock.
 *
 * <p>The sources are merged in time order (ties go to the earlier source). For each event:
 * <ul>
 *   <li><b>bar</b>: the simulator sees the bar's path as four snapshots, open, then high and low
 *       (low first when the low is nearer the open), then close, at a quarter, half, three quarters
 *       and the end of the bar's interval (its length is the smallest gap between the symbol's bars,
 *       so a Monday bar after a weekend still opens on Monday);
 *       orders held from the previous bar ({@link BarExecution#NEXT_BAR_OPEN}) are sent at the open
 *       snapshot. Limit orders fill when the path reaches them. Then the strategy's
 *       {@code onBar};</li>
 *   <li><b>trade</b>: the simulator sees the trade (and, without quotes, a snapshot around its
 *       price); then {@code onTrade};</li>
 *   <li><b>quote</b>: the simulator sees the quote; then {@code onQuote}.</li>
 * </ul>
 * Fills reach the portfolio and the strategy's {@code onFill} when the simulator notifies them
 * (after the fill-notification latency).
 *
 * <p><b>Market data arrives late</b> ({@link BacktestConfig#marketDataLatency()}, on by default): the
 * simulated venue applies each event at its own time, as above, but the strategy's callback for it
 * comes at {@code max(previous delivery, event time + delay)}, the delay a {@code MARKET_DATA} draw of
 * the run's latency model (5-50 ms with the default model) from a random stream of its own (see
 * {@code MarketDataDelay}: the first split of {@code new SplittableRandom(seed)}), so the simulator's
 * own draws do not move. The maximum keeps events in time order for the strategy. Venue events and
 * deliveries interleave by time; at equal times the venue goes first. Before a delivery the clock, and
 * the simulator when something is in flight, moves to the delivery time, so orders and fill
 * notifications due by then have arrived; the strategy's orders are stamped with that time, go
 * through the order-submit latency as always and meet the market in force when they arrive, which
 * may have moved since the event the strategy acted on. {@code lastPrice} answers with the price of
 * the last event the strategy has seen; position, cash and equity are the account's. Events still
 * on their way when the data ends are delivered before {@code onStop}. Switched off, every event
 * reaches the strategy at its own time, right after the venue applied it. At the end, fills still in flight are delivered,
 * {@code onStop} is called, and the results are assembled.
 *
 * <p>The same data, strategy, configuration and seed give identical results. A strategy that
 * throws, or data that is rejected, stops the run with a {@link BacktestFailedException} carrying
 * the results so far. An engine can run many backtests, one after another or at once: each run has
 * its own state.
 */
public final class BacktestEngine {

    private final BacktestConfig config;
    private final EngineObserver observer;

    /** An engine with {@code config} and no observer. */
    public BacktestEngine(BacktestConfig config) {
        this(config, EngineObserver.NONE);
    }

    /** An engine with {@code config} that shows every event's outcome to {@code observer}. */
    public BacktestEngine(BacktestConfig config, EngineObserver observer) {
        this.config = Preconditions.notNull("config", config);
        this.observer = Preconditions.notNull("observer", observer);
    }

    /** Runs {@code strategy} over one source. */
    public BacktestResult run(Strategy strategy, MarketDataSource source) {
        return run(strategy, List.of(source));
    }

    /**
     * Runs {@code strategy} over the merged {@code sources}, then closes them: a {@link StrategyRunner}
     * over the merged sources, the simulated venue and the historical clock.
     *
     * @throws BacktestFailedException if the strategy throws or the data is invalid; it holds the
     *                                 results up to that point
     */
    public BacktestResult run(Strategy strategy, List<MarketDataSource> sources) {
        Preconditions.notNull("strategy", strategy);
        return execute(new BacktestRun(config, strategy, observer, true), sources);
    }

    /** Runs {@code run} over the merged {@code sources}, then closes them; the tests give their own runs. */
    BacktestResult execute(BacktestRun run, List<MarketDataSource> sources) {
        return StrategyRunner.builder(config).observer(observer).build().execute(run, new EventMerger(sources));
    }
}
