package dev.parallax.cli.research;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parallax.cli.backtest.BacktestPlan;
import dev.parallax.cli.backtest.PlanJson;
import dev.parallax.cli.data.DataRead;
import dev.parallax.cli.data.DataSpec;
import dev.parallax.research.Metric;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code sweep-plan.json}: the plan every row of a sweep shares, so its output stands on its own. It
 * holds the schema {@code parallax.sweep-plan/1}, the base plan in the form of {@code results.json}'s
 * {@code plan} ({@link PlanJson}: strategy and settings, data with its SHA-256 and the rows read,
 * account, models, seed, basis), the number of points, the ranking metric and the CSCV block count.
 * A row's own settings and seed (in {@code sweep.csv}) replace the base plan's.
 */
public final class SweepPlanFile {

    /** The schema written in the file. */
    public static final String SCHEMA = "parallax.sweep-plan/1";

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SweepPlanFile() {
    }

    /**
     * Writes the file for a sweep of {@code points} points of {@code plan}, ranked by {@code rankBy}
     * with {@code blocks} CSCV blocks. Reads the data once, start to end, for the SHA-256 of its bytes
     * and the rows of the whole file read and skipped (a backtest with {@code --to} records the rows
     * up to where it stopped).
     */
    public static void write(Path file, BacktestPlan plan, int points, Metric rankBy, int blocks, String version)
            throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schema", SCHEMA);
        root.set("plan", PlanJson.toJson(plan, read(plan.data()), version));
        root.put("points", points);
        root.put("rankBy", rankBy.label());
        root.put("blocks", blocks);
        Files.write(file, MAPPER.writeValueAsBytes(root));
    }

    /** Reads the whole of {@code data} as a backtest would, for what {@code results.json} records of it. */
    static DataRead read(DataSpec data) {
        DataSpec.Opened opened = data.open();
        try (var source = opened.source()) {
            while (source.hasNext()) {
                source.next();
            }
        }
        return opened.read().get();
    }
}
