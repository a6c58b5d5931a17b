package dev.parallax.live.store;

import dev.parallax.live.LiveStoreException;
import dev.parallax.parity.TradeArchive;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The completed parity trades of one generation of a {@link JdbcLiveEventStore}, read through a
 * connection of their own: a second SQLite connection on the same WAL file, or a second PostgreSQL
 * session. A parity tracker calls {@link #find} under its lock from whichever thread records into it,
 * and the store may hold its own monitor while it waits for that lock ({@code forEachFill} feeding
 * the parity tracker), so reading through the store's connection could deadlock; this connection has
 * a monitor of its own and waits for nothing else.
 *
 * <p>It reads with auto-commit, one statement per call, so it sees what is committed and nothing of
 * an open transaction of the store: the trades of a checkpoint not yet committed are still in the
 * parity tracker's memory, which is where the tracker looks first. Its connection is closed with the
 * store; the parity tracker outlives the live tracker, so a call after that opens a connection for
 * that call alone and closes it again (slower, and it sees what another writer may have changed since).
 */
final class JdbcTradeArchive implements TradeArchive, AutoCloseable {

    private final Connection connection;
    private final StatementCache statements;
    private final JdbcLiveEventStore.ConnectionSource reopen;
    private final long generation;
    private final String location;
    private boolean closed;

    JdbcTradeArchive(Connection connection, JdbcLiveEventStore.ConnectionSource reopen, long generation,
                     String location) {
        this.connection = connection;
        this.statements = new StatementCache(connection);
        this.reopen = reopen;
        this.generation = generation;
        this.location = location;
    }

    @Override
    public synchronized Optional<byte[]> find(String tradeId) {
        return read("read trade '" + tradeId + "'", cache -> ParityTradeRows.find(cache, generation, tradeId));
    }

    @Override
    public synchronized long count() {
        return read("count the trades", cache -> ParityTradeRows.count(cache, generation));
    }

    /** Closes the connection; later calls each open one of their own. */
    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            try (Connection toClose = connection) {
                statements.close();
            } catch (SQLException e) {
                throw failure("close the connection", e);
            }
        }
    }

    private <T> T read(String what, Read<T> read) {
        try {
            if (!closed) {
                return read.run(statements);
            }
            try (Connection once = reopen.open(); StatementCache cache = new StatementCache(once)) {
                return read.run(cache);
            }
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    private LiveStoreException failure(String what, SQLException e) {
        return new LiveStoreException("could not " + what + " of parity generation " + generation + " in " + location
                + ": " + e.getMessage(), e);
    }

    /** A read through prepared statements. */
    @FunctionalInterface
    private interface Read<T> {
        T run(StatementCache statements) throws SQLException;
    }
}
