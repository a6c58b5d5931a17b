package dev.parallax.adapters.fee;

/**
 * The traded volume a fee tier is chosen from, kept by a fee model as fills are priced.
 *
 * <p>Time only moves forward: an amount recorded with a time earlier than the latest one already
 * recorded is booked at that latest time, and a query for an earlier time is answered for the latest
 * time. This keeps the figure deterministic when orders fill out of the order they were sent in.
 * Implementations are not thread-safe; one model serves one simulator.
 */
public interface TradedVolume {

    /**
     * Adds {@code amount} traded at {@code timeNanos}.
     *
     * @throws IllegalArgumentException if {@code amount} is negative or not finite
     */
    void record(long timeNanos, double amount);

    /** The volume that counts at {@code timeNanos}, everything recorded up to that time included. */
    double volumeAt(long timeNanos);
}
