package dev.parallax.parity;

import static dev.parallax.parity.Trades.backtest;
import static dev.parallax.parity.Trades.live;
import static dev.parallax.parity.Trades.noonUtc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.alert.AlertLogFileSinkProvider;
import dev.parallax.alert.AlertSink;
import dev.parallax.alert.Slf4jAlertSinkProvider;
import dev.parallax.parity.state.LimitsStore;
import dev.parallax.parity.state.ParityStateException;
import dev.parallax.parity.state.SavedLimits;
import dev.parallax.sim.api.Side;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ParityTrackerRegistryTest {

    private static final LocalDate DAY = LocalDate.of(2024, 3, 1);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-03-01T18:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private ParitySettings settings() {
        return ParitySettings.builder().dataFolder(dir.resolve("data")).alertLogFolder(dir.resolve("logs")).build();
    }

    private ParityTrackerRegistry newRegistry() {
        return new ParityTrackerRegistry(settings(), CLOCK, List.of());
    }

    private static void disableByLatency(ParityTracker tracker) {
        tracker.recordBacktest(backtest("slow", Side.BUY, 1, 100, noonUtc(DAY), 0));
        tracker.recordLive(live("slow", 100, noonUtc(DAY), 0, 0, 5_000));
        assertEquals(ParityStatus.DISABLED, tracker.status());
    }

    @Test
    void oneTrackerPerStrategy() {
        ParityTrackerRegistry registry = newRegistry();
        assertSame(registry.tracker("a"), registry.tracker("a"));
        assertEquals("b", registry.tracker("b").strategy());
        assertEquals(List.of("a", "b"), registry.summaries().stream().map(ParitySummary::strategy)
                .collect(Collectors.toList()));
    }

    @Test
    void theBuiltInSinksAreAlwaysRegistered() {
        List<String> names = newRegistry().alertSinks().stream().map(AlertSink::name).collect(Collectors.toList());
        assertTrue(names.contains(Slf4jAlertSinkProvider.NAME), names.toString());
        assertTrue(names.contains(AlertLogFileSinkProvider.NAME), names.toString());
    }

    @Test
    void theDefaultStateFileIsUnderDataParity() {
        ParityTrackerRegistry registry = ParityTrackerRegistry.create(ParitySettings.DEFAULTS);
        assertEquals(Path.of("data", "parity", "btc_disable_state.json"), registry.stateFile("btc"));
    }

    @Test
    void aDisabledStrategyStaysDisabledInANewRegistryReadingTheSameFolder() {
        ParityTracker first = newRegistry().tracker("grid");
        disableByLatency(first);

        ParityTracker restarted = newRegistry().tracker("grid");
        assertEquals(ParityStatus.DISABLED, restarted.status());
        assertEquals(first.disableReason(), restarted.disableReason());
        assertTrue(restarted.summary().disabled());
        // new trades are still recorded, status unchanged
        Trades.recordWithDifference(restarted, "after-restart", noonUtc(DAY), 1.0);
        assertEquals(1, restarted.completedTrades());
        assertEquals(ParityStatus.DISABLED, restarted.status());
    }

    @Test
    void aResetIsRememberedByTheNextRegistry() {
        disableByLatency(newRegistry().tracker("grid"));
        ParityTracker restarted = newRegistry().tracker("grid");
        restarted.reset("bob", "latency fixed");
        assertEquals(ParityStatus.ACTIVE, newRegistry().tracker("grid").status());
    }

    @Test
    void otherStrategiesAreNotAffected() {
        disableByLatency(newRegistry().tracker("grid"));
        assertEquals(ParityStatus.ACTIVE, newRegistry().tracker("trend").status());
    }

    @Test
    void aDisabledStrategyStaysDisabledInANewJvm() throws IOException, InterruptedException {
        ParityTracker tracker = newRegistry().tracker("grid");
        disableByLatency(tracker);

        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                DisabledStrategyProbe.class.getName(), dir.resolve("data").toString(), dir.resolve("logs").toString(),
                "grid")
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the probe JVM did not finish in 60 s");
        List<String> lines = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                .lines().collect(Collectors.toList());
        assertEquals(0, process.exitValue(), lines.toString());
        assertEquals(List.of("DISABLED", tracker.disableReason()), lines);
    }

    @Test
    void aCorruptStateFileIsAnErrorNamingTheFileAndNeverAnEnabledTracker() throws IOException {
        ParityTrackerRegistry registry = newRegistry();
        Path file = registry.stateFile("grid");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{\"format\":1,\"strategy\":\"grid\",\"disab");

        ParityStateException e = assertThrows(ParityStateException.class, () -> registry.tracker("grid"));
        assertTrue(e.getMessage().contains(file.toAbsolutePath().toString()), e.getMessage());
        assertTrue(e.getMessage().startsWith("corrupt parity state file"), e.getMessage());
        assertEquals(file, e.file());
        // asking again fails again: no enabled tracker was cached
        assertThrows(ParityStateException.class, () -> registry.tracker("grid"));
        // and the file is left for a person to inspect
        assertEquals("{\"format\":1,\"strategy\":\"grid\",\"disab", Files.readString(file));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "..", ".", "../evil", "a/b", "a\\b", "/etc/passwd", "tab\there", "nul\u0000",
            "line\nbreak", ".hidden", "with space", "C:evil"})
    void namesThatCouldEscapeTheDataFolderAreRejected(String name) {
        ParityTrackerRegistry registry = newRegistry();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> registry.tracker(name));
        assertTrue(e.getMessage().startsWith("strategy must"), e.getMessage());
    }

    @Test
    void aNullStrategyIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> newRegistry().tracker(null));
        assertEquals("strategy must not be empty, was null", e.getMessage());
    }

    @Test
    void controlCharactersAreShownEscapedInTheMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StrategyName.of("a\u0001b"));
        assertTrue(e.getMessage().endsWith("was 'a\\u0001b'"), e.getMessage());
    }

    @Test
    void aNewTrackerSavesTheLimitsItRunsUnderNextToTheDisableState() throws IOException {
        ParityLimits limits = new ParityLimits(ZoneOffset.ofHours(2), new ParityThresholds(8, 15, 40, 60, 60, 40,
                5_000, 150, 5), 5, 20);
        ParityTrackerRegistry registry = new ParityTrackerRegistry(settings().toBuilder().limits(limits).build(), CLOCK,
                List.of());
        registry.tracker("grid");
        Path file = registry.limitsFile("grid");
        assertEquals(registry.stateFile("grid").resolveSibling("grid_parity_limits.json"), file);
        SavedLimits saved = new LimitsStore(file.getParent()).load(StrategyName.of("grid")).orElseThrow();
        assertEquals(limits, saved.limits());
        assertEquals(CLOCK.instant(), saved.savedAt());
    }

    @Test
    void theSameLimitsAreNotRewrittenSoTheFileKeepsWhenTheyCameIntoForce() throws IOException {
        newRegistry().tracker("grid");
        Path file = newRegistry().limitsFile("grid");
        String first = Files.readString(file);
        Clock later = Clock.offset(CLOCK, java.time.Duration.ofDays(3));
        new ParityTrackerRegistry(settings(), later, List.of()).tracker("grid");
        assertEquals(first, Files.readString(file));
        new ParityTrackerRegistry(settings().toBuilder().windows(3, 30).build(), later, List.of()).tracker("grid");
        assertTrue(Files.readString(file).contains("\"savedAt\" : \"2024-03-04T18:00:00Z\""),
                "other limits are saved with their own time");
    }

    @Test
    void aCorruptLimitsFileCreatesNoTracker() throws IOException {
        Path file = newRegistry().limitsFile("grid");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{\"format\":1,\"format\":1}");
        ParityStateException e = assertThrows(ParityStateException.class, () -> newRegistry().tracker("grid"));
        assertEquals(file, e.file());
        assertTrue(e.getMessage().contains("Duplicate field 'format'"), e.getMessage());
    }

    @Test
    void aRegistryWithNoSinksDeliversADisableNowhere() throws IOException {
        List<dev.parallax.alert.Alert> heard = new java.util.ArrayList<>();
        ParityTrackerRegistry silent = ParityTrackerRegistry.withSinks(settings(), CLOCK, List.of());
        assertEquals(List.of(), silent.alertSinks());
        ParityTracker tracker = silent.tracker("grid");
        disableByLatency(tracker);
        assertTrue(!Files.exists(settings().alertLogFolder()), "no alert log was written");
        ParityTrackerRegistry listening = ParityTrackerRegistry.withSinks(
                settings().toBuilder().dataFolder(dir.resolve("b")).build(),
                CLOCK, List.of(new AlertSink() {
                    @Override
                    public String name() {
                        return "test";
                    }

                    @Override
                    public void send(dev.parallax.alert.Alert alert) {
                        heard.add(alert);
                    }
                }));
        disableByLatency(listening.tracker("grid"));
        assertEquals(1, heard.size(), "the given sink, and only it, hears the disable");
        assertTrue(!Files.exists(settings().alertLogFolder()), "no alert log was written");
    }
}
