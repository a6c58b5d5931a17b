package dev.parallax.parity;

import static dev.parallax.parity.Trades.backtest;
import static dev.parallax.parity.Trades.live;
import static dev.parallax.parity.Trades.noonUtc;
import static dev.parallax.parity.Trades.recordTenTradesWithTrackingError;
import static dev.parallax.parity.Trades.recordWithDifference;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import dev.parallax.alert.Alert;
import dev.parallax.alert.AlertKind;
import dev.parallax.alert.AlertLogFileSink;
import dev.parallax.alert.AlertSeverity;
import dev.parallax.alert.AlertSink;
import dev.parallax.alert.Slf4jAlertSink;
import dev.parallax.parity.state.DisableState;
import dev.parallax.parity.state.DisableStateStore;
import dev.parallax.sim.api.Side;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentCaptor;
import org.slf4j.Logger;

class ParityTrackerStatusTest {

    private static final LocalDate DAY = LocalDate.of(2024, 3, 1);
    private static final Instant NOW = Instant.parse("2024-03-01T18:00:00Z");

    @TempDir
    Path dir;

    private AlertSink sink;
    private Logger alertLogger;
    private ParityTrackerRegistry registry;
    private ParityTracker tracker;

    @BeforeEach
    void createTracker() {
        sink = mock(AlertSink.class);
        alertLogger = mock(Logger.class);
        registry = new ParityTrackerRegistry(settings(), Clock.fixed(NOW, ZoneOffset.UTC),
                List.of(sink, new Slf4jAlertSink(alertLogger)));
        tracker = registry.tracker("mean-reversion");
    }

    private ParitySettings settings() {
        return ParitySettings.builder().dataFolder(dir.resolve("data")).alertLogFolder(dir.resolve("logs")).build();
    }

    @Test
    void trackingErrorMovesTheStatusUpAndDownOnceTheDayHasTenTrades() {
        recordTenTradesWithTrackingError(tracker, "d1-", DAY, 10);
        assertEquals(ParityStatus.ACTIVE, tracker.status());

        recordTenTradesWithTrackingError(tracker, "d2-", DAY.plusDays(1), 25);
        assertEquals(25.0, tracker.dailyReport(DAY.plusDays(1)).trackingErrorBps(), 1e-9);
        assertEquals(ParityStatus.WARNING, tracker.status());

        recordTenTradesWithTrackingError(tracker, "d3-", DAY.plusDays(2), 60);
        assertEquals(ParityStatus.CRITICAL, tracker.status());

        // Early on a new day the tracking error is not judged yet: the status stays CRITICAL.
        recordWithDifference(tracker, "d4-early", noonUtc(DAY.plusDays(3)).minusSeconds(60), 1.0);
        assertEquals(ParityStatus.CRITICAL, tracker.status());
        recordTenTradesWithTrackingError(tracker, "d4-", DAY.plusDays(3), 5);
        assertEquals(ParityStatus.ACTIVE, tracker.status());

        List<String> changes = alerts().stream().map(Alert::message)
                .map(m -> m.substring(0, m.indexOf(':'))).collect(Collectors.toList());
        assertEquals(List.of("ACTIVE -> WARNING", "WARNING -> CRITICAL", "CRITICAL -> ACTIVE"), changes);
        assertEquals(List.of(AlertSeverity.WARNING, AlertSeverity.CRITICAL, AlertSeverity.INFO),
                alerts().stream().map(Alert::severity).collect(Collectors.toList()));
    }

    @Test
    void fewerThanTenTradesNeverEscalateHoweverLargeTheTrackingError() {
        double d = 150;
        for (int i = 0; i < 9; i++) {
            recordWithDifference(tracker, "t" + i, noonUtc(DAY).plusSeconds(i), i % 2 == 0 ? d : -d);
        }
        assertTrue(tracker.dailyReport(DAY).trackingErrorBps() > 100);
        assertEquals(ParityStatus.ACTIVE, tracker.status());
    }

    @Test
    void trackingErrorAtTheDisableLevelDisables() throws IOException {
        // 101 rather than 100: sd of the ten differences is 100 only up to rounding
        recordTenTradesWithTrackingError(tracker, "t", DAY, 101);
        assertDisabledBy(DisableTrigger.TRACKING_ERROR);
    }

    @Test
    void slippageAboveThirtyBpsDisables() throws IOException {
        // live 100 * 1.0035, slippage 0.0035: R = 100, slippage component 35 bps > 30
        tracker.recordBacktest(backtest("s", Side.BUY, 1, 100, noonUtc(DAY), 0));
        tracker.recordLive(live("s", 100 * 1.0035, noonUtc(DAY), 0, 35, 100));
        assertEquals(35.0, tracker.dailyReport(DAY).attribution().slippageBps(), 1e-9);
        assertDisabledBy(DisableTrigger.SLIPPAGE);
    }

    @Test
    void slippageOfExactlyThirtyBpsDoesNotDisable() {
        tracker.recordBacktest(backtest("s", Side.BUY, 1, 10_000, noonUtc(DAY), 0));
        tracker.recordLive(live("s", 10_030, noonUtc(DAY), 0, 30, 100));
        assertEquals(30.0, tracker.dailyReport(DAY).attribution().slippageBps(), 1e-9);
        assertEquals(ParityStatus.ACTIVE, tracker.status());
    }

    @Test
    void feeImpactAboveFifteenBpsDisables() throws IOException {
        // fee difference 0.16 on notional 100: 16 bps > 15
        tracker.recordBacktest(backtest("f", Side.BUY, 1, 100, noonUtc(DAY), 0));
        tracker.recordLive(live("f", 100, noonUtc(DAY), 0.16, 0, 100));
        assertDisabledBy(DisableTrigger.FEE_IMPACT);
    }

    @Test
    void timingImpactAboveTenBpsDisables() throws IOException {
        // live 100 ms later with 100 ms latency (w = 1), 12 bps drift, no slippage: timing 12 bps > 10
        tracker.recordBacktest(backtest("m", Side.BUY, 1, 100, noonUtc(DAY), 0));
        tracker.recordLive(live("m", 100.12, noonUtc(DAY).plusMillis(100), 0, 0, 100));
        assertEquals(12.0, tracker.dailyReport(DAY).attribution().timingBps(), 1e-9);
        assertDisabledBy(DisableTrigger.TIMING_IMPACT);
    }

    @Test
    void meanLatencyAboveOneSecondDisables() throws IOException {
        tracker.recordBacktest(backtest("l", Side.BUY, 1, 100, noonUtc(DAY), 0));
        tracker.recordLive(live("l", 100, noonUtc(DAY), 0, 0, 1_500));
        assertDisabledBy(DisableTrigger.LATENCY);
    }

    @Test
    void cumulativeDriftAboveTwoHundredBpsOverSevenDaysDisables() throws IOException {
        // 29 bps of market impact a day: 6 days = 174 (ACTIVE), 7 days = 203 > 200
        for (int day = 0; day < 6; day++) {
            recordWithDifference(tracker, "d" + day, noonUtc(DAY.plusDays(day)), 29);
        }
        assertEquals(174.0, tracker.dailyReport(DAY.plusDays(5)).cumulativeDriftBps(), 1e-9);
        assertEquals(ParityStatus.ACTIVE, tracker.status());
        recordWithDifference(tracker, "d6", noonUtc(DAY.plusDays(6)), 29);
        assertEquals(203.0, tracker.dailyReport(DAY.plusDays(6)).cumulativeDriftBps(), 1e-9);
        assertDisabledBy(DisableTrigger.CUMULATIVE_DRIFT);
    }

    @Test
    void driftOlderThanTheWindowIsForgotten() {
        for (int day = 0; day < 8; day += 7) {
            recordWithDifference(tracker, "d" + day, noonUtc(DAY.plusDays(day)), 29);
        }
        // day 0 and day 7 are 8 calendar days apart: the window ending on day 7 holds day 1..7
        assertEquals(29.0, tracker.dailyReport(DAY.plusDays(7)).cumulativeDriftBps(), 1e-9);
    }

    @Test
    void aDisabledTrackerKeepsRecordingButStaysDisabledAndAlertsOnce() {
        tracker.recordBacktest(backtest("l", Side.BUY, 1, 100, noonUtc(DAY), 0));
        tracker.recordLive(live("l", 100, noonUtc(DAY), 0, 0, 1_500));
        tracker.recordBacktest(backtest("l2", Side.BUY, 1, 100, noonUtc(DAY), 0));
        tracker.recordLive(live("l2", 100, noonUtc(DAY), 0, 0, 2_500));
        assertEquals(2, tracker.completedTrades());
        assertEquals(ParityStatus.DISABLED, tracker.status());
        assertEquals(1, alerts().stream().filter(a -> a.kind() == AlertKind.DISABLED).count());
    }

    @Test
    void aHandoffGetsTheAlertsBeforeTheDisableIsSavedAndNoSinkHearsOfThem() {
        DisableStateStore saved = new DisableStateStore(dir.resolve("data"));
        tracker.recordBacktest(backtest("l", Side.BUY, 1, 100, noonUtc(DAY), 0));
        List<Alert> handed = new ArrayList<>();

        Optional<TradeComparison> completed = tracker.recordLive(live("l", 100, noonUtc(DAY), 0, 0, 1_500), alerts -> {
            handed.addAll(alerts);
            assertEquals(ParityStatus.DISABLED, tracker.status(), "judged before the handoff");
            assertTrue(saved.load(StrategyName.of("mean-reversion")).isEmpty(), "not saved before the handoff");
        });

        assertTrue(completed.isPresent());
        assertEquals(List.of(AlertKind.DISABLED), handed.stream().map(Alert::kind).toList());
        assertTrue(saved.load(StrategyName.of("mean-reversion")).orElseThrow().disabled(), "saved after it");
        verify(sink, never()).send(any());
    }

    @Test
    void aDisableIsSavedEvenWhenTheHandoffFails() {
        tracker.recordBacktest(backtest("l", Side.BUY, 1, 100, noonUtc(DAY), 0));

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> tracker.recordLive(
                live("l", 100, noonUtc(DAY), 0, 0, 1_500), alerts -> {
                    throw new IllegalStateException("disk full");
                }));

        assertEquals("disk full", e.getMessage());
        assertTrue(new DisableStateStore(dir.resolve("data")).load(StrategyName.of("mean-reversion")).orElseThrow()
                .disabled());
    }

    @Test
    void resetReEnablesAndIsRecordedInTheStateFileAndTheAlertLog() throws IOException {
        tracker.recordBacktest(backtest("l", Side.BUY, 1, 100, noonUtc(DAY), 0));
        tracker.recordLive(live("l", 100, noonUtc(DAY), 0, 0, 1_500));
        assertEquals(ParityStatus.DISABLED, tracker.status());

        tracker.reset("alice", "exchange latency incident resolved");

        assertEquals(ParityStatus.ACTIVE, tracker.status());
        assertEquals("", tracker.disableReason());
        DisableState state = new DisableStateStore(dir.resolve("data")).load(StrategyName.of("mean-reversion"))
                .orElseThrow();
        assertEquals(new DisableState("mean-reversion", false, "exchange latency incident resolved", "alice", NOW,
                Optional.of(DAY), java.util.OptionalLong.of(1)), state);
        List<String> log = Files.readAllLines(dir.resolve("logs").resolve(AlertLogFileSink.FILE_NAME));
        assertEquals(2, log.size());
        assertTrue(log.get(1).contains("\"kind\":\"RESET\""), log.get(1));
        assertTrue(log.get(1).contains("\"operator\":\"alice\""), log.get(1));
        Alert reset = alerts().get(alerts().size() - 1);
        assertEquals(AlertKind.RESET, reset.kind());
        assertEquals("alice", reset.operator());
    }

    @Test
    void resettingAStrategyThatIsNotDisabledIsRefused() {
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> tracker.reset("alice", "why not"));
        assertEquals("strategy mean-reversion is ACTIVE, not DISABLED; there is nothing to reset", e.getMessage());
    }

    @Test
    void aSinkThatFailsDoesNotStopTheDisableOrTheOtherSinks() throws IOException {
        AlertSink broken = mock(AlertSink.class);
        org.mockito.Mockito.doThrow(new IllegalStateException("webhook down")).when(broken).send(any());
        org.mockito.Mockito.when(broken.name()).thenReturn("broken");
        ParityTracker other = new ParityTrackerRegistry(settings(), Clock.fixed(NOW, ZoneOffset.UTC),
                List.of(broken, sink)).tracker("other");
        other.recordBacktest(backtest("l", Side.BUY, 1, 100, noonUtc(DAY), 0));
        other.recordLive(live("l", 100, noonUtc(DAY), 0, 0, 1_500));
        assertEquals(ParityStatus.DISABLED, other.status());
        verify(sink).send(any());
        assertTrue(Files.exists(registry.stateFile("other")));
    }

    private void assertDisabledBy(DisableTrigger trigger) throws IOException {
        assertEquals(ParityStatus.DISABLED, tracker.status());
        assertTrue(tracker.isDisabled());
        assertTrue(tracker.disableReason().contains("DISABLE " + trigger), tracker.disableReason());
        // saved atomically, no temporary file left behind; beside it the limits the tracker ran under
        DisableState state = new DisableStateStore(dir.resolve("data")).load(StrategyName.of("mean-reversion"))
                .orElseThrow();
        assertTrue(state.disabled());
        assertEquals(tracker.disableReason(), state.reason());
        assertEquals(DisableState.AUTOMATIC, state.changedBy());
        assertEquals(NOW, state.changedAt());
        try (var files = Files.list(dir.resolve("data"))) {
            assertEquals(java.util.Set.of(registry.stateFile("mean-reversion"), registry.limitsFile("mean-reversion")),
                    files.collect(Collectors.toSet()));
        }
        // appended to the alert log
        List<String> log = Files.readAllLines(dir.resolve("logs").resolve(AlertLogFileSink.FILE_NAME));
        assertEquals(1, log.size());
        assertTrue(log.get(0).contains("\"kind\":\"DISABLED\"") && log.get(0).contains("\"severity\":\"CRITICAL\"")
                && log.get(0).contains("DISABLE " + trigger), log.get(0));
        // sent to every sink
        Alert alert = alerts().stream().filter(a -> a.kind() == AlertKind.DISABLED).findFirst().orElseThrow();
        assertEquals(AlertSeverity.CRITICAL, alert.severity());
        assertEquals("mean-reversion", alert.strategy());
        // a CRITICAL line logged: ERROR with the CRITICAL marker
        verify(alertLogger, atLeastOnce()).error(eq(Slf4jAlertSink.CRITICAL), anyString(),
                eq(AlertSeverity.CRITICAL), eq("parity"), eq(AlertKind.DISABLED), eq("mean-reversion"), anyString(),
                anyString());
    }

    private List<Alert> alerts() {
        ArgumentCaptor<Alert> captor = ArgumentCaptor.forClass(Alert.class);
        verify(sink, atLeastOnce()).send(captor.capture());
        return captor.getAllValues();
    }
}
