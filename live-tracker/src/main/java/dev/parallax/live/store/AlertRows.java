package dev.parallax.live.store;

import dev.parallax.alert.Alert;
import dev.parallax.alert.AlertKind;
import dev.parallax.alert.AlertSeverity;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Writes alerts to rows of {@code alert_outbox}, reads the undelivered ones back and marks them delivered. */
final class AlertRows {

    private static final String INSERT = "INSERT INTO alert_outbox (outbox_seq, alert_id, event_seq, source, kind, "
            + "severity, strategy, message, operator, alert_time, delivered_at) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)";
    private static final String SELECT_UNDELIVERED = "SELECT outbox_seq, alert_id, source, kind, severity, strategy, "
            + "message, operator, alert_time FROM alert_outbox WHERE delivered_at IS NULL AND outbox_seq < ? "
            + "ORDER BY outbox_seq";

    private AlertRows() {
    }

    /** The next free {@code outbox_seq}: one more than the largest written. */
    static long nextSeq(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT MAX(outbox_seq) FROM alert_outbox")) {
            rs.next();
            return rs.getLong(1) + 1;
        }
    }

    /** Inserts {@code alerts} from {@code seq} on, all caused by the event at {@code eventSeq}. */
    static void insert(Connection connection, long seq, long eventSeq, List<Alert> alerts) throws SQLException {
        if (alerts.isEmpty()) {
            return; // most events raise none: no statement is prepared for them
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            long next = seq;
            for (Alert alert : alerts) {
                insert.setLong(1, next++);
                insert.setString(2, alert.id());
                insert.setLong(3, eventSeq);
                insert.setString(4, alert.source().name());
                insert.setString(5, alert.kind().name());
                insert.setString(6, alert.severity().name());
                insert.setString(7, alert.strategy());
                insert.setString(8, alert.message());
                insert.setString(9, alert.operator());
                insert.setString(10, alert.time().toString());
                insert.executeUpdate();
            }
        }
    }

    /**
     * The first {@code max} undelivered alerts with an {@code outbox_seq} below {@code belowSeq}, oldest
     * first, leaving out the ids in {@code skipped}; a row that is not a valid alert throws.
     */
    static List<Alert> undelivered(Connection connection, int max, long belowSeq, Set<String> skipped,
                                   String location) throws SQLException {
        List<Alert> alerts = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(SELECT_UNDELIVERED)) {
            select.setLong(1, belowSeq);
            select.setMaxRows(skipped.isEmpty() ? max : 0);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next() && alerts.size() < max) {
                    if (!skipped.contains(rs.getString("alert_id"))) {
                        alerts.add(read(rs, location));
                    }
                }
            }
        }
        return alerts;
    }

    /** Sets {@code delivered_at} of {@code alertId} unless it is already set. */
    static void markDelivered(Connection connection, String alertId, Instant at) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE alert_outbox SET delivered_at = ? WHERE alert_id = ? AND delivered_at IS NULL")) {
            update.setString(1, at.toString());
            update.setString(2, alertId);
            update.executeUpdate();
        }
    }

    private static Alert read(ResultSet rs, String location) throws SQLException {
        long seq = rs.getLong("outbox_seq");
        try {
            AlertKind kind = AlertKind.valueOf(rs.getString("kind"));
            String source = rs.getString("source");
            if (!kind.source().name().equals(source)) {
                throw new IllegalArgumentException("source " + source + " does not match kind " + kind
                        + ", which belongs to " + kind.source());
            }
            return new Alert(rs.getString("alert_id"), kind, rs.getString("strategy"),
                    AlertSeverity.valueOf(rs.getString("severity")), rs.getString("message"), rs.getString("operator"),
                    Instant.parse(rs.getString("alert_time")));
        } catch (RuntimeException e) {
            throw new dev.parallax.live.LiveStoreException("alert " + seq + " in the outbox of " + location
                    + " is corrupt: " + e.getMessage() + "; it cannot be delivered", e);
        }
    }
}
