package dev.parallax.adapters.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.adapters.data.BadRowPolicy;
import dev.parallax.adapters.data.MalformedRowException;
import dev.parallax.adapters.data.TradeCsvFormat;
import dev.parallax.sim.api.data.MarketDataSource;
import dev.parallax.sim.api.data.MarketEvent;
import dev.parallax.sim.api.data.TradeTick;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The replay server and the trade stream together on 127.0.0.1: the first 3,000 rows of the real
 * Bitstamp trades that ta4j ships, replayed and read back.
 */
class TradeReplayServerTest {

    private static final String TRADES = "/bitstamp_trades_from_20131125_usd.csv";
    private static final int ROWS = 3_000;
    private static final TradeCsvFormat LENIENT = TradeCsvFormat.of("BTC/USD").withPolicy(BadRowPolicy.LENIENT);
    private static final Duration LIMIT = Duration.ofSeconds(15);

    @TempDir
    static Path dir;
    private static Path firstRows;

    @BeforeAll
    static void writeTheFirstRowsOfTheRealFile() throws Exception {
        InputStream in = TradeReplayServerTest.class.getResourceAsStream(TRADES);
        assertNotNull(in, "ta4j-examples must be on the test class path");
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null && lines.size() <= ROWS; line = reader.readLine()) {
                lines.add(line);
            }
        }
        firstRows = dir.resolve("bitstamp-first-rows.csv");
        Files.write(firstRows, lines);
    }

    private static List<TradeTick> csvTrades(Path file) {
        List<TradeTick> trades = new ArrayList<>();
        try (MarketDataSource source = LENIENT.open(file)) {
            source.forEachRemaining(e -> trades.add((TradeTick) e));
        }
        return trades;
    }

    private static List<TradeTick> streamed(TradeReplayServer server) {
        try (TradeStreamSource source = TradeStreamSource.open(
                TradeStreamSettings.of(server.url(), "btcusd", "BTC/USD"))) {
            List<TradeTick> trades = new ArrayList<>();
            while (source.hasNext()) {
                MarketEvent event = source.next();
                trades.add((TradeTick) event);
            }
            return trades;
        }
    }

    @Test
    void theStreamYieldsExactlyTheTradesTheCsvReaderYields() {
        List<TradeTick> expected = csvTrades(firstRows);
        assertEquals(ROWS - 1, expected.size(), "one of the first rows has an amount of 0 and is skipped");
        try (TradeReplayServer server = TradeReplayServer.start(TradeFile.csv(firstRows, LENIENT),
                new ReplaySettings(0, 1e6, "btcusd"))) {
            assertEquals(expected.size(), server.trades());
            assertTrue(server.url().toString().matches("ws://127\\.0\\.0\\.1:[0-9]+/"), server.url().toString());
            List<TradeTick> read = assertTimeoutPreemptively(LIMIT, () -> streamed(server));
            assertEquals(expected, read);
            assertTimeoutPreemptively(LIMIT, server::awaitReplayed);
            assertEquals(1, server.completedReplays());
        }
    }

    @Test
    void twoSubscribersGetTheSameStream() throws Exception {
        List<TradeTick> expected = csvTrades(firstRows);
        try (TradeReplayServer server = TradeReplayServer.start(TradeFile.csv(firstRows, LENIENT),
                new ReplaySettings(0, 1e6, "btcusd"))) {
            CompletableFuture<List<TradeTick>> first = CompletableFuture.supplyAsync(() -> streamed(server));
            CompletableFuture<List<TradeTick>> second = CompletableFuture.supplyAsync(() -> streamed(server));
            assertEquals(expected, first.get(LIMIT.toSeconds(), TimeUnit.SECONDS));
            assertEquals(expected, second.get(LIMIT.toSeconds(), TimeUnit.SECONDS));
            assertTimeoutPreemptively(LIMIT, server::awaitReplayed);
            assertEquals(2, server.completedReplays());
        }
    }

    @Test
    void theGapsBetweenTradesAreDividedByTheSpeedUp() throws Exception {
        Path file = dir.resolve("three-seconds.csv");
        Files.write(file, List.of("timestamp,price,amount", "1000,10,1", "1001,11,1", "1003,12,1"));
        try (TradeReplayServer server = TradeReplayServer.start(TradeFile.csv(file, LENIENT),
                new ReplaySettings(0, 10, "btcusd"))) {
            long start = System.nanoTime();
            List<TradeTick> read = assertTimeoutPreemptively(LIMIT, () -> streamed(server));
            long tookMillis = (System.nanoTime() - start) / 1_000_000;
            assertEquals(3, read.size());
            // 3 s of trades at 10 times real time: the last one is due 300 ms after the first
            assertTrue(tookMillis >= 300, "took " + tookMillis + " ms");
            assertTrue(tookMillis < 5_000, "took " + tookMillis + " ms");
        }
    }

    @Test
    void aGapLongerThanTheIdleTimeoutKeepsTheConnectionThroughPings() throws Exception {
        Path file = dir.resolve("long-gap.csv");
        Files.write(file, List.of("timestamp,price,amount", "1000,10,1", "1001,11,1"));
        try (TradeReplayServer server = TradeReplayServer.start(TradeFile.csv(file, LENIENT),
                new ReplaySettings(0, 1, "btcusd"), Duration.ofMillis(300))) {
            List<TradeTick> read = assertTimeoutPreemptively(LIMIT, () -> streamed(server));
            assertEquals(List.of(10.0, 11.0), read.stream().map(TradeTick::price).toList());
        }
    }

    @Test
    void aSubscriptionToAnotherChannelIsRefused() {
        try (TradeReplayServer server = TradeReplayServer.start(TradeFile.csv(firstRows, LENIENT),
                new ReplaySettings(0, 1e6, "btcusd"));
             TradeStreamSource source = TradeStreamSource.open(
                     TradeStreamSettings.of(server.url(), "etheur", "ETH/EUR"))) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> assertTimeoutPreemptively(LIMIT, source::hasNext));
            assertTrue(e.getMessage().contains(
                    "the server refused the request: unknown channel 'live_trades_etheur'; this server replays "
                            + "live_trades_btcusd"), e.getMessage());
        }
    }

    @Test
    void aFileThatDoesNotExistIsRefusedWithItsPath() {
        Path missing = dir.resolve("no-such-trades.csv");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TradeFile.csv(missing, LENIENT));
        assertEquals("trades file " + missing.toAbsolutePath() + " does not exist; give a trades CSV file", e.getMessage());
    }

    @Test
    void aBadRowInStrictModeIsAnErrorBeforeTheServerListens() {
        TradeFile strict = TradeFile.csv(firstRows, TradeCsvFormat.of("BTC/USD"));
        MalformedRowException e = assertThrows(MalformedRowException.class,
                () -> TradeReplayServer.start(strict, new ReplaySettings(0, 1, "btcusd")));
        assertEquals(1375, e.row().line());
    }

    @Test
    void settingsRefuseABadPortSpeedAndPair() {
        assertEquals("port must be between 0 (any free port) and 65535, was 70000",
                assertThrows(IllegalArgumentException.class, () -> new ReplaySettings(70_000, 1, "btcusd")).getMessage());
        assertEquals("speed must be a finite number > 0, was NaN",
                assertThrows(IllegalArgumentException.class, () -> new ReplaySettings(0, Double.NaN, "btcusd")).getMessage());
        assertEquals("speed must be a finite number > 0, was 0.0",
                assertThrows(IllegalArgumentException.class, () -> new ReplaySettings(0, 0, "btcusd")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ReplaySettings(0, 1, "live trades"));
    }
}
