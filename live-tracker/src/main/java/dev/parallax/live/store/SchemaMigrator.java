package dev.parallax.live.store;

import dev.parallax.live.LiveStoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Brings a database to {@link LiveSchema#LATEST_VERSION}, one transaction per migration. */
final class SchemaMigrator {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrator.class);
    private static final String VERSION_TABLE = "schema_version";

    private final Connection connection;
    private final String location;
    private final Dialect dialect;

    SchemaMigrator(Connection connection, String location, Dialect dialect) {
        this.connection = connection;
        this.location = location;
        this.dialect = dialect;
    }

    /**
     * Refuses, without writing, a database that holds tables but no {@code schema_version}, or
     * whose version is newer than this build knows.
     */
    static int refuseUnknown(Connection connection, String location) throws SQLException {
        Set<String> tables = tables(connection);
        if (!tables.contains(VERSION_TABLE)) {
            if (!tables.isEmpty()) {
                throw new LiveStoreException(location + " holds tables " + tables + " but no " + VERSION_TABLE
                        + ", so it is not a live-tracker database; the tracker refuses to use it and leaves it untouched");
            }
            return 0;
        }
        int version;
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT MAX(version) FROM " + VERSION_TABLE)) {
            version = rs.next() ? rs.getInt(1) : 0;
        }
        if (version > LiveSchema.LATEST_VERSION) {
            throw new LiveStoreException(location + " has schema version " + version + ", newer than the version "
                    + LiveSchema.LATEST_VERSION + " this build knows; it was written by a newer Parallax. The tracker "
                    + "refuses to start and leaves it untouched: upgrade Parallax");
        }
        return version;
    }

    void migrate() throws SQLException {
        int current = refuseUnknown(connection, location);
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            for (Migration migration : LiveSchema.MIGRATIONS) {
                if (migration.version() > current) {
                    apply(migration);
                }
            }
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private void apply(Migration migration) throws SQLException {
        try (Statement st = connection.createStatement()) {
            if (migration.version() == 1) {
                st.execute("CREATE TABLE " + VERSION_TABLE + " (version INTEGER NOT NULL PRIMARY KEY, "
                        + "description VARCHAR(200) NOT NULL, applied_at VARCHAR(40) NOT NULL)");
            }
            for (String sql : dialect.statements(migration)) {
                st.execute(sql);
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + VERSION_TABLE
                    + " (version, description, applied_at) VALUES (?, ?, ?)")) {
                insert.setInt(1, migration.version());
                insert.setString(2, migration.description());
                insert.setString(3, Instant.now().toString());
                insert.executeUpdate();
            }
            connection.commit();
            LOG.info("{}: applied schema migration {} ({})", location, migration.version(), migration.description());
        } catch (SQLException e) {
            connection.rollback();
            throw new LiveStoreException("schema migration " + migration.version() + " of " + location
                    + " failed and was rolled back: " + e.getMessage(), e);
        }
    }

    private static Set<String> tables(Connection connection) throws SQLException {
        Set<String> names = new TreeSet<>();
        try (ResultSet rs = connection.getMetaData().getTables(null, connection.getSchema(), "%",
                new String[] {"TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }
}
