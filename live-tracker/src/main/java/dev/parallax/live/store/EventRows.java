package dev.parallax.live.store;

import dev.parallax.live.LiveEntry;
import dev.parallax.live.LiveEvent;
import dev.parallax.live.LiveExecution;
import dev.parallax.live.LiveExit;
import dev.parallax.live.PriceMark;
import dev.parallax.live.RiskEvent;
import dev.parallax.live.RiskEventKind;
import dev.parallax.sim.api.EpochNanos;
import dev.parallax.sim.api.Fill;
import dev.parallax.sim.api.FillType;
import dev.parallax.sim.api.Side;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;

/** Writes events to rows of {@code live_events} and reads them back, field for field. */
final class EventRows {

    /** The number of portable columns, bound by {@link #bind}. */
    static final int COLUMNS = 17;

    private static final String NAMES = "seq, kind, trade_id, exit_id, symbol, side, size, price, "
            + "fee, slippage, latency_nanos, event_time_nanos, operator, reason, fill_type, partial, fill_seq";

    static final String INSERT = insertWith("");

    private EventRows() {
    }

    /** The insert of the portable columns and then {@code extraColumn}, when not empty. */
    static String insertWith(String extraColumn) {
        String names = extraColumn.isEmpty() ? NAMES : NAMES + ", " + extraColumn;
        int count = extraColumn.isEmpty() ? COLUMNS : COLUMNS + 1;
        return "INSERT INTO live_events (" + names + ") VALUES (" + "?, ".repeat(count - 1) + "?)";
    }

    static void bind(PreparedStatement insert, long seq, LiveEvent event) throws SQLException {
        for (int i = 3; i <= COLUMNS; i++) {
            insert.setNull(i, type(i));
        }
        insert.setLong(1, seq);
        insert.setLong(12, EpochNanos.of(event.time()));
        if (event instanceof LiveEntry e) {
            insert.setString(2, "ENTRY");
            insert.setString(3, e.tradeId());
            fill(insert, e.fill());
        } else if (event instanceof LiveExit x) {
            insert.setString(2, "EXIT");
            insert.setString(3, x.tradeId());
            insert.setString(4, x.exitId());
            fill(insert, x.fill());
        } else if (event instanceof LiveExecution x) {
            insert.setString(2, "EXECUTION");
            insert.setString(3, x.orderId());
            fill(insert, x.fill());
            insert.setLong(17, x.sequence());
        } else if (event instanceof PriceMark m) {
            insert.setString(2, "MARK");
            insert.setString(5, m.symbol());
            insert.setDouble(8, m.price());
        } else {
            RiskEvent r = (RiskEvent) event;
            insert.setString(2, r.kind().name());
            insert.setString(13, r.operator());
            insert.setString(14, r.reason());
        }
    }

    /**
     * The event of the current row, whose columns are those of {@link EventQueries}: in this build's
     * units whatever the schema version.
     *
     * @throws IllegalArgumentException if the row does not make a valid event; the message says why
     */
    static LiveEvent read(ResultSet row) throws SQLException {
        String kind = row.getString("kind");
        Instant time = EpochNanos.instant(row.getLong("event_time_nanos"));
        switch (kind) {
            case "ENTRY" -> {
                return new LiveEntry(fill(row, row.getString("trade_id")));
            }
            case "EXIT" -> {
                String tradeId = row.getString("trade_id");
                String exitId = row.getString("exit_id");
                boolean compared = exitId != null && !exitId.isEmpty();
                return new LiveExit(tradeId, fill(row, compared ? exitId : tradeId), compared);
            }
            case "EXECUTION" -> {
                long sequence = row.getLong("fill_seq");
                if (sequence < 1 || sequence > Integer.MAX_VALUE) {
                    throw new IllegalArgumentException("fill_seq of an execution must be between 1 and "
                            + Integer.MAX_VALUE + ", was " + (row.wasNull() ? "missing" : sequence));
                }
                return new LiveExecution(fill(row, row.getString("trade_id")), (int) sequence);
            }
            case "MARK" -> {
                return new PriceMark(row.getString("symbol"), row.getDouble("price"), time);
            }
            default -> {
                return new RiskEvent(RiskEventKind.valueOf(kind), time, row.getString("reason"),
                        row.getString("operator"));
            }
        }
    }

    private static int type(int column) {
        if (column >= 7 && column <= 10) {
            return Types.DOUBLE;
        }
        if (column == 11 || column == 12 || column == 17) {
            return Types.BIGINT;
        }
        return column == 16 ? Types.BOOLEAN : Types.VARCHAR;
    }

    /** Binds a fill's columns; the slippage in bps, the fill type by name. */
    private static void fill(PreparedStatement insert, Fill fill) throws SQLException {
        insert.setString(5, fill.symbol());
        insert.setString(6, fill.side().name());
        insert.setDouble(7, fill.size());
        insert.setDouble(8, fill.price());
        insert.setDouble(9, fill.fee());
        insert.setDouble(10, fill.slippageBps());
        insert.setLong(11, fill.latencyNanos());
        insert.setString(15, fill.fillType().name());
        insert.setBoolean(16, fill.partial());
    }

    /** The fill of a row under {@code orderId}; a NULL fill type is an unreported one, a NULL partial false. */
    private static Fill fill(ResultSet row, String orderId) throws SQLException {
        String type = row.getString("fill_type");
        String side = row.getString("side");
        if (side == null) {
            throw new IllegalArgumentException("side must be BUY or SELL, was missing");
        }
        return new Fill(orderId, row.getString("symbol"), Side.valueOf(side), row.getDouble("price"),
                row.getDouble("size"), row.getDouble("fee"),
                type == null ? LiveEntry.UNREPORTED_FILL_TYPE : FillType.valueOf(type), row.getLong("latency_nanos"),
                row.getDouble("slippage"), row.getLong("event_time_nanos"), row.getBoolean("partial"));
    }
}
