package dev.parallax.live;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The circuit breaker as it stands.
 *
 * @param tripped        true while new entries are refused
 * @param trippedDay     the trading day it tripped on; empty when not tripped
 * @param reason         why it tripped; empty when not tripped
 * @param tradingDay     the current trading day (the latest day of a recorded event); empty before any event
 * @param dayStartEquity the equity the day's loss is measured from (moved to the equity of a reset)
 */
public record BreakerState(boolean tripped, Optional<LocalDate> trippedDay, String reason,
                           Optional<LocalDate> tradingDay, double dayStartEquity) {

    /** Checks that nothing is null. */
    public BreakerState {
        if (trippedDay == null || reason == null || tradingDay == null) {
            throw new IllegalArgumentException("trippedDay, reason and tradingDay must not be null");
        }
    }
}
