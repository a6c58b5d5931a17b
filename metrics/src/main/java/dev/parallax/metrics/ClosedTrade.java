package dev.parallax.metrics;

import dev.parallax.sim.api.EpochNanos;
import java.time.Instant;

/**
 * A round trip that is over: what it made or lost, when it was opened and closed, and optionally
 * how much it risked.
 *
 * @param pnl             realised profit (positive) or loss (negative) after fees, in account
 *                        currency, finite; exactly 0 is break-even
 * @param entryTimeNanos  when the position was opened, epoch nanoseconds
 * @param exitTimeNanos   when it was closed, epoch nanoseconds, not before the entry and at most
 *                        {@code Long.MAX_VALUE} nanoseconds (about 292 years) after it
 * @param risk            the amount put at risk when it was opened (for example entry-to-stop
 *                        distance times size), finite and {@code > 0}; NaN when not known
 */
public record ClosedTrade(double pnl, long entryTimeNanos, long exitTimeNanos, double risk) {

    /** Validates every field; see the component descriptions for the rules. */
    public ClosedTrade {
        if (!Double.isFinite(pnl)) {
            throw new IllegalArgumentException("pnl must be a finite number, was " + pnl);
        }
        if (exitTimeNanos < entryTimeNanos) {
            throw new IllegalArgumentException("exitTimeNanos must be >= entryTimeNanos (" + entryTimeNanos
                    + "), was " + exitTimeNanos);
        }
        if (exitTimeNanos - entryTimeNanos < 0) {
            throw new IllegalArgumentException("exitTimeNanos - entryTimeNanos (the holding time) must fit in a "
                    + "long of nanoseconds (about 292 years), was " + exitTimeNanos + " - " + entryTimeNanos);
        }
        if (!Double.isNaN(risk) && !(risk > 0 && Double.isFinite(risk))) {
            throw new IllegalArgumentException("risk must be a finite number > 0, or NaN when unknown, was " + risk);
        }
    }

    /** A trade without a known risk. */
    public static ClosedTrade of(double pnl, long entryTimeNanos, long exitTimeNanos) {
        return new ClosedTrade(pnl, entryTimeNanos, exitTimeNanos, Double.NaN);
    }

    /** A trade without a known risk, with its times as instants. */
    public static ClosedTrade of(double pnl, Instant entry, Instant exit) {
        return new ClosedTrade(pnl, epochNanos("entry", entry), epochNanos("exit", exit), Double.NaN);
    }

    /** A copy that risked {@code value}. */
    public ClosedTrade withRisk(double value) {
        return new ClosedTrade(pnl, entryTimeNanos, exitTimeNanos, value);
    }

    /** True when the risk is known. */
    public boolean hasRisk() {
        return !Double.isNaN(risk);
    }

    /** How long the position was held, in nanoseconds. */
    public long holdingNanos() {
        return exitTimeNanos - entryTimeNanos;
    }

    /** The R-multiple {@code pnl / risk}; NaN when the risk is not known. */
    public double rMultiple() {
        return pnl / risk;
    }

    private static long epochNanos(String field, Instant instant) {
        if (instant == null) {
            throw new IllegalArgumentException(field + " must not be null");
        }
        return EpochNanos.of(instant);
    }
}
