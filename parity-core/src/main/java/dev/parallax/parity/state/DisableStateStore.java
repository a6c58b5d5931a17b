package dev.parallax.parity.state;

import static dev.parallax.sim.api.Preconditions.notNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parallax.parity.StrategyName;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Reads and writes {@code <strategy>_disable_state.json} in a data folder.
 *
 * <p>A write goes to a temporary file in the same folder, is forced to disk, and is renamed over
 * the state file atomically; the folder is then forced too where the platform allows it. A reader
 * therefore sees the old state or the new one, never half of one.
 *
 * <p>A file that exists but cannot be parsed, lacks a field, has a field the format does not know,
 * repeats a key ({@code "disabled": true} and later {@code "disabled": false}), has anything after
 * its object, or names another strategy is an error ({@link ParityStateException} naming the file
 * and the rule), never a reason to treat the strategy as enabled. Jackson reads the file as a plain
 * tree; no polymorphic (default) typing is involved.
 *
 * <p>Format, version 2: {@code {"format":2,"strategy":"...","disabled":true,"reason":"...",
 * "changedBy":"...","changedAt":"2024-01-15T10:00:00Z","day":"2024-01-15"}}, where {@code day}
 * ({@link DisableState#day()}) is left out when not known, and a reset adds
 * {@code "liveExecutions":N} ({@link DisableState#liveExecutions()}). Files of version 1 (the same without
 * {@code day}) are still read; any other version is an error.
 */
public final class DisableStateStore {

    /** The file name suffix after the strategy name. */
    public static final String FILE_SUFFIX = "_disable_state.json";

    private static final int FORMAT = 2;
    /** The version before {@code day} was added; read, never written. */
    private static final int FORMAT_WITHOUT_DAY = 1;
    private static final Set<String> FIELDS_WITHOUT_DAY = Set.of("format", "strategy", "disabled", "reason",
            "changedBy", "changedAt");
    private static final Set<String> FIELDS = Set.of("format", "strategy", "disabled", "reason", "changedBy",
            "changedAt", "day", "liveExecutions");

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
        return StrictJson.load(fileOf(strategy), "parity state", "The strategy is not re-enabled; repair the file, "
                + "or delete it if the strategy is known to be safe to run", root -> parse(strategy, root));
    }

    /**
     * Saves {@code state} atomically, replacing the strategy's previous file.
     *
     * @throws ParityStateException if it cannot be written; the previous file is then unchanged
     */
    public void save(DisableState state) {
        StrictJson.save(fileOf(StrategyName.of(state.strategy())), "parity state", node(state));
    }

    private static ObjectNode node(DisableState state) {
        ObjectNode node = StrictJson.header(FORMAT, state.strategy())
                .put("disabled", state.disabled())
                .put("reason", state.reason())
                .put("changedBy", state.changedBy())
                .put("changedAt", state.changedAt().toString());
        state.day().ifPresent(day -> node.put("day", day.toString()));
        state.liveExecutions().ifPresent(n -> node.put("liveExecutions", n));
        return node;
    }

    private static DisableState parse(StrategyName strategy, ObjectNode root) {
        JsonNode version = root.get("format");
        boolean withoutDay = version != null && version.isInt() && version.intValue() == FORMAT_WITHOUT_DAY;
        StrictJson.onlyKnownFields(root, withoutDay ? FIELDS_WITHOUT_DAY : FIELDS);
        StrictJson.checkHeader(root, withoutDay ? FORMAT_WITHOUT_DAY : FORMAT, strategy);
        JsonNode disabled = root.get("disabled");
        if (disabled == null || !disabled.isBoolean()) {
            throw new IllegalArgumentException("field 'disabled' must be true or false, was " + disabled);
        }
        Optional<LocalDate> day = root.has("day") ? Optional.of(LocalDate.parse(StrictJson.text(root, "day")))
                : Optional.empty();
        OptionalLong liveExecutions = OptionalLong.empty();
        if (root.has("liveExecutions")) {
            JsonNode n = root.get("liveExecutions");
            if (!n.canConvertToExactIntegral() || !n.canConvertToLong() || n.longValue() < 0) {
                throw new IllegalArgumentException("field 'liveExecutions' must be a whole number >= 0, was " + n);
            }
            liveExecutions = OptionalLong.of(n.longValue());
        }
        return new DisableState(strategy.value(), disabled.booleanValue(), StrictJson.text(root, "reason"),
                StrictJson.text(root, "changedBy"), Instant.parse(StrictJson.text(root, "changedAt")), day,
                liveExecutions);
    }
}
