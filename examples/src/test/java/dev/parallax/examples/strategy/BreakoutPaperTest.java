package dev.parallax.examples.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.adapters.data.TimeBarAggregator;
import dev.parallax.adapters.data.TradeCsvFormat;
import dev.parallax.adapters.stream.ReplaySettings;
import dev.parallax.adapters.stream.TradeFile;
import dev.parallax.adapters.stream.TradeReplayServer;
import dev.parallax.adapters.stream.TradeStreamSettings;
import dev.parallax.adapters.stream.TradeStreamSource;
import dev.parallax.backtest.BacktestConfig;
import dev.parallax.backtest.BacktestEngine;
import dev.parallax.backtest.ReadAheadSource;
import dev.parallax.backtest.RunClock;
import dev.parallax.backtest.StrategyRunner;
import dev.parallax.backtest.result.BacktestResult;
import dev.parallax.sim.api.ModelSettings;
import dev.parallax.sim.api.spi.ModelCatalog;
import dev.parallax.sim.api.strategy.Strategy;
import dev.parallax.sim.api.strategy.StrategyProvider;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example {@code breakout} strategy, unchanged, runs in a backtest and in real time on a live
 * trade stream (a replay server on 127.0.0.1), as {@code parallax paper} runs it, with the same fills.
 */
class BreakoutPaperTest {

    private static final String SYMBOL = "BTC/USD";
    private static final BacktestConfig CONFIG = BacktestConfig.builder().seed(11).build();

    @TempDir
    Path dir;

    /** Two days of seeded trades, a few a minute, in waves that a 20-bar breakout trades. */
    private Path trades() throws IOException {
        Path file = dir.resolve("trades.csv");
        SplittableRandom random = new SplittableRandom(5);
        long time = 1_700_000_000L;
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("timestamp,price,amount\n");
            for (int i = 0; i < 8_000; i++) {
                time += 1 + random.nextInt(40);
                double price = 30_000 + 400 * Math.sin(i / 300.0) + 30 * random.nextGaussian();
                out.write(String.format(Locale.ROOT, "%d,%.2f,%.4f%n", time, price, 0.01 + random.nextDouble()));
            }
        }
        return file;
    }

    private static Strategy breakout() {
        return ModelCatalog.load(StrategyProvider.class).provider("breakout")
                .create(ModelSettings.of("symbol", SYMBOL, "lookback", "20"));
    }

    @Test
    void breakoutRunsUnchangedInABacktestAndInRealTimeWithTheSameFills() throws IOException {
        Path file = trades();
        Duration bar = Duration.ofMinutes(5);
        BacktestResult backtest = new BacktestEngine(CONFIG).run(breakout(),
                new TimeBarAggregator(TradeCsvFormat.of(SYMBOL).open(file), bar));
        assertTrue(backtest.fills().size() >= 6, "the backtest traded: " + backtest.fills().size() + " fills");

        BacktestResult paper;
        StrategyRunner runner = StrategyRunner.builder(CONFIG).clock(RunClock.realTime(Duration.ofMillis(50))).build();
        try (TradeReplayServer server = TradeReplayServer.start(TradeFile.csv(file, TradeCsvFormat.of(SYMBOL)),
                new ReplaySettings(0, 50_000, ReplaySettings.DEFAULT_PAIR))) {
            TradeStreamSource stream = TradeStreamSource.open(TradeStreamSettings.of(server.url(),
                    ReplaySettings.DEFAULT_PAIR, SYMBOL));
            paper = runner.run(breakout(), new ReadAheadSource(new TimeBarAggregator(stream, bar), 1_024));
        }
        assertEquals(0, runner.lateEvents());
        assertEquals(backtest.fills(), paper.fills());
        assertEquals(backtest.finalEquity(), paper.finalEquity(), 0.0);
    }
}
