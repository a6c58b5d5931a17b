package dev.parallax.sim.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.parallax.sim.core.fee.ZeroFeeModel;
import dev.parallax.sim.core.fill.LiquidityLimitedFillModel;
import dev.parallax.sim.core.latency.ConstantLatencyModel;
import dev.parallax.sim.core.queue.FrontOfQueueModel;
import dev.parallax.sim.core.slippage.ZeroSlippageModel;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class ExecutionModelsBuilderTest {

    private static final ExecutionModels D = ExecutionModels.DEFAULTS;

    /** Differs from {@link ExecutionModels#DEFAULTS} in every component. */
    private static final ExecutionModels OTHER = new ExecutionModels(ZeroFeeModel.INSTANCE, ConstantLatencyModel.ZERO,
            ZeroSlippageModel.INSTANCE, FrontOfQueueModel.INSTANCE, LiquidityLimitedFillModel.DISPLAYED_SIZE_ONLY);

    @Test
    void theBuilderStartsFromTheDefaultsAndToBuilderFromTheModelsItIsCalledOn() {
        assertEquals(D, ExecutionModels.builder().build());
        assertEquals(OTHER, OTHER.toBuilder().build());
    }

    @Test
    void eachSetterSetsExactlyItsOwnComponent() {
        Map<String, UnaryOperator<ExecutionModels.Builder>> setters = new LinkedHashMap<>();
        setters.put("fee", b -> b.fee(OTHER.fee()));
        setters.put("latency", b -> b.latency(OTHER.latency()));
        setters.put("slippage", b -> b.slippage(OTHER.slippage()));
        setters.put("queue", b -> b.queue(OTHER.queue()));
        setters.put("fill", b -> b.fill(OTHER.fill()));
        assertEquals(Arrays.stream(ExecutionModels.class.getRecordComponents()).map(RecordComponent::getName)
                .toList(), List.copyOf(setters.keySet()), "a setter for every component");
        for (Map.Entry<String, UnaryOperator<ExecutionModels.Builder>> setter : setters.entrySet()) {
            String name = setter.getKey();
            ExecutionModels expected = new ExecutionModels(
                    name.equals("fee") ? OTHER.fee() : D.fee(),
                    name.equals("latency") ? OTHER.latency() : D.latency(),
                    name.equals("slippage") ? OTHER.slippage() : D.slippage(),
                    name.equals("queue") ? OTHER.queue() : D.queue(),
                    name.equals("fill") ? OTHER.fill() : D.fill());
            assertNotEquals(D, expected, "the other models differ in " + name);
            assertEquals(expected, setter.getValue().apply(ExecutionModels.builder()).build(), name);
        }
    }

    @Test
    void buildChecksTheValuesWithTheConstructorsMessage() {
        assertEquals("queue must not be null", assertThrows(IllegalArgumentException.class,
                () -> ExecutionModels.builder().queue(null).build()).getMessage());
    }
}
