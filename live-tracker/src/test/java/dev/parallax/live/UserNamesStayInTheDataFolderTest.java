package dev.parallax.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.live.bot.LiveTrackerHook;
import dev.parallax.parity.StrategyName;
import dev.parallax.parity.state.DisableStateStore;
import java.nio.file.Path;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The strategy name names files (the live database, the parity state); whatever a user or a bot's
 * environment supplies, a name is either refused with a message or names a plain file directly
 * inside the configured data folder.
 */
class UserNamesStayInTheDataFolderTest {

    static final int NAMES_TRIED = 20_000;
    private static final String ALPHABET = "aZ09._-/\\:~$%*?<>|\"' \t\n\u0000\u202e\u00e9\uff0e\uff0f";
    private static final String[] HOSTILE = {"..", ".", "../x", "..\\x", "/etc/passwd", "C:\\Windows", "a/../../b",
        "x/..", ".hidden", "~root", "con", "a\u0000b", "%2e%2e%2f", "\uff0e\uff0e\uff0f", "", " ", "a b"};

    @Test
    void everyNameIsRefusedOrNamesAFileDirectlyInsideTheDataFolder() {
        Path data = Path.of("/srv/parallax/data").toAbsolutePath();
        DisableStateStore parity = new DisableStateStore(data.resolve("parity"));
        SplittableRandom rnd = new SplittableRandom(99);
        int accepted = 0;
        for (int i = 0; i < NAMES_TRIED; i++) {
            String name = i < HOSTILE.length ? HOSTILE[i] : randomName(rnd);
            LiveTrackerSettings settings;
            try {
                settings = LiveTrackerSettings.of(name, data, 1_000);
            } catch (IllegalArgumentException e) {
                assertTrue(e.getMessage().startsWith("strategy must"), e.getMessage());
                continue;
            }
            accepted++;
            assertInside(data, settings.databaseFile());
            assertInside(data.resolve("parity"), parity.fileOf(StrategyName.of(name)));
        }
        assertTrue(accepted > 1_000 && accepted < NAMES_TRIED, "the generator should try both kinds: " + accepted);
    }

    @Test
    void aBotsEnvironmentCannotNameAStrategyOutsideTheDataFolder() {
        Map<String, String> env = Map.of("LIVE_TRACKER_ENABLED", "true", "LIVE_TRACKER_DATA_DIR", "target/never-created",
                "INITIAL_BALANCE", "1000");
        var e = assertThrows(IllegalArgumentException.class,
                () -> LiveTrackerHook.fromEnvironment("../../etc/cron.d/x", env));
        assertTrue(e.getMessage().contains("cannot leave the data folder"), e.getMessage());
    }

    private static void assertInside(Path folder, Path file) {
        Path normal = file.normalize();
        assertEquals(folder, normal.getParent(), "escaped the folder: " + file);
        assertEquals(file, normal, "a path that changes when normalised: " + file);
        assertFalse(normal.getFileName().toString().startsWith("."), file.toString());
    }

    private static String randomName(SplittableRandom rnd) {
        StringBuilder name = new StringBuilder();
        int length = 1 + rnd.nextInt(12);
        for (int i = 0; i < length; i++) {
            name.append(rnd.nextInt(3) == 0 ? ALPHABET.charAt(rnd.nextInt(ALPHABET.length()))
                    : ALPHABET.charAt(rnd.nextInt(6)));
        }
        return name.toString();
    }
}
