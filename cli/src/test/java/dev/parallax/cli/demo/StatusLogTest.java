package dev.parallax.cli.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.parity.ParityLimits;
import dev.parallax.parity.ParitySettings;
import dev.parallax.parity.ParityStatus;
import dev.parallax.parity.ParityThresholds;
import dev.parallax.parity.ParityTracker;
import dev.parallax.parity.ParityTrackerRegistry;
import dev.parallax.sim.api.Fill;
import dev.parallax.sim.api.FillType;
import dev.parallax.sim.api.Side;
import dev.parallax.sim.api.data.Bar;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatusLogTest {

    private static final long T0 = 1_385_337_600_000_000_000L; // 2013-11-25T00:00Z
    private static final long HOUR = 3_600_000_000_000L;

    @TempDir
    Path dir;

    private static Bar bar(long timeNanos) {
        return new Bar("BTC/USD", timeNanos, 100, 100, 100, 100, 1);
    }

    private static Fill buy(long timeNanos, double fee) {
        return new Fill("o-1", "BTC/USD", Side.BUY, 100, 1, fee, FillType.TAKER, 0, 0, timeNanos, false);
    }

    @Test
    void writesEachStatusChangeOnceAndKeepsTheLastStatusOfEachUtcDay() {
        // fee impact above 1 bps disables: the live fill pays 1.00 where the backtest paid 0.10 on 100 of notional
        ParityTrackerRegistry registry = new ParityTrackerRegistry(ParitySettings.builder().dataFolder(dir)
                .alertLogFolder(dir).limits(new ParityLimits(ZoneOffset.UTC,
                        new ParityThresholds(8, 15, 40, 60, 1, 40, 5_000, 150, 5), 7, 30)).build(),
                Clock.systemUTC(), List.of());
        ParityTracker parity = registry.tracker("status-log");
        List<String> lines = new ArrayList<>();
        StatusLog log = new StatusLog(parity, lines::add);

        log.afterEvent(bar(T0 + HOUR), null);
        parity.recordBacktest(buy(T0 + 23 * HOUR, 0.10));
        parity.recordLive(buy(T0 + 23 * HOUR, 1.00));
        log.afterEvent(bar(T0 + 23 * HOUR), null);
        log.afterEvent(bar(T0 + 25 * HOUR), null);

        assertEquals(ParityStatus.DISABLED, parity.status());
        assertEquals(2, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith("2013-11-25T23:00:00Z  parity status ACTIVE -> DISABLED  ("), lines.get(0));
        assertTrue(lines.get(0).contains("FEE_IMPACT"), lines.get(0));
        assertTrue(lines.get(1).contains("orders that close one still go out"), lines.get(1));
        assertEquals(OptionalLong.of(T0 + 23 * HOUR), log.disabledAtNanos());
        assertEquals(Map.of(LocalDate.of(2013, 11, 25), ParityStatus.DISABLED,
                LocalDate.of(2013, 11, 26), ParityStatus.DISABLED), log.statusAtEndOfDay());
    }

    @Test
    void aTrackerThatNeverChangesWritesNothing() {
        ParityTrackerRegistry registry = new ParityTrackerRegistry(ParitySettings.builder().dataFolder(dir)
                .alertLogFolder(dir).build(), Clock.systemUTC(), List.of());
        List<String> lines = new ArrayList<>();
        StatusLog log = new StatusLog(registry.tracker("quiet"), lines::add);
        log.afterEvent(bar(T0), null);
        log.afterEvent(bar(T0 + 30 * HOUR), null);
        assertTrue(lines.isEmpty(), lines.toString());
        assertEquals(OptionalLong.empty(), log.disabledAtNanos());
        assertEquals(Map.of(LocalDate.of(2013, 11, 25), ParityStatus.ACTIVE,
                LocalDate.of(2013, 11, 26), ParityStatus.ACTIVE), log.statusAtEndOfDay());
    }
}
