package dev.parallax.live.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostgresDatabaseTest {

    private static final String URL = "jdbc:postgresql://127.0.0.1/trading";

    @TempDir
    Path dir;

    @Test
    void aUrlOfAnotherDatabaseIsRefusedWithoutItsCredentials() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new PostgresDatabase("jdbc:sqlite:/x.db?password=hunter2", "", ""));

        assertEquals("url must start with jdbc:postgresql:, was 'jdbc:sqlite:/x.db?password=***'", e.getMessage());
    }

    @Test
    void credentialsInTheUrlAreHiddenInItsLocationAndText() {
        PostgresDatabase db = new PostgresDatabase("jdbc:postgresql://bot:hunter2@127.0.0.1/trading?password=hunter2",
                "bot", "hunter2");

        assertEquals("jdbc:postgresql://bot:***@127.0.0.1/trading?password=***", db.location());
        assertFalse(db.toString().contains("hunter2"), db.toString());
    }

    @Test
    void aPasswordFileOfSeveralLinesIsRefusedWithoutShowingItsContent() throws IOException {
        Path file = Files.writeString(dir.resolve("pw"), "hunter2\nmore\n");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PostgresDatabase.of(URL, Map.of(), Optional.of(file)));

        assertEquals("password file " + file + " must hold the password on one line, was several lines", e.getMessage());
    }

    @Test
    void anEmptyOrMissingPasswordFileIsRefused() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty"), "\n");
        Path missing = dir.resolve("missing");

        assertEquals("password file " + empty + " must hold the password on one line, was empty",
                assertThrows(IllegalArgumentException.class,
                        () -> PostgresDatabase.of(URL, Map.of(), Optional.of(empty))).getMessage());
        assertEquals("password file " + missing + " could not be read: NoSuchFileException",
                assertThrows(IllegalArgumentException.class,
                        () -> PostgresDatabase.of(URL, Map.of(), Optional.of(missing))).getMessage());
    }

    @Test
    void aPasswordFileKeepsEverythingButTheLineEnd() throws IOException {
        Path file = Files.writeString(dir.resolve("pw"), " spaced pass \r\n");

        assertEquals(" spaced pass ", PostgresDatabase.of(URL, Map.of(), Optional.of(file)).password());
    }

    @Test
    void onlyJdbcUrlsAreTakenForUrls() {
        assertTrue(PostgresDatabase.isJdbcUrl("JDBC:postgresql://h/d"));
        assertFalse(PostgresDatabase.isJdbcUrl("jdbc"));
        assertFalse(PostgresDatabase.isJdbcUrl("data/jdbc:x"));
    }
}
