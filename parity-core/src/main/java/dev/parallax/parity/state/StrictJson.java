package dev.parallax.parity.state;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parallax.parity.StrategyName;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the state files strictly: one JSON object and nothing after it, no key given twice, and
 * only the keys the format knows. A file that breaks any of these rules is corrupt, because a
 * reader that let the first or last copy of a key win could read a disabled strategy as enabled.
 */
final class StrictJson {

    private static final ObjectMapper WRITER = new ObjectMapper();
    private static final ObjectMapper READER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private StrictJson() {
    }

    /**
     * The one object in {@code bytes}.
     *
     * @throws IllegalArgumentException if the bytes are not exactly one JSON object, or repeat a key
     */
    static ObjectNode object(byte[] bytes) {
        JsonNode root;
        try {
            root = READER.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e.getOriginalMessage() + location(e));
        } catch (IOException e) {
            throw new IllegalArgumentException(e.toString(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("expected a JSON object, found "
                    + (root == null || root.isMissingNode() ? "nothing" : root.getNodeType()));
        }
        return (ObjectNode) root;
    }

    /**
     * Refuses a key of {@code node} that is not in {@code known}.
     *
     * @throws IllegalArgumentException naming the first unknown key and the known ones
     */
    static void onlyKnownFields(ObjectNode node, Set<String> known) {
        List<String> unknown = new ArrayList<>();
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                unknown.add(name);
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown field '" + unknown.get(0) + "'; the format has only "
                    + new java.util.TreeSet<>(known));
        }
    }

    /**
     * The state in {@code file}, parsed by {@code parse} from its one strict object; empty if there is
     * no such file.
     *
     * @param what   the kind of file, for messages ({@code "parity state"})
     * @param advice what the user can do about a corrupt file, the end of the message
     * @throws ParityStateException naming the file: "cannot read ..." if it cannot be read, "corrupt
     *                              ..." with the rule broken if it is not valid
     */
    static <T> Optional<T> load(Path file, String what, String advice, Function<ObjectNode, T> parse) {
        Optional<byte[]> bytes;
        try {
            bytes = AtomicFile.read(file);
        } catch (IOException e) {
            throw new ParityStateException(file, "cannot read " + what + " file " + file.toAbsolutePath() + ": " + e, e);
        }
        if (bytes.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(parse.apply(object(bytes.get())));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new ParityStateException(file, "corrupt " + what + " file " + file.toAbsolutePath() + ": "
                    + e.getMessage() + ". " + advice, e);
        }
    }

    /**
     * Replaces {@code file} atomically with {@code node}.
     *
     * @throws ParityStateException naming the file if it cannot be written; its old content then stays
     */
    static void save(Path file, String what, ObjectNode node) {
        try {
            AtomicFile.write(file, render(node));
        } catch (IOException e) {
            throw new ParityStateException(file, "cannot write " + what + " file " + file.toAbsolutePath() + ": " + e, e);
        }
    }

    /** A new object holding the {@code format} and {@code strategy} fields every state file starts with. */
    static ObjectNode header(int format, String strategy) {
        return WRITER.createObjectNode().put("format", format).put("strategy", strategy);
    }

    /** {@code node} as indented UTF-8 JSON. */
    private static byte[] render(ObjectNode node) {
        try {
            return WRITER.writerWithDefaultPrettyPrinter().writeValueAsString(node).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render a state file: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Checks that {@code root} has {@code "format": format} and names {@code strategy}.
     *
     * @throws IllegalArgumentException naming the field that is wrong
     */
    static void checkHeader(ObjectNode root, int format, StrategyName strategy) {
        JsonNode version = root.get("format");
        if (version == null || !version.isInt() || version.intValue() != format) {
            throw new IllegalArgumentException("field 'format' must be " + format + ", was " + version);
        }
        String name = text(root, "strategy");
        if (!name.equals(strategy.value())) {
            throw new IllegalArgumentException("field 'strategy' must be '" + strategy + "', was '" + name + "'");
        }
    }

    /**
     * The text of {@code field}.
     *
     * @throws IllegalArgumentException if it is missing, not a string, or blank
     */
    static String text(ObjectNode root, String field) {
        JsonNode node = root.get(field);
        if (node == null || !node.isTextual() || node.textValue().isBlank()) {
            throw new IllegalArgumentException("field '" + field + "' must be a non-blank string, was " + node);
        }
        return node.textValue();
    }

    private static String location(JsonProcessingException e) {
        return e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr() + ")";
    }
}
