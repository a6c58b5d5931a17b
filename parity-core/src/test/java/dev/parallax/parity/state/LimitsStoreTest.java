package dev.parallax.parity.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.parity.ParityLimits;
import dev.parallax.parity.ParityThresholds;
import dev.parallax.parity.StrategyName;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LimitsStoreTest {

    private static final StrategyName GRID = StrategyName.of("grid");
    private static final ParityLimits LIMITS = new ParityLimits(ZoneId.of("Europe/Zurich"),
            new ParityThresholds(8, 15, 40, 60, 60, 40, 5_000, 150, 5), 5, 20);
    private static final SavedLimits SAVED = new SavedLimits("grid", LIMITS, Instant.parse("2024-03-01T18:00:00Z"));

    /** Every field of a valid file except the one the placeholder {@code %s} stands in for. */
    private static final String VALID = "{\"format\":1,\"strategy\":\"grid\",\"savedAt\":\"2024-03-01T18:00:00Z\","
            + "\"zone\":\"UTC\",\"driftWindowDays\":7,\"returnWindowDays\":30,\"warningTrackingErrorBps\":20,"
            + "\"criticalTrackingErrorBps\":50,\"disableTrackingErrorBps\":100,\"maxSlippageBps\":30,"
            + "\"maxFeeImpactBps\":15,\"maxTimingImpactBps\":10,\"maxLatencyMillis\":1000,"
            + "\"maxCumulativeDriftBps\":200%s}";

    @TempDir
    Path dir;

    @Test
    void aStrategyWithoutAFileHasNoSavedLimits() {
        assertEquals(Optional.empty(), new LimitsStore(dir).load(GRID));
    }

    @Test
    void whatIsSavedIsLoadedBackNextToTheDisableState() throws IOException {
        LimitsStore store = new LimitsStore(dir.resolve("parity"));
        store.save(SAVED);
        assertEquals(Optional.of(SAVED), store.load(GRID));
        assertEquals(new DisableStateStore(dir.resolve("parity")).fileOf(GRID).resolveSibling("grid_parity_limits.json"),
                store.fileOf(GRID));
        try (var files = Files.list(dir.resolve("parity"))) {
            assertEquals(List.of(store.fileOf(GRID)), files.collect(Collectors.toList()), "no temporary file left");
        }
    }

    @Test
    void theFileIsVersionedPlainJsonWithEveryLimit() throws IOException {
        LimitsStore store = new LimitsStore(dir);
        store.save(SAVED);
        String json = Files.readString(store.fileOf(GRID));
        assertTrue(json.contains("\"format\" : 1"), json);
        assertTrue(json.contains("\"zone\" : \"Europe/Zurich\""), json);
        assertTrue(json.contains("\"maxCumulativeDriftBps\" : 150.0"), json);
        assertTrue(json.contains("\"minTradesForTrackingError\" : 5"), json);
        assertTrue(json.contains("\"driftWindowDays\" : 5"), json);
    }

    @Test
    void aValidHandWrittenFileIsRead() throws IOException {
        LimitsStore store = new LimitsStore(dir);
        Files.writeString(store.fileOf(GRID), VALID.formatted(",\"minTradesForTrackingError\":10"));
        assertEquals(ParityLimits.DEFAULTS, store.load(GRID).orElseThrow().limits());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        ",\"minTradesForTrackingError\":10,\"minTradesForTrackingError\":1|Duplicate field 'minTradesForTrackingError'",
        ",\"minTradesForTrackingError\":10}{\"format\":1|Trailing token",
        ",\"minTradesForTrackingError\":10,\"maxSpreadBps\":3|unknown field 'maxSpreadBps'",
        "|missing field [minTradesForTrackingError]",
        ",\"minTradesForTrackingError\":2.5|field 'minTradesForTrackingError' must be a whole number",
        ",\"minTradesForTrackingError\":\"10\"|field 'minTradesForTrackingError' must be a whole number",
        ",\"minTradesForTrackingError\":0|minTradesForTrackingError must be >= 1, was 0"
    })
    void aBrokenFileIsAnErrorThatNamesTheFileAndTheRule(String tailAndRule) throws IOException {
        String[] parts = tailAndRule.split("\\|");
        LimitsStore store = new LimitsStore(dir);
        Path file = store.fileOf(GRID);
        Files.writeString(file, VALID.formatted(parts[0]));
        ParityStateException e = assertThrows(ParityStateException.class, () -> store.load(GRID));
        assertTrue(e.getMessage().startsWith("corrupt parity limits file " + file.toAbsolutePath()), e.getMessage());
        assertTrue(e.getMessage().contains(parts[1]), e.getMessage());
        assertEquals(file, e.file());
    }

    @Test
    void limitsOfAnotherStrategyOrAnotherFormatAreRefused() throws IOException {
        LimitsStore store = new LimitsStore(dir);
        String file = VALID.formatted(",\"minTradesForTrackingError\":10");
        Files.writeString(store.fileOf(GRID), file.replace("\"strategy\":\"grid\"", "\"strategy\":\"other\""));
        assertTrue(assertThrows(ParityStateException.class, () -> store.load(GRID)).getMessage()
                .contains("field 'strategy' must be 'grid', was 'other'"));
        Files.writeString(store.fileOf(GRID), file.replace("\"format\":1", "\"format\":2"));
        assertTrue(assertThrows(ParityStateException.class, () -> store.load(GRID)).getMessage()
                .contains("field 'format' must be 1, was 2"));
        Files.writeString(store.fileOf(GRID), file.replace("\"UTC\"", "\"Mars/Olympus\""));
        assertTrue(assertThrows(ParityStateException.class, () -> store.load(GRID)).getMessage()
                .contains("field 'zone' must be a time zone id"));
    }

    @Test
    void aFileThatCannotBeWrittenIsAnErrorNamingIt() throws IOException {
        Path notAFolder = dir.resolve("occupied");
        Files.writeString(notAFolder, "a file where the folder should be");
        ParityStateException e = assertThrows(ParityStateException.class, () -> new LimitsStore(notAFolder).save(SAVED));
        assertTrue(e.getMessage().startsWith("cannot write parity limits file"), e.getMessage());
    }
}
