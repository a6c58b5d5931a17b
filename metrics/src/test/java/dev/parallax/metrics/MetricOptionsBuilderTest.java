package dev.parallax.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class MetricOptionsBuilderTest {

    private static final MetricOptions D = MetricOptions.DEFAULT;

    /** Differs from {@link MetricOptions#DEFAULT} in every component. */
    private static final MetricOptions OTHER = new MetricOptions(365, 0.0001, 0.002, 0.01);

    @Test
    void theBuilderStartsFromTheDefaultAndToBuilderFromTheOptionsItIsCalledOn() {
        assertEquals(D, MetricOptions.builder().build());
        assertEquals(OTHER, OTHER.toBuilder().build());
    }

    @Test
    void eachSetterSetsExactlyItsOwnComponent() {
        Map<String, UnaryOperator<MetricOptions.Builder>> setters = new LinkedHashMap<>();
        setters.put("periodsPerYear", b -> b.periodsPerYear(OTHER.periodsPerYear()));
        setters.put("riskFreeRate", b -> b.riskFreeRate(OTHER.riskFreeRate()));
        setters.put("requiredReturn", b -> b.requiredReturn(OTHER.requiredReturn()));
        setters.put("cutoff", b -> b.cutoff(OTHER.cutoff()));
        assertEquals(Arrays.stream(MetricOptions.class.getRecordComponents()).map(RecordComponent::getName).toList(),
                List.copyOf(setters.keySet()), "a setter for every component");
        for (Map.Entry<String, UnaryOperator<MetricOptions.Builder>> setter : setters.entrySet()) {
            String name = setter.getKey();
            MetricOptions expected = new MetricOptions(
                    name.equals("periodsPerYear") ? OTHER.periodsPerYear() : D.periodsPerYear(),
                    name.equals("riskFreeRate") ? OTHER.riskFreeRate() : D.riskFreeRate(),
                    name.equals("requiredReturn") ? OTHER.requiredReturn() : D.requiredReturn(),
                    name.equals("cutoff") ? OTHER.cutoff() : D.cutoff());
            assertNotEquals(D, expected, "the other options differ in " + name);
            assertEquals(expected, setter.getValue().apply(MetricOptions.builder()).build(), name);
        }
    }

    @Test
    void buildChecksTheValuesWithTheConstructorsMessage() {
        assertEquals("riskFreeRate must be a finite number > -1, was NaN", assertThrows(IllegalArgumentException.class,
                () -> MetricOptions.builder().riskFreeRate(Double.NaN).build()).getMessage());
    }
}
