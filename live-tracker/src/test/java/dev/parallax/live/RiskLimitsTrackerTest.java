package dev.parallax.live;

import static dev.parallax.live.LiveExecutionTrackerTest.at;
import static dev.parallax.live.Trackers.buy;
import static dev.parallax.live.Trackers.exit;
import static dev.parallax.live.Trackers.mark;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.after;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.parallax.alert.Alert;
import dev.parallax.alert.AlertKind;
import dev.parallax.alert.AlertSeverity;
import dev.parallax.alert.AlertSink;
import dev.parallax.alert.AlertSource;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentCaptor;

class RiskLimitsTrackerTest {

    private static final LocalDate DAY = LocalDate.of(2024, 3, 4);

    @TempDir
    Path dir;

    private final TestClock clock = new TestClock(Instant.parse("2024-03-04T12:00:00Z"));
    private AlertSink sink;
    private LiveExecutionTracker tracker;

    @BeforeEach
    void openTracker() {
        sink = mock(AlertSink.class);
        when(sink.name()).thenReturn("test");
        tracker = Trackers.open(Trackers.settings(dir), clock, sink);
    }

    @AfterEach
    void closeTracker() {
        tracker.close();
    }

    /** Buys 10 at 100 and marks at 49: a 510 loss on a 10,000 day, beyond the 5% limit of 500. */
    private void loseMoreThanTheDailyLimit() {
        tracker.recordEntry(buy("T1", 10, 100, 0, at("2024-03-04T09:00:00Z")));
        tracker.mark(mark(49, at("2024-03-04T10:00:00Z")));
    }

    @Test
    void aLossBeyondTheDailyLimitTripsTheBreakerAndSendsACriticalAlert() {
        tracker.recordEntry(buy("T1", 10, 100, 0, at("2024-03-04T09:00:00Z")));
        tracker.mark(mark(51, at("2024-03-04T09:30:00Z")));
        assertFalse(tracker.breaker().tripped(), "a 490 loss is inside the 500 limit");

        tracker.mark(mark(49, at("2024-03-04T10:00:00Z")));

        BreakerState breaker = tracker.breaker();
        assertTrue(breaker.tripped());
        assertEquals(DAY, breaker.trippedDay().orElseThrow());
        assertTrue(breaker.reason().contains("lost 510.00"), breaker.reason());
        RiskEvent trip = tracker.riskEvents().get(0);
        assertEquals(RiskEventKind.DAILY_LOSS_LIMIT, trip.kind());
        assertEquals(at("2024-03-04T10:00:00Z"), trip.time());
        Alert alert = onlyAlert();
        assertEquals(AlertKind.DAILY_LOSS_BREAKER_TRIPPED, alert.kind());
        assertEquals(AlertSource.RISK, alert.source(), "a breaker trip is a risk alert, never a parity disable");
        assertEquals(AlertSeverity.CRITICAL, alert.severity());
        assertEquals(Trackers.STRATEGY, alert.strategy());
        assertTrue(alert.message().startsWith("daily loss limit reached on 2024-03-04"), alert.message());
    }

    @Test
    void aLossOfExactlyTheDailyLimitTripsTheBreaker() {
        tracker.close();
        tracker = Trackers.open(Trackers.settings(dir).toBuilder().limits(new RiskLimits(0.07, 0.5)).build(), clock,
                sink);
        tracker.recordEntry(buy("T1", 100, 100, 0, at("2024-03-04T09:00:00Z")));
        tracker.mark(mark(93.01, at("2024-03-04T09:30:00Z")));
        assertFalse(tracker.breaker().tripped(), "a 699 loss is inside the 700 limit");

        tracker.mark(mark(93, at("2024-03-04T10:00:00Z")));     // 100 * (93 - 100): 700 of 10,000 is 7%

        assertTrue(tracker.breaker().tripped(), "the loss reached the limit");
    }

    @Test
    void aDrawdownOfExactlyTheMaximumRaisesTheAlert() {
        tracker.close();
        tracker = Trackers.open(Trackers.settings(dir).toBuilder().limits(new RiskLimits(0.5, 0.10)).build(), clock,
                sink);
        tracker.recordEntry(buy("T1", 100, 100, 0, at("2024-03-04T09:00:00Z")));
        tracker.mark(mark(90, at("2024-03-04T10:00:00Z")));     // 9,000 of a 10,000 peak: 10% down

        assertEquals(0.10, tracker.account().drawdown());
        assertEquals(List.of(RiskEventKind.DRAWDOWN_ALERT), tracker.riskEvents().stream().map(RiskEvent::kind).toList());
    }

    @Test
    void aTrippedBreakerRefusesNewEntriesWithTheReasonAndRecordsNothing() {
        loseMoreThanTheDailyLimit();
        long events = tracker.eventCount();

        EntryRefusedException refused = assertThrows(EntryRefusedException.class,
                () -> tracker.recordEntry(buy("T2", 1, 49, 0, at("2024-03-04T11:00:00Z"))));

        assertTrue(refused.getMessage().contains("entry 'T2' refused"), refused.getMessage());
        assertTrue(refused.getMessage().contains("daily loss limit"), refused.getMessage());
        assertTrue(refused.getMessage().contains("next trading day"), refused.getMessage());
        assertEquals(events, tracker.eventCount());
        assertTrue(tracker.trade("T2").isEmpty());
        assertFalse(tracker.canEnter());
        assertTrue(tracker.entryRefusal().orElseThrow().contains("2024-03-04"));
    }

    @Test
    void exitsAndMarksAreStillRecordedWhileTheBreakerIsTripped() {
        loseMoreThanTheDailyLimit();

        tracker.mark(mark(48, at("2024-03-04T10:30:00Z")));
        tracker.recordExit(exit("T1", 10, 48, 0, at("2024-03-04T11:00:00Z")));

        assertTrue(tracker.trade("T1").orElseThrow().closed());
        assertEquals(1, tracker.riskEvents().size(), "the breaker trips once a day");
    }

    @Test
    void theNextTradingDayAcceptsEntriesAgainWithoutAReset() {
        loseMoreThanTheDailyLimit();
        clock.set(at("2024-03-05T08:00:00Z"));
        assertTrue(tracker.canEnter(), "by the clock it is a new day");

        tracker.recordEntry(buy("T2", 1, 49, 0, at("2024-03-05T08:00:00Z")));

        assertFalse(tracker.breaker().tripped());
        assertEquals(LocalDate.of(2024, 3, 5), tracker.breaker().tradingDay().orElseThrow());
        assertEquals(tracker.dailySummary(DAY).orElseThrow().endingEquity(), tracker.breaker().dayStartEquity(),
                "the new day starts from the equity the old one ended with");
    }

    @Test
    void anExplicitResetAllowsEntriesTodayIsRecordedAndAlerted() {
        loseMoreThanTheDailyLimit();

        tracker.resetCircuitBreaker("alice", "position reviewed");
        tracker.recordEntry(buy("T2", 1, 49, 0, at("2024-03-04T12:00:00Z")));

        assertFalse(tracker.breaker().tripped());
        assertEquals(9_490, tracker.breaker().dayStartEquity(), 1e-9, "the day's loss is measured from the reset");
        RiskEvent reset = tracker.riskEvents().get(1);
        assertEquals(RiskEventKind.BREAKER_RESET, reset.kind());
        assertEquals("alice", reset.operator());
        ArgumentCaptor<Alert> alerts = ArgumentCaptor.forClass(Alert.class);
        verify(sink, timeout(5_000).times(2)).send(alerts.capture());
        Alert alert = alerts.getAllValues().get(1);
        assertEquals(AlertKind.BREAKER_RESET, alert.kind());
        assertEquals(AlertSource.RISK, alert.source());
        assertEquals("alice", alert.operator());
        assertTrue(alert.message().contains("position reviewed"));
    }

    @Test
    void afterAResetAFurtherFullDailyLossTripsTheBreakerAgain() {
        loseMoreThanTheDailyLimit();
        tracker.resetCircuitBreaker("alice", "reviewed");

        // equity 9,490 at the reset; 5% of it is 474.5: a mark at 2 loses 470, a mark at 1.5 loses 475
        tracker.mark(mark(2, at("2024-03-04T12:00:00Z")));
        assertFalse(tracker.breaker().tripped());
        tracker.mark(mark(1.5, at("2024-03-04T12:00:00Z")));

        assertTrue(tracker.breaker().tripped());
        assertEquals(List.of(RiskEventKind.DAILY_LOSS_LIMIT, RiskEventKind.BREAKER_RESET, RiskEventKind.DAILY_LOSS_LIMIT),
                tracker.riskEvents().stream().map(RiskEvent::kind).toList());
    }

    @Test
    void resettingABreakerThatIsNotTrippedIsAnError() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> tracker.resetCircuitBreaker("alice", "just in case"));
        assertTrue(e.getMessage().contains("not tripped"));
        assertThrows(IllegalArgumentException.class, () -> tracker.resetCircuitBreaker(" ", "x"));
        assertTrue(tracker.riskEvents().isEmpty());
    }

    @Test
    void aDrawdownBeyondTheMaximumRaisesOneAlertUntilEquityMakesANewPeak() {
        tracker.close();
        tracker = Trackers.open(
                Trackers.settings(dir).toBuilder().limits(new RiskLimits(0.5, RiskLimits.DEFAULTS.maxDrawdown())).build(),
                clock, sink);
        tracker.recordEntry(buy("T1", 100, 100, 0, at("2024-03-04T09:00:00Z")));
        tracker.mark(mark(110, at("2024-03-04T09:10:00Z")));   // equity 11,000: the peak
        tracker.mark(mark(97, at("2024-03-04T09:20:00Z")));    // 9,700: 11.8% down, inside 12%
        assertTrue(tracker.riskEvents().isEmpty());

        tracker.mark(mark(96.5, at("2024-03-04T09:30:00Z")));  // 9,650: 12.27% down
        tracker.mark(mark(96, at("2024-03-04T09:40:00Z")));    // deeper, same drawdown: no second alert
        assertEquals(1, tracker.riskEvents().size());
        assertEquals(RiskEventKind.DRAWDOWN_ALERT, tracker.riskEvents().get(0).kind());
        assertTrue(tracker.canEnter(), "a drawdown alert does not stop entries");

        tracker.mark(mark(112, at("2024-03-04T09:50:00Z")));   // new peak 11,200 re-arms the alert
        tracker.mark(mark(98, at("2024-03-04T10:00:00Z")));    // 9,800: 12.5% down
        assertEquals(2, tracker.riskEvents().size());
        assertEquals(0.125, tracker.account().drawdown(), 1e-12);
        ArgumentCaptor<Alert> alerts = ArgumentCaptor.forClass(Alert.class);
        verify(sink, timeout(5_000).times(2)).send(alerts.capture());
        assertEquals(AlertKind.DRAWDOWN_LIMIT_CROSSED, alerts.getValue().kind());
        assertEquals(AlertSeverity.WARNING, alerts.getValue().severity());
        assertTrue(alerts.getValue().message().contains("maximum drawdown reached"));
    }

    @Test
    void aTrippedBreakerIsStillTrippedAfterARestartAndIsNotAlertedAgain() {
        loseMoreThanTheDailyLimit();
        List<RiskEvent> events = tracker.riskEvents();
        tracker.close();
        AlertSink after = mock(AlertSink.class);

        tracker = Trackers.open(Trackers.settings(dir), clock, after);

        assertTrue(tracker.breaker().tripped());
        assertEquals(events, tracker.riskEvents());
        assertThrows(EntryRefusedException.class,
                () -> tracker.recordEntry(buy("T2", 1, 49, 0, at("2024-03-04T11:00:00Z"))));
        verify(after, after(300).never()).send(any());
    }

    @Test
    void aFailingAlertSinkDoesNotKeepTheAlertFromTheOthers() {
        tracker.close();
        AlertSink broken = mock(AlertSink.class);
        when(broken.name()).thenReturn("broken");
        doThrow(new IllegalStateException("webhook down")).when(broken).send(any());
        tracker = Trackers.open(Trackers.settings(dir), clock, broken, sink);

        loseMoreThanTheDailyLimit();

        verify(sink, timeout(5_000)).send(any());
        assertTrue(tracker.breaker().tripped());
    }

    private Alert onlyAlert() {
        ArgumentCaptor<Alert> alerts = ArgumentCaptor.forClass(Alert.class);
        verify(sink, timeout(5_000)).send(alerts.capture());
        return alerts.getValue();
    }
}
