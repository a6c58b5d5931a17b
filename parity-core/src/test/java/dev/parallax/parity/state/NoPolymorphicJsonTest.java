package dev.parallax.parity.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.parity.StrategyName;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * JSON read from files or the network must never choose the Java class to build (Jackson's
 * polymorphic "default typing", the root of its deserialisation exploits). Every reader in Parallax
 * reads a tree or a token stream by field name; this test keeps it so by scanning the production
 * sources of every module for the switches that would turn class selection on.
 */
class NoPolymorphicJsonTest {

    private static final Pattern FORBIDDEN = Pattern.compile(
            "enableDefaultTyping|activateDefaultTyping|setDefaultTyping|DefaultTyping\\.|@JsonTypeInfo|"
                    + "JsonTypeInfo\\.Id\\.(CLASS|MINIMAL_CLASS)|PolymorphicTypeValidator|readValue\\([^)]*Object\\.class");

    @TempDir
    Path dir;

    @Test
    void noProductionSourceTurnsOnPolymorphicTypingInJackson() throws IOException {
        Path root = Path.of("").toAbsolutePath().getParent();
        assertTrue(Files.exists(root.resolve("pom.xml")) && Files.isDirectory(root.resolve("parity-core")),
                "run from a module folder of the reactor: " + root);
        List<String> offenders = new ArrayList<>();
        int scanned = 0;
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String path = root.relativize(file).toString().replace('\\', '/');
                if (!path.endsWith(".java") || !path.contains("/src/main/") || path.contains("/target/")) {
                    continue;
                }
                scanned++;
                if (FORBIDDEN.matcher(Files.readString(file)).find()) {
                    offenders.add(path);
                }
            }
        }
        assertTrue(scanned > 100, "too few sources found: " + scanned);
        assertEquals(List.of(), offenders);
    }

    @Test
    void aStateFileCarryingTypeHintsIsRejectedNeverInstantiated() throws IOException {
        DisableStateStore store = new DisableStateStore(dir);
        StrategyName name = StrategyName.of("s");
        Files.writeString(store.fileOf(name), "{\"@class\":\"java.net.URL\",\"format\":1,\"strategy\":\"s\","
                + "\"disabled\":true,\"reason\":\"r\",\"changedBy\":\"auto\",\"changedAt\":\"2024-01-15T10:00:00Z\"}");
        ParityStateException hint = org.junit.jupiter.api.Assertions.assertThrows(ParityStateException.class,
                () -> store.load(name));
        assertTrue(hint.getMessage().contains("unknown field '@class'"), hint.getMessage());
        Files.writeString(store.fileOf(name), "[\"java.net.URL\",\"http://example.invalid\"]");
        ParityStateException e = org.junit.jupiter.api.Assertions.assertThrows(ParityStateException.class,
                () -> store.load(name));
        assertFalse(e.getMessage().contains("URL@"), e.getMessage());
    }
}
