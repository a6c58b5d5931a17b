package dev.parallax.research;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SweepSpaceTest {

    private static final SettingValues FAST = new SettingValues("fast", List.of("5", "10"));
    private static final SettingValues SLOW = SettingValues.range("slow", new BigDecimal("20"), new BigDecimal("40"),
            new BigDecimal("10"));
    private static final SettingValues BPS = new SettingValues("slippage.bps", List.of("1", "3"));

    @Test
    void aRangeIncludesBothEndsAndDoesNotDrift() {
        assertEquals(List.of("20", "30", "40"), SLOW.values());
        assertEquals(List.of("0.1", "0.2", "0.3"), SettingValues.range("x", new BigDecimal("0.1"),
                new BigDecimal("0.35"), new BigDecimal("0.1")).values());
    }

    @Test
    void theGridVariesTheLastSettingFastest() {
        SweepSpace space = new SweepSpace(List.of(FAST, SLOW), List.of(BPS));
        List<SweepPoint> points = space.grid(7, 100);
        assertEquals(12, points.size());
        assertEquals(SweepPoint.of(0, Map.of("fast", "5", "slow", "20"), Map.of("slippage.bps", "1"), 7), points.get(0));
        assertEquals(SweepPoint.of(1, Map.of("fast", "5", "slow", "20"), Map.of("slippage.bps", "3"), 7), points.get(1));
        assertEquals(SweepPoint.of(2, Map.of("fast", "5", "slow", "30"), Map.of("slippage.bps", "1"), 7), points.get(2));
        assertEquals(SweepPoint.of(11, Map.of("fast", "10", "slow", "40"), Map.of("slippage.bps", "3"), 7),
                points.get(11));
    }

    @Test
    void randomSearchDrawsDistinctPointsInGridOrderAndRepeatsWithItsSeed() {
        SweepSpace space = new SweepSpace(List.of(FAST, SLOW), List.of(BPS));
        List<SweepPoint> a = space.random(5, 99, 7, 100);
        assertEquals(a, space.random(5, 99, 7, 100));
        assertNotEquals(a, space.random(5, 98, 7, 100));
        assertEquals(5, new HashSet<>(a.stream().map(SweepPoint::allSettings).toList()).size());
        List<SweepPoint> grid = space.grid(7, 100);
        int last = -1;
        for (int i = 0; i < a.size(); i++) {
            assertEquals(i, a.get(i).index());
            int at = grid.stream().map(SweepPoint::allSettings).toList().indexOf(a.get(i).allSettings());
            assertEquals(true, at > last, "grid order");
            last = at;
        }
        assertEquals(12, space.random(12, 1, 7, 100).size(), "every combination once");
    }

    @Test
    void refusesEmptyReversedAndRepeatedValues() {
        assertEquals("sweep setting 'fast' has no values; give a list of at least one value or a range",
                assertThrows(IllegalArgumentException.class, () -> new SettingValues("fast", List.of())).getMessage());
        assertEquals("sweep setting 'slow' range is reversed: from 50 is after to 10",
                assertThrows(IllegalArgumentException.class, () -> SettingValues.range("slow", new BigDecimal("50"),
                        new BigDecimal("10"), BigDecimal.ONE)).getMessage());
        assertEquals("sweep setting 'slow' step must be > 0, was 0",
                assertThrows(IllegalArgumentException.class, () -> SettingValues.range("slow", BigDecimal.ONE,
                        BigDecimal.TEN, BigDecimal.ZERO)).getMessage());
        assertEquals("sweep setting 'fast' repeats a value: [5, 5]",
                assertThrows(IllegalArgumentException.class, () -> new SettingValues("fast", List.of("5", "5")))
                        .getMessage());
    }

    @Test
    void refusesMoreCombinationsThanMaxRunsBeforeMakingAnyPoint() {
        SettingValues big = SettingValues.range("slow", BigDecimal.ONE, new BigDecimal("1000000"), BigDecimal.ONE);
        SettingValues fast = SettingValues.range("fast", BigDecimal.ONE, new BigDecimal("1000000"), BigDecimal.ONE);
        SweepSpace space = new SweepSpace(List.of(big, fast), List.of());
        assertEquals(1_000_000_000_000L, space.size());
        assertEquals("the sweep grid has 1,000,000,000,000 combinations, more than the 10000 allowed; narrow the ranges,"
                        + " sample with mode: random, or raise --max-runs",
                assertThrows(IllegalArgumentException.class, () -> space.grid(1, 10_000)).getMessage());
        assertEquals(3, space.random(3, 5, 1, 10_000).size(), "sampling a huge grid is fine");
    }

    @Test
    void refusesASettingGivenTwiceAndAModelSettingWithoutKind() {
        assertEquals("sweep setting 'fast' is given twice", assertThrows(IllegalArgumentException.class,
                () -> new SweepSpace(List.of(FAST, FAST), List.of())).getMessage());
        assertEquals("sweep model setting must be kind.setting (such as slippage.bps), was 'bps'",
                assertThrows(IllegalArgumentException.class, () -> new SweepSpace(List.of(),
                        List.of(new SettingValues("bps", List.of("1"))))).getMessage());
    }
}
