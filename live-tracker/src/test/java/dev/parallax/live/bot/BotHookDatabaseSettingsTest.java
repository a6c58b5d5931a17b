package dev.parallax.live.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.live.RiskLimits;
import dev.parallax.live.store.PostgresDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PostgreSQL variables of the bot hook: the URL, the credentials, and what is refused. */
class BotHookDatabaseSettingsTest {

    private static final String URL = "jdbc:postgresql://127.0.0.1:5432/trading";

    @TempDir
    Path dir;

    private static Map<String, String> enabled(String... pairs) {
        Map<String, String> env = new HashMap<>(Map.of("LIVE_TRACKER_ENABLED", "true", "INITIAL_BALANCE", "1000"));
        for (int i = 0; i < pairs.length; i += 2) {
            env.put(pairs[i], pairs[i + 1]);
        }
        return env;
    }

    @Test
    void withoutADatabaseUrlTheHookUsesTheSqliteFile() {
        assertEquals(Optional.empty(), BotHookSettings.fromEnvironment(enabled()).database());
        assertEquals(Optional.empty(), new BotHookSettings(true, dir, RiskLimits.DEFAULTS, 1_000).database());
    }

    @Test
    void theUrlAndTheTrackersOwnCredentialVariablesComeBeforeThePgOnes() {
        BotHookSettings settings = BotHookSettings.fromEnvironment(enabled("LIVE_TRACKER_DB_URL", URL,
                "LIVE_TRACKER_DB_USER", "bot", "PGUSER", "other",
                "LIVE_TRACKER_DB_PASSWORD", "s3cret", "PGPASSWORD", "other-secret"));

        assertEquals(Optional.of(new PostgresDatabase(URL, "bot", "s3cret")), settings.database());
    }

    @Test
    void thePgVariablesAreUsedWhenTheTrackersAreNotSet() {
        BotHookSettings settings = BotHookSettings.fromEnvironment(enabled("LIVE_TRACKER_DB_URL", URL,
                "PGUSER", "pg-user", "PGPASSWORD", "pg-secret"));

        assertEquals(Optional.of(new PostgresDatabase(URL, "pg-user", "pg-secret")), settings.database());
    }

    @Test
    void aPasswordFileComesBeforeTheVariablesAndItsLineEndIsDropped() throws IOException {
        Path file = Files.writeString(dir.resolve("pw"), "from-file\n");

        BotHookSettings settings = BotHookSettings.fromEnvironment(enabled("LIVE_TRACKER_DB_URL", URL,
                "LIVE_TRACKER_DB_PASSWORD_FILE", file.toString(), "LIVE_TRACKER_DB_PASSWORD", "from-variable"));

        assertEquals("from-file", settings.database().orElseThrow().password());
    }

    @Test
    void aDatabaseUrlInTheDataFolderVariableIsRefusedPointingToTheUrlVariableWithoutItsPassword() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BotHookSettings.fromEnvironment(
                enabled("LIVE_TRACKER_DATA_DIR", "jdbc:postgresql://db/trading?password=hunter2")));

        assertEquals("LIVE_TRACKER_DATA_DIR must be a folder, was the database URL "
                + "'jdbc:postgresql://db/trading?password=***'; give a database URL in LIVE_TRACKER_DB_URL instead",
                e.getMessage());
    }

    @Test
    void aUrlOfAnotherDatabaseIsRefusedWithoutItsPassword() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BotHookSettings.fromEnvironment(
                enabled("LIVE_TRACKER_DB_URL", "jdbc:mysql://u:hunter2@db/trading")));

        assertEquals("LIVE_TRACKER_DB_URL must start with jdbc:postgresql:, was 'jdbc:mysql://u:***@db/trading'",
                e.getMessage());
    }

    @Test
    void aPasswordFileWithoutAUrlIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BotHookSettings.fromEnvironment(
                enabled("LIVE_TRACKER_DB_PASSWORD_FILE", "/run/secrets/pg")));

        assertTrue(e.getMessage().startsWith("LIVE_TRACKER_DB_PASSWORD_FILE is set but LIVE_TRACKER_DB_URL is not"),
                e.getMessage());
    }

    @Test
    void theSettingsPrintTheUrlAndUserButNeverThePassword() {
        BotHookSettings settings = BotHookSettings.fromEnvironment(enabled("LIVE_TRACKER_DB_URL", URL,
                "LIVE_TRACKER_DB_USER", "bot", "LIVE_TRACKER_DB_PASSWORD", "hunter2"));

        assertTrue(settings.toString().contains("PostgresDatabase[url=" + URL + ", user=bot, password=***]"),
                settings.toString());
        assertFalse(settings.toString().contains("hunter2"), settings.toString());
    }
}
