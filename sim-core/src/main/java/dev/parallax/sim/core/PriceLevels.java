package dev.parallax.sim.core;

import dev.parallax.sim.api.Side;
import java.util.Arrays;

/**
 * The resting limit orders of one side of one symbol, grouped by limit price. Levels are numbered
 * from the worst price ({@code 0}) to the best ({@link #best()}), so a caller walks from the touch
 * outwards by counting down, and each level holds its orders in arrival order as a linked list
 * through {@link WorkingOrder#next}.
 *
 * <p>Prices sit in a sorted {@code double[]} (no boxed keys), with the levels' first and last
 * orders in parallel arrays, so adding, finding and dropping a level allocates nothing. New orders
 * usually join near the touch, the end of the arrays, where an insertion moves few entries.
 */
final class PriceLevels {

    /** Bids rank higher prices better; asks rank lower prices better. */
    private final boolean higherIsBetter;
    /** Ranks in ascending order: the price for bids, minus the price for asks; best last. */
    private double[] ranks = new double[16];
    private WorkingOrder[] firsts = new WorkingOrder[16];
    private WorkingOrder[] lasts = new WorkingOrder[16];
    private int size;

    PriceLevels(Side side) {
        this.higherIsBetter = side == Side.BUY;
    }

    /** The index of the best level, or {@code -1} when no order rests. */
    int best() {
        return size - 1;
    }

    /** The limit price of level {@code level}. */
    double price(int level) {
        return higherIsBetter ? ranks[level] : -ranks[level];
    }

    /** The oldest order at level {@code level}. */
    WorkingOrder first(int level) {
        return firsts[level];
    }

    /** The index of the level at {@code price}, or {@code -1} if no order rests there. */
    int find(double price) {
        double rank = rank(price);
        int at = search(rank);
        return at >= 0 ? at : -1;
    }

    /** Puts a limit order at the back of its price level. */
    void add(WorkingOrder w) {
        double rank = rank(w.order.limitPrice());
        int at = search(rank);
        w.resting = true;
        w.next = null;
        if (at >= 0) {
            WorkingOrder tail = lasts[at];
            tail.next = w;
            w.previous = tail;
            lasts[at] = w;
            return;
        }
        at = -at - 1;
        grow();
        System.arraycopy(ranks, at, ranks, at + 1, size - at);
        System.arraycopy(firsts, at, firsts, at + 1, size - at);
        System.arraycopy(lasts, at, lasts, at + 1, size - at);
        ranks[at] = rank;
        firsts[at] = w;
        lasts[at] = w;
        w.previous = null;
        size++;
    }

    /** Takes a resting order out of the book; does nothing if it does not rest here. */
    void remove(WorkingOrder w) {
        if (w.resting) {
            unlink(search(rank(w.order.limitPrice())), w);
        }
    }

    /**
     * Takes order {@code w} out of level {@code level}, and the level out of the book once it is
     * empty: the levels above it then move down by one.
     */
    void unlink(int level, WorkingOrder w) {
        WorkingOrder before = w.previous;
        WorkingOrder after = w.next;
        if (before == null) {
            firsts[level] = after;
        } else {
            before.next = after;
        }
        if (after == null) {
            lasts[level] = before;
        } else {
            after.previous = before;
        }
        w.previous = null;
        w.next = null;
        w.resting = false;
        if (firsts[level] == null) {
            int moved = size - level - 1;
            System.arraycopy(ranks, level + 1, ranks, level, moved);
            System.arraycopy(firsts, level + 1, firsts, level, moved);
            System.arraycopy(lasts, level + 1, lasts, level, moved);
            size--;
            firsts[size] = null;
            lasts[size] = null;
        }
    }

    private double rank(double price) {
        return higherIsBetter ? price : -price;
    }

    /** Binary search over the ranks; the touch, at the end, is checked first as the common case. */
    private int search(double rank) {
        int high = size - 1;
        if (high < 0 || rank > ranks[high]) {
            return -(size + 1);
        }
        if (rank == ranks[high]) {
            return high;
        }
        int low = 0;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            double r = ranks[mid];
            if (r < rank) {
                low = mid + 1;
            } else if (r > rank) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        return -(low + 1);
    }

    private void grow() {
        if (size == ranks.length) {
            int capacity = size * 2;
            ranks = Arrays.copyOf(ranks, capacity);
            firsts = Arrays.copyOf(firsts, capacity);
            lasts = Arrays.copyOf(lasts, capacity);
        }
    }
}
