package dev.parallax.cli.config;

import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.parallax.cli.CliException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads a {@link BacktestFile} from JSON ({@code .json}) or YAML ({@code .yaml}, {@code .yml}). */
public final class ConfigReader {

    private ConfigReader() {
    }

    /**
     * The config in {@code file}.
     *
     * @throws CliException if the file is missing, has another extension, or is not a valid config;
     *                      the message names the file and, where Jackson knows it, the line
     */
    public static BacktestFile read(Path file) {
        ObjectMapper mapper = ConfigMapper.forFile(file, "config file");
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        try {
            if (!Files.isRegularFile(file)) {
                throw new NoSuchFileException(file.toString());
            }
            BacktestFile config = mapper.readValue(file.toFile(), BacktestFile.class);
            return config == null ? BacktestFile.EMPTY : config;
        } catch (UnrecognizedPropertyException e) {
            throw new CliException("config file " + file + ": unknown field '" + e.getPropertyName() + "' at line "
                    + e.getLocation().getLineNr() + "; known fields: " + e.getKnownPropertyIds(), e);
        } catch (MismatchedInputException e) {
            if (e.getPath().isEmpty()) {
                throw new CliException("config file " + file + (e.getOriginalMessage().startsWith("No content")
                        ? " is empty" : " is not valid: " + e.getOriginalMessage().split("\n")[0]), e);
            }
            throw new CliException("config file " + file + ": field '" + path(e) + "' at line "
                    + e.getLocation().getLineNr() + " is not valid: " + e.getOriginalMessage().split("\n")[0], e);
        } catch (StreamReadException e) {
            throw new CliException("config file " + file + " is not valid at line " + e.getLocation().getLineNr() + ": "
                    + e.getOriginalMessage().split("\n")[0], e);
        } catch (NoSuchFileException e) {
            throw new CliException("config file not found: " + file, e);
        } catch (IOException e) {
            String detail = e.getMessage() == null ? e.toString() : e.getMessage().split("\n")[0];
            throw new CliException("config file " + file + " is not valid: " + detail, e);
        }
    }

    /** Where in the config a mismatch is, such as {@code models.fee.settings}. */
    private static String path(MismatchedInputException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(r.getFieldName());
            } else {
                path.append('[').append(r.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
