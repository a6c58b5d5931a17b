package dev.parallax.live.store;

import dev.parallax.parity.ArchivedTrade;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * Reads and writes {@code parity_trades}: the completed trades of a parity tracker, by generation
 * (see {@link LiveSchema}, version 6). Portable SQL only; the caller owns the transaction.
 */
final class ParityTradeRows {

    /** The schema version that added the table. */
    static final int SINCE_VERSION = 6;

    /** Adds a trade unless its id is already stored in the generation (portable: no upsert). */
    private static final String INSERT = "INSERT INTO parity_trades (generation, trade_id, data) SELECT ?, ?, ? "
            + "WHERE NOT EXISTS (SELECT 1 FROM parity_trades WHERE generation = ? AND trade_id = ?)";
    private static final String FIND = "SELECT data FROM parity_trades WHERE generation = ? AND trade_id = ?";
    private static final String COUNT = "SELECT COUNT(*) FROM parity_trades WHERE generation = ?";
    /** The generations below and above the one kept, each a range of the primary key. */
    static final List<String> DELETE_OTHER_GENERATIONS = List.of(
            "DELETE FROM parity_trades WHERE generation < ?", "DELETE FROM parity_trades WHERE generation > ?");

    private ParityTradeRows() {
    }

    /**
     * Inserts {@code trades} under {@code generation}, as one JDBC batch, skipping an id the generation
     * already holds: a checkpoint whose commit was reported as failed may have been written, and then
     * comes again with the next one ({@link dev.parallax.parity.TradeArchive}); one id's bytes never change.
     */
    static void insert(Connection connection, long generation, List<ArchivedTrade> trades) throws SQLException {
        if (trades.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (ArchivedTrade trade : trades) {
                insert.setLong(1, generation);
                insert.setString(2, trade.tradeId());
                insert.setBytes(3, trade.data());
                insert.setLong(4, generation);
                insert.setString(5, trade.tradeId());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** The bytes of trade {@code tradeId} of {@code generation}, or empty; one primary-key lookup. */
    static Optional<byte[]> find(StatementCache statements, long generation, String tradeId) throws SQLException {
        PreparedStatement select = statements.get(FIND);
        select.setLong(1, generation);
        select.setString(2, tradeId);
        try (ResultSet rs = select.executeQuery()) {
            return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.empty();
        }
    }

    /** The number of trades of {@code generation}. */
    static long count(StatementCache statements, long generation) throws SQLException {
        PreparedStatement select = statements.get(COUNT);
        select.setLong(1, generation);
        try (ResultSet rs = select.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * Deletes the trades of every generation but {@code generation}; returns how many rows went. Two
     * range deletes on the key's leading column, not {@code <>}, which no index serves: this runs in
     * every snapshot's transaction and must not read the trades it keeps.
     */
    static int deleteOtherGenerations(Connection connection, long generation) throws SQLException {
        int deleted = 0;
        for (String sql : DELETE_OTHER_GENERATIONS) {
            try (PreparedStatement delete = connection.prepareStatement(sql)) {
                delete.setLong(1, generation);
                deleted += delete.executeUpdate();
            }
        }
        return deleted;
    }

    /** The highest generation that has trades, or 0 when the table is empty. */
    static long highestGeneration(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT MAX(generation) FROM parity_trades");
             ResultSet rs = select.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
