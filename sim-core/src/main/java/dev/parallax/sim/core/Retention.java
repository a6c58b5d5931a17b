package dev.parallax.sim.core;

/**
 * What an {@link ExecutionSimulator} keeps of orders and fills once they are finished. Either way
 * every fill reaches the {@link FillListener} and {@link ExecutionSimulator#statistics()} counts
 * everything, since it is kept as running sums; the choice changes only what can be asked
 * afterwards, and how much memory a long run holds.
 */
public enum Retention {

    /**
     * Every order and every fill for the whole run: {@link ExecutionSimulator#fills()} lists all
     * fills, {@link ExecutionSimulator#status} answers for any order ever submitted, and an order id
     * can never be used twice. Memory grows with the number of orders.
     */
    ALL,

    /**
     * Only orders still pending or working. An order is forgotten once it is filled or cancelled:
     * {@link ExecutionSimulator#status}, {@code remaining}, {@code queueAhead} and {@code cancel}
     * then treat its id as unknown, and the id may be used again. No fill list is kept, so
     * {@link ExecutionSimulator#fills()} fails; collect fills with a {@link FillListener}. Memory
     * follows the number of working orders, not the length of the run.
     */
    WORKING_ONLY
}
