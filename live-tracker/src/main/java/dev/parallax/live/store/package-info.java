/**
 * The JDBC event store of the live tracker: SQLite by default, any JDBC database with the same
 * portable schema by URL.
 *
 * <p>Null policy: no method accepts or returns {@code null}; absent values are
 * {@link java.util.Optional#empty()}.
 */
package dev.parallax.live.store;
