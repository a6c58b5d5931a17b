package dev.parallax.cli.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.backtest.result.BacktestJson;
import dev.parallax.backtest.result.BacktestResult;
import dev.parallax.cli.CliException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Builds the {@link RunView} of a backtest from its results JSON (schema
 * {@value BacktestJson#SCHEMA}), read from a file or written from a result in memory, so a report
 * looks the same either way.
 */
public final class BacktestViews {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private BacktestViews() {
    }

    /** The view of {@code result}. */
    public static RunView of(String name, BacktestResult result) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            BacktestJson.write(result, bytes);
            return of(name, MAPPER.readTree(bytes.toByteArray()), "result");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The view of the results JSON in {@code file}.
     *
     * @throws CliException if the file is missing, not JSON, or not a backtest results file
     */
    public static RunView read(String name, Path file) {
        if (!Files.isRegularFile(file)) {
            throw new CliException("backtest results file not found: " + file);
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new CliException("backtest results file " + file + " is not valid JSON: "
                    + String.valueOf(e.getMessage()).split("\n")[0], e);
        }
        return of(name, root, file.toString());
    }

    private static RunView of(String name, JsonNode root, String source) {
        if (root == null || !BacktestJson.SCHEMA.equals(root.path("schema").asText())) {
            throw new CliException(source + " is not a backtest results file: its 'schema' must be '"
                    + BacktestJson.SCHEMA + "', was '" + (root == null ? "" : root.path("schema").asText()) + "'");
        }
        JsonNode times = root.path("equity").path("times");
        JsonNode values = root.path("equity").path("values");
        long[] millis = new long[times.size()];
        double[] equity = new double[values.size()];
        if (millis.length != equity.length) {
            throw new CliException(source + ": equity.times and equity.values differ in length");
        }
        for (int i = 0; i < millis.length; i++) {
            millis[i] = parsed(source, "equity.times[" + i + "]", times.get(i), t -> Instant.parse(t).toEpochMilli());
            equity[i] = values.get(i).asDouble();
        }
        JsonNode trades = root.path("trades");
        double[] pnl = new double[trades.size()];
        for (int i = 0; i < pnl.length; i++) {
            pnl[i] = number(trades.get(i).path("netPnl"));
        }
        Map<YearMonth, Double> monthly = new LinkedHashMap<>();
        JsonNode months = root.path("monthlyReturns");
        for (int i = 0; i < months.size(); i++) {
            JsonNode m = months.get(i);
            monthly.put(parsed(source, "monthlyReturns[" + i + "].month", m.path("month"), YearMonth::parse),
                    number(m.path("return")));
        }
        JsonNode metrics = root.path("metrics");
        JsonNode stats = root.path("tradeStats");
        JsonNode summary = root.path("summary");
        RunView.Figures figures = new RunView.Figures(number(summary.path("totalReturn")),
                number(stats.path("winRate")), number(stats.path("profitFactor")), number(metrics.path("sharpe")),
                -Math.abs(number(metrics.path("maxDrawdown").path("depth"))), stats.path("count").asInt(),
                number(summary.path("totalFees")));
        return new RunView(name, millis, equity, pnl, monthly, figures, table(summary, metrics, stats, root));
    }

    private static Map<String, String> table(JsonNode summary, JsonNode metrics, JsonNode stats, JsonNode root) {
        Map<String, String> t = new LinkedHashMap<>();
        t.put("initial cash", Format.money(number(summary.path("initialCash"))));
        t.put("final equity", Format.money(number(summary.path("finalEquity"))));
        t.put("total return", Format.percent(number(summary.path("totalReturn"))));
        t.put("fees", Format.money(number(summary.path("totalFees"))));
        t.put("CAGR", Format.percent(number(metrics.path("cagr"))));
        t.put("annual volatility", Format.percent(number(metrics.path("annualVolatility"))));
        t.put("Sharpe", Format.number(number(metrics.path("sharpe")), 2));
        t.put("Sortino", Format.number(number(metrics.path("sortino")), 2));
        t.put("max drawdown", Format.percent(number(metrics.path("maxDrawdown").path("depth"))));
        t.put("Calmar", Format.number(number(metrics.path("calmar")), 2));
        t.put("closed trades", stats.path("count").asText("0"));
        t.put("win rate", Format.percent(number(stats.path("winRate"))));
        t.put("profit factor", Format.number(number(stats.path("profitFactor")), 2));
        t.put("expectancy", Format.money(number(stats.path("expectancy"))));
        t.put("largest win", Format.money(number(stats.path("largestWin"))));
        t.put("largest loss", Format.money(number(stats.path("largestLoss"))));
        JsonNode execution = root.path("execution");
        t.put("orders", execution.path("orders").asText("0"));
        t.put("average slippage (bps)", Format.number(number(execution.path("averageSlippageBps")), 2));
        t.put("average fill latency (ms)", Format.number(number(execution.path("averageFillLatencyMillis")), 1));
        return t;
    }

    /** {@code node}'s text read by {@code parse}; a failure names {@code source} and {@code field}. */
    private static <T> T parsed(String source, String field, JsonNode node, Function<String, T> parse) {
        try {
            return parse.apply(node.asText());
        } catch (DateTimeException e) {
            throw new CliException(source + ": " + field + " is not valid: " + e.getMessage(), e);
        }
    }

    /** A JSON number, {@code null} as NaN and the strings {@code Infinity}/{@code -Infinity} as infinities. */
    static double number(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return Double.NaN;
        }
        if (node.isTextual()) {
            return switch (node.asText()) {
                case "Infinity" -> Double.POSITIVE_INFINITY;
                case "-Infinity" -> Double.NEGATIVE_INFINITY;
                default -> Double.NaN;
            };
        }
        return node.asDouble();
    }
}
