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
 * parity tracker's memory, which is where the tracker looks first. Closed with its store; a call
 * after that throws {@link LiveStoreException}.
 */
final class JdbcTradeArchive implements TradeArchive, AutoCloseable {

    private final Connection connection;
    private final StatementCache statements;
    private final long generation;
    private final String location;
    private boolean closed;

    JdbcTradeArchive(Connection connection, long generation, String location) {
        this.connection = connection;
        this.statements = new StatementCache(connection);
        this.generation = generation;
        this.location = location;
    }

    /** The generation this archive reads. */
    long generation() {
        return generation;
    }

    @Override
    public synchronized Optional<byte[]> find(String tradeId) {
        ensureOpen();
        try {
            return ParityTradeRows.find(statements, generation, tradeId);
        } catch (SQLException e) {
            throw failure("read trade '" + tradeId + "'", e);
        }
    }

    @Override
    public synchronized long count() {
        ensureOpen();
        try {
            return ParityTradeRows.count(statements, generation);
        } catch (SQLException e) {
            throw failure("count the trades", e);
        }
    }

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

    private void ensureOpen() {
        if (closed) {
            throw new LiveStoreException("the parity trades of generation " + generation + " in " + location
                    + " are closed with their live tracker; open the tracker again to read them");
        }
    }

    private LiveStoreException failure(String what, SQLException e) {
        return new LiveStoreException("could not " + what + " of parity generation " + generation + " in " + location
                + ": " + e.getMessage(), e);
    }
}
