package dev.parallax.cli.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.backtest.result.BacktestJson;
import dev.parallax.backtest.result.BacktestResult;
import dev.parallax.cli.CliException;
import dev.parallax.metrics.MetricBasis;
import dev.parallax.metrics.PerformanceReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Builds the {@link RunView} of a backtest from its results JSON (schema
 * {@value BacktestJson#SCHEMA}), read from a file or written from a result in memory, so a report
 * looks the same either way.
 *
 * <p>The return figures are recomputed on the basis asked for from the run's daily returns, which
 * are rebuilt from its equity curve (the last point of each UTC day, the initial cash before the
 * first day, as the engine does). The rebuild is checked against the figures the file states on
 * its own basis; when it does not reproduce them (a run whose days are in another zone, say), the
 * file's figures are used on its own basis and any other basis is refused, never approximated.
 */
public final class BacktestViews {

    /** Refuses a key given twice, as every file Parallax reads does (the plan's reader relies on it). */
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final double TOLERANCE = 1e-9;

    private BacktestViews() {
    }

    /** The view of {@code result} on the basis it was run with. */
    public static RunView of(String name, BacktestResult result) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            BacktestJson.write(result, bytes);
            Source source = new Source(MAPPER.readTree(bytes.toByteArray()), "result");
            return source.view(name, source.basis());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The view of the results JSON in {@code file} on the basis the run used. */
    public static RunView read(String name, Path file) {
        Source source = load(file);
        return source.view(name, source.basis());
    }

    /**
     * The results JSON in {@code file}, checked but not yet viewed.
     *
     * @throws CliException if the file is missing, not JSON, or not a backtest results file
     */
    public static Source load(Path file) {
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
        return new Source(root, file.toString());
    }

    /** A backtest results file read and checked. */
    public static final class Source {

        private final JsonNode root;
        private final String source;
        private final MetricBasis basis;

        Source(JsonNode root, String source) {
            if (root == null || !BacktestJson.SCHEMA.equals(root.path("schema").asText())) {
                throw new CliException(source + " is not a backtest results file: its 'schema' must be '"
                        + BacktestJson.SCHEMA + "', was '" + (root == null ? "" : root.path("schema").asText()) + "'");
            }
            this.root = root;
            this.source = source;
            double ppy = number(root.path("metrics").path("periodsPerYear"));
            if (!(ppy > 0) || Double.isInfinite(ppy)) {
                throw new CliException(source + ": metrics.periodsPerYear must be a number > 0, was "
                        + shown(root.path("metrics").path("periodsPerYear")));
            }
            this.basis = MetricBasis.of(ppy);
        }

        /** The file's {@code plan} section, when it records one. */
        public Optional<JsonNode> plan() {
            return Optional.ofNullable(root.get("plan"));
        }

        /** What the file is called in messages. */
        public String source() {
            return source;
        }

        /** The basis the run's own figures are on: its periods per year, no risk-free rate, a Sortino target of 0. */
        public MetricBasis basis() {
            return basis;
        }

        /**
         * The view of the run with its return figures on {@code on}.
         *
         * @throws CliException if {@code on} differs from the run's basis and the daily returns
         *                      cannot be rebuilt to recompute them
         */
        public RunView view(String name, MetricBasis on) {
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
            double initialCash = number(root.path("summary").path("initialCash"));
            if (!(initialCash > 0) || Double.isInfinite(initialCash)) {
                throw new CliException(source + ": summary.initialCash must be a number > 0, was "
                        + shown(root.path("summary").path("initialCash")));
            }
            ReturnFigures figures = figures(on, initialCash, millis, equity);
            return new RunView(name, millis, equity, initialCash, RunView.EVERY_BAR, pnl, monthly, on,
                    metrics(figures, PointDrawdown.max(initialCash, equity)), trades(), regimes(), Optional.empty());
        }

        private ReturnFigures figures(MetricBasis on, double initialCash, long[] millis, double[] equity) {
            JsonNode stored = root.path("metrics");
            double[] returns = DailyCloses.returns(initialCash, millis, equity);
            PerformanceReport own = PerformanceReport.of(returns, basis.options());
            boolean rebuilt = own.periods() == stored.path("periods").asInt(-1)
                    && same(own.totalReturn(), number(stored.path("totalReturn")))
                    && same(own.sharpe(), number(stored.path("sharpe")))
                    && same(own.maxDrawdown().depth(), number(stored.path("maxDrawdown").path("depth")));
            if (rebuilt) {
                return ReturnFigures.of(on.equals(basis) ? own : PerformanceReport.of(returns, on.options()));
            }
            if (on.equals(basis)) {
                return ReturnFigures.read(stored);
            }
            throw new CliException(source + ": its figures are on " + basis.terms()
                    + ", and its daily returns cannot be rebuilt from its equity curve (days in another zone than "
                    + "UTC?) to recompute them on " + on.terms()
                    + "; refusing to mix bases: run with --periods-per-year " + basis.periodsPerYearText()
                    + " --risk-free 0 --sortino-target 0");
        }

        private List<Metric> metrics(ReturnFigures f, double everyBarDrawdown) {
            JsonNode summary = root.path("summary");
            JsonNode stats = root.path("tradeStats");
            JsonNode execution = root.path("execution");
            List<Metric> m = new ArrayList<>();
            m.add(Metric.of("initial_cash", "initial cash", MetricUnit.MONEY, number(summary.path("initialCash"))));
            m.add(Metric.of("final_equity", "final equity", MetricUnit.MONEY, number(summary.path("finalEquity"))));
            m.add(Metric.of("final_cash", "final cash", MetricUnit.MONEY, number(summary.path("finalCash"))));
            m.add(Metric.of("total_return", "total return", MetricUnit.FRACTION, number(summary.path("totalReturn"))));
            m.add(Metric.of("realized_pnl", "realised P&L", MetricUnit.MONEY, number(summary.path("realizedPnl"))));
            m.add(Metric.of("unrealized_pnl", "unrealised P&L", MetricUnit.MONEY,
                    number(summary.path("unrealizedPnl"))));
            m.add(Metric.of("fees", "fees", MetricUnit.MONEY, number(summary.path("totalFees"))));
            m.add(Metric.of("events", "market events", MetricUnit.COUNT, summary.path("events").asLong(0)));
            m.add(Metric.of("periods", "daily returns", MetricUnit.COUNT, f.periods()));
            m.add(Metric.of("cagr", "CAGR", MetricUnit.FRACTION, f.cagr()));
            m.add(Metric.of("annual_volatility", "annual volatility", MetricUnit.FRACTION, f.annualVolatility()));
            m.add(Metric.of("sharpe", "Sharpe", MetricUnit.RATIO, f.sharpe()));
            m.add(Metric.of("sortino", "Sortino", MetricUnit.RATIO, f.sortino()));
            m.add(Metric.of("max_drawdown_daily", "max drawdown, daily closes", MetricUnit.FRACTION, f.maxDrawdown()));
            m.add(Metric.of("max_drawdown_every_bar", "max drawdown, every bar", MetricUnit.FRACTION, everyBarDrawdown));
            m.add(Metric.of("calmar", "Calmar", MetricUnit.RATIO, f.calmar()));
            m.add(Metric.of("omega", "Omega", MetricUnit.RATIO, f.omega()));
            m.add(Metric.of("tail_ratio", "tail ratio", MetricUnit.RATIO, f.tailRatio()));
            m.add(Metric.of("value_at_risk", "VaR (daily, 5%)", MetricUnit.FRACTION, f.valueAtRisk()));
            m.add(Metric.of("conditional_value_at_risk", "CVaR (daily, 5%)", MetricUnit.FRACTION,
                    f.conditionalValueAtRisk()));
            m.add(Metric.of("stability", "stability", MetricUnit.RATIO, f.stability()));
            m.add(Metric.of("skewness", "skewness", MetricUnit.RATIO, f.skewness()));
            m.add(Metric.of("excess_kurtosis", "excess kurtosis", MetricUnit.RATIO, f.excessKurtosis()));
            m.add(Metric.of("probabilistic_sharpe", "probabilistic Sharpe (PSR)", MetricUnit.FRACTION,
                    f.probabilisticSharpe()));
            m.add(Metric.of("deflated_sharpe", "deflated Sharpe (DSR)", MetricUnit.FRACTION, f.deflatedSharpe()));
            m.add(Metric.of("closed_trades", "closed trades", MetricUnit.COUNT, stats.path("count").asInt(0)));
            m.add(Metric.of("winners", "winners", MetricUnit.COUNT, stats.path("winners").asInt(0)));
            m.add(Metric.of("losers", "losers", MetricUnit.COUNT, stats.path("losers").asInt(0)));
            m.add(Metric.of("break_even", "break-even trades", MetricUnit.COUNT, stats.path("breakEven").asInt(0)));
            m.add(Metric.of("win_rate", "win rate", MetricUnit.FRACTION, number(stats.path("winRate"))));
            m.add(Metric.of("gross_profit", "gross profit", MetricUnit.MONEY, number(stats.path("grossProfit"))));
            m.add(Metric.of("gross_loss", "gross loss", MetricUnit.MONEY, number(stats.path("grossLoss"))));
            m.add(Metric.of("net_profit", "net profit of closed trades", MetricUnit.MONEY,
                    number(stats.path("netProfit"))));
            m.add(Metric.of("profit_factor", "profit factor", MetricUnit.RATIO, number(stats.path("profitFactor"))));
            m.add(Metric.of("expectancy", "expectancy", MetricUnit.MONEY, number(stats.path("expectancy"))));
            m.add(Metric.of("payoff_ratio", "payoff ratio", MetricUnit.RATIO, number(stats.path("payoffRatio"))));
            m.add(Metric.of("largest_win", "largest win", MetricUnit.MONEY, number(stats.path("largestWin"))));
            m.add(Metric.of("largest_loss", "largest loss", MetricUnit.MONEY, number(stats.path("largestLoss"))));
            m.add(Metric.of("average_holding_seconds", "average holding time (s)", MetricUnit.SECONDS,
                    number(stats.path("averageHoldingSeconds"))));
            m.add(Metric.of("median_holding_seconds", "median holding time (s)", MetricUnit.SECONDS,
                    number(stats.path("medianHoldingSeconds"))));
            m.add(Metric.of("longest_winning_streak", "longest winning streak", MetricUnit.COUNT,
                    stats.path("longestWinningStreak").asInt(0)));
            m.add(Metric.of("longest_losing_streak", "longest losing streak", MetricUnit.COUNT,
                    stats.path("longestLosingStreak").asInt(0)));
            m.add(Metric.of("sqn", "SQN", MetricUnit.RATIO, number(stats.path("sqn"))));
            m.add(Metric.of("orders", "orders", MetricUnit.COUNT, execution.path("orders").asLong(0)));
            m.add(Metric.of("filled_orders", "filled orders", MetricUnit.COUNT, execution.path("filledOrders").asLong(0)));
            m.add(Metric.of("cancelled_orders", "cancelled orders", MetricUnit.COUNT,
                    execution.path("cancelledOrders").asLong(0)));
            m.add(Metric.of("rejected_orders", "rejected orders", MetricUnit.COUNT,
                    summary.path("rejectedOrders").asLong(0)));
            m.add(Metric.of("fills", "fills", MetricUnit.COUNT, execution.path("fills").asLong(0)));
            m.add(Metric.of("partial_fills", "partial fills", MetricUnit.COUNT, execution.path("partialFills").asLong(0)));
            m.add(Metric.of("fill_rate", "fill rate", MetricUnit.FRACTION, number(execution.path("fillRate"))));
            m.add(Metric.of("partial_fill_rate", "partial fill rate", MetricUnit.FRACTION,
                    number(execution.path("partialFillRate"))));
            m.add(Metric.of("average_fee_per_order", "average fee per order", MetricUnit.MONEY,
                    number(execution.path("averageFeePerOrder"))));
            m.add(Metric.of("average_slippage_bps", "average slippage (bps)", MetricUnit.BPS,
                    number(execution.path("averageSlippageBps"))));
            m.add(Metric.of("average_fill_latency_ms", "average fill latency (ms)", MetricUnit.MILLIS,
                    number(execution.path("averageFillLatencyMillis"))));
            return m;
        }

        private List<TradeRow> trades() {
            JsonNode trades = root.path("trades");
            List<TradeRow> rows = new ArrayList<>(trades.size());
            for (int i = 0; i < trades.size(); i++) {
                JsonNode t = trades.get(i);
                String at = "trades[" + i + "]";
                rows.add(new TradeRow(t.path("symbol").asText(), t.path("direction").asText(),
                        parsed(source, at + ".entryTime", t.path("entryTime"), x -> Instant.parse(x).toEpochMilli()),
                        parsed(source, at + ".exitTime", t.path("exitTime"), x -> Instant.parse(x).toEpochMilli()),
                        number(t.path("entryPrice")), number(t.path("exitPrice")), number(t.path("size")),
                        number(t.path("fees")), number(t.path("netPnl")), t.path("regimeAtEntry").asText("")));
            }
            return rows;
        }

        private List<RegimeRow> regimes() {
            JsonNode regimes = root.path("regimes");
            List<RegimeRow> rows = new ArrayList<>(regimes.size());
            for (JsonNode r : regimes) {
                JsonNode s = r.path("stats");
                rows.add(new RegimeRow(r.path("regime").asText(), s.path("count").asLong(0), number(s.path("winRate")),
                        number(s.path("netProfit")), number(s.path("profitFactor")), number(s.path("expectancy"))));
            }
            return rows;
        }
    }

    private static String shown(JsonNode node) {
        return node.isMissingNode() ? "missing" : node.toString();
    }

    private static boolean same(double a, double b) {
        return Double.isNaN(a) ? Double.isNaN(b) : Math.abs(a - b) <= TOLERANCE * Math.max(1, Math.abs(b));
    }

    /** The return figures a report shows, from a computed report or from the file's own. */
    private record ReturnFigures(int periods, double cagr, double annualVolatility, double sharpe, double sortino,
                                 double maxDrawdown, double calmar, double omega, double tailRatio,
                                 double valueAtRisk, double conditionalValueAtRisk, double stability,
                                 double skewness, double excessKurtosis, double probabilisticSharpe,
                                 double deflatedSharpe) {

        static ReturnFigures of(PerformanceReport p) {
            return new ReturnFigures(p.periods(), p.cagr(), p.annualVolatility(), p.sharpe(), p.sortino(),
                    p.maxDrawdown().depth(), p.calmar(), p.omega(), p.tailRatio(), p.valueAtRisk(),
                    p.conditionalValueAtRisk(), p.stability(), p.skewness(), p.excessKurtosis(),
                    p.probabilisticSharpe(), p.deflatedSharpe());
        }

        static ReturnFigures read(JsonNode m) {
            return new ReturnFigures(m.path("periods").asInt(0), number(m.path("cagr")),
                    number(m.path("annualVolatility")), number(m.path("sharpe")), number(m.path("sortino")),
                    number(m.path("maxDrawdown").path("depth")), number(m.path("calmar")), number(m.path("omega")),
                    number(m.path("tailRatio")), number(m.path("valueAtRisk")),
                    number(m.path("conditionalValueAtRisk")), number(m.path("stability")),
                    number(m.path("skewness")), number(m.path("excessKurtosis")),
                    number(m.path("probabilisticSharpe")), number(m.path("deflatedSharpe")));
        }
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
