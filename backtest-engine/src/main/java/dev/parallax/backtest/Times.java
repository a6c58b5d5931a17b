package dev.parallax.backtest;

import java.time.Instant;

/** Conversion between the engine's epoch nanoseconds and {@link Instant}, at the edges only. */
final class Times {

    private Times() {
    }

    static Instant instant(long nanos) {
        return Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
    }
}
