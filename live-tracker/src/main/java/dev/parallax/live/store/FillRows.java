package dev.parallax.live.store;

import dev.parallax.live.LiveEntry;
import dev.parallax.live.LiveExecution;
import dev.parallax.live.LiveExit;
import dev.parallax.live.LiveEvent;
import dev.parallax.live.LiveStoreException;
import dev.parallax.live.RiskEvent;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The history queries of {@code live_events}: fills in order, the fills of one trade, the fill
 * named by an id, the risk events. Each reads through a unique or partial index or the primary key,
 * so the tracker can leave closed trades in the store instead of in memory. Each query's
 * {@code WHERE} repeats its partial index's condition word for word, which SQLite needs to use it.
 */
final class FillRows {

    /** Rows fetched per round trip when streaming fills (PostgreSQL streams only with a fetch size). */
    private static final int FETCH_SIZE = 1000;

    /*
     * The statements are those of EventQueries for the store's schema version: the fills (entries,
     * exits and executions) in order;
     * the fills of a trade (its entry through the unique index of entered trade ids, then its exits by
     * a range of seq from there; no index of their own, as each would cost every fill one more index
     * page written and fsynced, for a read that only reports and error messages make); the entry of a
     * trade id, the exit of an exit id and the executions of an order id in one statement (each part
     * an index lookup); the executions of an order through the unique index of (order id, fill
     * sequence); the risk events through their partial index.
     */
    private FillRows() {
    }

    /** Gives {@code action} the entries and exits with {@code seq <= upTo}, in order, without holding them. */
    static void forEachFill(StatementCache statements, EventQueries queries, long upTo,
                            Consumer<? super LiveEvent> action, String location) throws SQLException {
        PreparedStatement select = statements.get(queries.fills());
        select.setFetchSize(FETCH_SIZE);
        select.setLong(1, upTo);
        try (ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                action.accept(read(rs, location));
            }
        }
    }

    static List<LiveEvent> ofTrade(StatementCache statements, EventQueries queries, String tradeId, long upTo,
                                   String location) throws SQLException {
        PreparedStatement select = statements.get(queries.ofTrade());
        select.setString(1, tradeId);
        select.setLong(2, upTo);
        select.setString(3, tradeId);
        return all(select, location);
    }

    /**
     * The entry of trade {@code id}, else the exit whose exit id is {@code id}, else an execution of
     * order {@code id}; one statement, three index lookups.
     */
    static Optional<LiveEvent> named(StatementCache statements, EventQueries queries, String id, String location)
            throws SQLException {
        PreparedStatement select = statements.get(queries.named());
        select.setString(1, id);
        select.setString(2, id);
        select.setString(3, id);
        List<LiveEvent> found = all(select, location);
        for (LiveEvent event : found) {
            if (event instanceof LiveEntry) {
                return Optional.of(event);
            }
        }
        for (LiveEvent event : found) {
            if (event instanceof LiveExit) {
                return Optional.of(event);
            }
        }
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** The executions of order {@code orderId} in recorded order, through the unique index of (order id, fill sequence). */
    static List<LiveExecution> ofOrder(StatementCache statements, EventQueries queries, String orderId,
                                       String location) throws SQLException {
        PreparedStatement select = statements.get(queries.ofOrder());
        select.setString(1, orderId);
        List<LiveExecution> out = new ArrayList<>(2);
        for (LiveEvent event : all(select, location)) {
            out.add((LiveExecution) event);
        }
        return out;
    }

    static List<RiskEvent> risk(StatementCache statements, EventQueries queries, long upTo, String location)
            throws SQLException {
        PreparedStatement select = statements.get(queries.risk());
        select.setLong(1, upTo);
        List<RiskEvent> out = new ArrayList<>();
        for (LiveEvent event : all(select, location)) {
            out.add((RiskEvent) event);
        }
        return out;
    }

    private static List<LiveEvent> all(PreparedStatement select, String location) throws SQLException {
        List<LiveEvent> out = new ArrayList<>();
        try (ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                out.add(read(rs, location));
            }
        }
        return out;
    }

    private static LiveEvent read(ResultSet rs, String location) throws SQLException {
        try {
            return EventRows.read(rs);
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new LiveStoreException("event " + rs.getLong("seq") + " in " + location + " is corrupt: "
                    + e.getMessage(), e);
        }
    }
}
