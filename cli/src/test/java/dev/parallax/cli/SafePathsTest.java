package dev.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SafePathsTest {

    private final Path root = Path.of("/tmp/out");

    @Test
    void aRelativeNameResolvesInsideTheFolder() {
        assertEquals(Path.of("/tmp/out/data/live"), SafePaths.inside(root, "data/live", "--live-dir"));
    }

    @Test
    void namesThatLeaveTheFolderAreRefusedNamingTheOption() {
        for (String bad : new String[] {"../x", "/etc", "data/../../x", ".", "  "}) {
            CliException e = assertThrows(CliException.class, () -> SafePaths.inside(root, bad, "--live-dir"), bad);
            assertTrue(e.getMessage().startsWith("--live-dir must"), e.getMessage());
        }
    }
}
