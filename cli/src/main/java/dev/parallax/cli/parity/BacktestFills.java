package dev.parallax.cli.parity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.cli.CliException;
import dev.parallax.sim.api.EpochNanos;
import dev.parallax.sim.api.Fill;
import dev.parallax.sim.api.FillType;
import dev.parallax.sim.api.Preconditions;
import dev.parallax.sim.api.Side;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The backtest side of parity read from a results JSON file: each order's fills (the file's
 * {@code fills[]}, read as {@link Fill}s) combined under the order's client id ({@link Fill#byOrder}),
 * as the engine records them in a parity tracker.
 */
public final class BacktestFills {

    private BacktestFills() {
    }

    /**
     * The orders' fills in {@code file}, one per order, in the order of their first fill.
     *
     * @throws CliException if the file is missing, not a results file, kept no fills of a run that made
     *                      some, or holds a fill that cannot be read (naming it)
     */
    public static List<Fill> read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new CliException("backtest results file not found: " + file);
        }
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new CliException("backtest results file " + file + " is not valid JSON: "
                    + String.valueOf(e.getMessage()).split("\n")[0], e);
        }
        if (root == null || !"parallax.backtest/1".equals(root.path("schema").asText())) {
            throw new CliException(file + " is not a backtest results file (schema parallax.backtest/1)");
        }
        JsonNode fills = root.path("fills");
        if (!fills.isArray()) {
            throw new CliException(file + " has no 'fills' array; parity needs the backtest's fills");
        }
        long executed = root.path("execution").path("fills").asLong(0);
        if (fills.isEmpty() && executed > 0) {
            throw new CliException(file + " holds no fills although its run made " + executed + " (execution.fills); "
                    + "it was written by a run that did not keep its fills, and parity needs them");
        }
        List<Fill> parsed = new ArrayList<>(fills.size());
        for (int i = 0; i < fills.size(); i++) {
            JsonNode f = fills.get(i);
            try {
                parsed.add(fill(f));
            } catch (IllegalArgumentException | DateTimeException | ArithmeticException ex) {
                throw new CliException(file + ": fills[" + i + "] (order " + f.path("orderId").asText() + ") is not "
                        + "valid: " + ex.getMessage(), ex);
            }
        }
        try {
            return Fill.byOrder(parsed);
        } catch (IllegalArgumentException ex) {
            throw new CliException(file + ": " + ex.getMessage(), ex);
        }
    }

    /** One entry of {@code fills[]}: the fields of {@link Fill}, its time as ISO-8601 and its latency in ms. */
    private static Fill fill(JsonNode f) {
        Instant time = Instant.parse(f.path("time").asText());
        long timeNanos = EpochNanos.of(time);
        double latencyMillis = Preconditions.nonNegative("latencyMillis", f.path("latencyMillis").asDouble(Double.NaN));
        return new Fill(f.path("orderId").asText(), f.path("symbol").asText(), side(f.path("side").asText()),
                f.path("price").asDouble(Double.NaN), f.path("size").asDouble(Double.NaN),
                f.path("fee").asDouble(Double.NaN), fillType(f.path("fillType").asText()),
                Math.round(latencyMillis * 1_000_000), f.path("slippageBps").asDouble(Double.NaN), timeNanos,
                f.path("partial").asBoolean(false));
    }

    private static FillType fillType(String text) {
        try {
            return FillType.valueOf(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("fillType must be one of MAKER, TAKER, AGGRESSIVE, PASSIVE, was '"
                    + text + "'", e);
        }
    }

    private static Side side(String text) {
        return switch (text) {
            case "BUY" -> Side.BUY;
            case "SELL" -> Side.SELL;
            default -> throw new IllegalArgumentException("side must be BUY or SELL, was '" + text + "'");
        };
    }
}
