package dev.parallax.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class EventDigestTest {

    private static final Instant T = Instant.parse("2024-03-04T10:00:00Z");

    @Test
    void aMarksDigestIsTheStartOfTheSha256OfItsFields() {
        // sha256("MARK|BTC/USD|4059000000000000|1709546400.0") computed with sha256sum:
        // ca4fbb1eb563c0c4..., 100.0 being 0x4059000000000000 and 1709546400 the epoch second of T.
        assertEquals(0xca4fbb1eb563c0c4L, EventDigest.of(new PriceMark("BTC/USD", 100, T)));
    }

    @Test
    void eventsThatDifferInOneFieldHaveDifferentDigests() {
        LiveExit exit = LiveExit.of("A-1", 0.5, 104, 0, T);
        assertEquals(EventDigest.of(exit), EventDigest.of(LiveExit.of("A-1", 0.5, 104, 0, T)));
        assertNotEquals(EventDigest.of(exit), EventDigest.of(LiveExit.of("A-1", 0.5, 104, 0, T.plusNanos(1))));
        assertNotEquals(EventDigest.of(exit), EventDigest.of(LiveExit.of("A-1", Math.nextUp(0.5), 104, 0, T)));
        assertNotEquals(EventDigest.of(exit), EventDigest.of(LiveExit.of("A-2", 0.5, 104, 0, T)));
    }
}
