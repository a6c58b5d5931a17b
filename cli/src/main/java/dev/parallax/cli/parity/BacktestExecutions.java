package dev.parallax.cli.parity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.cli.CliException;
import dev.parallax.parity.BacktestExecution;
import dev.parallax.sim.api.Side;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
     * @throws CliException if the file is missing, not a results file, or kept no fills
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
        Map<String, List<JsonNode>> orders = new LinkedHashMap<>();
        for (JsonNode f : root.path("fills")) {
            orders.computeIfAbsent(f.path("orderId").asText(), k -> new ArrayList<>()).add(f);
        }
        List<BacktestExecution> out = new ArrayList<>();
        for (var e : orders.entrySet()) {
            double size = 0;
            double notional = 0;
            double fee = 0;
            Instant last = Instant.MIN;
            JsonNode first = e.getValue().get(0);
            for (JsonNode f : e.getValue()) {
                size += f.path("size").asDouble();
                notional += f.path("size").asDouble() * f.path("price").asDouble();
                fee += f.path("fee").asDouble();
                Instant t = Instant.parse(f.path("time").asText());
                last = t.isAfter(last) ? t : last;
            }
            out.add(new BacktestExecution(e.getKey(), first.path("symbol").asText(),
                    Side.valueOf(first.path("side").asText()), size, notional / size, last, fee));
        }
        return out;
    }
}
