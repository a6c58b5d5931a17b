/**
 * Streaming market-data readers and bar aggregation. Every reader is a
 * {@link dev.parallax.sim.api.data.MarketDataSource}: it reads one row (or one JSON object) when the
 * next event is asked for and keeps nothing but the current row and a bounded list of skipped rows,
 * so memory does not grow with the file. Gzip files are recognised by their first two bytes and read
 * transparently.
 *
 * <p>Bad input: in the default strict mode a malformed row stops the read with a
 * {@link dev.parallax.adapters.data.MalformedRowException} naming the file, the line and the row. The
 * opt-in lenient mode skips such rows, logs each of the first ones, and reports the count and the
 * first {@value dev.parallax.adapters.data.SkippedRows#KEPT} of them through {@code skippedRows()}.
 * Blank lines are not rows and are passed over.
 *
 * <p>Null policy: no method accepts or returns {@code null}.
 */
package dev.parallax.adapters.data;
