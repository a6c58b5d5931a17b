package dev.parallax.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.parallax.sim.api.Side;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EventDigestTest {

    private static final long EXPECTED_ENTRY_DIGEST = 0x7186df0734d1116bL;

    private static final Instant T = Instant.parse("2024-03-04T10:00:00Z");

    @Test
    void aMarksDigestIsTheStartOfTheSha256OfItsFields() {
        // sha256("MARK|BTC/USD|4059000000000000|1709546400.0") computed with sha256sum:
        // ca4fbb1eb563c0c4..., 100.0 being 0x4059000000000000 and 1709546400 the epoch second of T.
        assertEquals(0xca4fbb1eb563c0c4L, EventDigest.of(new PriceMark("BTC/USD", 100, T)));
    }

    @Test
    void eventsThatDifferInOneFieldHaveDifferentDigests() {
        LiveExit exit = exit("A-1", 0.5, T);
        assertEquals(EventDigest.of(exit), EventDigest.of(exit("A-1", 0.5, T)));
        assertNotEquals(EventDigest.of(exit), EventDigest.of(exit("A-1", 0.5, T.plusNanos(1))));
        assertNotEquals(EventDigest.of(exit), EventDigest.of(exit("A-1", Math.nextUp(0.5), T)));
        assertNotEquals(EventDigest.of(exit), EventDigest.of(exit("A-2", 0.5, T)));
    }

    private static LiveExit exit(String tradeId, double size, Instant time) {
        return LiveExit.notCompared(tradeId, "BTC/USD", Side.SELL, size, 104, 0, time);
    }

    @Test
    void aFillsDigestIsTheOneOfTheBuildBeforeFillsWithSlippageAsAFraction() {
        // sha256 of the text the build before fills hashed for this entry (slippage 3 bps as the
        // fraction 3 / 10,000, latency 125 ms), computed with sha256sum:
        // ENTRY|A-1|BTC/USD|BUY|3ff0000000000000|4059000000000000|3fb999999999999a|1709546400.0|3f33a92a30553261|125000000
        LiveEntry entry = LiveFills.entry("A-1", "BTC/USD", Side.BUY, 1, 100, 0.1, T, 3, 125_000_000);
        assertEquals(EXPECTED_ENTRY_DIGEST, EventDigest.of(entry));
        LiveEntry maker = new LiveEntry(new dev.parallax.sim.api.Fill("A-1", "BTC/USD", Side.BUY, 100, 1, 0.1,
                dev.parallax.sim.api.FillType.MAKER, 125_000_000, 3, entry.fill().timeNanos(), false));
        assertNotEquals(EventDigest.of(entry), EventDigest.of(maker), "a reported fill type is part of it");
    }
}
