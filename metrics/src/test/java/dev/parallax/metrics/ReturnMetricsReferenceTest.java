package dev.parallax.metrics;

import static dev.parallax.metrics.Reference.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every return figure, on the real SPY series and on synthetic ones, against the values the
 * independent Python reference computed (see {@code reference/reference_metrics.py}).
 */
class ReturnMetricsReferenceTest {

    private static final List<String> CASES = List.of("spy", "spyWithRates", "gaussian", "fatTailedCrypto");

    @TestFactory
    List<DynamicTest> eachFigureMatchesTheIndependentReference() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String name : CASES) {
            JsonNode node = Reference.fixture(name);
            double[] returns = Reference.returnsOf(name);
            MetricOptions options = new MetricOptions(node.get("periodsPerYear").asDouble(),
                    node.get("riskFreeRate").asDouble(), node.get("requiredReturn").asDouble(),
                    node.get("cutoff").asDouble());
            SharpeTrials trials = new SharpeTrials(node.get("trials").asInt(), node.get("sharpeVariance").asDouble());
            ReturnMetrics metrics = new ReturnMetrics(options);
            JsonNode expected = node.get("expected");
            Map<String, ToDoubleFunction<double[]>> figures = Map.ofEntries(
                    Map.entry("totalReturn", metrics::totalReturn),
                    Map.entry("cagr", metrics::cagr),
                    Map.entry("annualVolatility", metrics::annualVolatility),
                    Map.entry("sharpe", metrics::sharpe),
                    Map.entry("sortino", metrics::sortino),
                    Map.entry("downsideDeviation", metrics::downsideDeviation),
                    Map.entry("maxDrawdown", r -> metrics.maxDrawdown(r).depth()),
                    Map.entry("calmar", metrics::calmar),
                    Map.entry("omega", metrics::omega),
                    Map.entry("tailRatio", metrics::tailRatio),
                    Map.entry("valueAtRisk", metrics::valueAtRisk),
                    Map.entry("conditionalValueAtRisk", metrics::conditionalValueAtRisk),
                    Map.entry("stability", metrics::stability),
                    Map.entry("skewness", metrics::skewness),
                    Map.entry("excessKurtosis", metrics::excessKurtosis),
                    Map.entry("probabilisticSharpe", r -> metrics.probabilisticSharpe(r, 0.0)),
                    Map.entry("deflatedSharpe", r -> metrics.deflatedSharpe(r, trials)),
                    Map.entry("expectedMaximumSharpe", r -> trials.expectedMaximumSharpe()));
            figures.forEach((figure, compute) -> tests.add(dynamicTest(figure + " of " + name + " matches the reference",
                    () -> assertClose(expected.get(figure).asDouble(), compute.applyAsDouble(returns), figure))));
            tests.add(dynamicTest("drawdown peak, trough and recovery of " + name + " match the reference", () -> {
                Drawdown drawdown = metrics.maxDrawdown(returns);
                assertEquals(expected.get("drawdownPeak").asInt(), drawdown.peakIndex(), "peak");
                assertEquals(expected.get("drawdownTrough").asInt(), drawdown.troughIndex(), "trough");
                assertEquals(expected.get("drawdownRecovery").asInt(), drawdown.recoveryIndex(), "recovery");
            }));
            tests.add(dynamicTest("the report of " + name + " holds the same figures as the reference", () -> {
                PerformanceReport report = metrics.report(returns, trials);
                assertEquals(returns.length, report.periods());
                assertClose(expected.get("sharpe").asDouble(), report.sharpe(), "sharpe");
                assertClose(expected.get("sortino").asDouble(), report.sortino(), "sortino");
                assertClose(expected.get("cagr").asDouble(), report.cagr(), "cagr");
                assertClose(expected.get("calmar").asDouble(), report.calmar(), "calmar");
                assertClose(expected.get("omega").asDouble(), report.omega(), "omega");
                assertClose(expected.get("tailRatio").asDouble(), report.tailRatio(), "tailRatio");
                assertClose(expected.get("valueAtRisk").asDouble(), report.valueAtRisk(), "valueAtRisk");
                assertClose(expected.get("conditionalValueAtRisk").asDouble(), report.conditionalValueAtRisk(), "cvar");
                assertClose(expected.get("stability").asDouble(), report.stability(), "stability");
                assertClose(expected.get("excessKurtosis").asDouble(), report.excessKurtosis(), "excessKurtosis");
                assertClose(expected.get("probabilisticSharpe").asDouble(), report.probabilisticSharpe(), "psr");
                assertClose(expected.get("deflatedSharpe").asDouble(), report.deflatedSharpe(), "dsr");
                assertClose(expected.get("maxDrawdown").asDouble(), report.maxDrawdown().depth(), "maxDrawdown");
                assertEquals(options, report.options());
            }));
        }
        return tests;
    }
}
