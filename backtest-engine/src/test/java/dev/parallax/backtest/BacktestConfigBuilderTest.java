package dev.parallax.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.parallax.ledger.PositionMode;
import dev.parallax.parity.ParitySettings;
import dev.parallax.parity.ParityTracker;
import dev.parallax.parity.ParityTrackerRegistry;
import dev.parallax.sim.api.ModelLookup;
import dev.parallax.sim.core.ExecutionModels;
import dev.parallax.sim.core.SimulatorConfig;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BacktestConfigBuilderTest {

    private static final BacktestConfig D = BacktestConfig.DEFAULT;

    @TempDir
    Path folder;

    private ParityTracker tracker;

    /** Differs from {@link BacktestConfig#DEFAULT} in every component. */
    private BacktestConfig other;

    @BeforeEach
    void makeAConfigUnlikeTheDefault() {
        tracker = ParityTrackerRegistry.create(ParitySettings.builder().dataFolder(folder.resolve("parity"))
                .alertLogFolder(folder.resolve("logs")).build()).tracker("builder");
        ExecutionModelFactory frictionless = () -> TestData.FRICTIONLESS;
        other = new BacktestConfig(50_000, frictionless, 7L, BarExecution.SIGNAL_BAR_CLOSE, 5.0, 30, 365,
                ZoneId.of("Asia/Tokyo"), 10, 60_000_000_000L, false, Optional.of(tracker), TestData.MARGIN, false,
                PositionMode.PER_TRADE);
    }

    @Test
    void theBuilderStartsFromTheDefaultAndToBuilderFromTheConfigItIsCalledOn() {
        assertEquals(D, BacktestConfig.builder().build());
        assertEquals(other, other.toBuilder().build());
    }

    @Test
    void eachSetterSetsExactlyItsOwnComponent() {
        Map<String, UnaryOperator<BacktestConfig.Builder>> setters = new LinkedHashMap<>();
        setters.put("initialCash", b -> b.initialCash(other.initialCash()));
        setters.put("models", b -> b.models(other.models()));
        setters.put("seed", b -> b.seed(other.seed()));
        setters.put("barExecution", b -> b.barExecution(other.barExecution()));
        setters.put("barSpreadBps", b -> b.barSpreadBps(other.barSpreadBps()));
        setters.put("volatilityWindow", b -> b.volatilityWindow(other.volatilityWindow()));
        setters.put("periodsPerYear", b -> b.periodsPerYear(other.periodsPerYear()));
        setters.put("zone", b -> b.zone(other.zone()));
        setters.put("maxOrderSize", b -> b.maxOrderSize(other.maxOrderSize()));
        setters.put("equityIntervalNanos", b -> b.equityIntervalNanos(other.equityIntervalNanos()));
        setters.put("keepFills", b -> b.keepFills(other.keepFills()));
        setters.put("parityTracker", b -> b.parityTracker(other.parityTracker()));
        setters.put("account", b -> b.account(other.account()));
        setters.put("marketDataLatency", b -> b.marketDataLatency(other.marketDataLatency()));
        setters.put("positionMode", b -> b.positionMode(other.positionMode()));
        assertEquals(componentNames(), List.copyOf(setters.keySet()), "a setter for every component");
        for (Map.Entry<String, UnaryOperator<BacktestConfig.Builder>> setter : setters.entrySet()) {
            BacktestConfig expected = mix(setter.getKey());
            assertNotEquals(D, expected, "the other config differs in " + setter.getKey());
            assertEquals(expected, setter.getValue().apply(BacktestConfig.builder()).build(), setter.getKey());
        }
    }

    @Test
    void theCombinedSettersSetTheComponentsTheyName() {
        assertEquals(mix("periodsPerYear", "zone"),
                BacktestConfig.builder().calendar(other.periodsPerYear(), other.zone()).build());
        assertEquals(mix("equityIntervalNanos", "keepFills"),
                BacktestConfig.builder().retention(other.equityIntervalNanos(), other.keepFills()).build());
        assertEquals(mix("parityTracker"), BacktestConfig.builder().parityTracker(tracker).build());
    }

    @Test
    void theSimulatorSetterTakesItsModelsAndItsSeed() {
        SimulatorConfig ideal = SimulatorConfig.IDEAL.toBuilder().seed(9).build();
        BacktestConfig config = BacktestConfig.builder().simulator(ideal).build();
        assertEquals(9L, config.seed());
        assertEquals(ExecutionModels.from(ModelLookup.fromClasspath(), ideal), config.models().create());
        assertEquals(D, config.toBuilder().models(D.models()).seed(D.seed()).build(), "nothing else changes");
    }

    @Test
    void buildChecksTheValuesWithTheConstructorsMessage() {
        assertEquals("volatilityWindow must be >= 2, was 1", assertThrows(IllegalArgumentException.class,
                () -> BacktestConfig.builder().volatilityWindow(1).build()).getMessage());
        assertEquals("zone must not be null", assertThrows(IllegalArgumentException.class,
                () -> BacktestConfig.builder().calendar(252, null).build()).getMessage());
    }

    @Test
    void aBadValueCanBeReplacedBeforeBuild() {
        assertEquals(D, BacktestConfig.builder().maxOrderSize(-1).maxOrderSize(D.maxOrderSize()).build());
    }

    /** The default config with the named components taken from {@link #other}, made by the canonical constructor. */
    private BacktestConfig mix(String... changed) {
        List<String> names = List.of(changed);
        return new BacktestConfig(
                pick(names, "initialCash", D.initialCash(), other.initialCash()),
                pick(names, "models", D.models(), other.models()),
                pick(names, "seed", D.seed(), other.seed()),
                pick(names, "barExecution", D.barExecution(), other.barExecution()),
                pick(names, "barSpreadBps", D.barSpreadBps(), other.barSpreadBps()),
                pick(names, "volatilityWindow", D.volatilityWindow(), other.volatilityWindow()),
                pick(names, "periodsPerYear", D.periodsPerYear(), other.periodsPerYear()),
                pick(names, "zone", D.zone(), other.zone()),
                pick(names, "maxOrderSize", D.maxOrderSize(), other.maxOrderSize()),
                pick(names, "equityIntervalNanos", D.equityIntervalNanos(), other.equityIntervalNanos()),
                pick(names, "keepFills", D.keepFills(), other.keepFills()),
                pick(names, "parityTracker", D.parityTracker(), other.parityTracker()),
                pick(names, "account", D.account(), other.account()),
                pick(names, "marketDataLatency", D.marketDataLatency(), other.marketDataLatency()),
                pick(names, "positionMode", D.positionMode(), other.positionMode()));
    }

    private static <T> T pick(List<String> changed, String name, T fallback, T replacement) {
        return changed.contains(name) ? replacement : fallback;
    }

    private static List<String> componentNames() {
        return Arrays.stream(BacktestConfig.class.getRecordComponents()).map(RecordComponent::getName).toList();
    }
}
