package dev.parallax.adapters.fee;

import dev.parallax.sim.api.Order;
import dev.parallax.sim.api.Side;
import java.time.Duration;
import java.time.Instant;

/** Orders at chosen times for the fee tests; tiered crypto fees do not depend on the order id. */
final class FeeFixtures {

    static final long T0 = Instant.parse("2024-03-01T00:00:00Z").toEpochMilli() * 1_000_000L;
    static final long HOUR = Duration.ofHours(1).toNanos();
    static final long DAY = Duration.ofDays(1).toNanos();

    private FeeFixtures() {
    }

    static Order market(long timeNanos) {
        return Order.market("m", "BTC/USD", Side.BUY, 1_000, timeNanos);
    }

    static Order limit(long timeNanos) {
        return Order.limit("l", "BTC/USD", Side.SELL, 1_000, 50_000, timeNanos);
    }
}
