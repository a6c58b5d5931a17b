package dev.parallax.cli.demo;

import dev.parallax.backtest.BarExecution;
import dev.parallax.cli.backtest.BacktestPlan;
import dev.parallax.cli.data.DataSpec;
import dev.parallax.live.RiskLimits;
import dev.parallax.parity.ParityLimits;
import dev.parallax.parity.ParityThresholds;
import dev.parallax.sim.api.ModelSettings;
import dev.parallax.sim.core.ModelChoice;
import dev.parallax.sim.core.SimulatorConfig;
import java.time.ZoneOffset;
import java.util.Optional;

/** The two venues and the limits of the demo, in one place. */
public final class DemoSetup {

    /** Starting cash of both accounts, USD. */
    public static final double BALANCE = 10_000;

    /**
     * The parity limits of the demo. The live venue pays Bitstamp's taker fees (40 bps at first, less as
     * its 30-day volume grows) where the backtest assumed 15 bps, and fills later into a wider spread, so
     * each day's P&amp;L difference is some 30 to 60 bps of the day's notional. The fee-impact limit is set
     * above that, so the fee gap alone does not stop the strategy on its first trade; the tracking-error
     * lines are set at levels the demo data crosses; the 7-day cumulative drift limit (150 bps) is what
     * disables the strategy once a few days of the gap have added up.
     */
    public static final ParityThresholds THRESHOLDS = new ParityThresholds(8, 15, 40, 60, 60, 40, 5_000, 150, 5);

    /** The demo's parity limits: {@link #THRESHOLDS}, report days in UTC, the default windows (7 and 30 days). */
    public static final ParityLimits LIMITS = new ParityLimits(ZoneOffset.UTC, THRESHOLDS, 7, 30);

    /** Wide limits, so the live account's circuit breaker does not interfere with the parity story. */
    public static final RiskLimits LIVE_LIMITS = new RiskLimits(0.5, 0.5);

    private DemoSetup() {
    }

    /** The backtest: the moving-average crossover with the default (realistic) execution models. */
    public static BacktestPlan backtest(DataSpec data) {
        return new BacktestPlan("sma-cross", ModelSettings.of("fast", "5", "slow", "20", "units", "1"), data,
                Optional.empty(), Optional.empty(), BALANCE, BarExecution.NEXT_BAR_OPEN, 2.0, 365,
                SimulatorConfig.builder().seed(42).build());
    }

    /**
     * The live venue, which the demo's live half runs on as a paper session: the same strategy, slower,
     * into a wider spread, paying Bitstamp's tiered fees, with a seed of its own.
     */
    public static BacktestPlan liveVenue(DataSpec data) {
        SimulatorConfig venue = SimulatorConfig.builder()
                .fee(ModelChoice.of("bitstamp"))
                .latency(ModelChoice.of("lognormal", "submit_median_ms", "400", "submit_p99_ms", "3000",
                        "notification_median_ms", "150", "notification_p99_ms", "900"))
                .slippage(ModelChoice.of("spread-impact", "market_base_bps", "4", "spread_share", "0.5"))
                .seed(7).build();
        return new BacktestPlan("sma-cross", ModelSettings.of("fast", "5", "slow", "20", "units", "1"), data,
                Optional.empty(), Optional.empty(), BALANCE, BarExecution.NEXT_BAR_OPEN, 12.0, 365, venue);
    }

    /** One line naming the models of {@code plan}. */
    public static String describe(BacktestPlan plan) {
        SimulatorConfig s = plan.simulator();
        return "fee " + name(s.fee()) + ", latency " + name(s.latency()) + ", slippage " + name(s.slippage())
                + ", queue " + name(s.queue()) + ", fill " + name(s.fill()) + ", bar spread "
                + plan.barSpreadBps() + " bps, orders filled at the next bar's open";
    }

    private static String name(ModelChoice c) {
        return c.settings().asMap().isEmpty() ? c.name() : c.name() + c.settings().asMap();
    }
}
