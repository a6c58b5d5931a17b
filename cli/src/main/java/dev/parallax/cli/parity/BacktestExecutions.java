package dev.parallax.cli.parity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.cli.CliException;
import dev.parallax.parity.BacktestExecution;
import dev.parallax.sim.api.Preconditions;
import dev.parallax.sim.api.Side;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The backtest side of parity read from a results JSON file: the fills of each order combined into
 * one {@link BacktestExecution} under the order's client id (size-weighted price, summed fee, time of
 * the last fill), exactly as the engine records them in a parity tracker.
 */
public final class BacktestExecutions {

    private BacktestExecutions() {
    }

    /**
     * The executions in {@code file}.
     *
     * @throws CliException if the file is missing, not a results file, kept no fills of a run that made
     *                      some, or holds a fill that cannot be read (naming it)
     */
    public static List<BacktestExecution> read(Path file) {
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
        Map<String, List<Integer>> orders = new LinkedHashMap<>();
        for (int i = 0; i < fills.size(); i++) {
            orders.computeIfAbsent(fills.get(i).path("orderId").asText(), k -> new ArrayList<>()).add(i);
        }
        List<BacktestExecution> out = new ArrayList<>();
        for (var e : orders.entrySet()) {
            double size = 0;
            double notional = 0;
            double fee = 0;
            Instant last = Instant.MIN;
            JsonNode first = fills.get(e.getValue().get(0));
            int index = e.getValue().get(0);
            try {
                Side side = side(first.path("side").asText());
                for (int i : e.getValue()) {
                    index = i;
                    JsonNode f = fills.get(i);
                    if (side(f.path("side").asText()) != side) {
                        throw new IllegalArgumentException("side " + f.path("side").asText() + " differs from the "
                                + side + " of the order's first fill");
                    }
                    double fillSize = Preconditions.positive("size", f.path("size").asDouble(Double.NaN));
                    double price = Preconditions.positive("price", f.path("price").asDouble(Double.NaN));
                    size += fillSize;
                    notional += fillSize * price;
                    fee += Preconditions.finite("fee", f.path("fee").asDouble(Double.NaN));
                    Instant t = Instant.parse(f.path("time").asText());
                    last = t.isAfter(last) ? t : last;
                }
                out.add(new BacktestExecution(e.getKey(), first.path("symbol").asText(), side, size, notional / size,
                        last, fee));
            } catch (IllegalArgumentException | DateTimeException ex) {
                throw new CliException(file + ": fills[" + index + "] (order " + e.getKey() + ") is not valid: "
                        + ex.getMessage(), ex);
            }
        }
        return out;
    }

    private static Side side(String text) {
        return switch (text) {
            case "BUY" -> Side.BUY;
            case "SELL" -> Side.SELL;
            default -> throw new IllegalArgumentException("side must be BUY or SELL, was '" + text + "'");
        };
    }
}
