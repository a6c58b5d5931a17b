package dev.parallax.cli.backtest;

import dev.parallax.backtest.AccountType;
import dev.parallax.backtest.MarginAccount;
import dev.parallax.cli.config.Durations;
import dev.parallax.cli.data.DataFormat;
import dev.parallax.cli.data.DataRead;
import dev.parallax.cli.data.DataSpec;
import dev.parallax.cli.report.Format;
import dev.parallax.ledger.PositionMode;
import dev.parallax.sim.core.ModelChoice;
import dev.parallax.sim.core.SimulatorConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/** The lines a report's header shows about the plan a run was made with. */
public final class PlanSummary {

    private PlanSummary() {
    }

    /** Header lines for {@code recorded}: what ran, on which data, with which execution, on which basis. */
    public static List<String> lines(PlanJson.Recorded recorded) {
        BacktestPlan p = recorded.plan();
        DataRead read = recorded.read();
        DataSpec d = p.data();
        List<String> lines = new ArrayList<>();
        lines.add("Strategy " + p.strategy() + " " + new TreeMap<>(p.strategySettings().asMap()) + ", balance "
                + Format.money(p.balance()) + " in a " + account(p.account()) + ", seed " + p.simulator().seed());
        String bars = d.format() == DataFormat.TRADES ? "trades as " + Durations.format(d.bar()) + " bars"
                : d.format().label() + " bars of " + Durations.format(d.bar()) + " labelled by their " + d.barTime().label();
        lines.add("Data " + d.describe() + " (" + d.symbol() + ", " + bars + "), SHA-256 " + read.sha256() + ", "
                + String.format(java.util.Locale.ROOT, "%,d", read.rowsRead()) + " rows read, "
                + String.format(java.util.Locale.ROOT, "%,d", read.rowsSkipped()) + " skipped; window "
                + p.from().map(Object::toString).orElse("start") + " to " + p.to().map(Object::toString).orElse("end"));
        lines.add("Execution " + PlanJson.execution(p.execution()) + ", " + p.executionSummary() + ": "
                + models(p.simulator()) + ", bar spread " + plain(p.barSpreadBps()) + " bps, "
                + (p.marketDataLatency() ? "market data late by the latency model's market-data delay"
                        : "market data seen at once (market-data latency off)")
                + (p.positionMode() == PositionMode.NETTING ? "" : ", positions per trade (a lot per order)"));
        lines.add("Metrics annualised over " + plain(p.periodsPerYear()) + " periods a year; Parallax "
                + recorded.version());
        return lines;
    }

    /** The account's rules in a few words. */
    static String account(AccountType account) {
        if (account instanceof MarginAccount m) {
            return "margin account (initial margin " + plain(m.initialMargin() * 100) + "%, maintenance "
                    + plain(m.maintenanceMargin() * 100) + "%, leverage cap " + plain(m.maxLeverage()) + "x)";
        }
        return "cash account";
    }

    /** {@code x} without trailing zeros: 2.0 as 2, 0.5 as 0.5. */
    private static String plain(double x) {
        return java.math.BigDecimal.valueOf(x).stripTrailingZeros().toPlainString();
    }

    private static String models(SimulatorConfig s) {
        return "fee " + model(s.fee()) + ", latency " + model(s.latency()) + ", slippage " + model(s.slippage())
                + ", queue " + model(s.queue()) + ", fill " + model(s.fill());
    }

    private static String model(ModelChoice m) {
        return m.settings().asMap().isEmpty() ? m.name() : m.name() + new TreeMap<>(m.settings().asMap());
    }
}
