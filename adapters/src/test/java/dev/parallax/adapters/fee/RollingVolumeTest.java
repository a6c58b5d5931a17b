package dev.parallax.adapters.fee;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RollingVolumeTest {

    @Test
    void countsOnlyAmountsInsideTheWindow() {
        RollingVolume v = new RollingVolume(Duration.ofNanos(100));
        v.record(0, 1);
        v.record(50, 2);
        assertEquals(3, v.volumeAt(99), 0);
        assertEquals(2, v.volumeAt(100), 0);
        assertEquals(0, v.volumeAt(150), 0);
    }

    @Test
    void anEarlierTimeIsBookedAtTheLatestTimeSeen() {
        RollingVolume v = new RollingVolume(Duration.ofNanos(100));
        v.record(80, 1);
        v.record(10, 2); // booked at 80, so it lives until 180
        assertEquals(3, v.volumeAt(50), 0);
        assertEquals(3, v.volumeAt(179), 0);
        assertEquals(0, v.volumeAt(180), 0);
    }

    @Test
    void keepsEveryAmountWhenMoreFillsThanTheFirstBufferHolds() {
        RollingVolume v = new RollingVolume(Duration.ofNanos(1_000));
        for (int i = 0; i < 1_000; i++) {
            v.record(i, 1);
        }
        assertEquals(1_000, v.volumeAt(999), 0);
        assertEquals(500, v.volumeAt(1_499), 0);
    }

    @Test
    void rejectsNegativeAmountsAndEmptyWindows() {
        assertThrows(IllegalArgumentException.class, () -> RollingVolume.thirtyDays().record(0, -1));
        assertThrows(IllegalArgumentException.class, () -> new RollingVolume(Duration.ZERO));
    }
}
