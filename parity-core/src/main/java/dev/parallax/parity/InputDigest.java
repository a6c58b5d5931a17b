package dev.parallax.parity;

import dev.parallax.sim.api.Fill;
import java.time.LocalDate;

/**
 * How many backtest fills and daily returns a parity tracker was given, and a 64-bit digest
 * of their content that does not depend on their order: each is hashed (FNV-1a over every field a
 * comparison reads: order id, symbol, side, size, price, time as epoch seconds and nanoseconds, fee;
 * then the SplitMix64 finaliser) and the hashes are summed. The fields and their order are those of
 * the executions before fills, so a state saved by an older build is still restored over the same
 * backtest. Two trackers given the same inputs in
 * any order have equal digests; a saved state is restored only over equal ones. Not thread-safe.
 */
final class InputDigest {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private long count;
    private long sum;

    /** An empty digest: no input yet. */
    InputDigest() {
    }

    /** The digest of {@code count} inputs whose hashes sum to {@code sum}, as {@link #sum()} gave it. */
    static InputDigest of(long count, long sum) {
        if (count < 0) {
            throw new IllegalArgumentException("the count of inputs must be >= 0, was " + count);
        }
        InputDigest digest = new InputDigest();
        digest.count = count;
        digest.sum = sum;
        return digest;
    }

    void add(Fill b) {
        long h = text(FNV_OFFSET ^ 'x', b.orderId());
        h = text(h, b.symbol());
        h = value(h, b.side().ordinal());
        h = value(h, Double.doubleToLongBits(b.size()));
        h = value(h, Double.doubleToLongBits(b.price()));
        h = value(h, Math.floorDiv(b.timeNanos(), 1_000_000_000L));
        h = value(h, Math.floorMod(b.timeNanos(), 1_000_000_000L));
        count(mix(value(h, Double.doubleToLongBits(b.fee()))));
    }

    void addBacktestReturn(LocalDate date, double value) {
        addReturn('b', date, value);
    }

    void addLiveReturn(LocalDate date, double value) {
        addReturn('l', date, value);
    }

    /** The number of inputs added. */
    long count() {
        return count;
    }

    /** The sum of the inputs' hashes, to be saved with {@link #count()}. */
    long sum() {
        return sum;
    }

    /** True when {@code other} counted as many inputs with the same digest. */
    @Override
    public boolean equals(Object other) {
        return other instanceof InputDigest d && d.count == count && d.sum == sum;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(sum);
    }

    private void addReturn(char side, LocalDate date, double value) {
        count(mix(value(value(FNV_OFFSET ^ side, date.toEpochDay()), Double.doubleToLongBits(value))));
    }

    private void count(long hash) {
        count++;
        sum += hash;
    }

    private static long text(long h, String value) {
        h = value(h, value.length());
        for (int i = 0; i < value.length(); i++) {
            h = (h ^ value.charAt(i)) * FNV_PRIME;
        }
        return h;
    }

    private static long value(long h, long value) {
        for (int shift = 0; shift < Long.SIZE; shift += Byte.SIZE) {
            h = (h ^ ((value >>> shift) & 0xff)) * FNV_PRIME;
        }
        return h;
    }

    /** The finaliser of SplitMix64, so that summing hashes does not cancel their structure. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
