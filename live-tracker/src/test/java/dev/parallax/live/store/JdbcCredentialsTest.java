package dev.parallax.live.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.live.LiveStoreException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class JdbcCredentialsTest {

    @Test
    void aPasswordInTheUrlOrThePropertiesNeverReachesTheExceptionOrItsStackTrace() {
        Properties properties = new Properties();
        properties.setProperty("user", "bot");
        properties.setProperty("password", "pr0perty-secret");
        String url = "jdbc:nosuchdb://db.example:5432/live?user=bot&password=hunter2&ssl=true";
        LiveStoreException e = assertThrows(LiveStoreException.class, () -> JdbcLiveEventStore.open(url, properties));
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        assertFalse(trace.toString().contains("hunter2"), trace.toString());
        assertFalse(trace.toString().contains("pr0perty-secret"), trace.toString());
        assertTrue(e.getMessage().startsWith("could not open jdbc:nosuchdb://db.example:5432/live?user=bot&password=***"
                + "&ssl=true: SQLException: No suitable driver"), e.getMessage());
    }

    @Test
    void aPostgresqlUrlIsSentToThePathThatLocksOutASecondWriterWithoutShowingItsPassword() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JdbcLiveEventStore.open(
                "jdbc:postgresql://127.0.0.1/live?password=hunter2", new Properties()));

        assertEquals("jdbcUrl jdbc:postgresql://127.0.0.1/live?password=*** is a PostgreSQL database: open it with "
                + "JdbcLiveEventStore.postgresql(PostgresDatabase, strategy), which keeps each strategy in its own "
                + "schema and locks out a second writer", e.getMessage());
    }

    @Test
    void credentialsInEveryUsualPlaceOfAUrlAreMasked() {
        assertEquals("jdbc:mysql://bot:***@db/live", JdbcLiveEventStore.withoutCredentials("jdbc:mysql://bot:pw@db/live"));
        assertEquals("jdbc:sqlserver://db;user=bot;password=***;db=live",
                JdbcLiveEventStore.withoutCredentials("jdbc:sqlserver://db;user=bot;password=pw;db=live"));
        assertEquals("jdbc:x://db?PWD=***&Token=***&access_token=***",
                JdbcLiveEventStore.withoutCredentials("jdbc:x://db?PWD=a&Token=b&access_token=c"));
    }
}
