package dev.parallax.cli.command;

import dev.parallax.adapters.stream.ReplaySettings;
import dev.parallax.adapters.stream.TradeStreamSettings;
import dev.parallax.backtest.BacktestFailedException;
import dev.parallax.backtest.RunClock;
import dev.parallax.backtest.result.BacktestResult;
import dev.parallax.cli.CliException;
import dev.parallax.cli.CommonOptions;
import dev.parallax.cli.ExitCodes;
import dev.parallax.cli.UsageException;
import dev.parallax.cli.backtest.BacktestPlan;
import dev.parallax.cli.backtest.BacktestRunner;
import dev.parallax.cli.backtest.PlanBuilder;
import dev.parallax.cli.config.Durations;
import dev.parallax.cli.live.LiveDatabase;
import dev.parallax.cli.live.LiveStatus;
import dev.parallax.cli.paper.PaperSession;
import dev.parallax.cli.parity.BacktestFills;
import dev.parallax.cli.parity.LimitsInForce;
import dev.parallax.ledger.PositionMode;
import dev.parallax.live.LiveExecutionTracker;
import dev.parallax.live.LiveTrackerSettings;
import dev.parallax.live.RiskLimits;
import dev.parallax.parity.ParitySettings;
import dev.parallax.parity.ParityTracker;
import dev.parallax.parity.ParityTrackerRegistry;
import dev.parallax.parity.StrategyName;
import dev.parallax.parity.state.LimitsStore;
import dev.parallax.sim.api.Fill;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code parallax paper}: runs a strategy in real time on a live trade stream, on the simulated
 * venue, recording every execution in the live tracker, and each order in the parity tracker.
 */
@Command(name = "paper", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Paper trades a strategy found by name (as parallax backtest does) in real time on a live "
                + "trade stream: Bitstamp's WebSocket API v2 channel live_trades_<pair> at --feed (the exchange, "
                + "wss://ws.bitstamp.net, or parallax feed-replay). The trades are built into bars as a backtest "
                + "builds them from a trades file, orders execute on the simulated venue with the backtest's models "
                + "and seed, and each execution is recorded as it happens in the live tracker "
                + "<data-dir>/live/<name>_live.db (or, with --db, PostgreSQL); each order, once filled, in the parity "
                + "tracker.",
                "While the circuit breaker is tripped or parity has disabled the strategy, orders that open or add "
                        + "to a position are rejected to the strategy; orders that reduce it still go out. With "
                        + "--backtest, that backtest's executions are the parity twins, so parity judges the session "
                        + "as it runs. The session ends when the stream closes, or on Ctrl-C.",
                "--position-mode sets how positions are counted on both sides of the session, the simulated "
                        + "account and the live tracker's (kept in its database when it is created); without it an "
                        + "existing database's mode is used for both, and a new one nets, as a backtest does.",
                "With the same trades, settings and seed, paper trading gives exactly the backtest's executions "
                        + "unless the summary counts late events (the stream fell behind the wall clock)."},
        footerHeading = "%nExamples:%n",
        footer = {"  parallax feed-replay --speed 1000 --port 8765 &",
                "  parallax backtest --seed 7 --out bt",
                "  parallax paper --feed ws://127.0.0.1:8765/ --seed 7 --backtest bt/results.json",
                "  parallax paper --strategy sma-cross --feed wss://ws.bitstamp.net --balance 10000 --name btc-paper"})
public final class PaperCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    StrategyOptions strategy;

    @Mixin
    PlanOptions plan;

    @Option(names = "--config", paramLabel = "FILE",
            description = "JSON or YAML config file, as for parallax backtest (its data keys do not apply).")
    Path config;

    @Option(names = "--feed", required = true, paramLabel = "URL",
            description = "WebSocket URL of the trade stream (ws:// or wss://).")
    String feed;

    @Option(names = "--pair", paramLabel = "PAIR", defaultValue = ReplaySettings.DEFAULT_PAIR,
            description = "Pair of the channel, live_trades_<PAIR> (default: ${DEFAULT-VALUE}).")
    String pair;

    @Option(names = "--name", paramLabel = "NAME",
            description = "Name of the live tracker, parity state and alert files (default: the strategy's name).")
    String name;

    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "parallax-data",
            description = "Data folder (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Mixin
    DatabaseOptions database;

    @Option(names = "--backtest", paramLabel = "RESULTS",
            description = "results.json of the backtest to compare with: its executions become the parity twins.")
    Path backtest;

    @Mixin
    RiskLimitOptions riskLimits;

    @Option(names = "--poll", paramLabel = "DURATION", defaultValue = "100ms",
            description = "Longest wait for the stream before due deliveries are made (default: ${DEFAULT-VALUE}).")
    String poll;

    @Mixin
    ParityLimitOptions parityLimits;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        refuseDataOptions();
        BacktestPlan p = PlanBuilder.build(config, strategy, plan);
        String account = name == null ? p.strategy() : name;
        UsageException.parsingOption("--name", () -> StrategyName.of(account));
        TradeStreamSettings stream = UsageException.parsingOption("--feed or --pair",
                () -> TradeStreamSettings.of(URI.create(feed), pair, p.data().symbol()));
        Duration wait = Durations.parse("--poll", poll);
        RiskLimits limits = riskLimits.limits();
        Path parityFolder = dataDir.resolve("parity");
        LimitsInForce parityLimitsInForce = LimitsInForce.saved(parityFolder, account, parityLimits::apply,
                parityLimits.overrides());
        new LimitsStore(parityFolder).saveIfChanged(account, parityLimitsInForce.limits(), Instant.now());
        ParityTrackerRegistry registry = new ParityTrackerRegistry(ParitySettings.builder().dataFolder(parityFolder)
                .alertLogFolder(dataDir.resolve("logs")).limits(parityLimitsInForce.limits()).build(),
                Clock.systemUTC(), List.of());
        Optional<PositionMode> requested = strategy.positionMode == null ? Optional.empty()
                : Optional.of(p.positionMode());
        // one mode on both sides of the session: the flag's, else the one the live account keeps, else the
        // session's own (a backtest's, netting by default)
        PositionMode mode = LiveDatabase.positionMode(database.location(dataDir), account, requested, p.positionMode());
        LiveTrackerSettings settings = LiveDatabase.settings(dataDir, account, p.balance(), limits, mode);
        try (LiveExecutionTracker live = LiveDatabase.builder(database.location(dataDir), settings, false)
                .parity(registry).open()) {
            ParityTracker parity = registry.tracker(account);
            int twins = backtest == null ? 0 : loadTwins(parity, BacktestFills.read(backtest));
            PaperSession session = new PaperSession(BacktestRunner.config(p).toBuilder().positionMode(mode).build(),
                    live, parity, RunClock.realTime(wait));
            out.printf("paper: %s on %s %s, %s bars, seed %d, recording as '%s' in %s%n", p.strategy(), stream.url(),
                    stream.channel(), Durations.format(p.data().bar()), p.simulator().seed(), account,
                    database.location(dataDir).describe(account));
            if (backtest != null) {
                out.printf("paper: %d backtest executions from %s are the parity twins%n", twins, backtest);
            }
            out.flush();
            BacktestResult result = runUntilEnd(session, p, stream);
            out.printf("paper: %d events, %d fills, %d executions recorded, %d late events%s%n", result.events(),
                    result.execution().fills(), session.recordedExecutions(), session.lateEvents(),
                    session.lateEvents() == 0 ? " (exactly a backtest of the same trades)" : "");
            LiveStatus.print(out, live);
            out.printf("parity: %s, %d trades compared%s%n", parity.status(), parity.completedTrades(),
                    parity.isDisabled() ? " (" + parity.disableReason() + ")" : "");
        }
        return ExitCodes.OK;
    }

    /** Runs the session; Ctrl-C stops it cleanly, recording what is due, before the JVM exits. */
    private BacktestResult runUntilEnd(PaperSession session, BacktestPlan p, TradeStreamSettings stream) {
        CountDownLatch done = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            session.stop();
            try {
                done.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "paper-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            return session.run(BacktestRunner.strategy(p), stream, p.data().bar());
        } catch (BacktestFailedException e) {
            throw new CliException("paper trading " + e.getMessage(), e);
        } finally {
            done.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: it waits for this run to end
            }
        }
    }

    /** Records the backtest's executions as parity twins; those the tracker already holds are skipped. */
    private static int loadTwins(ParityTracker parity, List<Fill> executions) {
        int added = 0;
        for (Fill execution : executions) {
            if (parity.hasBacktest(execution.orderId())) {
                continue;
            }
            parity.recordBacktest(execution);
            added++;
        }
        return added;
    }

    private void refuseDataOptions() {
        String given = plan.data != null ? "--data" : plan.format != null ? "--format" : plan.from != null ? "--from"
                : plan.to != null ? "--to" : plan.barTime != null ? "--bar-time" : plan.lenient != null ? "--lenient"
                : null;
        if (given != null) {
            throw new UsageException(given + " does not apply to paper trading: the data is the trade stream of "
                    + "--feed");
        }
    }
}
