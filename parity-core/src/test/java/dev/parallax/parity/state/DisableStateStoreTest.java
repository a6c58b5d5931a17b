package dev.parallax.parity.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.parity.StrategyName;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DisableStateStoreTest {

    private static final StrategyName GRID = StrategyName.of("grid");
    private static final DisableState DISABLED = new DisableState("grid", true, "latency 5000 ms > 1000 ms",
            DisableState.AUTOMATIC, Instant.parse("2024-03-01T18:00:00Z"));

    @TempDir
    Path dir;

    @Test
    void aStrategyWithoutAFileHasNoSavedState() {
        assertEquals(Optional.empty(), new DisableStateStore(dir).load(GRID));
    }

    @Test
    void whatIsSavedIsLoadedBack() {
        DisableStateStore store = new DisableStateStore(dir.resolve("nested").resolve("folder"));
        store.save(DISABLED);
        assertEquals(Optional.of(DISABLED), store.load(GRID));
    }

    @Test
    void aSaveReplacesTheFileAndLeavesNoTemporaryFile() throws IOException {
        DisableStateStore store = new DisableStateStore(dir);
        store.save(DISABLED);
        DisableState reset = new DisableState("grid", false, "fixed", "alice", Instant.parse("2024-03-02T09:00:00Z"));
        store.save(reset);
        assertEquals(Optional.of(reset), store.load(GRID));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(dir.resolve("grid_disable_state.json")), files.collect(Collectors.toList()));
        }
    }

    @Test
    void theDayOfTheVerdictIsSavedAndLoadedBack() throws IOException {
        DisableStateStore store = new DisableStateStore(dir);
        DisableState withDay = new DisableState("grid", false, "fixed", "alice", Instant.parse("2024-03-02T09:00:00Z"),
                Optional.of(LocalDate.of(2024, 3, 1)));
        store.save(withDay);
        assertTrue(Files.readString(store.fileOf(GRID)).contains("\"day\" : \"2024-03-01\""));
        assertEquals(Optional.of(withDay), store.load(GRID));
    }

    @Test
    void theLiveExecutionsOfAResetAreSavedAndLoadedBackAndANegativeCountIsCorrupt() throws IOException {
        DisableStateStore store = new DisableStateStore(dir);
        DisableState reset = new DisableState("grid", false, "fixed", "alice", Instant.parse("2024-03-02T09:00:00Z"),
                Optional.of(LocalDate.of(2024, 3, 1)), java.util.OptionalLong.of(42));
        store.save(reset);
        assertTrue(Files.readString(store.fileOf(GRID)).contains("\"liveExecutions\" : 42"));
        assertEquals(Optional.of(reset), store.load(GRID));
        Files.writeString(store.fileOf(GRID), Files.readString(store.fileOf(GRID)).replace("42", "-1"));
        ParityStateException e = assertThrows(ParityStateException.class, () -> store.load(GRID));
        assertTrue(e.getMessage().contains("'liveExecutions' must be a whole number >= 0"), e.getMessage());
    }

    @Test
    void aFileOfFormatOneWithoutADayIsStillRead() throws IOException {
        DisableStateStore store = new DisableStateStore(dir);
        Files.writeString(store.fileOf(GRID), "{\"format\":1,\"strategy\":\"grid\",\"disabled\":true,"
                + "\"reason\":\"latency 5000 ms > 1000 ms\",\"changedBy\":\"parity-tracker\","
                + "\"changedAt\":\"2024-03-01T18:00:00Z\"}");
        assertEquals(Optional.of(DISABLED), store.load(GRID));
    }

    @Test
    void theFileIsPlainReadableJson() throws IOException {
        DisableStateStore store = new DisableStateStore(dir);
        store.save(DISABLED);
        String json = Files.readString(store.fileOf(GRID));
        assertTrue(json.contains("\"disabled\" : true"), json);
        assertTrue(json.contains("\"changedAt\" : \"2024-03-01T18:00:00Z\""), json);
        assertTrue(!json.contains("@class"), json);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "not json",
        "[]",
        "{\"format\":1,\"strategy\":\"grid\",\"reason\":\"r\",\"changedBy\":\"x\",\"changedAt\":\"2024-03-01T18:00:00Z\"}",
        "{\"format\":1,\"strategy\":\"grid\",\"disabled\":\"yes\",\"reason\":\"r\",\"changedBy\":\"x\",\"changedAt\":\"2024-03-01T18:00:00Z\"}",
        "{\"format\":1,\"strategy\":\"other\",\"disabled\":true,\"reason\":\"r\",\"changedBy\":\"x\",\"changedAt\":\"2024-03-01T18:00:00Z\"}",
        "{\"format\":1,\"strategy\":\"grid\",\"disabled\":false,\"reason\":\"r\",\"changedBy\":\"x\",\"changedAt\":\"yesterday\"}",
        "{\"format\":3,\"strategy\":\"grid\",\"disabled\":false,\"reason\":\"r\",\"changedBy\":\"x\",\"changedAt\":\"2024-03-01T18:00:00Z\"}",
        "{\"format\":1,\"strategy\":\"grid\",\"disabled\":true,\"reason\":\"r\",\"changedBy\":\"x\",\"changedAt\":\"2024-03-01T18:00:00Z\",\"day\":\"2024-03-01\"}",
        "{\"format\":2,\"strategy\":\"grid\",\"disabled\":true,\"reason\":\"r\",\"changedBy\":\"x\",\"changedAt\":\"2024-03-01T18:00:00Z\",\"day\":\"1 March\"}",
        "{\"format\":1,\"strategy\":\"grid\",\"disabled\":false,\"changedBy\":\"x\",\"changedAt\":\"2024-03-01T18:00:00Z\"}",
        "{\"@class\":\"java.lang.ProcessBuilder\",\"format\":1}"
    })
    void aCorruptFileIsAnErrorThatNamesTheFile(String content) throws IOException {
        DisableStateStore store = new DisableStateStore(dir);
        Path file = store.fileOf(GRID);
        Files.writeString(file, content);
        ParityStateException e = assertThrows(ParityStateException.class, () -> store.load(GRID));
        assertTrue(e.getMessage().startsWith("corrupt parity state file " + file.toAbsolutePath()), e.getMessage());
        assertEquals(file, e.file());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // a repeated key: a reader letting the last copy win would see an enabled strategy
        "{\"format\":1,\"strategy\":\"grid\",\"disabled\":true,\"disabled\":false,\"reason\":\"r\","
                + "\"changedBy\":\"x\",\"changedAt\":\"2024-03-01T18:00:00Z\"}|Duplicate field 'disabled'",
        // an ACTIVE state followed by the DISABLED one: a reader stopping after the first saw ACTIVE
        "{\"format\":1,\"strategy\":\"grid\",\"disabled\":false,\"reason\":\"r\",\"changedBy\":\"x\","
                + "\"changedAt\":\"2024-03-01T18:00:00Z\"}{\"format\":1,\"strategy\":\"grid\",\"disabled\":true,"
                + "\"reason\":\"r\",\"changedBy\":\"x\",\"changedAt\":\"2024-03-02T18:00:00Z\"}|Trailing token",
        // a field the format does not know
        "{\"format\":1,\"strategy\":\"grid\",\"disabled\":false,\"reason\":\"r\",\"changedBy\":\"x\","
                + "\"changedAt\":\"2024-03-01T18:00:00Z\",\"enabled\":true}|unknown field 'enabled'"
    })
    void aStateThatReadsAsActiveOnlyToALenientReaderIsCorruptAndNamesTheRule(String contentAndRule)
            throws IOException {
        String[] parts = contentAndRule.split("\\|");
        DisableStateStore store = new DisableStateStore(dir);
        Path file = store.fileOf(GRID);
        Files.writeString(file, parts[0]);
        ParityStateException e = assertThrows(ParityStateException.class, () -> store.load(GRID));
        assertTrue(e.getMessage().startsWith("corrupt parity state file " + file.toAbsolutePath()), e.getMessage());
        assertTrue(e.getMessage().contains(parts[1]), e.getMessage());
    }

    @Test
    void aFileThatCannotBeWrittenIsAnErrorAndTheOldStateStays() throws IOException {
        Path notAFolder = dir.resolve("occupied");
        Files.writeString(notAFolder, "a file where the folder should be");
        ParityStateException e = assertThrows(ParityStateException.class,
                () -> new DisableStateStore(notAFolder).save(DISABLED));
        assertTrue(e.getMessage().startsWith("cannot write parity state file"), e.getMessage());
    }

    @Test
    void disableStateFieldsAreValidated() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new DisableState("grid", true, " ", "x", Instant.EPOCH));
        assertEquals("reason must not be blank, was ' '", e.getMessage());
    }
}
