package dev.parallax.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parallax.parity.ParitySettings;
import dev.parallax.parity.ParityTracker;
import dev.parallax.parity.ParityTrackerRegistry;
import dev.parallax.sim.api.Fill;
import dev.parallax.sim.api.FillType;
import dev.parallax.sim.api.Order;
import dev.parallax.sim.api.Side;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Orders go to a parity tracker, which refuses a second backtest fill for a trade, so an order handed on twice fails these tests. */
class OrderExecutionsTest {

    private static final long T0 = 1_700_000_000_000_000_000L;

    @TempDir
    Path folder;

    private ParityTracker tracker;
    private OrderExecutions recorder;

    @BeforeEach
    void setUp() {
        ParitySettings settings = ParitySettings.builder().dataFolder(folder.resolve("parity"))
                .alertLogFolder(folder.resolve("logs")).build();
        tracker = ParityTrackerRegistry.create(settings).tracker("recorder");
        recorder = new OrderExecutions(tracker::recordBacktest);
    }

    private static Fill fill(String id, double price, double size, long time, boolean partial) {
        return new Fill(id, "X", Side.BUY, price, size, 0.01 * size, FillType.AGGRESSIVE, 0, 0, time, partial);
    }

    /** The backtest fill recorded for {@code id}, read back by completing its trade with a live one. */
    private Fill recorded(String id) {
        tracker.recordLive(new Fill(id, "X", Side.BUY, 100, 1, 0, FillType.TAKER, 1_000_000, 0,
                1_700_000_000_000_000_000L, false));
        return tracker.trade(id).orElseThrow().backtest();
    }

    @Test
    void anOrderIsRecordedOnceItsFillsAddUpToItsSize() {
        recorder.sent(Order.market("a", "X", Side.BUY, 4, T0));
        recorder.fill(fill("a", 100, 1, T0 + 5, true));
        assertEquals(List.of(), tracker.unmatched().backtestOnly());
        recorder.fill(fill("a", 103, 3 - 1e-13, T0 + 9, false));
        assertEquals(List.of("a"), tracker.unmatched().backtestOnly());
        // a sliver notified after the order was recorded changes nothing
        recorder.fill(fill("a", 103, 1e-13, T0 + 7, true));
        recorder.finish();
        Fill a = recorded("a");
        assertEquals(4.0, a.size(), 1e-12);
        assertEquals((100 + 3 * 103) / 4.0, a.price(), 1e-9);
        assertEquals(0.04, a.fee(), 1e-12);
        assertEquals(T0 + 9, a.timeNanos());
        assertEquals(false, a.partial());
    }

    @Test
    void theOrdersFillIsSizeWeightedInSlippageAndTakesTheLastLatencyAndTheLargestPartsType() {
        recorder.sent(Order.limit("w", "X", Side.BUY, 4, 101, T0));
        // 1 at 4 bps taker (latency 7 ms), then 3 resting at -2 bps maker (latency 3 ms), notified
        // out of venue order: the maker part happened last at the venue
        recorder.fill(new Fill("w", "X", Side.BUY, 100, 3, 0.03, FillType.MAKER, 3_000_000, -2, T0 + 9, false));
        recorder.fill(new Fill("w", "X", Side.BUY, 102, 1, 0.01, FillType.TAKER, 7_000_000, 4, T0 + 5, true));
        Fill w = recorded("w");
        // by hand: (4 * 1 + (-2) * 3) / 4 = -0.5 bps; (102 + 300) / 4 = 100.5
        assertEquals(-0.5, w.slippageBps(), 1e-12);
        assertEquals(100.5, w.price(), 1e-12);
        assertEquals(3_000_000, w.latencyNanos());
        assertEquals(T0 + 9, w.timeNanos());
        assertEquals(FillType.MAKER, w.fillType());
        assertEquals(0.04, w.fee(), 1e-12);
    }

    @Test
    void atTheEndAnOrderWithSomeFillsIsRecordedAsItStandsAndOneWithoutIsNot() {
        recorder.sent(Order.limit("part", "X", Side.BUY, 4, 99, T0));
        recorder.sent(Order.limit("none", "X", Side.BUY, 4, 98, T0));
        recorder.fill(fill("part", 99, 1.5, T0 + 3, true));
        recorder.finish();
        assertEquals(List.of("part"), tracker.unmatched().backtestOnly());
        Fill part = recorded("part");
        assertEquals(1.5, part.size(), 0.0);
        assertEquals(true, part.partial(), "recorded with size left");
        recorder.finish(); // nothing is left to record twice
    }

    @Test
    void anOrderCancelledBeforeItWasSentIsNeverRecorded() {
        recorder.sent(Order.market("held", "X", Side.BUY, 1, T0));
        recorder.cancelledBeforeSent("held");
        recorder.finish();
        assertEquals(List.of(), tracker.unmatched().backtestOnly());
    }

    @Test
    void aHeldOrderSentAtTheNextOpenIsRecordedOnceFromItsFills() {
        recorder.sent(Order.market("held", "X", Side.BUY, 2, T0));
        recorder.sent(Order.market("held", "X", Side.BUY, 2, T0 + 100));
        recorder.fill(fill("held", 101, 2, T0 + 100, false));
        recorder.finish();
        assertEquals(List.of("held"), tracker.unmatched().backtestOnly());
        assertEquals(101.0, recorded("held").price(), 0.0);
    }
}
