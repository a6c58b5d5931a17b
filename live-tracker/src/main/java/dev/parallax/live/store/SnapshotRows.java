package dev.parallax.live.store;

import dev.parallax.live.StateSnapshot;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** Reads and writes the one row of {@code live_snapshots}. */
final class SnapshotRows {

    /** The schema version that added the table. */
    static final int SINCE_VERSION = 4;

    private SnapshotRows() {
    }

    /** Replaces the stored snapshot with {@code snapshot} (portable: delete, then insert). */
    static void replace(Connection connection, StateSnapshot snapshot) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM live_snapshots");
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO live_snapshots (event_count, state) VALUES (?, ?)")) {
            delete.executeUpdate();
            insert.setLong(1, snapshot.eventCount());
            insert.setBytes(2, snapshot.state());
            insert.executeUpdate();
        }
    }

    /**
     * The stored snapshot, or empty. A row that cannot make a {@link StateSnapshot} (a count below 1,
     * no bytes) counts as none: the tracker then replays every event.
     */
    static Optional<StateSnapshot> latest(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT event_count, state FROM live_snapshots ORDER BY event_count DESC");
             ResultSet rs = select.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            long count = rs.getLong(1);
            byte[] state = rs.getBytes(2);
            if (count < 1 || state == null || state.length == 0) {
                return Optional.empty();
            }
            return Optional.of(new StateSnapshot(count, state));
        }
    }
}
