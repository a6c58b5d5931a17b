package dev.parallax.parity.state;

import static dev.parallax.sim.api.Preconditions.notNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parallax.parity.ParityLimits;
import dev.parallax.parity.StrategyName;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads and writes {@code <strategy>_parity_limits.json}, the limits a strategy's parity tracker
 * runs under, in the same folder as its disable state. A replay of the strategy's trades under
 * these limits reaches the same statuses on the same days as the tracker did.
 *
 * <p>Writes are atomic like those of {@link DisableStateStore}. Reads are as strict: a file that is
 * not one JSON object, repeats a key, has a field the format does not know or lacks one, holds a
 * value the limits refuse, or names another strategy is an error ({@link ParityStateException}
 * naming the file and the rule), never a silent fall back to the defaults.
 *
 * <p>Format, version 1: {@code {"format":1,"strategy":"...","savedAt":"2024-01-15T10:00:00Z"}}
 * followed by every field of {@link LimitsJson}.
 */
public final class LimitsStore {

    /** The file name suffix after the strategy name. */
    public static final String FILE_SUFFIX = "_parity_limits.json";

    private static final int FORMAT = 1;
    private static final Set<String> FIELDS = fields();

    private final Path folder;

    /** A store keeping its files in {@code folder}, which is created on the first write. */
    public LimitsStore(Path folder) {
        this.folder = notNull("folder", folder);
    }

    /** The limits file of {@code strategy}. */
    public Path fileOf(StrategyName strategy) {
        return folder.resolve(strategy.value() + FILE_SUFFIX);
    }

    /**
     * The saved limits of {@code strategy}, empty if it has no file.
     *
     * @throws ParityStateException if the file exists but cannot be read or is not valid
     */
    public Optional<SavedLimits> load(StrategyName strategy) {
        return StrictJson.load(fileOf(strategy), "parity limits", "Repair the file, or delete it to have the next "
                + "tracker save the limits it runs under", root -> parse(strategy, root));
    }

    /**
     * Saves {@code saved} atomically, replacing the strategy's previous file.
     *
     * @throws ParityStateException if it cannot be written; the previous file is then unchanged
     */
    public void save(SavedLimits saved) {
        notNull("saved", saved);
        ObjectNode node = StrictJson.header(FORMAT, saved.strategy()).put("savedAt", saved.savedAt().toString());
        StrictJson.save(fileOf(StrategyName.of(saved.strategy())), "parity limits",
                LimitsJson.write(saved.limits(), node));
    }

    /**
     * Saves {@code limits} for {@code strategy}, stamped {@code now}, unless its file already holds
     * exactly these limits (the file then keeps the time they first came into force).
     *
     * @return true if the file was written
     * @throws ParityStateException if the present file is not valid or the new one cannot be written
     */
    public boolean saveIfChanged(String strategy, ParityLimits limits, Instant now) {
        StrategyName name = StrategyName.of(strategy);
        boolean same = load(name).map(saved -> saved.limits().equals(limits)).orElse(false);
        if (!same) {
            save(new SavedLimits(name.value(), limits, now));
        }
        return !same;
    }

    private static SavedLimits parse(StrategyName strategy, ObjectNode root) {
        StrictJson.onlyKnownFields(root, FIELDS);
        StrictJson.checkHeader(root, FORMAT, strategy);
        Instant savedAt = Instant.parse(StrictJson.text(root, "savedAt"));
        return new SavedLimits(strategy.value(), LimitsJson.read(root, ParityLimits.DEFAULTS, true), savedAt);
    }

    private static Set<String> fields() {
        Set<String> all = new HashSet<>(List.of("format", "strategy", "savedAt"));
        all.addAll(LimitsJson.FIELDS);
        return Set.copyOf(all);
    }
}
