package dev.parallax.parity;

import static dev.parallax.parity.SameParity.DAY;
import static dev.parallax.parity.SameParity.assertSameParity;
import static dev.parallax.parity.SameParity.backtests;
import static dev.parallax.parity.SameParity.livesOf;
import static dev.parallax.parity.Trades.backtest;
import static dev.parallax.parity.Trades.live;
import static dev.parallax.parity.Trades.noonUtc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.parity.state.DisableState;
import dev.parallax.parity.state.DisableStateStore;
import dev.parallax.sim.api.Fill;
import dev.parallax.sim.api.Side;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A parity tracker's saved state ({@link ParityTracker#saveState()}) restored into a new tracker,
 * and the replay of live executions at start-up ({@link ParityTracker#replayLive}).
 */
class ParityTrackerSavedStateTest {

    private static final Instant NOW = Instant.parse("2024-03-10T18:00:00Z");
    private static final String STRATEGY = "grid";

    @TempDir
    Path dir;

    private ParityTracker tracker(String folder) {
        return tracker(folder, ParitySettings.DEFAULTS);
    }

    private ParityTracker tracker(String folder, ParitySettings base) {
        ParitySettings settings = base.toBuilder().dataFolder(dir.resolve(folder)).alertLogFolder(dir.resolve("logs"))
                .build();
        return ParityTrackerRegistry.withSinks(settings, Clock.fixed(NOW, ZoneOffset.UTC), List.of())
                .tracker(STRATEGY);
    }

    @Test
    void aRestoredTrackerFedTheRestEqualsOneFedEverything() {
        for (long seed = 1; seed <= 20; seed++) {
            List<Fill> backtests = backtests(seed, 60);
            SplittableRandom random = new SplittableRandom(seed * 31);
            List<Fill> lives = livesOf(backtests, random);
            int cut = random.nextInt(lives.size() + 1);
            ParityTracker full = tracker("full-" + seed);
            ParityTracker first = tracker("part-" + seed);
            backtests.forEach(full::recordBacktest);
            backtests.forEach(first::recordBacktest);
            lives.forEach(full::replayLive);
            lives.subList(0, cut).forEach(first::replayLive);

            ParityTracker second = tracker("part-" + seed);
            backtests.forEach(second::recordBacktest);
            second.restoreState(first.saveState());
            lives.subList(cut, lives.size()).forEach(second::replayLive);

            assertSameParity(full, second, 60);
        }
    }

    @Test
    void theSavedStateIsIdenticalWhateverTheOrderTheBacktestWasRecordedIn() {
        List<Fill> backtests = backtests(7, 20);
        ParityTracker a = tracker("a");
        backtests.forEach(a::recordBacktest);
        a.recordLive(live("t3", backtests.get(3).side(), 100.5, noonUtc(DAY), 0, 0, 10));
        ParityTracker b = tracker("b");
        for (int i = backtests.size() - 1; i >= 0; i--) {
            b.recordBacktest(backtests.get(i));
        }
        b.restoreState(a.saveState());
        assertSameParity(a, b, 60);
    }

    @Test
    void aStateBuiltFromOtherBacktestExecutionsIsRefusedAndNothingChanges() {
        ParityTracker saved = tracker("saved");
        backtests(3, 10).forEach(saved::recordBacktest);
        byte[] state = saved.saveState();

        ParityTracker fewer = tracker("fewer");
        backtests(3, 9).forEach(fewer::recordBacktest);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> fewer.restoreState(state));
        assertTrue(e.getMessage().contains("built from 10 backtest executions and returns, the tracker holds 9"),
                e.getMessage());

        ParityTracker other = tracker("other");
        backtests(4, 10).forEach(other::recordBacktest);
        assertThrows(IllegalArgumentException.class, () -> other.restoreState(state));
        assertEquals(10, other.unmatched().backtestOnlyCount());

        ParityTracker withReturn = tracker("returns");
        backtests(3, 10).forEach(withReturn::recordBacktest);
        withReturn.recordBacktestReturn(DAY, 0.01);
        assertThrows(IllegalArgumentException.class, () -> withReturn.restoreState(state));
    }

    @Test
    void aTrackerHoldingLiveExecutionsRefusesAState() {
        ParityTracker saved = tracker("saved");
        byte[] state = saved.saveState();
        ParityTracker busy = tracker("busy");
        busy.recordLive(live("x", 100, noonUtc(DAY), 0, 0, 1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> busy.restoreState(state));
        assertTrue(e.getMessage().contains("already holds live executions"), e.getMessage());
        assertEquals(List.of("x"), busy.unmatched().liveOnly());
    }

    @Test
    void corruptTruncatedOrOtherLimitsStatesAreRefusedWithoutChangingTheTracker() {
        ParityTracker saved = tracker("saved");
        saved.recordLive(live("x", 100, noonUtc(DAY), 0, 0, 1));
        byte[] state = saved.saveState();

        byte[] flipped = state.clone();
        flipped[state.length / 2] ^= 0x10;
        assertRefused(flipped, "checksum");
        assertRefused(java.util.Arrays.copyOf(state, state.length - 9), "");
        byte[] otherFormat = state.clone();
        otherFormat[7] = 9;
        assertRefused(otherFormat, "format 9");

        ParityTracker otherLimits = tracker("limits", ParitySettings.builder().windows(3, 30).build());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> otherLimits.restoreState(state));
        assertTrue(e.getMessage().contains("judged by the limits"), e.getMessage());
        assertEquals(UnmatchedTrades.NONE, otherLimits.unmatched());
    }

    private void assertRefused(byte[] state, String says) {
        ParityTracker fresh = tracker("fresh-" + says.length() + "-" + state.length);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> fresh.restoreState(state));
        assertTrue(e.getMessage().contains(says), e.getMessage());
        assertEquals(UnmatchedTrades.NONE, fresh.unmatched());
        assertEquals(ParityStatus.ACTIVE, fresh.status());
    }

    /** One trade 300 bps worse live: its day's drift passes the 200 bps limit and disables the strategy. */
    private static void recordDisablingTrade(ParityTracker tracker) {
        tracker.recordBacktest(backtest("bad", Side.BUY, 1, 100, noonUtc(DAY), 0));
    }

    private static Fill disablingLive() {
        return live("bad", 103, noonUtc(DAY), 0, 0, 10);
    }

    @Test
    void replayingTheDayAnOperatorResetDoesNotDisableTheStrategyAgain() {
        ParityTracker first = tracker("data");
        recordDisablingTrade(first);
        first.recordLive(disablingLive());
        assertTrue(first.isDisabled());
        first.reset("ana", "fees checked");

        ParityTracker reopened = tracker("data");
        recordDisablingTrade(reopened);
        reopened.replayLive(disablingLive());

        assertEquals(ParityStatus.ACTIVE, reopened.status());
        DisableState saved = new DisableStateStore(dir.resolve("data")).load(StrategyName.of(STRATEGY)).orElseThrow();
        assertFalse(saved.disabled());
        assertEquals(Optional.of(DAY), saved.day());
    }

    @Test
    void aDisableOfTheResetDayByALaterExecutionIsAppliedByTheReplayWhenItsSaveWasLost() {
        ParityTracker first = tracker("data");
        recordDisablingTrade(first);
        first.recordLive(disablingLive());
        first.reset("ana", "fees checked");
        DisableStateStore store = new DisableStateStore(dir.resolve("data"));
        DisableState afterReset = store.load(StrategyName.of(STRATEGY)).orElseThrow();
        assertEquals(java.util.OptionalLong.of(1), afterReset.liveExecutions());
        // a second bad fill of the same day disables it again; a crash then loses that save
        Fill again = backtest("again", Side.BUY, 1, 100, noonUtc(DAY).plusSeconds(60), 0);
        Fill againLive = live("again", 103, noonUtc(DAY).plusSeconds(60), 0, 0, 10);
        first.recordBacktest(again);
        first.recordLive(againLive);
        assertTrue(first.isDisabled());
        byte[] disabledAgain = first.saveState();
        store.save(afterReset);

        ParityTracker replayed = tracker("data");
        recordDisablingTrade(replayed);
        replayed.recordBacktest(again);
        replayed.replayLive(disablingLive());
        assertEquals(ParityStatus.ACTIVE, replayed.status(), "the disable the reset cleared stays cleared");
        replayed.replayLive(againLive);
        assertTrue(replayed.isDisabled(), "the disable after the reset is applied again");
        assertTrue(store.load(StrategyName.of(STRATEGY)).orElseThrow().disabled());

        store.save(afterReset);
        ParityTracker restored = tracker("data");
        recordDisablingTrade(restored);
        restored.recordBacktest(again);
        restored.restoreState(disabledAgain);
        assertTrue(restored.isDisabled(), "a saved state disabled after the reset is a new disable");
        assertTrue(store.load(StrategyName.of(STRATEGY)).orElseThrow().disabled());
    }

    @Test
    void aReplayStillDisablesADayNoResetClearedAndSavesIt() {
        ParityTracker first = tracker("data");
        recordDisablingTrade(first);
        first.recordLive(disablingLive());
        first.reset("ana", "fees checked");

        ParityTracker reopened = tracker("data");
        recordDisablingTrade(reopened);
        reopened.replayLive(disablingLive());
        reopened.recordBacktest(backtest("worse", Side.BUY, 1, 100, noonUtc(DAY.plusDays(1)), 0));
        reopened.replayLive(live("worse", 104, noonUtc(DAY.plusDays(1)), 0, 0, 10));

        assertTrue(reopened.isDisabled());
        DisableState saved = new DisableStateStore(dir.resolve("data")).load(StrategyName.of(STRATEGY)).orElseThrow();
        assertTrue(saved.disabled());
        assertEquals(Optional.of(DAY.plusDays(1)), saved.day());
    }

    @Test
    void aDisableWhoseSaveWasLostIsSavedByTheReplay() {
        ParityTracker reopened = tracker("data");
        recordDisablingTrade(reopened);
        reopened.replayLive(disablingLive());

        assertTrue(reopened.isDisabled());
        assertTrue(new DisableStateStore(dir.resolve("data")).load(StrategyName.of(STRATEGY)).orElseThrow()
                .disabled());
    }

    @Test
    void aDisabledSavedStateReopensDisabledAndIsSavedUnlessAResetClearedIt() {
        ParityTracker first = tracker("first");
        recordDisablingTrade(first);
        first.recordLive(disablingLive());
        byte[] disabled = first.saveState();

        ParityTracker lostSave = tracker("lost");
        recordDisablingTrade(lostSave);
        lostSave.restoreState(disabled);
        assertTrue(lostSave.isDisabled());
        assertEquals(first.disableReason(), lostSave.disableReason());
        assertTrue(new DisableStateStore(dir.resolve("lost")).load(StrategyName.of(STRATEGY)).orElseThrow()
                .disabled());

        first.reset("ana", "fees checked");
        ParityTracker afterReset = tracker("first");
        recordDisablingTrade(afterReset);
        afterReset.restoreState(disabled);
        assertEquals(ParityStatus.ACTIVE, afterReset.status());
    }

    @Test
    void aDisableInTheStateFileWinsOverAnActiveSavedState() {
        ParityTracker active = tracker("active");
        byte[] state = active.saveState();
        ParityTracker disabled = tracker("disabled");
        recordDisablingTrade(disabled);
        disabled.recordLive(disablingLive());

        ParityTracker reopened = tracker("disabled");
        reopened.restoreState(state);
        assertTrue(reopened.isDisabled());
        assertEquals(disabled.disableReason(), reopened.disableReason());
    }

    @Test
    void aDaysReportListsOnlyThatDaysOneSidedTradesAndDropsThemOnceMatched() {
        ParityTracker tracker = tracker("days");
        tracker.recordLive(live("b", 100, noonUtc(DAY), 0, 0, 1));
        tracker.recordLive(live("a", 100, noonUtc(DAY), 0, 0, 1));
        tracker.recordLive(live("c", 100, noonUtc(DAY.plusDays(1)), 0, 0, 1));
        tracker.recordBacktest(backtest("z", Side.BUY, 1, 100, noonUtc(DAY), 0));

        assertEquals(new UnmatchedTrades(List.of("z"), List.of("a", "b")), tracker.dailyReport(DAY).unmatched());
        assertEquals(new UnmatchedTrades(List.of(), List.of("c")), tracker.dailyReport(DAY.plusDays(1)).unmatched());

        tracker.recordBacktest(backtest("a", Side.BUY, 1, 100, noonUtc(DAY), 0));
        tracker.recordLive(live("z", 100, noonUtc(DAY), 0, 0, 1));
        assertEquals(new UnmatchedTrades(List.of(), List.of("b")), tracker.dailyReport(DAY).unmatched());
    }
}
