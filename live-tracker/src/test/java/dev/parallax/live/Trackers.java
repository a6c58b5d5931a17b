package dev.parallax.live;

import dev.parallax.alert.AlertSink;
import dev.parallax.sim.api.Side;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Shared set-up of the tracker tests. */
final class Trackers {

    static final String STRATEGY = "btc-momentum";
    static final double BALANCE = 10_000;
    /** Alert delivery with short waits, so tests run fast; closing gives up on a blocked sink after 200 ms. */
    static final AlertDelivery FAST_ALERTS = new AlertDelivery(Duration.ofMillis(20), Duration.ofMillis(80),
            Duration.ofMillis(200));

    private Trackers() {
    }

    static LiveTrackerSettings settings(Path dir) {
        return LiveTrackerSettings.of(STRATEGY, dir, BALANCE);
    }

    static LiveExecutionTracker open(LiveTrackerSettings settings, TestClock clock, AlertSink... sinks) {
        return LiveExecutionTracker.builder(settings).clock(clock).alertSinks(List.of(sinks)).open();
    }

    static LiveEntry buy(String id, double size, double price, double fee, Instant time) {
        return LiveEntry.of(id, "BTC/USD", Side.BUY, size, price, fee, time);
    }

    static LiveEntry sell(String id, double size, double price, double fee, Instant time) {
        return LiveEntry.of(id, "BTC/USD", Side.SELL, size, price, fee, time);
    }

    /** An exit, not compared with the backtest, of a long BTC/USD trade: a sell. */
    static LiveExit exit(String id, double size, double price, double fee, Instant time) {
        return LiveExit.notCompared(id, "BTC/USD", Side.SELL, size, price, fee, time);
    }

    /** An exit, not compared with the backtest, of a trade in {@code symbol}, on the {@code closing} side. */
    static LiveExit exit(String id, String symbol, Side closing, double size, double price, double fee, Instant time) {
        return LiveExit.notCompared(id, symbol, closing, size, price, fee, time);
    }

    static PriceMark mark(double price, Instant time) {
        return new PriceMark("BTC/USD", price, time);
    }
}
