package dev.parallax.adapters.fee;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class MonthToDateVolumeTest {

    private static long nanos(String instant) {
        return Instant.parse(instant).toEpochMilli() * 1_000_000L;
    }

    @Test
    void restartsAtTheFirstInstantOfTheNextMonthInItsZone() {
        MonthToDateVolume v = new MonthToDateVolume(ZoneId.of("America/New_York"));
        v.record(nanos("2024-03-31T12:00:00Z"), 100);
        // 03:59 UTC on 1 April is still 31 March in New York (EDT, UTC-4)
        assertEquals(100, v.volumeAt(nanos("2024-04-01T03:59:00Z")), 0);
        assertEquals(0, v.volumeAt(nanos("2024-04-01T04:00:00Z")), 0);
    }
}
