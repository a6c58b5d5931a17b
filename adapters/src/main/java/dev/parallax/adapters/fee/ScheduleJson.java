package dev.parallax.adapters.fee;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads fee schedules from JSON. A maker/taker schedule looks like this (rates in basis points, thresholds
 * in {@code volume_currency}):
 *
 * <pre>{@code
 * {
 *   "venue": "Example", "source": "https://example.com/fees", "retrieved": "2026-11-21",
 *   "volume_currency": "USD", "notes": "what is not modelled",
 *   "tiers": [ {"name": "Tier 0", "min_volume": 0, "maker_bps": 25, "taker_bps": 40}, ... ]
 * }
 * }</pre>
 *
 * A per-share schedule has {@code min_per_order}, {@code max_fraction_of_trade_value},
 * {@code clearing_per_share}, {@code pass_through_fraction_of_commission} and tiers of
 * {@code name}, {@code min_shares}, {@code per_share}. Unknown or missing fields are errors naming the
 * source and the field.
 */
public final class ScheduleJson {

    /** The largest schedule file accepted, in bytes (1 MiB). */
    public static final long MAX_FILE_BYTES = 1 << 20;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> HEADER = Set.of("venue", "source", "retrieved", "volume_currency", "notes",
            "tiers");
    private static final Set<String> TIER = Set.of("name", "min_volume", "maker_bps", "taker_bps");
    private static final Set<String> PER_SHARE_HEADER = Set.of("venue", "source", "retrieved", "notes",
            "min_per_order", "max_fraction_of_trade_value", "clearing_per_share",
            "pass_through_fraction_of_commission", "tiers");
    private static final Set<String> PER_SHARE_TIER = Set.of("name", "min_shares", "per_share");

    private ScheduleJson() {
    }

    /** The maker/taker schedule in the class-path resource {@code resource} (an absolute resource name). */
    public static FeeSchedule resource(String resource) {
        return feeSchedule(tree(resource, openResource(resource)), resource);
    }

    /**
     * The maker/taker schedule in {@code file}.
     *
     * @throws IllegalArgumentException if the file does not exist, is larger than
     *                                  {@link #MAX_FILE_BYTES}, or is not a valid schedule
     */
    public static FeeSchedule file(Path file) {
        long size;
        try {
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("fee schedule file " + file.toAbsolutePath() + " does not exist", e);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the fee schedule " + file.toAbsolutePath(), e);
        }
        if (size > MAX_FILE_BYTES) {
            throw new IllegalArgumentException("fee schedule file " + file.toAbsolutePath() + " has " + size
                    + " bytes, more than the limit of " + MAX_FILE_BYTES + "; a fee schedule is a small JSON file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return feeSchedule(tree(file.toString(), in), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the fee schedule " + file.toAbsolutePath(), e);
        }
    }

    /** The per-share schedule in the class-path resource {@code resource}. */
    public static PerShareSchedule perShareResource(String resource) {
        JsonNode root = tree(resource, openResource(resource));
        requireOnly(root, PER_SHARE_HEADER, resource);
        List<PerShareTier> tiers = new ArrayList<>();
        for (JsonNode tier : array(root, "tiers", resource)) {
            requireOnly(tier, PER_SHARE_TIER, resource + " tier");
            tiers.add(new PerShareTier(text(tier, "name", resource), number(tier, "min_shares", resource),
                    number(tier, "per_share", resource)));
        }
        return new PerShareSchedule(text(root, "venue", resource), text(root, "source", resource),
                date(root, resource), text(root, "notes", resource), number(root, "min_per_order", resource),
                number(root, "max_fraction_of_trade_value", resource), number(root, "clearing_per_share", resource),
                number(root, "pass_through_fraction_of_commission", resource), tiers);
    }

    private static FeeSchedule feeSchedule(JsonNode root, String name) {
        requireOnly(root, HEADER, name);
        List<FeeTier> tiers = new ArrayList<>();
        for (JsonNode tier : array(root, "tiers", name)) {
            requireOnly(tier, TIER, name + " tier");
            tiers.add(new FeeTier(text(tier, "name", name), number(tier, "min_volume", name),
                    number(tier, "maker_bps", name), number(tier, "taker_bps", name)));
        }
        return new FeeSchedule(text(root, "venue", name), text(root, "source", name), date(root, name),
                text(root, "volume_currency", name), text(root, "notes", name), tiers);
    }

    private static InputStream openResource(String resource) {
        InputStream in = ScheduleJson.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalArgumentException("no fee schedule resource '" + resource + "' on the class path");
        }
        return in;
    }

    private static JsonNode tree(String name, InputStream in) {
        try (in) {
            JsonNode root = JSON.readTree(in);
            if (root == null || !root.isObject()) {
                throw new IllegalArgumentException("fee schedule " + name + " must be a JSON object");
            }
            return root;
        } catch (IOException e) {
            throw new IllegalArgumentException("fee schedule " + name + " is not valid JSON: " + e.getMessage(), e);
        }
    }

    private static void requireOnly(JsonNode node, Set<String> allowed, String where) {
        Set<String> unknown = new TreeSet<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!allowed.contains(field)) {
                unknown.add(field);
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown field(s) " + unknown + " in " + where + "; allowed: "
                    + new TreeSet<>(allowed));
        }
    }

    private static JsonNode field(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException("field '" + field + "' is missing in " + where);
        }
        return value;
    }

    private static String text(JsonNode node, String field, String where) {
        JsonNode value = field(node, field, where);
        if (!value.isTextual()) {
            throw new IllegalArgumentException("field '" + field + "' in " + where + " must be a string, was " + value);
        }
        return value.asText();
    }

    private static double number(JsonNode node, String field, String where) {
        JsonNode value = field(node, field, where);
        if (!value.isNumber()) {
            throw new IllegalArgumentException("field '" + field + "' in " + where + " must be a number, was " + value);
        }
        return value.asDouble();
    }

    private static LocalDate date(JsonNode node, String where) {
        String raw = text(node, "retrieved", where);
        try {
            return LocalDate.parse(raw);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("field 'retrieved' in " + where + " must be an ISO date such as "
                    + "2026-11-21, was '" + raw + "'", e);
        }
    }

    private static JsonNode array(JsonNode node, String field, String where) {
        JsonNode value = field(node, field, where);
        if (!value.isArray()) {
            throw new IllegalArgumentException("field '" + field + "' in " + where + " must be an array");
        }
        return value;
    }
}
