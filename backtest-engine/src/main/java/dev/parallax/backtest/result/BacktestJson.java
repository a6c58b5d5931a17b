package dev.parallax.backtest.result;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.metrics.Drawdown;
import dev.parallax.metrics.MonthlyReturn;
import dev.parallax.metrics.PerformanceReport;
import dev.parallax.metrics.TradeStats;
import dev.parallax.metrics.YearlyReturn;
import dev.parallax.sim.api.Fill;
import dev.parallax.sim.api.Side;
import dev.parallax.sim.core.ExecutionStatistics;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Writes a {@link BacktestResult} as JSON in the versioned schema {@value #SCHEMA}, described field
 * by field in {@code docs/BACKTEST_JSON.md}.
 *
 * <p>The output is deterministic: fields in a fixed order, maps sorted by key, times as ISO-8601
 * UTC instants, numbers in Java's shortest round-trip form. Numbers that JSON cannot hold are
 * written as {@code null} (NaN, an undefined figure) or as the strings {@code "Infinity"} and
 * {@code "-Infinity"} (for example the profit factor of a run without losing trades).
 */
public final class BacktestJson {

    /** The schema name and version written in the {@code schema} field. */
    public static final String SCHEMA = "parallax.backtest/1";

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final ObjectMapper TREES = new ObjectMapper();

    private BacktestJson() {
    }

    /** Writes {@code result} to {@code out}, pretty-printed, UTF-8; does not close {@code out}. */
    public static void write(BacktestResult result, OutputStream out) throws IOException {
        write(result, Optional.empty(), out);
    }

    /**
     * Writes {@code result} to {@code out} with the run's {@code plan} (every setting it ran with, as the
     * caller describes it) as the {@code plan} field right after {@code schema}; pretty-printed, UTF-8;
     * does not close {@code out}. The plan is written as given, so it is deterministic when its object
     * fields come in a fixed order.
     */
    public static void write(BacktestResult result, Optional<JsonNode> plan, OutputStream out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("schema", SCHEMA);
            if (plan.isPresent()) {
                g.writeFieldName("plan");
                TREES.writeTree(g, plan.get());
            }
            g.writeStringField("strategy", result.strategy());
            summary(g, result);
            metrics(g, result.performance(), result.dailyTimesNanos(), result.firstEventNanos());
            tradeStats(g, "tradeStats", result.tradeStats());
            g.writeArrayFieldStart("regimes");
            for (RegimeSummary r : result.regimes()) {
                g.writeStartObject();
                g.writeStringField("regime", r.regime().name());
                tradeStats(g, "stats", r.stats());
                g.writeEndObject();
            }
            g.writeEndArray();
            calendar(g, result);
            execution(g, result.execution());
            rejections(g, result.account());
            g.writeObjectFieldStart("openPositions");
            for (Map.Entry<String, Double> e : new TreeMap<>(result.openPositions()).entrySet()) {
                number(g, e.getKey(), e.getValue());
            }
            g.writeEndObject();
            trades(g, result);
            fills(g, result);
            equity(g, result.equity());
            g.writeEndObject();
        }
    }

    private static void summary(JsonGenerator g, BacktestResult r) throws IOException {
        g.writeObjectFieldStart("summary");
        number(g, "initialCash", r.initialCash());
        number(g, "finalCash", r.finalCash());
        number(g, "finalEquity", r.finalEquity());
        number(g, "totalReturn", r.totalReturn());
        number(g, "realizedPnl", r.realizedPnl());
        number(g, "unrealizedPnl", r.unrealizedPnl());
        number(g, "totalFees", r.totalFees());
        g.writeNumberField("events", r.events());
        time(g, "start", r.firstEventNanos());
        time(g, "end", r.lastEventNanos());
        accountSummary(g, r.account());
        g.writeEndObject();
    }

    /** {@code summary.ruinedAt} (null when not ruined) and {@code summary.rejectedOrders}. */
    private static void accountSummary(JsonGenerator g, AccountOutcome account) throws IOException {
        if (account.ruined()) {
            time(g, "ruinedAt", account.ruinedAtNanos().getAsLong());
        } else {
            g.writeNullField("ruinedAt");
        }
        g.writeNumberField("rejectedOrders", account.rejectedOrders());
    }

    /** {@code rejections[]}: the rejections the result kept, with their messages. */
    private static void rejections(JsonGenerator g, AccountOutcome account) throws IOException {
        g.writeArrayFieldStart("rejections");
        for (OrderRejection r : account.rejections()) {
            g.writeStartObject();
            g.writeStringField("orderId", r.orderId());
            time(g, "time", r.timeNanos());
            g.writeStringField("reason", r.reason());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void metrics(JsonGenerator g, PerformanceReport p, long[] days, long start) throws IOException {
        g.writeObjectFieldStart("metrics");
        number(g, "periodsPerYear", p.options().periodsPerYear());
        g.writeNumberField("periods", p.periods());
        number(g, "totalReturn", p.totalReturn());
        number(g, "cagr", p.cagr());
        number(g, "annualVolatility", p.annualVolatility());
        number(g, "sharpe", p.sharpe());
        number(g, "sortino", p.sortino());
        Drawdown d = p.maxDrawdown();
        g.writeObjectFieldStart("maxDrawdown");
        number(g, "depth", d.depth());
        dayField(g, "peak", d.peakIndex(), days, start);
        dayField(g, "trough", d.troughIndex(), days, start);
        dayField(g, "recovery", d.recoveryIndex(), days, start);
        g.writeEndObject();
        number(g, "calmar", p.calmar());
        number(g, "omega", p.omega());
        number(g, "tailRatio", p.tailRatio());
        number(g, "valueAtRisk", p.valueAtRisk());
        number(g, "conditionalValueAtRisk", p.conditionalValueAtRisk());
        number(g, "stability", p.stability());
        number(g, "skewness", p.skewness());
        number(g, "excessKurtosis", p.excessKurtosis());
        number(g, "probabilisticSharpe", p.probabilisticSharpe());
        number(g, "deflatedSharpe", p.deflatedSharpe());
        g.writeEndObject();
    }

    /** Index {@code i} of the daily equity curve, whose point 0 is the starting cash. */
    private static void dayField(JsonGenerator g, String name, int index, long[] days, long start)
            throws IOException {
        if (index < 0) {
            g.writeNullField(name);
        } else {
            time(g, name, index == 0 ? start : days[index - 1]);
        }
    }

    private static void tradeStats(JsonGenerator g, String field, TradeStats s) throws IOException {
        g.writeObjectFieldStart(field);
        g.writeNumberField("count", s.count());
        g.writeNumberField("winners", s.winners());
        g.writeNumberField("losers", s.losers());
        g.writeNumberField("breakEven", s.breakEven());
        number(g, "winRate", s.winRate());
        number(g, "grossProfit", s.grossProfit());
        number(g, "grossLoss", s.grossLoss());
        number(g, "netProfit", s.netProfit());
        number(g, "profitFactor", s.profitFactor());
        number(g, "expectancy", s.expectancy());
        number(g, "payoffRatio", s.payoffRatio());
        number(g, "largestWin", s.largestWin());
        number(g, "largestLoss", s.largestLoss());
        number(g, "averageHoldingSeconds", s.averageHoldingTime().toNanos() / 1e9);
        number(g, "medianHoldingSeconds", s.medianHoldingTime().toNanos() / 1e9);
        g.writeNumberField("longestWinningStreak", s.longestWinningStreak());
        g.writeNumberField("longestLosingStreak", s.longestLosingStreak());
        number(g, "sqn", s.sqn());
        g.writeEndObject();
    }

    private static void calendar(JsonGenerator g, BacktestResult r) throws IOException {
        g.writeArrayFieldStart("monthlyReturns");
        for (MonthlyReturn m : r.monthlyReturns()) {
            g.writeStartObject();
            g.writeStringField("month", m.month().toString());
            number(g, "return", m.value());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("yearlyReturns");
        for (YearlyReturn y : r.yearlyReturns()) {
            g.writeStartObject();
            g.writeStringField("year", y.year().toString());
            number(g, "return", y.value());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void execution(JsonGenerator g, ExecutionStatistics e) throws IOException {
        g.writeObjectFieldStart("execution");
        g.writeNumberField("orders", e.totalOrders());
        g.writeNumberField("filledOrders", e.filledOrders());
        g.writeNumberField("cancelledOrders", e.cancelledOrders());
        g.writeNumberField("fills", e.fills());
        g.writeNumberField("partialFills", e.partialFills());
        number(g, "fillRate", e.fillRate());
        number(g, "partialFillRate", e.partialFillRate());
        number(g, "averageFeePerOrder", e.averageFeePerOrder());
        number(g, "averageSlippageBps", e.averageSlippageBps());
        number(g, "averageFillLatencyMillis", e.averageFillLatencyMillis());
        g.writeEndObject();
    }

    private static void trades(JsonGenerator g, BacktestResult r) throws IOException {
        g.writeArrayFieldStart("trades");
        for (TradeRecord t : r.trades()) {
            g.writeStartObject();
            g.writeStringField("symbol", t.symbol());
            g.writeStringField("direction", t.direction() == Side.BUY ? "LONG" : "SHORT");
            time(g, "entryTime", t.entryTimeNanos());
            time(g, "exitTime", t.exitTimeNanos());
            number(g, "entryPrice", t.entryPrice());
            number(g, "exitPrice", t.exitPrice());
            number(g, "size", t.size());
            number(g, "grossPnl", t.grossPnl());
            number(g, "fees", t.fees());
            number(g, "netPnl", t.netPnl());
            number(g, "holdingSeconds", t.holdingTime().toNanos() / 1e9);
            g.writeStringField("regimeAtEntry", t.regimeAtEntry().name());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void fills(JsonGenerator g, BacktestResult r) throws IOException {
        g.writeArrayFieldStart("fills");
        for (Fill f : r.fills()) {
            g.writeStartObject();
            g.writeStringField("orderId", f.orderId());
            g.writeStringField("symbol", f.symbol());
            g.writeStringField("side", f.side().name());
            time(g, "time", f.timeNanos());
            number(g, "price", f.price());
            number(g, "size", f.size());
            number(g, "fee", f.fee());
            g.writeStringField("fillType", f.fillType().name());
            number(g, "slippageBps", f.slippageBps());
            number(g, "latencyMillis", f.latencyMillis());
            g.writeBooleanField("partial", f.partial());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void equity(JsonGenerator g, EquitySeries e) throws IOException {
        g.writeObjectFieldStart("equity");
        g.writeArrayFieldStart("times");
        for (int i = 0; i < e.size(); i++) {
            g.writeString(Instant.ofEpochSecond(0, e.timeAt(i)).toString());
        }
        g.writeEndArray();
        g.writeArrayFieldStart("values");
        for (int i = 0; i < e.size(); i++) {
            numberValue(g, e.valueAt(i));
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void time(JsonGenerator g, String name, long nanos) throws IOException {
        g.writeStringField(name, Instant.ofEpochSecond(0, nanos).toString());
    }

    private static void number(JsonGenerator g, String name, double value) throws IOException {
        g.writeFieldName(name);
        numberValue(g, value);
    }

    private static void numberValue(JsonGenerator g, double value) throws IOException {
        if (Double.isNaN(value)) {
            g.writeNull();
        } else if (Double.isInfinite(value)) {
            g.writeString(value > 0 ? "Infinity" : "-Infinity");
        } else {
            g.writeNumber(value);
        }
    }
}
