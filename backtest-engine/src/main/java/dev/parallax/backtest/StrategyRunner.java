package dev.parallax.backtest;

import dev.parallax.backtest.result.BacktestResult;
import dev.parallax.sim.api.ModelSettings;
import dev.parallax.sim.api.Preconditions;
import dev.parallax.sim.api.data.Bar;
import dev.parallax.sim.api.data.MarketDataSource;
import dev.parallax.sim.api.data.MarketEvent;
import dev.parallax.sim.api.data.Quote;
import dev.parallax.sim.api.data.TradeTick;
import dev.parallax.sim.api.spi.ExecutionVenueProvider;
import dev.parallax.sim.api.spi.ModelCatalog;
import dev.parallax.sim.api.strategy.Strategy;
import dev.parallax.sim.api.venue.VenueFactory;
import dev.parallax.sim.core.venue.SimulatedVenueProvider;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;

/**
 * Runs any {@link Strategy} against a market feed (a {@link MarketDataSource}) and an execution
 * venue, on one clock: the same path for a backtest, paper trading and live trading. A backtest is
 * this runner over the merged historical sources, the simulated venue and {@link RunClock#HISTORICAL}
 * ({@link BacktestEngine}); paper trading is the same over a live feed with {@link RunClock#realTime}.
 *
 * <p><b>One clock: event time.</b> Each event is applied at the venue at its own time and delivered
 * to the strategy after its market-data latency, fills reach the account and the strategy when the
 * venue notifies them, exactly as {@link BacktestEngine} describes, whatever the clock. The clock
 * decides only how the runner waits:
 * <ul>
 *   <li>historical: the feed is read as fast as it answers;</li>
 *   <li>real time: the runner waits at most {@link RunClock#poll()} at a time for the next event. While
 *       the feed is quiet it makes every market-data delivery due strictly before the <em>horizon</em>,
 *       the last event's time plus the wall time elapsed since it arrived; each is made as the
 *       historical run makes it before the next event (the clock moves to its due time; the simulator
 *       too when something is in flight, with the fill notifications due by then, which then reach the
 *       account and the strategy). Fill notifications due with no delivery before them wait, as in
 *       the historical run, for the next moment the run acts (an event or a delivery): delivering them
 *       earlier would let the strategy act at a moment the historical run does not have.</li>
 * </ul>
 * <b>The rule that makes real time equal to history:</b> a real-time run gives exactly the historical
 * run's fills and results whenever no delivery made while the feed was quiet was due at or after the
 * next event's first moment at the venue (its own time for a trade or a quote; for a bar, its first
 * point, a quarter into the bar). It is enough that each event arrives before the horizon passes that
 * moment, which a feed replayed at real time or faster does unless a transport delay exceeds the time
 * the speed-up saves (at exactly real time, any delay at all). {@link #lateEvents()} counts the events
 * that broke the rule: once it is above zero the run is no longer the historical one. An event whose
 * own time the run's clock has passed is applied at the clock instead; the run goes on.
 *
 * <p><b>Stopping.</b> The run ends when the feed ends (a live feed ends when it is closed, from any
 * thread) or when {@link #stop()} is called from another thread: the real-time runner sees it within
 * one poll; the historical runner before the next event. Either way what is still on its way is
 * delivered (market events, then fill notifications), {@code onStop} is called and the result is
 * returned. A feed that waits inside {@code hasNext} (one that does not override
 * {@code awaitNext}) is woken only by an event or by closing it.
 *
 * <p><b>A live venue</b> (one that is not a {@code MatchingVenue}) is shown no market; in real time
 * it is asked for what it has received ({@code ExecutionVenue.advanceTo}) after each event and
 * whenever the feed is quiet, so its executions reach the account without waiting for market data.
 *
 * <p><b>Hooks</b> for paper and live trading: an {@link ExecutionListener} hears every execution the
 * account applies, and an {@link EntryGate} is asked before any order that opens or adds to a
 * position goes out. A runner runs once; build another for the next run.
 */
public final class StrategyRunner {

    private final BacktestConfig config;
    private final EngineObserver observer;
    private final VenueFactory venues;
    private final ExecutionListener executions;
    private final OrderExecutionListener orderExecutions;
    private final EntryGate gate;
    private final RunClock clock;
    private final LongSupplier wallNanos;
    private final AtomicBoolean used = new AtomicBoolean();
    private volatile boolean stopped;
    private volatile long lateEvents;

    private StrategyRunner(Builder b) {
        this.config = b.config;
        this.observer = b.observer;
        this.venues = b.venues;
        this.executions = b.executions;
        this.orderExecutions = b.orderExecutions;
        this.gate = b.gate;
        this.clock = b.clock;
        this.wallNanos = b.wallNanos;
    }

    /** A builder for a run with {@code config}: by default historical, on the simulated venue, with no hooks. */
    public static Builder builder(BacktestConfig config) {
        return new Builder(config);
    }

    /**
     * Runs {@code strategy} over {@code feed} until the feed ends or {@link #stop()} is called, then
     * closes the feed.
     *
     * @throws BacktestFailedException if the strategy, a hook or the feed throws, or the data is
     *                                 invalid; it holds the results up to that point
     * @throws IllegalStateException   if this runner has run before
     */
    public BacktestResult run(Strategy strategy, MarketDataSource feed) {
        Preconditions.notNull("strategy", strategy);
        Preconditions.notNull("feed", feed);
        if (!used.compareAndSet(false, true)) {
            throw new IllegalStateException("a StrategyRunner runs once; build another for the next run");
        }
        return execute(new BacktestRun(config, strategy, observer, true, new RunHooks(venues, executions, orderExecutions, gate)), feed);
    }

    /**
     * Asks the run to end: from any thread, at any time (before the run starts too). What is due is
     * still delivered, {@code onStop} is called, and {@link #run} returns the result.
     */
    public void stop() {
        stopped = true;
    }

    /**
     * Real time only: events that arrived after the run, while the feed was quiet, had made a delivery
     * due at or after their first moment at the venue, or had moved past their time (those are applied
     * at the run's clock). Zero means the run is exactly the historical run of the same events.
     */
    public long lateEvents() {
        return lateEvents;
    }

    /** Runs {@code run} over {@code feed}, then closes the feed; the tests give their own runs. */
    BacktestResult execute(BacktestRun run, MarketDataSource feed) {
        MarketEvent current = null;
        try (feed) {
            boolean started = false;
            long lastTime = 0;
            long lastArrival = 0;
            long quietReach = Long.MIN_VALUE;
            boolean realTime = clock.isRealTime();
            while (!stopped) {
                if (realTime && !feed.awaitNext(clock.poll())) {
                    if (started) {
                        quietReach = Math.max(quietReach, run.deliverBefore(horizon(lastTime, lastArrival)));
                        run.pollVenue();
                    }
                    continue;
                }
                if (!feed.hasNext()) {
                    break;
                }
                current = feed.next();
                if (!started) {
                    run.start(current.timeNanos());
                    started = true;
                } else if (realTime) {
                    current = checkedForLateness(run, current, quietReach);
                    quietReach = Long.MIN_VALUE;
                }
                run.handle(current);
                if (realTime) {
                    run.pollVenue();
                    lastTime = current.timeNanos();
                    lastArrival = wallNanos.getAsLong();
                }
            }
            if (!started) {
                run.start(0L);
            }
            run.finish();
        } catch (RuntimeException e) {
            BacktestResult partial;
            try {
                partial = run.result();
            } catch (RuntimeException resultFailure) {
                e.addSuppressed(resultFailure);
                partial = null;
            }
            throw new BacktestFailedException(describe(e, current), e, partial);
        }
        return run.result();
    }

    /**
     * {@code event} as the run can apply it: counted late if a delivery made while the feed was quiet
     * was due at or after the event's first moment at the venue (the historical run would have made
     * it after the event), and moved to the run's clock if its own time has passed.
     */
    private MarketEvent checkedForLateness(BacktestRun run, MarketEvent event, long quietReach) {
        long floor = run.floorNanos();
        boolean overtaken = quietReach != Long.MIN_VALUE && run.firstVenueNanos(event) <= quietReach;
        if (overtaken || event.timeNanos() < floor) {
            lateEvents++;
        }
        return event.timeNanos() < floor ? at(event, floor) : event;
    }

    /** The last event's time plus the wall time since it arrived, saturating at the end of the time line. */
    private long horizon(long lastTime, long lastArrival) {
        long elapsed = Math.max(0L, wallNanos.getAsLong() - lastArrival);
        long h = lastTime + elapsed;
        return h < lastTime ? Long.MAX_VALUE : h;
    }

    /** {@code event} moved to {@code timeNanos}, a later time. */
    private static MarketEvent at(MarketEvent event, long timeNanos) {
        if (event instanceof Bar b) {
            return new Bar(b.symbol(), timeNanos, b.open(), b.high(), b.low(), b.close(), b.volume());
        }
        if (event instanceof TradeTick t) {
            return new TradeTick(t.symbol(), timeNanos, t.price(), t.size(), t.aggressor());
        }
        if (event instanceof Quote q) {
            return new Quote(q.symbol(), timeNanos, q.bid(), q.ask(), q.bidSize(), q.askSize());
        }
        throw new IllegalArgumentException("unknown market event type " + event.getClass().getName());
    }

    private static String describe(RuntimeException e, MarketEvent event) {
        String where = event == null ? "before the first event"
                : "at " + Times.instant(event.timeNanos()) + " handling " + event.getClass().getSimpleName() + " of "
                        + event.symbol();
        return "backtest stopped " + where + ": " + e.getMessage();
    }

    /** Builds a {@link StrategyRunner}; every part has a default. */
    public static final class Builder {

        private final BacktestConfig config;
        private EngineObserver observer = EngineObserver.NONE;
        private VenueFactory venues = SimulatedVenueProvider.FACTORY;
        private ExecutionListener executions = ExecutionListener.NONE;
        private OrderExecutionListener orderExecutions = OrderExecutionListener.NONE;
        private EntryGate gate = EntryGate.OPEN;
        private RunClock clock = RunClock.HISTORICAL;
        private LongSupplier wallNanos = System::nanoTime;

        private Builder(BacktestConfig config) {
            this.config = Preconditions.notNull("config", config);
        }

        /** Shows every event's outcome to {@code value}; none by default. */
        public Builder observer(EngineObserver value) {
            this.observer = Preconditions.notNull("observer", value);
            return this;
        }

        /** Opens the run's venue with {@code value}; the simulated venue by default. */
        public Builder venue(VenueFactory value) {
            this.venues = Preconditions.notNull("venue", value);
            return this;
        }

        /**
         * Opens the run's venue with provider {@code name} of {@link ExecutionVenueProvider}, found with
         * {@link java.util.ServiceLoader} and configured by {@code settings}.
         *
         * @throws IllegalArgumentException for an unknown name (the message lists the known ones) or a
         *                                  setting the provider refuses
         */
        public Builder venue(String name, ModelSettings settings) {
            Preconditions.notNull("settings", settings);
            this.venues = ModelCatalog.load(ExecutionVenueProvider.class).provider(name).create(settings);
            return this;
        }

        /** Tells {@code value} of every execution the account applies; nothing by default. */
        public Builder executions(ExecutionListener value) {
            this.executions = Preconditions.notNull("executions", value);
            return this;
        }

        /**
         * Tells {@code value} of each order's execution, its fills summed (see {@link OrderExecutions}):
         * what parity compares; nothing by default.
         */
        public Builder orderExecutions(OrderExecutionListener value) {
            this.orderExecutions = Preconditions.notNull("orderExecutions", value);
            return this;
        }

        /** Asks {@code value} before an order that opens or adds to a position goes out; {@link EntryGate#OPEN} by default. */
        public Builder entryGate(EntryGate value) {
            this.gate = Preconditions.notNull("entryGate", value);
            return this;
        }

        /** Runs on {@code value}; {@link RunClock#HISTORICAL} by default. */
        public Builder clock(RunClock value) {
            this.clock = Preconditions.notNull("clock", value);
            return this;
        }

        /** The wall clock of a real-time run, in nanoseconds from any origin; {@link System#nanoTime} but in tests. */
        Builder wallClock(LongSupplier value) {
            this.wallNanos = Preconditions.notNull("wallClock", value);
            return this;
        }

        /** The runner. */
        public StrategyRunner build() {
            return new StrategyRunner(this);
        }
    }
}
