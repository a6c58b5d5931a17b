package dev.parallax.alert;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlertLogFileSinkTest {

    @TempDir
    Path dir;

    @Test
    void disableAndResetAlertsAreAppendedAsOneJsonLineEach() throws IOException {
        AlertLogFileSink sink = new AlertLogFileSink(dir.resolve("logs"));
        sink.send(Alert.of("grid", AlertKind.DISABLED, AlertSeverity.CRITICAL, "line one\nline two", "",
                Instant.parse("2024-03-01T18:00:00Z")));
        sink.send(Alert.of("grid", AlertKind.RESET, AlertSeverity.WARNING, "fixed", "alice",
                Instant.parse("2024-03-02T09:00:00Z")));

        List<String> lines = Files.readAllLines(dir.resolve("logs").resolve("parity_disable_alerts.log"));
        assertEquals(2, lines.size());
        JsonNode first = new ObjectMapper().readTree(lines.get(0));
        assertEquals("2024-03-01T18:00:00Z", first.get("time").textValue());
        assertEquals("DISABLED", first.get("kind").textValue());
        assertEquals("CRITICAL", first.get("severity").textValue());
        assertEquals("line one\nline two", first.get("message").textValue());
        assertEquals("alice", new ObjectMapper().readTree(lines.get(1)).get("operator").textValue());
        assertEquals("PARITY", first.get("source").textValue());
        assertEquals(Alert.of("grid", AlertKind.DISABLED, AlertSeverity.CRITICAL, "line one\nline two", "",
                Instant.parse("2024-03-01T18:00:00Z")).id(), first.get("id").textValue());
    }

    @Test
    void breakerTripsAndResetsAreWrittenAsRiskAlertsButDrawdownWarningsAreNot() throws IOException {
        AlertLogFileSink sink = new AlertLogFileSink(dir);
        sink.send(new Alert("r-1", AlertKind.DAILY_LOSS_BREAKER_TRIPPED, "grid", AlertSeverity.CRITICAL, "lost 510",
                "", Instant.EPOCH));
        sink.send(new Alert("r-2", AlertKind.DRAWDOWN_LIMIT_CROSSED, "grid", AlertSeverity.WARNING, "down 12%", "",
                Instant.EPOCH));
        sink.send(new Alert("r-3", AlertKind.BREAKER_RESET, "grid", AlertSeverity.WARNING, "reset", "alice",
                Instant.EPOCH));

        List<String> lines = Files.readAllLines(sink.file());
        assertEquals(2, lines.size());
        JsonNode trip = new ObjectMapper().readTree(lines.get(0));
        assertEquals("RISK", trip.get("source").textValue());
        assertEquals("DAILY_LOSS_BREAKER_TRIPPED", trip.get("kind").textValue());
        assertEquals("r-1", trip.get("id").textValue());
        assertEquals("BREAKER_RESET", new ObjectMapper().readTree(lines.get(1)).get("kind").textValue());
    }

    @Test
    void aLineKeepsTheBytesOfTheFormatThatOperatorsAndToolsAlreadyRead() throws IOException {
        AlertLogFileSink sink = new AlertLogFileSink(dir);
        sink.send(new Alert("a-1", AlertKind.DISABLED, "grid", AlertSeverity.CRITICAL,
                "drift \"9000\" bps\tover 200\nsecond line", "", Instant.parse("2024-03-01T18:00:00Z")));
        sink.send(new Alert("a-2", AlertKind.BREAKER_RESET, "grid", AlertSeverity.WARNING, "reset", "alice",
                Instant.parse("2024-03-02T09:00:00.5Z")));

        // written out by hand: field order, JSON escapes, one line per alert ending in \n, UTF-8
        String expected = "{\"id\":\"a-1\",\"time\":\"2024-03-01T18:00:00Z\",\"source\":\"PARITY\","
                + "\"strategy\":\"grid\",\"kind\":\"DISABLED\",\"severity\":\"CRITICAL\",\"operator\":\"\","
                + "\"message\":\"drift \\\"9000\\\" bps\\tover 200\\nsecond line\"}\n"
                + "{\"id\":\"a-2\",\"time\":\"2024-03-02T09:00:00.500Z\",\"source\":\"RISK\","
                + "\"strategy\":\"grid\",\"kind\":\"BREAKER_RESET\",\"severity\":\"WARNING\","
                + "\"operator\":\"alice\",\"message\":\"reset\"}\n";
        assertArrayEquals(expected.getBytes(StandardCharsets.UTF_8), Files.readAllBytes(sink.file()));
    }

    @Test
    void statusChangesAreNotWrittenToTheDisableLog() {
        AlertLogFileSink sink = new AlertLogFileSink(dir);
        sink.send(Alert.of("grid", AlertKind.STATUS_CHANGED, AlertSeverity.WARNING, "up", "", Instant.EPOCH));
        assertFalse(Files.exists(sink.file()));
    }

    @Test
    void aFolderThatCannotBeCreatedFailsLoudlyWithThePath() throws IOException {
        Path occupied = dir.resolve("occupied");
        Files.writeString(occupied, "x");
        AlertLogFileSink sink = new AlertLogFileSink(occupied.resolve("logs"));
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> sink.send(
                Alert.of("grid", AlertKind.DISABLED, AlertSeverity.CRITICAL, "m", "", Instant.EPOCH)));
        assertEquals("could not append the parity alert to " + sink.file().toAbsolutePath(), e.getMessage());
    }
}
