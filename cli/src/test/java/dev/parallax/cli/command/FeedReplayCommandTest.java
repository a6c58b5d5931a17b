package dev.parallax.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.adapters.stream.TradeStreamSettings;
import dev.parallax.adapters.stream.TradeStreamSource;
import dev.parallax.cli.CliRun;
import dev.parallax.sim.api.data.Aggressor;
import dev.parallax.sim.api.data.TradeTick;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedReplayCommandTest {

    @TempDir
    Path dir;

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** Connects once the command listens (it counts the file first). */
    private static TradeStreamSource connect(URI url) throws InterruptedException {
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (true) {
            try {
                return TradeStreamSource.open(TradeStreamSettings.of(url, "btcusd", "BTC/USD")
                        .withConnectTimeout(Duration.ofSeconds(2)));
            } catch (UncheckedIOException e) {
                if (System.nanoTime() > giveUp) {
                    throw e;
                }
                Thread.sleep(50);
            }
        }
    }

    @Test
    void servesTheFileUntilASubscriberReadItAndPrintsTheAddressAndTheCount() throws Exception {
        Path trades = dir.resolve("trades.csv");
        Files.writeString(trades, "timestamp,price,amount\n1385337600,800.5,0.25\n1385337601,801,1.5\n");
        int port = freePort();
        CompletableFuture<CliRun> run = CompletableFuture.supplyAsync(() -> CliRun.of("feed-replay", "--trades",
                trades.toString(), "--speed", "1000", "--port", Integer.toString(port)));
        List<TradeTick> read = new ArrayList<>();
        try (TradeStreamSource source = connect(URI.create("ws://127.0.0.1:" + port + "/"))) {
            source.forEachRemaining(e -> read.add((TradeTick) e));
        }
        assertEquals(List.of(new TradeTick("BTC/USD", 1_385_337_600_000_000_000L, 800.5, 0.25, Aggressor.UNKNOWN),
                new TradeTick("BTC/USD", 1_385_337_601_000_000_000L, 801, 1.5, Aggressor.UNKNOWN)), read);
        CliRun done = run.get(20, TimeUnit.SECONDS);
        assertEquals(0, done.code(), done.err());
        assertTrue(done.out().contains("feed-replay: ws://127.0.0.1:" + port + "/ serves 2 trades of "), done.out());
        assertTrue(done.out().contains("on live_trades_btcusd at 1000 times real time"), done.out());
        assertTrue(done.out().contains("feed-replay: replayed every trade to 1 subscriber"), done.out());
    }

    @Test
    void badFlagsExitTwoWithAMessage() {
        CliRun speed = CliRun.of("feed-replay", "--speed", "0");
        assertEquals(2, speed.code());
        assertTrue(speed.errorLine().contains("speed must be a finite number > 0, was 0.0"), speed.err());

        CliRun port = CliRun.of("feed-replay", "--port", "70000");
        assertEquals(2, port.code());
        assertTrue(port.errorLine().contains("port must be between 0 (any free port) and 65535, was 70000"), port.err());

        Path missing = dir.resolve("missing.csv");
        CliRun file = CliRun.of("feed-replay", "--trades", missing.toString());
        assertEquals(2, file.code());
        assertTrue(file.errorLine().contains("trades file " + missing.toAbsolutePath() + " does not exist"), file.err());

        CliRun notANumber = CliRun.of("feed-replay", "--speed", "fast");
        assertEquals(2, notANumber.code());
    }

    @Test
    void aMalformedRowIsAnErrorBeforeTheServerListens() throws Exception {
        Path trades = dir.resolve("bad.csv");
        Files.writeString(trades, "timestamp,price,amount\n1385337600,800.5,0.25\n1385337601,-1,1.5\n");
        CliRun run = CliRun.of("feed-replay", "--trades", trades.toString(), "--port", "0");
        assertEquals(1, run.code(), run.err());
        assertTrue(run.errorLine().contains("line 3"), run.err());
    }
}
