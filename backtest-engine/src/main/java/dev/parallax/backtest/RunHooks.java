package dev.parallax.backtest;

import dev.parallax.sim.api.venue.VenueFactory;
import dev.parallax.sim.core.venue.SimulatedVenueProvider;

/**
 * What a run is connected to besides its strategy: the venue it opens and the hooks paper and live
 * trading use.
 *
 * @param venues          opens the run's venue
 * @param executions      hears every fill the account applies
 * @param orderExecutions hears each order's fills summed into one execution
 * @param gate            is asked before an order that opens or adds to a position goes out
 */
record RunHooks(VenueFactory venues, ExecutionListener executions, OrderExecutionListener orderExecutions,
                EntryGate gate) {

    /** The simulated venue and no hooks: a plain backtest. */
    static final RunHooks NONE = new RunHooks(SimulatedVenueProvider.FACTORY, ExecutionListener.NONE,
            OrderExecutionListener.NONE, EntryGate.OPEN);
}
