package dev.parallax.live.store;

import static org.junit.jupiter.api.Assertions.fail;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL server the tests record into, from the variables {@code .ci/postgres} exports:
 * {@code PARALLAX_TEST_POSTGRES_URL}, {@code _USER} and {@code _PASSWORD}. Without a URL the tests
 * are skipped and say why, unless {@code PARALLAX_REQUIRE_POSTGRES=1}, which makes that a failure.
 * Only a server on a loopback address is used.
 */
public final class PostgresTestServer {

    /** The variable holding the JDBC URL of the test database. */
    public static final String URL_VARIABLE = "PARALLAX_TEST_POSTGRES_URL";

    private PostgresTestServer() {
    }

    /** The test database; skips the test (or fails it, when required) if none is configured. */
    public static PostgresDatabase database() {
        Map<String, String> env = System.getenv();
        String url = env.getOrDefault(URL_VARIABLE, "");
        if (url.isBlank()) {
            String why = "no PostgreSQL server configured: run '. .ci/postgres' to start one and set " + URL_VARIABLE;
            if ("1".equals(env.get("PARALLAX_REQUIRE_POSTGRES"))) {
                fail(why + " (PARALLAX_REQUIRE_POSTGRES=1 makes this a failure)");
            }
            Assumptions.abort(why);
        }
        requireLoopback(url);
        return new PostgresDatabase(url, env.getOrDefault("PARALLAX_TEST_POSTGRES_USER", ""),
                env.getOrDefault("PARALLAX_TEST_POSTGRES_PASSWORD", ""));
    }

    /** The test database with the schemas of {@code strategies} dropped, so a test starts from nothing. */
    public static PostgresDatabase withoutStrategies(String... strategies) {
        PostgresDatabase database = database();
        dropStrategies(database, strategies);
        return database;
    }

    /** Drops the schemas of {@code strategies}, so a test starts from an empty database. */
    public static void dropStrategies(PostgresDatabase database, String... strategies) {
        try (Connection c = DriverManager.getConnection(database.url(), database.properties("parallax test"));
             Statement st = c.createStatement()) {
            for (String strategy : strategies) {
                st.execute("DROP SCHEMA IF EXISTS " + PostgresSchema.quoted(PostgresSchema.of(strategy)) + " CASCADE");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not reset the test database: " + e.getMessage(), e);
        }
    }

    /** A connection to the test database, in its default schema. */
    public static Connection connect(PostgresDatabase database) throws SQLException {
        return DriverManager.getConnection(database.url(), database.properties("parallax test"));
    }

    private static void requireLoopback(String url) {
        String host = URI.create(url.substring("jdbc:".length())).getHost();
        try {
            if (host == null || !InetAddress.getByName(host).isLoopbackAddress()) {
                fail(URL_VARIABLE + " must name a server on a loopback address (127.0.0.1), was host " + host);
            }
        } catch (UnknownHostException e) {
            fail(URL_VARIABLE + " names an unknown host " + host);
        }
    }
}
