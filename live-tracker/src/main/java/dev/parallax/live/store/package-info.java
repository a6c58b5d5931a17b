/**
 * The JDBC event store of the live tracker: an SQLite file by default; PostgreSQL with a schema
 * per strategy, a writer lock per strategy and {@code timestamptz} times
 * ({@link dev.parallax.live.store.JdbcLiveEventStore#postgresql}); any JDBC database with the same
 * portable schema by URL.
 *
 * <p>Null policy: no method accepts or returns {@code null}; absent values are
 * {@link java.util.Optional#empty()}.
 */
package dev.parallax.live.store;
