package dev.parallax.cli.parity;

import static dev.parallax.sim.api.Preconditions.notBlank;
import static dev.parallax.sim.api.Preconditions.notNull;

import dev.parallax.cli.CliException;
import dev.parallax.parity.ParityLimits;
import dev.parallax.parity.StrategyName;
import dev.parallax.parity.state.LimitsStore;
import dev.parallax.parity.state.ParityStateException;
import dev.parallax.parity.state.SavedLimits;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The parity limits a command judges by, and where they came from, for the line that says so.
 *
 * @param limits the limits
 * @param source where they came from: {@code saved in <file> (since <time>)}, or the defaults, then
 *               what overrode them
 */
public record LimitsInForce(ParityLimits limits, String source) {

    /** Checks that both are given. */
    public LimitsInForce {
        notNull("limits", limits);
        notBlank("source", source);
    }

    /**
     * The limits saved for {@code strategy} in {@code parityFolder} (the defaults when none are saved),
     * changed by {@code override}, which the {@code overrides} name.
     *
     * @throws CliException if the saved limits file is unreadable or not valid, naming it and the rule
     */
    public static LimitsInForce saved(Path parityFolder, String strategy, UnaryOperator<ParityLimits> override,
                                      List<String> overrides) {
        LimitsStore store = new LimitsStore(parityFolder);
        StrategyName name = strategyName(strategy);
        Optional<SavedLimits> saved;
        try {
            saved = store.load(name);
        } catch (ParityStateException e) {
            throw new CliException(e.getMessage(), e);
        }
        String base = saved.map(s -> "saved in " + store.fileOf(name) + " (since " + s.savedAt() + ")")
                .orElse("the defaults (no limits saved in " + store.fileOf(name) + ")");
        return of(saved.map(SavedLimits::limits).orElse(ParityLimits.DEFAULTS), base, override, overrides);
    }

    /** {@code base}, described as {@code baseSource}, changed by {@code override}, which the {@code overrides} name. */
    public static LimitsInForce of(ParityLimits base, String baseSource, UnaryOperator<ParityLimits> override,
                                   List<String> overrides) {
        ParityLimits limits = override.apply(base);
        return new LimitsInForce(limits, overrides.isEmpty() ? baseSource
                : baseSource + ", overridden by " + String.join(", ", overrides));
    }

    /** The line that names the limits and their source. */
    public String describe() {
        return "limits: " + source + "\n" + ParityText.limits(limits);
    }

    private static StrategyName strategyName(String strategy) {
        try {
            return StrategyName.of(strategy);
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage(), e);
        }
    }
}
