package dev.parallax.cli.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.parallax.cli.CliException;
import java.nio.file.Path;
import java.util.Locale;

/** The Jackson mapper for a config file: JSON for {@code .json}, YAML for {@code .yaml} and {@code .yml}. */
public final class ConfigMapper {

    private ConfigMapper() {
    }

    /**
     * A mapper for {@code file} that refuses a key given twice.
     *
     * @param what what the file is, for the message ({@code "config file"})
     * @throws CliException if the file has another ending
     */
    public static ObjectMapper forFile(Path file, String what) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        ObjectMapper mapper;
        if (name.endsWith(".json")) {
            mapper = new ObjectMapper();
        } else if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            mapper = new ObjectMapper(new YAMLFactory());
        } else {
            throw new CliException(what + " " + file + " must end in .json, .yaml or .yml");
        }
        return mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }
}
