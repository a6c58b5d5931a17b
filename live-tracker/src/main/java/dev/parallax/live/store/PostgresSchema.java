package dev.parallax.live.store;

import dev.parallax.live.LiveStoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/**
 * Where one strategy's tables live in a PostgreSQL database: a schema of its own named
 * {@code live_<strategy>}, so many strategies share a database without sharing a row, and every
 * statement of the store stays the portable one, unqualified, found through {@code search_path}.
 */
final class PostgresSchema {

    /** PostgreSQL cuts identifiers at 63 bytes (NAMEDATALEN - 1); longer names would collide. */
    static final int MAX_IDENTIFIER_BYTES = 63;
    private static final String PREFIX = "live_";
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_\\-][A-Za-z0-9._\\-]*");

    private PostgresSchema() {
    }

    /**
     * The schema of {@code strategy}.
     *
     * @throws IllegalArgumentException if the strategy uses other characters than letters, digits,
     *                                  '.', '_' and '-', or is too long for a PostgreSQL identifier
     */
    static String of(String strategy) {
        if (!SAFE.matcher(strategy).matches()) {
            throw new IllegalArgumentException("strategy must use only letters, digits, '.', '_' and '-', was '"
                    + strategy.replaceAll("\\p{Cntrl}", "?") + "'");
        }
        int max = MAX_IDENTIFIER_BYTES - PREFIX.length();
        if (strategy.length() > max) {
            throw new IllegalArgumentException("strategy must have at most " + max + " characters to be kept in "
                    + "PostgreSQL (schema " + PREFIX + "<strategy>), was " + strategy.length());
        }
        return PREFIX + strategy;
    }

    /** True if {@code schema} exists in the database of {@code connection}. */
    static boolean exists(Connection connection, String schema) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT 1 FROM pg_namespace WHERE nspname = ?")) {
            select.setString(1, schema);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Creates {@code schema} when missing ({@code IF NOT EXISTS}) and makes it the only one searched. */
    static void createAndUse(Connection connection, String schema) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("CREATE SCHEMA IF NOT EXISTS " + quoted(schema));
        }
        use(connection, schema);
    }

    /** Makes {@code schema} the only one searched, so unqualified names are its tables. */
    static void use(Connection connection, String schema) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("SET search_path TO " + quoted(schema));
        }
        if (!schema.equals(connection.getSchema())) {
            throw new LiveStoreException("could not switch to schema " + schema + " (the current schema is "
                    + connection.getSchema() + ")");
        }
    }

    /** {@code name} as a quoted identifier; names from {@link #of} hold no quote. */
    static String quoted(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }
}
