package dev.parallax.examples.parity;

import dev.parallax.parity.DailyParityReport;
import dev.parallax.parity.ParitySettings;
import dev.parallax.parity.ParityThresholds;
import dev.parallax.parity.ParityTracker;
import dev.parallax.parity.ParityTrackerRegistry;
import dev.parallax.sim.api.EpochNanos;
import dev.parallax.sim.api.Fill;
import dev.parallax.sim.api.FillType;
import dev.parallax.sim.api.Side;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The parity workflow: record each trade's backtest and live execution under one trade id, read the
 * daily report, watch the strategy get disabled when live drifts too far, and reset it as an operator.
 */
public final class ParityWorkflowExample {

    private ParityWorkflowExample() {
    }

    /** Runs the example with its state under {@code data/parity-example}. */
    public static void main(String[] args) {
        run(Path.of(args.length > 0 ? args[0] : "data/parity-example"), System.out);
    }

    /** Runs the example with its files in {@code folder}; returns the tracker. */
    public static ParityTracker run(Path folder, PrintStream out) {
        ParitySettings settings = ParitySettings.builder().dataFolder(folder.resolve("parity"))
                .alertLogFolder(folder.resolve("logs"))
                .thresholds(new ParityThresholds(20, 50, 100, 30, 15, 10, 1_000, 200, 3)).build();
        ParityTrackerRegistry registry = new ParityTrackerRegistry(settings, Clock.systemUTC(), List.of());
        ParityTracker tracker = registry.tracker("btc-example");
        if (tracker.isDisabled()) {
            tracker.reset("example", "a new run of the example");
        }
        Instant day = Instant.parse("2024-03-04T10:00:00Z");
        for (int i = 0; i < 8; i++) {
            String id = "T-" + (i + 1);
            Instant t = day.plusSeconds(600L * i);
            double price = 60_000 + 10 * i;
            Side side = i % 2 == 0 ? Side.BUY : Side.SELL;
            // the backtest's fill and the live one share the client order id, which is the trade id
            tracker.recordBacktest(new Fill(id, "BTC/USD", side, price, 0.1, 0.6, FillType.TAKER, 0, 0, nanos(t), false));
            // live fills later and worse each trade: slippage grows from 2 to 86 bps
            double slipBps = 2 + 12 * i;
            double livePrice = price * (1 + side.sign() * slipBps / 10_000.0);
            tracker.recordLive(new Fill(id, "BTC/USD", side, livePrice, 0.1, 0.6, FillType.TAKER, 250_000_000, slipBps,
                    nanos(t.plusMillis(250)), false));
            out.printf("%s completed, status %s%n", id, tracker.status());
        }
        DailyParityReport report = tracker.dailyReport(LocalDate.ofInstant(day, ZoneOffset.UTC));
        out.printf("day %s: %d trades, tracking error %.1f bps, P&L difference %.1f bps, slippage %.1f bps%n",
                report.date(), report.matchedTrades(), report.trackingErrorBps(), report.pnlDifferenceBps(),
                report.attribution().slippageBps());
        out.println(tracker.isDisabled() ? "disabled: " + tracker.disableReason() : "still " + tracker.status());
        return tracker;
    }

    private static long nanos(Instant time) {
        return EpochNanos.of(time);
    }
}
