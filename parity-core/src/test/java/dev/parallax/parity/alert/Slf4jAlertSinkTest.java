package dev.parallax.parity.alert;

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

    private static final String LINE = "{} parity alert {} for strategy {}: {}";

    @Mock
    Logger logger;

    private static ParityAlert alert(AlertKind kind, AlertSeverity severity) {
        return new ParityAlert("grid", kind, severity, "what happened", "", Instant.EPOCH);
    }

    @Test
    void aCriticalAlertIsLoggedAsErrorWithTheCriticalMarkerAndPrefix() {
        new Slf4jAlertSink(logger).send(alert(AlertKind.DISABLED, AlertSeverity.CRITICAL));
        verify(logger).error(Slf4jAlertSink.CRITICAL, LINE, "CRITICAL", AlertKind.DISABLED, "grid", "what happened");
        verifyNoMoreInteractions(logger);
    }

    @Test
    void aWarningAlertIsLoggedAsWarn() {
        new Slf4jAlertSink(logger).send(alert(AlertKind.RESET, AlertSeverity.WARNING));
        verify(logger).warn(LINE, "WARNING", AlertKind.RESET, "grid", "what happened");
        verifyNoMoreInteractions(logger);
    }

    @Test
    void anInfoAlertIsLoggedAsInfo() {
        new Slf4jAlertSink(logger).send(alert(AlertKind.STATUS_CHANGED, AlertSeverity.INFO));
        verify(logger).info(LINE, "INFO", AlertKind.STATUS_CHANGED, "grid", "what happened");
        verifyNoMoreInteractions(logger);
    }
}
