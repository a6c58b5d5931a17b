package dev.parallax.parity.state;

import static dev.parallax.sim.api.Preconditions.notNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parallax.parity.StrategyName;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads and writes {@code <strategy>_disable_state.json} in a data folder.
 *
 * <p>A write goes to a temporary file in the same folder, is forced to disk, and is renamed over
 * the state file with {@link StandardCopyOption#ATOMIC_MOVE}; the folder is then forced too where
 * the platform allows it. A reader therefore sees the old state or the new one, never half of one.
 *
 * <p>A file that exists but cannot be parsed, lacks a field, or names another strategy is an error
 * ({@link ParityStateException} naming the file), never a reason to treat the strategy as enabled.
 * Jackson reads the file as a plain tree; no polymorphic (default) typing is involved.
 *
 * <p>Format, version 1: {@code {"format":1,"strategy":"...","disabled":true,"reason":"...",
 * "changedBy":"...","changedAt":"2024-01-15T10:00:00Z"}}.
 */
public final class DisableStateStore {

    /** The file name suffix after the strategy name. */
    public static final String FILE_SUFFIX = "_disable_state.json";

    private static final int FORMAT = 1;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path folder;

    /** A store keeping its files in {@code folder}, which is created on the first write. */
    public DisableStateStore(Path folder) {
        this.folder = notNull("folder", folder);
    }

    /** The state file of {@code strategy}. */
    public Path fileOf(StrategyName strategy) {
        return folder.resolve(strategy.value() + FILE_SUFFIX);
    }

    /**
     * The saved state of {@code strategy}, empty if it has no file.
     *
     * @throws ParityStateException if the file exists but cannot be read or is not a valid state of
     *                              this strategy
     */
    public Optional<DisableState> load(StrategyName strategy) {
        Path file = fileOf(strategy);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new ParityStateException(file, "cannot read parity state file " + file.toAbsolutePath()
                    + ": " + e, e);
        }
        try {
            return Optional.of(parse(strategy, JSON.readTree(bytes)));
        } catch (JsonProcessingException | IllegalArgumentException | DateTimeParseException e) {
            throw new ParityStateException(file, "corrupt parity state file " + file.toAbsolutePath() + ": "
                    + e.getMessage() + ". The strategy is not re-enabled; repair the file, or delete it if the "
                    + "strategy is known to be safe to run", e);
        } catch (IOException e) {
            throw new ParityStateException(file, "cannot read parity state file " + file.toAbsolutePath()
                    + ": " + e, e);
        }
    }

    /**
     * Saves {@code state} atomically, replacing the strategy's previous file.
     *
     * @throws ParityStateException if it cannot be written; the previous file is then unchanged
     */
    public void save(DisableState state) {
        Path file = fileOf(StrategyName.of(state.strategy()));
        byte[] bytes = render(state);
        Path temp = null;
        try {
            Files.createDirectories(folder);
            temp = Files.createTempFile(folder, state.strategy() + FILE_SUFFIX + ".", ".tmp");
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            temp = null;
            forceFolder();
        } catch (IOException e) {
            throw new ParityStateException(file, "cannot write parity state file " + file.toAbsolutePath()
                    + ": " + e, e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the temporary file is harmless; the state file was not touched
                }
            }
        }
    }

    private static byte[] render(DisableState state) {
        ObjectNode node = JSON.createObjectNode()
                .put("format", FORMAT)
                .put("strategy", state.strategy())
                .put("disabled", state.disabled())
                .put("reason", state.reason())
                .put("changedBy", state.changedBy())
                .put("changedAt", state.changedAt().toString());
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render the parity state of " + state.strategy(), e);
        }
    }

    private static DisableState parse(StrategyName strategy, JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("expected a JSON object, found "
                    + (root == null || root.isMissingNode() ? "nothing" : root.getNodeType()));
        }
        JsonNode format = root.get("format");
        if (format == null || !format.isInt() || format.intValue() != FORMAT) {
            throw new IllegalArgumentException("field 'format' must be " + FORMAT + ", was " + format);
        }
        String name = text(root, "strategy");
        if (!name.equals(strategy.value())) {
            throw new IllegalArgumentException("field 'strategy' must be '" + strategy + "', was '" + name + "'");
        }
        JsonNode disabled = root.get("disabled");
        if (disabled == null || !disabled.isBoolean()) {
            throw new IllegalArgumentException("field 'disabled' must be true or false, was " + disabled);
        }
        return new DisableState(name, disabled.booleanValue(), text(root, "reason"), text(root, "changedBy"),
                Instant.parse(text(root, "changedAt")));
    }

    private static String text(JsonNode root, String field) {
        JsonNode node = root.get(field);
        if (node == null || !node.isTextual() || node.textValue().isBlank()) {
            throw new IllegalArgumentException("field '" + field + "' must be a non-blank string, was " + node);
        }
        return node.textValue();
    }

    private void forceFolder() {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Some platforms (Windows) cannot open or force a directory; the rename itself is atomic.
        }
    }
}
