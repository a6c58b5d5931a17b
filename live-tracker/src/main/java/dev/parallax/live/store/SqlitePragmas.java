package dev.parallax.live.store;

import dev.parallax.live.LiveStoreException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQLite settings of the live event store, applied in an order that never writes to a file
 * that has not been checked: first the read-only checks, then, for the writer, WAL and synchronous.
 */
final class SqlitePragmas {

    private SqlitePragmas() {
    }

    /** Read-only checks: the integrity check and the schema; writes nothing. */
    static void check(Connection connection, String location) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("PRAGMA busy_timeout = 1000");
            List<String> problems = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("PRAGMA quick_check")) {
                while (rs.next()) {
                    problems.add(rs.getString(1));
                }
            } catch (SQLException e) {
                throw corrupt(location, e.getMessage(), e);
            }
            if (!problems.equals(List.of("ok"))) {
                throw corrupt(location, String.join("; ", problems.subList(0, Math.min(5, problems.size()))), null);
            }
            SchemaMigrator.refuseUnknown(connection, location);
        }
    }

    /**
     * For the writer, after {@link #check}: WAL, so that readers in other processes read while it
     * writes, and {@code synchronous=FULL}, so a commit is on disk when it returns.
     */
    static void forWriting(Connection connection, String location) throws SQLException {
        try (Statement st = connection.createStatement()) {
            try (ResultSet rs = st.executeQuery("PRAGMA journal_mode = WAL")) {
                String mode = rs.next() ? rs.getString(1) : "";
                if (!"wal".equalsIgnoreCase(mode)) {
                    throw new LiveStoreException(location + " could not be switched to WAL mode (it is in '" + mode
                            + "' mode)");
                }
            }
            st.execute("PRAGMA synchronous = FULL");
        }
    }

    private static LiveStoreException corrupt(String location, String detail, Throwable cause) {
        return new LiveStoreException(location + " is corrupt (integrity check: " + detail + "); the live tracker "
                + "refuses to start and leaves it untouched: restore it from a backup or move it away", cause);
    }
}
