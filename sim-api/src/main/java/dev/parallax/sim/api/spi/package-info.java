/**
 * What plug-ins implement: the five execution models ({@link dev.parallax.sim.api.spi.FeeModel},
 * {@link dev.parallax.sim.api.spi.LatencyModel}, {@link dev.parallax.sim.api.spi.SlippageModel},
 * {@link dev.parallax.sim.api.spi.QueueModel}, {@link dev.parallax.sim.api.spi.FillModel}) and the
 * provider interfaces under which they are registered with {@link java.util.ServiceLoader}; and
 * {@link dev.parallax.sim.api.spi.ExecutionVenueProvider}, under which execution venues are.
 *
 * <p>Null policy: no method accepts or returns {@code null}. Unknown depth is {@code NaN}.
 */
package dev.parallax.sim.api.spi;
