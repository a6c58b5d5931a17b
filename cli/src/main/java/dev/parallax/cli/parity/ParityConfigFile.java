package dev.parallax.cli.parity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.cli.CliException;
import dev.parallax.cli.config.ConfigMapper;
import dev.parallax.parity.ParityLimits;
import dev.parallax.parity.state.LimitsJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;

/**
 * A parity config file ({@code --parity-config}): one JSON or YAML object (by the file's ending)
 * whose fields are the limits of {@link LimitsJson}, each optional. A field the format does not
 * know, a key given twice, a value of the wrong type, or anything after the object is an error
 * naming the file and the rule; nothing is guessed.
 *
 * <pre>
 * maxCumulativeDriftBps: 150
 * maxFeeImpactBps: 60
 * minTradesForTrackingError: 5
 * zone: UTC
 * </pre>
 */
public final class ParityConfigFile {

    private ParityConfigFile() {
    }

    /**
     * {@code base} with the limits given in {@code file} in their place.
     *
     * @throws CliException naming the file and what is wrong with it
     */
    public static ParityLimits apply(Path file, ParityLimits base) {
        JsonNode root = read(file);
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!LimitsJson.FIELDS.contains(name)) {
                throw new CliException("parity config file " + file + ": unknown field '" + name + "'; known fields: "
                        + LimitsJson.FIELDS);
            }
        }
        try {
            return LimitsJson.read(root, base, false);
        } catch (IllegalArgumentException e) {
            throw new CliException("parity config file " + file + ": " + e.getMessage(), e);
        }
    }

    private static JsonNode read(Path file) {
        ObjectMapper mapper = ConfigMapper.forFile(file, "parity config file");
        mapper.enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        JsonNode root;
        try {
            if (!Files.isRegularFile(file)) {
                throw new NoSuchFileException(file.toString());
            }
            root = mapper.readTree(file.toFile());
        } catch (NoSuchFileException e) {
            throw new CliException("parity config file not found: " + file, e);
        } catch (JsonProcessingException e) {
            throw new CliException("parity config file " + file + " is not valid"
                    + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()) + ": "
                    + e.getOriginalMessage().split("\n")[0], e);
        } catch (IOException e) {
            throw new CliException("cannot read parity config file " + file + ": " + e.getMessage(), e);
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            throw new CliException("parity config file " + file + " is empty");
        }
        if (!root.isObject()) {
            throw new CliException("parity config file " + file + " must hold one object of limits, found "
                    + root.getNodeType());
        }
        return root;
    }
}
