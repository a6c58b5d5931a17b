package dev.parallax.live.store;

import dev.parallax.live.ExecutionQuality;
import dev.parallax.live.LiveEntry;
import dev.parallax.live.LiveEvent;
import dev.parallax.live.LiveExit;
import dev.parallax.live.PriceMark;
import dev.parallax.live.RiskEvent;
import dev.parallax.live.RiskEventKind;
import dev.parallax.sim.api.Side;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;

/** Writes events to rows of {@code live_events} and reads them back, field for field. */
final class EventRows {

    /** The number of portable columns, bound by {@link #bind}. */
    static final int COLUMNS = 14;

    private static final String NAMES = "seq, kind, trade_id, exit_id, symbol, side, size, price, "
            + "fee, slippage, latency_nanos, event_time_nanos, operator, reason";

    static final String INSERT = insertWith("");

    /** The select of every column of {@code live_events}, without a condition. */
    static final String SELECT_COLUMNS = "SELECT seq, kind, trade_id, exit_id, symbol, side, size, price, "
            + "fee, slippage, latency_nanos, event_time_nanos, operator, reason FROM live_events";

    static final String SELECT = SELECT_COLUMNS + " ORDER BY seq";

    /** The events with {@code seq} above the one parameter, in order. */
    static final String SELECT_AFTER = SELECT_COLUMNS + " WHERE seq > ? ORDER BY seq";

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
            insert.setNull(i, i >= 7 && i <= 10 ? Types.DOUBLE : i == 11 || i == 12 ? Types.BIGINT : Types.VARCHAR);
        }
        insert.setLong(1, seq);
        insert.setLong(12, nanos(event.time()));
        if (event instanceof LiveEntry e) {
            insert.setString(2, "ENTRY");
            insert.setString(3, e.tradeId());
            insert.setString(5, e.symbol());
            insert.setString(6, e.side().name());
            fill(insert, e.size(), e.price(), e.fee(), e.quality());
        } else if (event instanceof LiveExit x) {
            insert.setString(2, "EXIT");
            insert.setString(3, x.tradeId());
            insert.setString(4, x.exitId());
            fill(insert, x.size(), x.price(), x.fee(), x.quality());
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
     * The event of the current row.
     *
     * @throws IllegalArgumentException if the row does not make a valid event; the message says why
     */
    static LiveEvent read(ResultSet row) throws SQLException {
        String kind = row.getString("kind");
        Instant time = instant(row.getLong("event_time_nanos"));
        switch (kind) {
            case "ENTRY" -> {
                return new LiveEntry(row.getString("trade_id"), row.getString("symbol"),
                        Side.valueOf(row.getString("side")), row.getDouble("size"), row.getDouble("price"),
                        row.getDouble("fee"), time, quality(row));
            }
            case "EXIT" -> {
                return new LiveExit(row.getString("trade_id"), row.getString("exit_id"), row.getDouble("size"),
                        row.getDouble("price"), row.getDouble("fee"), time, quality(row));
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

    private static void fill(PreparedStatement insert, double size, double price, double fee, ExecutionQuality quality)
            throws SQLException {
        insert.setDouble(7, size);
        insert.setDouble(8, price);
        insert.setDouble(9, fee);
        insert.setDouble(10, quality.slippage());
        insert.setLong(11, quality.latency().toNanos());
    }

    private static ExecutionQuality quality(ResultSet row) throws SQLException {
        return new ExecutionQuality(row.getDouble("slippage"), Duration.ofNanos(row.getLong("latency_nanos")));
    }

    static long nanos(Instant time) {
        return Math.addExact(Math.multiplyExact(time.getEpochSecond(), 1_000_000_000L), time.getNano());
    }

    static Instant instant(long nanos) {
        return Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
    }
}
