package dev.parallax.adapters.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.sim.api.data.Aggressor;
import dev.parallax.sim.api.data.TradeTick;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The trade stream against a scripted Jetty server on 127.0.0.1: what it reads, and how it fails. */
class TradeStreamSourceTest {

    private static final String CHANNEL = "live_trades_btcusd";
    private static final String SUBSCRIBED = "{\"event\":\"bts:subscription_succeeded\",\"channel\":\"" + CHANNEL
            + "\",\"data\":{}}";
    private static final Duration LIMIT = Duration.ofSeconds(10);

    private static String trade(long id, String micros, String price, String amount, String type) {
        return "{\"event\":\"trade\",\"channel\":\"" + CHANNEL + "\",\"data\":{\"id\":" + id + ",\"timestamp\":\"0\","
                + "\"amount\":" + amount + ",\"price\":" + price + ",\"microtimestamp\":\"" + micros + "\""
                + (type == null ? "" : ",\"type\":" + type) + ",\"buy_order_id\":7,\"sell_order_id\":8}}";
    }

    private static TradeStreamSource open(ScriptedServer server) {
        return TradeStreamSource.open(TradeStreamSettings.of(server.url(), "btcusd", "BTC/USD"));
    }

    /** What reading every trade of a stream that answers with {@code script} throws. */
    private static <T extends Throwable> T failure(Class<T> type, List<String> script) throws Exception {
        try (ScriptedServer server = new ScriptedServer(script, 0); TradeStreamSource source = open(server)) {
            return assertThrows(type, () -> assertTimeoutPreemptively(LIMIT, () -> readAll(source)));
        }
    }

    private static List<TradeTick> readAll(TradeStreamSource source) {
        List<TradeTick> read = new ArrayList<>();
        while (source.hasNext()) {
            read.add((TradeTick) source.next());
        }
        return read;
    }

    @Test
    void readsTradesAndPassesOverConfirmationsHeartbeatsAndOtherChannels() throws Exception {
        List<String> script = List.of(SUBSCRIBED,
                trade(5, "1385337600123456", "800.01", "0.5", "0"),
                "{\"event\":\"bts:heartbeat\",\"channel\":\"\",\"data\":{\"status\":\"success\"}}",
                "{\"event\":\"trade\",\"channel\":\"live_trades_etheur\",\"data\":{\"id\":1}}",
                trade(6, "1385337600123456", "\"800.5\"", "\"2\"", "1"),
                trade(7, "1385337601000000", "801", "0.25", null));
        try (ScriptedServer server = new ScriptedServer(script, 1000); TradeStreamSource source = open(server)) {
            List<TradeTick> read = assertTimeoutPreemptively(LIMIT, () -> readAll(source));
            assertEquals(List.of(
                    new TradeTick("BTC/USD", 1_385_337_600_123_456_000L, 800.01, 0.5, Aggressor.BUYER),
                    new TradeTick("BTC/USD", 1_385_337_600_123_456_000L, 800.5, 2.0, Aggressor.SELLER),
                    new TradeTick("BTC/USD", 1_385_337_601_000_000_000L, 801.0, 0.25, Aggressor.UNKNOWN)), read);
        }
    }

    @Test
    void brokenJsonStopsTheStreamAfterTheTradesBeforeItNamingTheMessage() throws Exception {
        List<String> script = List.of(SUBSCRIBED, trade(1, "1000000", "10", "1", "0"), "{\"event\":\"trade\",");
        try (ScriptedServer server = new ScriptedServer(script, 0); TradeStreamSource source = open(server)) {
            assertTrue(source.hasNext());
            source.next();
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> assertTimeoutPreemptively(LIMIT, source::hasNext));
            assertTrue(e.getMessage().contains(server.url() + " " + CHANNEL + " message 3: broken JSON"), e.getMessage());
            assertTrue(e.getMessage().endsWith("{\"event\":\"trade\","), e.getMessage());
            assertFalse(e.getMessage().contains("\n"), e.getMessage());
        }
    }

    @Test
    void aNonPositivePriceIsAnErrorNamingTheTradeId() throws Exception {
        List<String> script = List.of(SUBSCRIBED, trade(41, "1000000", "-3.5", "1", "0"));
        IllegalArgumentException e = failure(IllegalArgumentException.class, script);
        assertTrue(e.getMessage().contains("message 2: trade 41: price must be a finite number > 0, was '-3.5'"),
                e.getMessage());
    }

    @Test
    void aNonFiniteAmountAndAMissingTimeAreErrorsNamingTheTradeId() throws Exception {
        List<String> script = List.of(trade(8, "1000000", "10", "\"NaN\"", "0"));
        IllegalArgumentException e = failure(IllegalArgumentException.class, script);
        assertTrue(e.getMessage().contains("trade 8: amount must be a finite number > 0, was '\"NaN\"'"), e.getMessage());
        String noTime = "{\"event\":\"trade\",\"channel\":\"" + CHANNEL + "\",\"data\":{\"id\":9,\"price\":1,\"amount\":1}}";
        IllegalArgumentException missing = failure(IllegalArgumentException.class, List.of(noTime));
        assertTrue(missing.getMessage().contains("trade 9: microtimestamp must be epoch microseconds as digits, was missing"),
                missing.getMessage());
    }

    @Test
    void aTradeEarlierThanTheOneBeforeIsAnErrorNamingBothIds() throws Exception {
        List<String> script = List.of(trade(100, "2000000", "10", "1", "0"), trade(101, "1999999", "10", "1", "0"));
        IllegalArgumentException e = failure(IllegalArgumentException.class, script);
        assertTrue(e.getMessage().contains("trade 101 at 1999999 us is earlier than trade 100 at 2000000 us"),
                e.getMessage());
    }

    @Test
    void anOversizedMessageIsRefusedNamingTheLimit() throws Exception {
        String huge = "{\"event\":\"trade\",\"channel\":\"" + CHANNEL + "\",\"data\":{\"pad\":\""
                + "x".repeat(LiveTradesFormat.MAX_MESSAGE_CHARS) + "\"}}";
        IllegalArgumentException e = failure(IllegalArgumentException.class, List.of(huge));
        assertTrue(e.getMessage().contains("message 1: longer than the limit of 65536 characters"), e.getMessage());
        assertTrue(e.getMessage().length() < 400, "one short line: " + e.getMessage().length());
    }

    @Test
    void nestingDeeperThanTheLimitIsRefused() throws Exception {
        String deep = "{\"event\":\"trade\",\"data\":" + "[".repeat(100) + "]".repeat(100) + "}";
        IllegalArgumentException e = failure(IllegalArgumentException.class, List.of(deep));
        assertTrue(e.getMessage().contains("message 1: broken JSON"), e.getMessage());
        assertTrue(e.getMessage().contains("nesting depth"), e.getMessage());
    }

    @Test
    void aRefusalByTheServerIsAnErrorWithItsMessage() throws Exception {
        String refusal = "{\"event\":\"bts:error\",\"channel\":\"\",\"data\":{\"code\":null,\"message\":\"Bad subscription string.\"}}";
        IllegalArgumentException e = failure(IllegalArgumentException.class, List.of(refusal));
        assertTrue(e.getMessage().contains("the server refused the request: Bad subscription string."), e.getMessage());
    }

    @Test
    void aReconnectRequestMovesToANewConnectionAndDeliversEachTradeOnce() throws Exception {
        String reconnect = "{\"event\":\"bts:request_reconnect\",\"channel\":\"\",\"data\":\"\"}";
        List<String> old = List.of(SUBSCRIBED, trade(1, "1000000", "10", "1", "0"), trade(2, "2000000", "10", "1", "0"),
                reconnect, trade(3, "3000000", "10", "1", "0"));
        List<String> fresh = List.of(SUBSCRIBED, trade(2, "2000000", "10", "1", "0"),
                trade(3, "3000000", "10", "1", "0"), trade(4, "4000000", "10", "1", "0"));
        try (ScriptedServer server = ScriptedServer.perConnection(List.of(old, fresh), 1000); TradeStreamSource source = open(server)) {
            List<Long> seconds = new ArrayList<>();
            assertTimeoutPreemptively(LIMIT, () -> readAll(source)).forEach(t -> seconds.add(t.timeNanos() / 1_000_000_000L));
            assertEquals(List.of(1L, 2L, 3L, 4L), seconds);
            assertEquals(2, server.connections());
            assertTrue(server.ended.await(5, TimeUnit.SECONDS), "the old connection was closed");
        }
    }

    @Test
    void aReconnectionThatFailsIsAnErrorNamingTheLastTrade() throws Exception {
        String reconnect = "{\"event\":\"bts:request_reconnect\",\"channel\":\"\",\"data\":\"\"}";
        List<String> first = List.of(trade(12, "1000000", "10", "1", "0"), reconnect);
        try (ScriptedServer server = ScriptedServer.perConnection(List.of(first, ScriptedServer.REFUSE), 0);
             TradeStreamSource source = open(server)) {
            assertTimeoutPreemptively(LIMIT, () -> source.next());
            UncheckedIOException e = assertThrows(UncheckedIOException.class,
                    () -> assertTimeoutPreemptively(LIMIT, source::hasNext));
            assertTrue(e.getMessage().contains("could not reconnect to " + server.url()), e.getMessage());
            assertTrue(e.getMessage().contains("after bts:request_reconnect (last trade 12)"), e.getMessage());
        }
    }

    @Test
    void aCloseWithAnErrorCodeIsAnErrorNamingTheCode() throws Exception {
        try (ScriptedServer server = new ScriptedServer(List.of(SUBSCRIBED), 1011);
             TradeStreamSource source = open(server)) {
            UncheckedIOException e = assertThrows(UncheckedIOException.class,
                    () -> assertTimeoutPreemptively(LIMIT, source::hasNext));
            assertTrue(e.getMessage().contains("was closed by the server with code 1011: scripted close"), e.getMessage());
        }
    }

    @Test
    void aReaderThatFallsBehindGetsTheWaitingTradesThenAnErrorSayingHowManyWereWaiting() throws Exception {
        List<String> script = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            script.add(trade(i, Long.toString(1_000_000L * i), "10", "1", "0"));
        }
        try (ScriptedServer server = new ScriptedServer(script, 1000);
             TradeStreamSource source = TradeStreamSource.open(
                     TradeStreamSettings.of(server.url(), "btcusd", "BTC/USD").withQueueCapacity(3))) {
            assertTimeoutPreemptively(LIMIT, () -> {
                while (!source.finished()) {
                    Thread.sleep(5);
                }
            });
            List<Long> times = new ArrayList<>();
            ReaderFellBehindException e = assertThrows(ReaderFellBehindException.class, () -> {
                while (source.hasNext()) {
                    times.add(source.next().timeNanos());
                }
            });
            assertEquals(List.of(1_000_000_000L, 2_000_000_000L, 3_000_000_000L), times);
            assertEquals(3, e.waiting());
            assertTrue(e.getMessage().contains("the reader fell behind: 3 trades were waiting"), e.getMessage());
            assertTrue(e.getMessage().contains("when trade 4 arrived"), e.getMessage());
        }
    }

    @Test
    void closingMidStreamReleasesTheConnectionAndEndsTheStream() throws Exception {
        List<String> script = List.of(trade(1, "1000000", "10", "1", "0"), trade(2, "2000000", "10", "1", "0"));
        try (ScriptedServer server = new ScriptedServer(script, 0)) {
            TradeStreamSource source = open(server);
            assertTimeoutPreemptively(LIMIT, () -> source.next());
            source.close();
            assertTrue(server.ended.await(5, TimeUnit.SECONDS), "the server saw the connection end");
            assertFalse(source.hasNext());
            source.close();
        }
    }

    @Test
    void closingFromAnotherThreadWakesAReaderWaitingForATrade() throws Exception {
        try (ScriptedServer server = new ScriptedServer(List.of(SUBSCRIBED), 0)) {
            TradeStreamSource source = open(server);
            CompletableFuture<Boolean> waiting = CompletableFuture.supplyAsync(source::hasNext);
            Thread.sleep(100);
            assertFalse(waiting.isDone(), "the reader waits for a trade");
            source.close();
            assertFalse(waiting.get(5, TimeUnit.SECONDS));
        }
    }

    @Test
    void aServerThatNeverAnswersTheHandshakeFailsWithinTheConnectTimeout() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CompletableFuture<Socket> accepted = CompletableFuture.supplyAsync(() -> {
                try {
                    return silent.accept();
                } catch (java.io.IOException e) {
                    return null;
                }
            });
            URI url = URI.create("ws://127.0.0.1:" + silent.getLocalPort() + "/");
            TradeStreamSettings settings = TradeStreamSettings.of(url, "btcusd", "BTC/USD")
                    .withConnectTimeout(Duration.ofMillis(300));
            long start = System.nanoTime();
            UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> TradeStreamSource.open(settings));
            long tookMillis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(e.getMessage().contains("could not connect to " + url), e.getMessage());
            assertTrue(tookMillis < 5_000, "gave up after " + tookMillis + " ms");
            Socket s = accepted.getNow(null);
            if (s != null) {
                s.close();
            }
        }
    }

    @Test
    void settingsRefuseABadAddressPairAndQueue() {
        URI url = URI.create("ws://127.0.0.1:1/");
        IllegalArgumentException scheme = assertThrows(IllegalArgumentException.class,
                () -> TradeStreamSettings.of(URI.create("http://127.0.0.1/"), "btcusd", "BTC/USD"));
        assertEquals("url must be a ws:// or wss:// address with a host, was 'http://127.0.0.1/'", scheme.getMessage());
        IllegalArgumentException pair = assertThrows(IllegalArgumentException.class,
                () -> TradeStreamSettings.of(url, "BTC-USD", "BTC/USD"));
        assertEquals("pair must be 1 to 32 lower-case letters and digits (like btcusd), was 'BTC-USD'", pair.getMessage());
        IllegalArgumentException queue = assertThrows(IllegalArgumentException.class,
                () -> TradeStreamSettings.of(url, "btcusd", "BTC/USD").withQueueCapacity(0));
        assertEquals("queueCapacity must be between 1 and 16777216, was 0", queue.getMessage());
    }
}
