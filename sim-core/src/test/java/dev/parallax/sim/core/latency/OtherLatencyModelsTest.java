package dev.parallax.sim.core.latency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.sim.api.ModelSettings;
import dev.parallax.sim.api.spi.LatencyKind;
import dev.parallax.sim.api.spi.LatencyModel;
import dev.parallax.sim.api.spi.LatencyModelContract;
import java.util.Arrays;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class OtherLatencyModelsTest {

    @Nested
    class Constant extends LatencyModelContract {
        @Override
        protected LatencyModel model() {
            return new ConstantLatencyModel.Provider().create(ModelSettings.of("submit_ms", "12.5"));
        }

        @Test
        void alwaysTheSameDelay() {
            SplittableRandom rng = new SplittableRandom(1);
            assertEquals(12_500_000L, model().sampleNanos(LatencyKind.ORDER_SUBMIT, rng));
            assertEquals(20_000_000L, model().sampleNanos(LatencyKind.MARKET_DATA, rng));
            assertEquals(50_000_000L, model().sampleNanos(LatencyKind.FILL_NOTIFICATION, rng));
        }
    }

    @Nested
    class Lognormal extends LatencyModelContract {
        @Override
        protected LatencyModel model() {
            return new LognormalLatencyModel.Provider().create(ModelSettings.of("submit_median_ms", "80",
                    "submit_p99_ms", "300"));
        }

        @Test
        void drawsHaveTheConfiguredMedianAndNinetyNinthPercentile() {
            SplittableRandom rng = new SplittableRandom(99);
            int n = 100_000;
            double[] ms = new double[n];
            for (int i = 0; i < n; i++) {
                ms[i] = model().sampleNanos(LatencyKind.ORDER_SUBMIT, rng) / 1e6;
            }
            Arrays.sort(ms);
            // sampling error of the median ~ 1.2% and of the p99 ~ 3% at n = 100,000; allow twice that
            assertEquals(80.0, ms[n / 2], 80 * 0.025);
            assertEquals(300.0, ms[(int) (n * 0.99)], 300 * 0.06);
        }

        @Test
        void sigmaFollowsFromMedianAndP99() {
            // ln(300 / 80) / 2.3263478740408408 = 1.3217558399823195 / 2.3263478740408408 = 0.5681678
            assertEquals(0.5681678, new LognormalLatencyModel.Percentiles(80, 300).sigma(), 1e-6);
        }

        @Test
        void aTailBelowTheMedianIsRejected() {
            assertThrows(IllegalArgumentException.class, () -> new LognormalLatencyModel.Percentiles(100, 50));
        }
    }

    @Nested
    class EmpiricalResample extends LatencyModelContract {
        @Override
        protected LatencyModel model() {
            return new EmpiricalLatencyModel.Provider().create(ModelSettings.of("samples_ms", "10, 20, 40"));
        }

        @Test
        void returnsOnlyRecordedValues() {
            SplittableRandom rng = new SplittableRandom(3);
            for (int i = 0; i < 1_000; i++) {
                long nanos = model().sampleNanos(LatencyKind.ORDER_SUBMIT, rng);
                assertTrue(Set.of(10_000_000L, 20_000_000L, 40_000_000L).contains(nanos), () -> "got " + nanos);
            }
        }
    }

    @Nested
    class EmpiricalInterpolate extends LatencyModelContract {
        @Override
        protected LatencyModel model() {
            return new EmpiricalLatencyModel.Provider().create(ModelSettings.of("samples_ms", "40,10,20",
                    "mode", "interpolate"));
        }

        @Test
        void interpolatesBetweenSortedSamples() {
            double[] sorted = {10, 20, 40};
            // position u * (n - 1): 0.25 -> 0.5 -> halfway 10..20 = 15; 0.75 -> 1.5 -> halfway 20..40 = 30
            assertEquals(15.0, EmpiricalLatencyModel.quantile(sorted, 0.25), 1e-12);
            assertEquals(30.0, EmpiricalLatencyModel.quantile(sorted, 0.75), 1e-12);
            assertEquals(10.0, EmpiricalLatencyModel.quantile(sorted, 0.0), 1e-12);
            assertEquals(40.0, EmpiricalLatencyModel.quantile(sorted, 1.0), 1e-12);
        }

        @Test
        void neverLeavesTheRecordedRange() {
            SplittableRandom rng = new SplittableRandom(4);
            for (int i = 0; i < 1_000; i++) {
                double ms = model().sampleNanos(LatencyKind.FILL_NOTIFICATION, rng) / 1e6;
                assertTrue(ms >= 10 && ms <= 40, () -> "got " + ms);
            }
        }

        @Test
        void missingSamplesAndNegativeValuesAreRejected() {
            var e = assertThrows(IllegalArgumentException.class,
                    () -> new EmpiricalLatencyModel.Provider().create(ModelSettings.EMPTY));
            assertTrue(e.getMessage().contains("samples_ms"), e.getMessage());
            assertThrows(IllegalArgumentException.class,
                    () -> new EmpiricalLatencyModel.Provider().create(ModelSettings.of("samples_ms", "5,-1")));
            assertThrows(IllegalArgumentException.class, () -> new EmpiricalLatencyModel.Provider()
                    .create(ModelSettings.of("samples_ms", "5", "mode", "bootstrap")));
        }
    }
}
