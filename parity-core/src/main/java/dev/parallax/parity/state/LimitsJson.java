package dev.parallax.parity.state;

import static dev.parallax.sim.api.Preconditions.notNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parallax.parity.ParityLimits;
import dev.parallax.parity.ParityThresholds;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link ParityLimits} as flat JSON fields, named like the record components: {@code zone},
 * {@code driftWindowDays}, {@code returnWindowDays} and the nine fields of {@link ParityThresholds}
 * ({@code warningTrackingErrorBps} ... {@code minTradesForTrackingError}). The saved limits file and
 * the command line's parity config file both use these names.
 */
public final class LimitsJson {

    /** Every field name, in the order they are written. */
    public static final List<String> FIELDS = List.of("zone", "driftWindowDays", "returnWindowDays",
            "warningTrackingErrorBps", "criticalTrackingErrorBps", "disableTrackingErrorBps", "maxSlippageBps",
            "maxFeeImpactBps", "maxTimingImpactBps", "maxLatencyMillis", "maxCumulativeDriftBps",
            "minTradesForTrackingError");

    private LimitsJson() {
    }

    /** Puts every field of {@code limits} into {@code node} and returns it. */
    public static ObjectNode write(ParityLimits limits, ObjectNode node) {
        ParityThresholds t = limits.thresholds();
        return node.put("zone", limits.zone().getId())
                .put("driftWindowDays", limits.driftWindowDays())
                .put("returnWindowDays", limits.returnWindowDays())
                .put("warningTrackingErrorBps", t.warningTrackingErrorBps())
                .put("criticalTrackingErrorBps", t.criticalTrackingErrorBps())
                .put("disableTrackingErrorBps", t.disableTrackingErrorBps())
                .put("maxSlippageBps", t.maxSlippageBps())
                .put("maxFeeImpactBps", t.maxFeeImpactBps())
                .put("maxTimingImpactBps", t.maxTimingImpactBps())
                .put("maxLatencyMillis", t.maxLatencyMillis())
                .put("maxCumulativeDriftBps", t.maxCumulativeDriftBps())
                .put("minTradesForTrackingError", t.minTradesForTrackingError());
    }

    /**
     * {@code base} with every limit field of {@code node} in its place (a zone with a fixed offset, such
     * as {@code UTC}, becomes that offset, {@code Z}). With {@code complete}, every
     * field must be present. Fields that are not limits are left to the caller.
     *
     * @throws IllegalArgumentException naming the field: missing (when complete), of the wrong type
     *                                  (a fraction where a whole number belongs, text for a number),
     *                                  an unknown zone, or a value the limits refuse
     */
    public static ParityLimits read(JsonNode node, ParityLimits base, boolean complete) {
        notNull("node", node);
        notNull("base", base);
        if (complete) {
            List<String> missing = new ArrayList<>();
            FIELDS.stream().filter(f -> !node.has(f)).forEach(missing::add);
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException("missing field" + (missing.size() > 1 ? "s " : " ") + missing);
            }
        }
        ParityThresholds t = base.thresholds();
        ParityThresholds thresholds = new ParityThresholds(
                number(node, "warningTrackingErrorBps", t.warningTrackingErrorBps()),
                number(node, "criticalTrackingErrorBps", t.criticalTrackingErrorBps()),
                number(node, "disableTrackingErrorBps", t.disableTrackingErrorBps()),
                number(node, "maxSlippageBps", t.maxSlippageBps()),
                number(node, "maxFeeImpactBps", t.maxFeeImpactBps()),
                number(node, "maxTimingImpactBps", t.maxTimingImpactBps()),
                number(node, "maxLatencyMillis", t.maxLatencyMillis()),
                number(node, "maxCumulativeDriftBps", t.maxCumulativeDriftBps()),
                whole(node, "minTradesForTrackingError", t.minTradesForTrackingError()));
        return new ParityLimits(zone(node, base.zone()), thresholds,
                whole(node, "driftWindowDays", base.driftWindowDays()),
                whole(node, "returnWindowDays", base.returnWindowDays()));
    }

    private static double number(JsonNode node, String field, double fallback) {
        JsonNode value = node.get(field);
        if (value == null) {
            return fallback;
        }
        if (!value.isNumber()) {
            throw new IllegalArgumentException("field '" + field + "' must be a number, was " + value);
        }
        return value.doubleValue();
    }

    private static int whole(JsonNode node, String field, int fallback) {
        JsonNode value = node.get(field);
        if (value == null) {
            return fallback;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw new IllegalArgumentException("field '" + field + "' must be a whole number of at most "
                    + Integer.MAX_VALUE + ", was " + value);
        }
        return value.intValue();
    }

    private static ZoneId zone(JsonNode node, ZoneId fallback) {
        JsonNode value = node.get("zone");
        if (value == null) {
            return fallback;
        }
        if (!value.isTextual()) {
            throw new IllegalArgumentException("field 'zone' must be a time zone id such as UTC or Europe/Zurich, was "
                    + value);
        }
        try {
            return ZoneId.of(value.textValue()).normalized();
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("field 'zone' must be a time zone id such as UTC or Europe/Zurich, was "
                    + value, e);
        }
    }
}
