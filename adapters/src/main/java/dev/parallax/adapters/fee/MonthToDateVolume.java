package dev.parallax.adapters.fee;

import static dev.parallax.sim.api.Preconditions.nonNegative;
import static dev.parallax.sim.api.Preconditions.notNull;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;

/**
 * Volume since the start of the calendar month in a time zone, as brokers that tier on monthly volume
 * count it (Interactive Brokers). The count restarts at 0 when a time in a later month is seen. See
 * {@link TradedVolume} for how times earlier than the latest one are treated.
 */
public final class MonthToDateVolume implements TradedVolume {

    private final ZoneId zone;
    private long latest = Long.MIN_VALUE;
    private YearMonth month;
    private double total;

    /** An empty volume counting calendar months in {@code zone}. */
    public MonthToDateVolume(ZoneId zone) {
        this.zone = notNull("zone", zone);
    }

    @Override
    public void record(long timeNanos, double amount) {
        nonNegative("amount", amount);
        advance(timeNanos);
        total += amount;
    }

    @Override
    public double volumeAt(long timeNanos) {
        advance(timeNanos);
        return total;
    }

    private void advance(long timeNanos) {
        if (timeNanos <= latest) {
            return;
        }
        latest = timeNanos;
        YearMonth now = YearMonth.from(Instant.ofEpochSecond(0, timeNanos).atZone(zone));
        if (!now.equals(month)) {
            month = now;
            total = 0;
        }
    }
}
