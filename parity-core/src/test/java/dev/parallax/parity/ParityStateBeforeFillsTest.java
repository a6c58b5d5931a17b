package dev.parallax.parity;

import static dev.parallax.parity.SameParity.DAY;
import static dev.parallax.parity.SameParity.assertSameParity;
import static dev.parallax.parity.Trades.backtest;
import static dev.parallax.parity.Trades.live;
import static dev.parallax.parity.Trades.noonUtc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.sim.api.EpochNanos;
import dev.parallax.sim.api.Fill;
import dev.parallax.sim.api.FillType;
import dev.parallax.sim.api.Side;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * States and archived trades written before fills (parity state format 2, archived trade format 1:
 * executions with slippage as a fraction and live executions without symbol, side or size) are
 * still read, built here byte by byte as the old build wrote them.
 */
class ParityStateBeforeFillsTest {

    private static final Instant NOW = Instant.parse("2024-03-10T18:00:00Z");
    /** 2^-12 as a fraction, exactly 2.44140625 bps, so the conversion loses no bit. */
    private static final double SLIPPAGE_FRACTION = 0x1p-12;

    @TempDir
    Path dir;

    private ParityTracker tracker(String folder) {
        ParitySettings settings = ParitySettings.builder().dataFolder(dir.resolve(folder))
                .alertLogFolder(dir.resolve("logs")).build();
        return ParityTrackerRegistry.withSinks(settings, Clock.fixed(NOW, ZoneOffset.UTC), List.of()).tracker("old");
    }

    @Test
    void aFormatTwoStateIsRestoredWithSlippageInBpsAndTheLiveFillTakingItsTwinsSymbolSideAndSize() {
        Fill open = backtest("t0", Side.BUY, 2, 100, noonUtc(DAY), 0.02);
        Fill b = backtest("t1", Side.SELL, 1.5, 100, noonUtc(DAY), 0.01);
        Fill l = new Fill("t1", "BTCUSDT", Side.SELL, 99.97, 1.5, 0.012, FillType.TAKER, 30_000_000, 2.44140625,
                EpochNanos.of(noonUtc(DAY).plusMillis(30)), false);
        ParityTracker saved = tracker("saved");
        saved.recordBacktest(open);
        saved.recordBacktest(b);
        saved.recordLive(l);
        byte[] three = saved.saveState();

        int cut = ledgerStart(ParityStateFormat.FORMAT).toByteArray().length + 4 + 4 + 4 + fillBytes(open) + fillBytes(b)
                + fillBytes(l);
        StateOutput old = ledgerStart(ParityStateFormat.FORMAT_BEFORE_FILLS);
        old.writeInt(1);
        OldExecutions.writeBacktest(old, open);
        old.writeInt(0);
        old.writeInt(1);
        OldExecutions.writeBacktest(old, b);
        OldExecutions.writeLive(old, l, SLIPPAGE_FRACTION);
        byte[] two = withTail(old.toByteArray(), three, cut);

        ParityTracker restored = tracker("restored");
        restored.recordBacktest(open);
        restored.recordBacktest(b);
        restored.restoreState(two);
        assertSameParity(saved, restored, 2);
        assertEquals(2.44140625, restored.trade("t1").orElseThrow().live().slippageBps(), 0);
        assertEquals(Side.SELL, restored.trade("t1").orElseThrow().live().side());
    }

    @Test
    void aFormatTwoStateHoldingALiveExecutionWithoutItsTwinIsRefusedAndNothingChanges() {
        StateOutput old = ledgerStart(ParityStateFormat.FORMAT_BEFORE_FILLS);
        old.writeInt(0);
        old.writeInt(1);
        OldExecutions.writeLive(old, live("x", 100, noonUtc(DAY), 0, 0, 1), 0);
        old.writeInt(0);
        old.writeLong(0); // archived count
        old.writeLong(0); // inputs' digest: count
        old.writeLong(0); //                 sum
        old.writeInt(0); // days
        old.writeInt(0); // backtest returns
        old.writeInt(0); // live returns
        old.writeText("ACTIVE");
        old.writeText("");
        old.writeBoolean(false);
        byte[] two = withCrc(old.toByteArray());

        ParityTracker tracker = tracker("refuses");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> tracker.restoreState(two));

        assertTrue(e.getMessage().contains("format 2 holds 1 live execution(s) without their backtest twin"),
                e.getMessage());
        assertEquals(0, tracker.unmatched().liveOnlyCount());
        assertEquals(ParityStatus.ACTIVE, tracker.status());
        assertTrue(tracker.recordLive(live("x", 100, noonUtc(DAY), 0, 0, 1)).isEmpty(), "still takes the live fill");
    }

    @Test
    void anArchivedTradeOfFormatOneDecodesToTheSameComparisonAsItsFills() {
        Fill b = backtest("t9", Side.SELL, 2.5, 101.25, noonUtc(DAY), 0.3);
        Fill l = new Fill("t9", "BTCUSDT", Side.SELL, 101.2, 2.5, 0.31, FillType.TAKER, 40_000_000, 2.44140625,
                EpochNanos.of(noonUtc(DAY).plusMillis(40)), false);
        StateOutput old = new StateOutput();
        old.writeInt(ArchivedTrade.FORMAT_BEFORE_FILLS);
        OldExecutions.writeBacktest(old, b);
        OldExecutions.writeLive(old, l, SLIPPAGE_FRACTION);

        assertEquals(TradeComparison.of(b, l), ArchivedTrade.decode("t9", old.toByteArray()));
    }

    /** The magic number, {@code format} and the default limits. */
    private static StateOutput ledgerStart(int format) {
        StateOutput out = new StateOutput();
        out.writeInt(0x504C5850);
        out.writeInt(format);
        out.writeText(ParitySettings.DEFAULTS.limits().toString());
        return out;
    }

    private static int fillBytes(Fill fill) {
        StateOutput out = new StateOutput();
        out.writeFill(fill);
        return out.toByteArray().length;
    }

    /** {@code head}, then {@code state} from {@code from} without its checksum, then a new checksum. */
    private static byte[] withTail(byte[] head, byte[] state, int from) {
        int rest = state.length - Integer.BYTES - from;
        return withCrc(ByteBuffer.allocate(head.length + rest).put(head).put(state, from, rest).array());
    }

    private static byte[] withCrc(byte[] body) {
        CRC32 crc = new CRC32();
        crc.update(body);
        return ByteBuffer.allocate(body.length + Integer.BYTES).put(body).putInt((int) crc.getValue()).array();
    }
}
