package dev.parallax.sim.core;

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

class SimulatorConfigBuilderTest {

    private static final SimulatorConfig D = SimulatorConfig.DEFAULT;

    /** Differs from {@link SimulatorConfig#DEFAULT} in every component. */
    private static final SimulatorConfig OTHER = new SimulatorConfig(ModelChoice.of("zero"),
            ModelChoice.of("constant", "submit_ms", "3"), ModelChoice.of("square-root-impact"),
            ModelChoice.of("front-of-queue"), ModelChoice.of("liquidity-limited"), 7L);

    @Test
    void theBuilderStartsFromTheDefaultAndToBuilderFromTheConfigItIsCalledOn() {
        assertEquals(D, SimulatorConfig.builder().build());
        assertEquals(OTHER, OTHER.toBuilder().build());
        assertEquals(SimulatorConfig.IDEAL, SimulatorConfig.IDEAL.toBuilder().build());
    }

    @Test
    void eachSetterSetsExactlyItsOwnComponent() {
        Map<String, UnaryOperator<SimulatorConfig.Builder>> setters = new LinkedHashMap<>();
        setters.put("fee", b -> b.fee(OTHER.fee()));
        setters.put("latency", b -> b.latency(OTHER.latency()));
        setters.put("slippage", b -> b.slippage(OTHER.slippage()));
        setters.put("queue", b -> b.queue(OTHER.queue()));
        setters.put("fill", b -> b.fill(OTHER.fill()));
        setters.put("seed", b -> b.seed(OTHER.seed()));
        assertEquals(Arrays.stream(SimulatorConfig.class.getRecordComponents()).map(RecordComponent::getName)
                .toList(), List.copyOf(setters.keySet()), "a setter for every component");
        for (Map.Entry<String, UnaryOperator<SimulatorConfig.Builder>> setter : setters.entrySet()) {
            String name = setter.getKey();
            SimulatorConfig expected = new SimulatorConfig(
                    name.equals("fee") ? OTHER.fee() : D.fee(),
                    name.equals("latency") ? OTHER.latency() : D.latency(),
                    name.equals("slippage") ? OTHER.slippage() : D.slippage(),
                    name.equals("queue") ? OTHER.queue() : D.queue(),
                    name.equals("fill") ? OTHER.fill() : D.fill(),
                    name.equals("seed") ? OTHER.seed() : D.seed());
            assertNotEquals(D, expected, "the other config differs in " + name);
            assertEquals(expected, setter.getValue().apply(SimulatorConfig.builder()).build(), name);
        }
    }

    @Test
    void buildChecksTheValuesWithTheConstructorsMessage() {
        assertEquals("slippage must not be null", assertThrows(IllegalArgumentException.class,
                () -> SimulatorConfig.builder().slippage(null).build()).getMessage());
    }
}
