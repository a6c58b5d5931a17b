package dev.parallax.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.slf4j.Logger;

@ExtendWith(MockitoExtension.class)
class Slf4jAlertSinkTest {

    private static final String LINE = "{} {} alert {} for strategy {}: {} (alert id {})";

    @Mock
    Logger logger;

    private static Alert alert(AlertKind kind, AlertSeverity severity) {
        return new Alert("id-1", kind, "grid", severity, "what happened", "", Instant.EPOCH);
    }

    @Test
    void theLoggerKeepsTheNameThatLoggingConfigurationsAlreadyRoute() {
        assertEquals("dev.parallax.parity.alerts", Slf4jAlertSink.LOGGER_NAME);
    }

    @Test
    void aCriticalAlertIsLoggedAsErrorWithTheCriticalMarkerAndPrefix() {
        new Slf4jAlertSink(logger).send(alert(AlertKind.DISABLED, AlertSeverity.CRITICAL));
        verify(logger).error(Slf4jAlertSink.CRITICAL, LINE, AlertSeverity.CRITICAL, "parity", AlertKind.DISABLED, "grid",
                "what happened", "id-1");
        verifyNoMoreInteractions(logger);
    }

    @Test
    void aWarningAlertIsLoggedAsWarn() {
        new Slf4jAlertSink(logger).send(alert(AlertKind.RESET, AlertSeverity.WARNING));
        verify(logger).warn(LINE, AlertSeverity.WARNING, "parity", AlertKind.RESET, "grid", "what happened", "id-1");
        verifyNoMoreInteractions(logger);
    }

    @Test
    void anInfoAlertIsLoggedAsInfo() {
        new Slf4jAlertSink(logger).send(alert(AlertKind.STATUS_CHANGED, AlertSeverity.INFO));
        verify(logger).info(LINE, AlertSeverity.INFO, "parity", AlertKind.STATUS_CHANGED, "grid", "what happened",
                "id-1");
        verifyNoMoreInteractions(logger);
    }

    @Test
    void aBreakerTripIsLoggedAsACriticalRiskAlert() {
        new Slf4jAlertSink(logger).send(alert(AlertKind.DAILY_LOSS_BREAKER_TRIPPED, AlertSeverity.CRITICAL));
        verify(logger).error(Slf4jAlertSink.CRITICAL, LINE, AlertSeverity.CRITICAL, "risk",
                AlertKind.DAILY_LOSS_BREAKER_TRIPPED, "grid", "what happened", "id-1");
        verifyNoMoreInteractions(logger);
    }
}
