package dev.parallax.metrics;

import static dev.parallax.metrics.Reference.assertClose;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RollingMetricsTest {

    @Test
    void rollingFiguresMatchTheReferenceOnRealAndSyntheticSeries() {
        int checked = 0;
        for (String name : new String[] {"spy", "spyWithRates", "gaussian", "fatTailedCrypto"}) {
            JsonNode node = Reference.fixture(name);
            double[] returns = Reference.returnsOf(name);
            RollingMetrics rolling = new RollingMetrics(MetricOptions.builder()
                    .periodsPerYear(node.get("periodsPerYear").asDouble())
                    .riskFreeRate(node.get("riskFreeRate").asDouble()).build());
            for (Iterator<Map.Entry<String, JsonNode>> it = node.get("rolling").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> window = it.next();
                int size = Integer.parseInt(window.getKey());
                double[] sharpe = rolling.sharpe(returns, size);
                double[] volatility = rolling.volatility(returns, size);
                double[] expectedSharpe = Reference.doubles(window.getValue().get("sharpe"));
                double[] expectedVolatility = Reference.doubles(window.getValue().get("volatility"));
                assertEquals(returns.length - size + 1, sharpe.length);
                assertEquals(expectedSharpe.length, sharpe.length);
                for (int j = 0; j < sharpe.length; j++) {
                    assertClose(expectedSharpe[j], sharpe[j], name + " rolling " + size + " sharpe[" + j + "]");
                    assertClose(expectedVolatility[j], volatility[j], name + " rolling " + size + " volatility[" + j + "]");
                    checked++;
                }
            }
        }
        assertTrue(checked > 1000, "checked " + checked + " windows");
    }

    @Test
    void eachWindowEqualsTheWholeSeriesFigureOfThatWindowOnALongSeries() {
        Random random = new Random(42);
        double[] returns = new double[5_000];
        for (int i = 0; i < returns.length; i++) {
            returns[i] = 0.0003 + 0.012 * random.nextGaussian();
        }
        int window = 250;
        double[] sharpe = RollingMetrics.DEFAULT.sharpe(returns, window);
        for (int j = 0; j < sharpe.length; j += 97) {
            double[] slice = Arrays.copyOfRange(returns, j, j + window);
            assertEquals(ReturnMetrics.DEFAULT.sharpe(slice), sharpe[j], 1e-9, "window " + j);
        }
    }

    @Test
    void aConstantWindowHasZeroVolatilityAndNoSharpeRatio() {
        // windows of 3: [0.01, 0.02, 0.02], [0.02, 0.02, 0.02], [0.02, 0.02, -0.01]
        double[] returns = {0.01, 0.02, 0.02, 0.02, -0.01};
        double[] volatility = RollingMetrics.DEFAULT.volatility(returns, 3);
        double[] sharpe = RollingMetrics.DEFAULT.sharpe(returns, 3);
        assertEquals(0.0, volatility[1], 0.0);
        assertEquals(Double.NaN, sharpe[1]);
        // first window: mean 0.05/3; deviations -0.02/3, 0.01/3, 0.01/3; squares 6e-4/9; over n - 1 = 2: 1e-4/3
        // so sd = 0.01 / sqrt(3)
        assertEquals(0.01 / Math.sqrt(3) * Math.sqrt(252), volatility[0], 1e-12);
        assertEquals((0.05 / 3) / (0.01 / Math.sqrt(3)) * Math.sqrt(252), sharpe[0], 1e-9);
    }

    @Test
    void aSeriesShorterThanTheWindowGivesNoValues() {
        assertArrayEquals(new double[0], RollingMetrics.DEFAULT.sharpe(new double[] {0.01, 0.02}, 3), 0.0);
        assertEquals(1, RollingMetrics.DEFAULT.volatility(new double[] {0.01, 0.02, 0.03}, 3).length);
    }

    @Test
    void aWindowBelowTwoAndNaNInputAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RollingMetrics.DEFAULT.sharpe(new double[] {0.01, 0.02}, 1));
        assertEquals("window must be >= 2 (a standard deviation needs two returns), was 1", e.getMessage());
        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
                () -> RollingMetrics.DEFAULT.volatility(new double[] {0.01, Double.NaN, 0.02}, 2));
        assertEquals("returns[1] must be a finite number, was NaN; remove or fill the gap first", nan.getMessage());
    }
}
