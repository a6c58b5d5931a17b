package dev.parallax.live.export;

import static dev.parallax.sim.api.Preconditions.notNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parallax.live.AccountFigures;
import dev.parallax.live.BreakerState;
import dev.parallax.live.DailySummary;
import dev.parallax.live.LivePerformance;
import dev.parallax.live.LiveSnapshot;
import dev.parallax.live.OpenPosition;
import dev.parallax.live.RiskEvent;
import dev.parallax.live.TradeRecord;
import dev.parallax.metrics.PerformanceReport;
import dev.parallax.metrics.TradeStats;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes a {@link LiveSnapshot} as one JSON object with the members {@code strategy},
 * {@code asOf}, {@code account}, {@code breaker}, {@code openPositions}, {@code trades},
 * {@code riskEvents}, {@code performance} and {@code dailySummaries}. The tree is built field by
 * field (no default typing, no class names in the output). Times are ISO-8601 strings, absent
 * times are {@code null}, and figures that are NaN or infinite are the strings {@code "NaN"},
 * {@code "Infinity"} and {@code "-Infinity"}, as Jackson writes them by default.
 */
public final class SnapshotJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SnapshotJson() {
    }

    /** The snapshot as a JSON text, indented. */
    public static String toJson(LiveSnapshot snapshot) {
        try {
            return JSON.writeValueAsString(toTree(snapshot));
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the snapshot as JSON", e);
        }
    }

    /** Writes the snapshot as indented JSON to {@code out}. */
    public static void write(LiveSnapshot snapshot, Writer out) throws IOException {
        notNull("out", out);
        out.write(toJson(snapshot));
        out.flush();
    }

    /** The snapshot as a Jackson tree. */
    public static ObjectNode toTree(LiveSnapshot snapshot) {
        notNull("snapshot", snapshot);
        ObjectNode root = JSON.createObjectNode();
        root.put("strategy", snapshot.strategy());
        root.put("asOf", snapshot.asOf().toString());
        root.set("account", account(snapshot.account()));
        root.set("breaker", breaker(snapshot.breaker()));
        ArrayNode open = root.putArray("openPositions");
        snapshot.openPositions().forEach(p -> open.add(position(p)));
        ArrayNode trades = root.putArray("trades");
        snapshot.trades().forEach(t -> trades.add(trade(t)));
        root.set("riskEvents", riskEvents(snapshot.riskEvents()));
        root.set("performance", performance(snapshot.performance()));
        ArrayNode days = root.putArray("dailySummaries");
        snapshot.dailySummaries().forEach(d -> days.add(day(d)));
        return root;
    }

    private static ObjectNode account(AccountFigures a) {
        return JSON.createObjectNode()
                .put("initialBalance", a.initialBalance())
                .put("balance", a.balance())
                .put("equity", a.equity())
                .put("realizedPnl", a.realizedPnl())
                .put("unrealizedPnl", a.unrealizedPnl())
                .put("fees", a.fees())
                .put("peakEquity", a.peakEquity())
                .put("drawdown", a.drawdown())
                .put("openTrades", a.openTrades());
    }

    private static ObjectNode breaker(BreakerState b) {
        return JSON.createObjectNode()
                .put("tripped", b.tripped())
                .put("trippedDay", b.trippedDay().map(LocalDate::toString).orElse(null))
                .put("reason", b.reason())
                .put("tradingDay", b.tradingDay().map(LocalDate::toString).orElse(null))
                .put("dayStartEquity", b.dayStartEquity());
    }

    private static ObjectNode position(OpenPosition p) {
        return JSON.createObjectNode()
                .put("tradeId", p.tradeId())
                .put("symbol", p.symbol())
                .put("side", p.side().name())
                .put("openSize", p.openSize())
                .put("entryPrice", p.entryPrice())
                .put("lastPrice", p.lastPrice())
                .put("unrealizedPnl", p.unrealizedPnl())
                .put("entryTime", p.entryTime().toString());
    }

    private static ObjectNode trade(TradeRecord t) {
        return JSON.createObjectNode()
                .put("tradeId", t.tradeId())
                .put("symbol", t.symbol())
                .put("side", t.side().name())
                .put("entrySize", t.entrySize())
                .put("entryPrice", t.entryPrice())
                .put("entryTime", t.entryTime().toString())
                .put("exitedSize", t.exitedSize())
                .put("openSize", t.openSize())
                .put("averageExitPrice", t.averageExitPrice())
                .put("lastExitTime", t.lastExitTime().map(Instant::toString).orElse(null))
                .put("fees", t.fees())
                .put("realizedPnl", t.realizedPnl())
                .put("closed", t.closed());
    }

    private static ArrayNode riskEvents(List<RiskEvent> events) {
        ArrayNode out = JSON.createArrayNode();
        events.forEach(e -> out.add(JSON.createObjectNode()
                .put("kind", e.kind().name())
                .put("time", e.time().toString())
                .put("reason", e.reason())
                .put("operator", e.operator())));
        return out;
    }

    private static ObjectNode performance(LivePerformance p) {
        ObjectNode out = JSON.createObjectNode();
        out.set("trades", tradeStats(p.trades()));
        PerformanceReport r = p.returns();
        out.set("returns", JSON.createObjectNode()
                .put("periods", r.periods())
                .put("totalReturn", r.totalReturn())
                .put("cagr", r.cagr())
                .put("annualVolatility", r.annualVolatility())
                .put("sharpe", r.sharpe())
                .put("sortino", r.sortino())
                .put("maxDrawdown", r.maxDrawdown().depth())
                .put("calmar", r.calmar())
                .put("periodsPerYear", r.options().periodsPerYear()));
        return out;
    }

    private static ObjectNode tradeStats(TradeStats s) {
        return JSON.createObjectNode()
                .put("count", s.count())
                .put("winners", s.winners())
                .put("losers", s.losers())
                .put("breakEven", s.breakEven())
                .put("winRate", s.winRate())
                .put("grossProfit", s.grossProfit())
                .put("grossLoss", s.grossLoss())
                .put("netProfit", s.netProfit())
                .put("profitFactor", s.profitFactor())
                .put("expectancy", s.expectancy())
                .put("largestWin", s.largestWin())
                .put("largestLoss", s.largestLoss());
    }

    private static ObjectNode day(DailySummary d) {
        ObjectNode out = JSON.createObjectNode()
                .put("date", d.date().toString())
                .put("startingEquity", d.startingEquity())
                .put("endingEquity", d.endingEquity())
                .put("entries", d.entries())
                .put("exits", d.exits())
                .put("closedTrades", d.closedTrades().count())
                .put("winRate", d.winRate())
                .put("realizedPnl", d.realizedPnl())
                .put("fees", d.fees());
        out.set("limitsTripped", riskEvents(d.limitsTripped()));
        return out;
    }
}
