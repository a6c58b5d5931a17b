package dev.parallax.backtest;

import dev.parallax.sim.api.data.Bar;
import dev.parallax.sim.core.ExecutionModels;
import dev.parallax.sim.core.fee.MakerTakerFeeModel;
import dev.parallax.sim.core.fee.ZeroFeeModel;
import dev.parallax.sim.core.fill.LiquidityLimitedFillModel;
import dev.parallax.sim.core.latency.ConstantLatencyModel;
import dev.parallax.sim.core.queue.MarketConditionsQueueModel;
import dev.parallax.sim.core.slippage.ZeroSlippageModel;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Shared test data and models. */
public final class TestData {

    /** No fees, no latency, no slippage, whole fills. */
    public static final ExecutionModels FRICTIONLESS = new ExecutionModels(ZeroFeeModel.INSTANCE,
            ConstantLatencyModel.ZERO, ZeroSlippageModel.INSTANCE, MarketConditionsQueueModel.DEFAULT,
            LiquidityLimitedFillModel.DISPLAYED_SIZE_ONLY);

    /** Like {@link #FRICTIONLESS} but market orders pay 10 bps and limit orders 5 / 10 bps, no minimum. */
    public static final ExecutionModels TEN_BPS = FRICTIONLESS.toBuilder().fee(new MakerTakerFeeModel(5, 10, 10, 0))
            .build();

    /** A margin account like Reg T: 50% initial, 25% maintenance, 2x; for tests that sell short. */
    public static final AccountType MARGIN = AccountType.margin(0.5, 0.25, 2);

    private TestData() {
    }

    /** Epoch nanoseconds of 21:00 UTC on {@code date} (after a US close). */
    public static long close(LocalDate date) {
        return date.atTime(21, 0).toEpochSecond(ZoneOffset.UTC) * 1_000_000_000L;
    }

    /** A daily bar ending at 21:00 UTC on 2024-01-(day). */
    public static Bar day(String symbol, int day, double o, double h, double l, double c) {
        return new Bar(symbol, close(LocalDate.of(2024, 1, day)), o, h, l, c, 1_000_000);
    }

    /** AAPL daily bars of 2013 from the ta4j-examples jar on the test classpath. */
    public static List<Bar> appleDaily2013() throws IOException {
        try (InputStream in = TestData.class.getResourceAsStream("/appleinc_bars_from_20130101_usd.csv")) {
            if (in == null) {
                throw new IllegalStateException("ta4j-examples is not on the test classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Bar> bars = new ArrayList<>();
            reader.readLine();
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split(",");
                bars.add(new Bar("AAPL", close(LocalDate.parse(f[0])), Double.parseDouble(f[1]),
                        Double.parseDouble(f[2]), Double.parseDouble(f[3]), Double.parseDouble(f[4]),
                        Double.parseDouble(f[5])));
            }
            return bars;
        }
    }
}
