package dev.parallax.cli.config;

import dev.parallax.cli.UsageException;
import dev.parallax.cli.CliException;
import dev.parallax.sim.api.ModelSettings;
import dev.parallax.sim.core.ModelChoice;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A model written on the command line as {@code name} or {@code name:key=value,key=value}, for
 * example {@code lognormal:submit_median_ms=40,submit_p99_ms=250}.
 */
public final class ModelSpec {

    private ModelSpec() {
    }

    /**
     * The model choice written in {@code text}.
     *
     * @param option the option it came from, for the message
     * @throws CliException if the name is blank or a setting is not {@code key=value}
     */
    public static ModelChoice parse(String option, String text) {
        int colon = text.indexOf(':');
        String name = (colon < 0 ? text : text.substring(0, colon)).trim();
        if (name.isEmpty()) {
            throw UsageException.of(option, option + " needs a model name, as in 'maker-taker:taker_bps=5', was '" + text + "'");
        }
        Map<String, String> settings = new LinkedHashMap<>();
        if (colon >= 0 && colon < text.length() - 1) {
            for (String pair : text.substring(colon + 1).split(",")) {
                putPair(option, pair, settings);
            }
        }
        return new ModelChoice(name, ModelSettings.of(settings));
    }

    /**
     * Adds {@code key=value} to {@code settings}.
     *
     * @throws CliException if {@code pair} is not {@code key=value} with a non-blank key
     */
    public static void putPair(String option, String pair, Map<String, String> settings) {
        int eq = pair.indexOf('=');
        if (eq <= 0 || pair.substring(0, eq).isBlank()) {
            throw UsageException.of(option, option + " settings must be key=value, was '" + pair + "'");
        }
        settings.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
    }
}
