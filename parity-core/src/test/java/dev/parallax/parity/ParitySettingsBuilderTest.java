package dev.parallax.parity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class ParitySettingsBuilderTest {

    private static final ParitySettings D = ParitySettings.DEFAULTS;

    /** Differs from {@link ParitySettings#DEFAULTS} in every component. */
    private static final ParitySettings OTHER = new ParitySettings(Path.of("elsewhere", "parity"), Path.of("alerts"),
            ZoneId.of("Asia/Tokyo"), new ParityThresholds(1, 2, 3, 4, 5, 6, 7, 8, 9), 3, 90);

    @Test
    void theBuilderStartsFromTheDefaultsAndToBuilderFromTheSettingsItIsCalledOn() {
        assertEquals(D, ParitySettings.builder().build());
        assertEquals(OTHER, OTHER.toBuilder().build());
    }

    @Test
    void eachSetterSetsExactlyItsOwnComponent() {
        Map<String, UnaryOperator<ParitySettings.Builder>> setters = new LinkedHashMap<>();
        setters.put("dataFolder", b -> b.dataFolder(OTHER.dataFolder()));
        setters.put("alertLogFolder", b -> b.alertLogFolder(OTHER.alertLogFolder()));
        setters.put("zone", b -> b.zone(OTHER.zone()));
        setters.put("thresholds", b -> b.thresholds(OTHER.thresholds()));
        setters.put("driftWindowDays", b -> b.driftWindowDays(OTHER.driftWindowDays()));
        setters.put("returnWindowDays", b -> b.returnWindowDays(OTHER.returnWindowDays()));
        assertEquals(Arrays.stream(ParitySettings.class.getRecordComponents()).map(RecordComponent::getName)
                .toList(), List.copyOf(setters.keySet()), "a setter for every component");
        for (Map.Entry<String, UnaryOperator<ParitySettings.Builder>> setter : setters.entrySet()) {
            ParitySettings expected = mix(setter.getKey());
            assertNotEquals(D, expected, "the other settings differ in " + setter.getKey());
            assertEquals(expected, setter.getValue().apply(ParitySettings.builder()).build(), setter.getKey());
        }
    }

    @Test
    void theCombinedSettersSetTheComponentsTheyName() {
        assertEquals(mix("driftWindowDays", "returnWindowDays"),
                ParitySettings.builder().windows(OTHER.driftWindowDays(), OTHER.returnWindowDays()).build());
        assertEquals(mix("zone", "thresholds", "driftWindowDays", "returnWindowDays"),
                ParitySettings.builder().limits(OTHER.limits()).build());
        assertEquals("limits must not be null", assertThrows(IllegalArgumentException.class,
                () -> ParitySettings.builder().limits(null)).getMessage());
    }

    @Test
    void buildChecksTheValuesWithTheConstructorsMessage() {
        assertEquals("driftWindowDays must be between 1 and 3660 days (about ten years), was 0",
                assertThrows(IllegalArgumentException.class,
                        () -> ParitySettings.builder().driftWindowDays(0).build()).getMessage());
        assertEquals("alertLogFolder must not be null", assertThrows(IllegalArgumentException.class,
                () -> ParitySettings.builder().alertLogFolder(null).build()).getMessage());
    }

    /** The defaults with the named components taken from {@link #OTHER}, made by the canonical constructor. */
    private static ParitySettings mix(String... changed) {
        List<String> names = List.of(changed);
        return new ParitySettings(
                names.contains("dataFolder") ? OTHER.dataFolder() : D.dataFolder(),
                names.contains("alertLogFolder") ? OTHER.alertLogFolder() : D.alertLogFolder(),
                names.contains("zone") ? OTHER.zone() : D.zone(),
                names.contains("thresholds") ? OTHER.thresholds() : D.thresholds(),
                names.contains("driftWindowDays") ? OTHER.driftWindowDays() : D.driftWindowDays(),
                names.contains("returnWindowDays") ? OTHER.returnWindowDays() : D.returnWindowDays());
    }
}
