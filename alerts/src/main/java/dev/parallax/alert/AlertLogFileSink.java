package dev.parallax.alert;

import static dev.parallax.sim.api.Preconditions.notNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Appends every alert that stops or re-allows trading ({@link AlertKind#audited()}: parity disables
 * and resets, circuit-breaker trips and resets) to {@value #FILE_NAME} in the alert log folder, one
 * JSON object per line ({@code id}, {@code time}, {@code source}, {@code strategy}, {@code kind},
 * {@code severity}, {@code operator}, {@code message}), and forces it to disk before returning.
 * Parity status changes and drawdown warnings are not written: this file is the audit trail of
 * disables.
 * The folder is created when the first line is written.
 */
public final class AlertLogFileSink implements AlertSink {

    /** Name of the file in the alert log folder. */
    public static final String FILE_NAME = "parity_disable_alerts.log";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;

    /** A sink appending to {@value #FILE_NAME} in {@code folder}. */
    public AlertLogFileSink(Path folder) {
        this.file = notNull("folder", folder).resolve(FILE_NAME);
    }

    /** The file this sink appends to. */
    public Path file() {
        return file;
    }

    @Override
    public String name() {
        return AlertLogFileSinkProvider.NAME;
    }

    @Override
    public void send(Alert alert) {
        if (!alert.kind().audited()) {
            return;
        }
        ObjectNode line = JSON.createObjectNode()
                .put("id", alert.id())
                .put("time", alert.time().toString())
                .put("source", alert.source().name())
                .put("strategy", alert.strategy())
                .put("kind", alert.kind().name())
                .put("severity", alert.severity().name())
                .put("operator", alert.operator())
                .put("message", alert.message());
        byte[] bytes = (line.toString() + "\n").getBytes(StandardCharsets.UTF_8);
        synchronized (this) {
            try {
                Files.createDirectories(file.getParent() == null ? Path.of(".") : file.getParent());
                try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
                    ByteBuffer buffer = ByteBuffer.wrap(bytes);
                    while (buffer.hasRemaining()) {
                        channel.write(buffer);
                    }
                    channel.force(true);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("could not append the " + alert.source().label() + " alert to " + file.toAbsolutePath(), e);
            }
        }
    }
}
