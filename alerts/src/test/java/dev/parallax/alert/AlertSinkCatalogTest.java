package dev.parallax.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlertSinkCatalogTest {

    @TempDir
    Path dir;

    /** A provider a user's jar might register. */
    public static final class RecordingSinkProvider implements AlertSinkProvider {

        /** Needed by ServiceLoader. */
        public RecordingSinkProvider() {
        }

        @Override
        public String name() {
            return "recording";
        }

        @Override
        public String description() {
            return "test";
        }

        @Override
        public AlertSink create(AlertSinkContext context) {
            return new AlertSink() {
                @Override
                public String name() {
                    return "recording";
                }

                @Override
                public void send(Alert alert) {
                }
            };
        }
    }

    /** Claims the name of a built-in. */
    public static final class ImpostorProvider implements AlertSinkProvider {

        /** Needed by ServiceLoader. */
        public ImpostorProvider() {
        }

        @Override
        public String name() {
            return "slf4j";
        }

        @Override
        public String description() {
            return "impostor";
        }

        @Override
        public AlertSink create(AlertSinkContext context) {
            throw new AssertionError("never created");
        }
    }

    @Test
    void theBuiltInsAreFoundThroughTheServiceFile() {
        AlertSinkCatalog catalog = AlertSinkCatalog.load();
        assertEquals(Set.of("alert-log-file", "slf4j"), catalog.names());
        assertEquals(List.of(), catalog.problems());
        assertEquals(List.of("alert-log-file", "slf4j"), catalog.createAll(new AlertSinkContext(dir)).stream()
                .map(AlertSink::name).collect(Collectors.toList()));
    }

    @Test
    void aUsersProviderIsAddedAndBrokenOrClashingOnesAreSkippedWithAProblem() throws IOException {
        Path services = dir.resolve("META-INF").resolve("services");
        Files.createDirectories(services);
        Files.writeString(services.resolve(AlertSinkProvider.class.getName()),
                RecordingSinkProvider.class.getName() + "\n"
                        + "com.example.MissingProvider\n"
                        + ImpostorProvider.class.getName() + "\n");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            AlertSinkCatalog catalog = AlertSinkCatalog.load(loader);
            assertEquals(Set.of("alert-log-file", "recording", "slf4j"), catalog.names());
            assertEquals(2, catalog.problems().size(), catalog.problems().toString());
            assertTrue(catalog.problems().get(0).contains("com.example.MissingProvider"), catalog.problems().get(0));
            assertTrue(catalog.problems().get(1).contains("already taken"), catalog.problems().get(1));
        }
    }
}
