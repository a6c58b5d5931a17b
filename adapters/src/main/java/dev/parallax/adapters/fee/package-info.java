/**
 * Exchange and broker fee schedules as {@link dev.parallax.sim.api.spi.FeeModel} providers: Binance spot,
 * Coinbase Advanced Trade, Kraken Pro, Bitstamp, Interactive Brokers tiered (US stocks), and a generic
 * {@code tiered-schedule} provider for a venue of your own.
 *
 * <p>Tier tables are data: JSON resources in this package that name the page they were copied from
 * and the date they were taken. The tier of a fill is chosen from the traded volume the model keeps
 * (see {@link dev.parallax.adapters.fee.TieredFeeModel}) or fixed by the {@code tier} setting.
 *
 * <p>Null policy: no method accepts or returns {@code null}.
 */
package dev.parallax.adapters.fee;
