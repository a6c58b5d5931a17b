package dev.parallax.cli.command;

import static org.junit.jupiter.api.Assertions.fail;

import dev.parallax.live.store.PostgresDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL test database of {@code .ci/postgres} ({@code PARALLAX_TEST_POSTGRES_URL}, user and
 * password) for the command-line tests; skipped with the reason when none is configured, failed when
 * {@code PARALLAX_REQUIRE_POSTGRES=1}. The server must be on 127.0.0.1 (the script starts it there).
 */
final class TestPostgres {

    private TestPostgres() {
    }

    /** The test database, with the schemas of {@code strategies} dropped first. */
    static PostgresDatabase withoutStrategies(String... strategies) {
        String url = System.getenv().getOrDefault("PARALLAX_TEST_POSTGRES_URL", "");
        if (url.isBlank()) {
            String why = "no PostgreSQL server configured: run '. .ci/postgres' to start one";
            if ("1".equals(System.getenv("PARALLAX_REQUIRE_POSTGRES"))) {
                fail(why + " (PARALLAX_REQUIRE_POSTGRES=1 makes this a failure)");
            }
            Assumptions.abort(why);
        }
        if (!url.startsWith("jdbc:postgresql://127.0.0.1:") && !url.startsWith("jdbc:postgresql://localhost:")) {
            fail("PARALLAX_TEST_POSTGRES_URL must name a server on 127.0.0.1, was " + PostgresDatabase.redacted(url));
        }
        PostgresDatabase db = new PostgresDatabase(url, System.getenv().getOrDefault("PARALLAX_TEST_POSTGRES_USER", ""),
                System.getenv().getOrDefault("PARALLAX_TEST_POSTGRES_PASSWORD", ""));
        Properties login = new Properties();
        login.setProperty("user", db.user());
        login.setProperty("password", db.password());
        try (Connection c = DriverManager.getConnection(url, login); Statement st = c.createStatement()) {
            for (String strategy : strategies) {
                st.execute("DROP SCHEMA IF EXISTS \"" + PostgresDatabase.schemaOf(strategy) + "\" CASCADE");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not reset the test database: " + e.getMessage(), e);
        }
        return db;
    }

    /** The URL of {@code db} with its user in it, as a user gives it to {@code --db}. */
    static String urlWithUser(PostgresDatabase db) {
        return db.url() + (db.url().contains("?") ? "&" : "?") + "user=" + db.user();
    }
}
