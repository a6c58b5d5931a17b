package dev.parallax.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.parallax.ledger.PositionMode;
import dev.parallax.metrics.MetricOptions;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class LiveTrackerSettingsBuilderTest {

    private static final LiveTrackerSettings D = LiveTrackerSettings.of("grid", Path.of("data"), 10_000);

    /** Differs from {@link #D} in every component. */
    private static final LiveTrackerSettings OTHER = new LiveTrackerSettings("momentum", Path.of("live"),
            Path.of("alerts"), 25_000, new RiskLimits(0.02, 0.3), ZoneId.of("America/New_York"),
            Duration.ofSeconds(30), MetricOptions.ofPeriodsPerYear(365), PositionMode.NETTING);

    @Test
    void theBuilderStartsFromTheDefaultsOfOfAndToBuilderFromTheSettingsItIsCalledOn() {
        assertEquals(D, LiveTrackerSettings.builder("grid", Path.of("data"), 10_000).build());
        assertEquals(Path.of("data", "logs"), D.alertLogFolder());
        assertEquals(OTHER, OTHER.toBuilder().build());
    }

    @Test
    void eachSetterSetsExactlyItsOwnComponent() {
        Map<String, UnaryOperator<LiveTrackerSettings.Builder>> setters = new LinkedHashMap<>();
        setters.put("strategy", b -> b.strategy(OTHER.strategy()));
        setters.put("dataFolder", b -> b.dataFolder(OTHER.dataFolder()));
        setters.put("alertLogFolder", b -> b.alertLogFolder(OTHER.alertLogFolder()));
        setters.put("initialBalance", b -> b.initialBalance(OTHER.initialBalance()));
        setters.put("limits", b -> b.limits(OTHER.limits()));
        setters.put("zone", b -> b.zone(OTHER.zone()));
        setters.put("maxTimeSkew", b -> b.maxTimeSkew(OTHER.maxTimeSkew()));
        setters.put("metricOptions", b -> b.metricOptions(OTHER.metricOptions()));
        setters.put("positionMode", b -> b.positionMode(OTHER.positionMode()));
        assertEquals(Arrays.stream(LiveTrackerSettings.class.getRecordComponents()).map(RecordComponent::getName)
                .toList(), List.copyOf(setters.keySet()), "a setter for every component");
        for (Map.Entry<String, UnaryOperator<LiveTrackerSettings.Builder>> setter : setters.entrySet()) {
            String name = setter.getKey();
            LiveTrackerSettings expected = new LiveTrackerSettings(
                    name.equals("strategy") ? OTHER.strategy() : D.strategy(),
                    name.equals("dataFolder") ? OTHER.dataFolder() : D.dataFolder(),
                    name.equals("alertLogFolder") ? OTHER.alertLogFolder() : D.alertLogFolder(),
                    name.equals("initialBalance") ? OTHER.initialBalance() : D.initialBalance(),
                    name.equals("limits") ? OTHER.limits() : D.limits(),
                    name.equals("zone") ? OTHER.zone() : D.zone(),
                    name.equals("maxTimeSkew") ? OTHER.maxTimeSkew() : D.maxTimeSkew(),
                    name.equals("metricOptions") ? OTHER.metricOptions() : D.metricOptions(),
                    name.equals("positionMode") ? OTHER.positionMode() : D.positionMode());
            assertNotEquals(D, expected, "the other settings differ in " + name);
            assertEquals(expected, setter.getValue().apply(D.toBuilder()).build(), name);
        }
    }

    @Test
    void buildChecksTheValuesWithTheConstructorsMessage() {
        assertEquals("maxTimeSkew must be >= 0, was PT-1S", assertThrows(IllegalArgumentException.class,
                () -> D.toBuilder().maxTimeSkew(Duration.ofSeconds(-1)).build()).getMessage());
        assertEquals("limits must not be null", assertThrows(IllegalArgumentException.class,
                () -> D.toBuilder().limits(null).build()).getMessage());
    }
}
