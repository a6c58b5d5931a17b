package dev.parallax.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulateAndBenchCommandTest {

    @TempDir
    Path dir;

    @Test
    void simulatesAStreamOfOrdersAndPrintsTheStatistics() throws IOException {
        Path orders = dir.resolve("orders.csv");
        Files.writeString(orders, "time,id,side,type,size,limit_price\n2013-11-26T10:00:00Z,o-1,buy,market,1,\n"
                + "2013-11-26T12:00:00Z,o-2,sell,limit,1,850\n2013-11-27T12:00:00Z,o-3,sell,market,0.5,\n");
        CliRun run = CliRun.of("simulate", "--orders", orders.toString(), "--fee", "bitstamp");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("simulated 3 orders over 1917 bars"), run.out());
        assertTrue(run.out().contains("fill rate") && run.out().contains("average slippage"), run.out());
    }

    @Test
    void aBadOrderNamesItsLine() throws IOException {
        Path orders = dir.resolve("o.csv");
        Files.writeString(orders, "time,id,side,type,size,limit_price\n2013-11-26T10:00:00Z,o-1,hold,market,1,\n");
        assertEquals("parallax simulate: " + orders + " line 2: side must be buy or sell, was 'hold'",
                CliRun.of("simulate", "--orders", orders.toString()).errorLine());
        Files.writeString(orders, "when,what\n");
        assertTrue(CliRun.of("simulate", "--orders", orders.toString()).errorLine().contains("line 1: the header must be"));
        assertEquals(2, CliRun.of("simulate").code());
    }

    @Test
    void benchReportsBarsPerSecondTradesAndPnlForBothEngines() {
        CliRun columnar = CliRun.of("bench", "sma-cross", "--bars", "20000", "--runs", "1", "--warmup", "0");
        assertEquals(0, columnar.code(), columnar.err());
        assertTrue(columnar.out().contains("daily spacing") && columnar.out().contains("bars/s"), columnar.out());
        CliRun event = CliRun.of("bench", "sma-cross", "--bars", "20000", "--runs", "1", "--warmup", "0", "--engine",
                "event");
        assertEquals(0, event.code(), event.err());
        String trades = columnar.out().lines().filter(l -> l.startsWith("closed positions")).findFirst().orElseThrow();
        assertEquals(trades.split(",")[0], event.out().lines().filter(l -> l.startsWith("closed positions"))
                .findFirst().orElseThrow().split(",")[0], "both engines close the same positions");
    }

    @Test
    void benchUsesMinuteSpacingWhenDaysWouldOverflow() {
        assertEquals(86_400_000_000_000L, BenchSmaCrossCommand.spacing(90_000));
        assertEquals(60_000_000_000L, BenchSmaCrossCommand.spacing(5_000_000));
    }

    @Test
    void benchRejectsBadValues() {
        assertTrue(CliRun.of("bench", "sma-cross", "--bars", "5").errorLine().contains("--bars must be at least 21"));
        assertTrue(CliRun.of("bench", "sma-cross", "--engine", "gpu").errorLine().contains("columnar or event"));
    }
    @Test
    void anOrderTimeBeyondWhatEpochNanosecondsHoldIsRefusedNamingItsLine() throws IOException {
        Path orders = dir.resolve("far.csv");
        for (String time : new String[] {"3000-01-01T00:00:00Z", "1600-01-01T00:00:00Z"}) {
            Files.writeString(orders, "time,id,side,type,size,limit_price\n" + time + ",o-1,buy,market,1,\n");
            CliRun run = CliRun.of("simulate", "--orders", orders.toString());
            assertEquals(1, run.code(), run.out());
            assertTrue(run.errorLine().contains(orders + " line 2: time must be between"), run.err());
        }
    }

    @Test
    void fromAndToLimitTheBarsOrdersMeet() throws IOException {
        Path orders = dir.resolve("window.csv");
        Files.writeString(orders, "time,id,side,type,size,limit_price\n2013-11-27T10:00:00Z,o-1,buy,market,1,\n");
        CliRun run = CliRun.of("simulate", "--orders", orders.toString(), "--from", "2013-11-27", "--to", "2013-11-28");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("simulated 1 orders over 576 bars"), run.out());
        Files.writeString(orders, "time,id,side,type,size,limit_price\n2013-11-26T10:00:00Z,o-1,buy,market,1,\n");
        CliRun before = CliRun.of("simulate", "--orders", orders.toString(), "--from", "2013-11-27");
        assertTrue(before.errorLine().contains("order o-1 is before the first bar"), before.err());
    }

    @Test
    void optionsThatOnlyABacktestUsesAreNotOffered() {
        for (String[] option : new String[][] {{"--strategy", "nope"}, {"--set", "fast=3"}, {"--balance", "5"},
                {"--execution", "signal-bar-close"}, {"--periods-per-year", "252"}}) {
            CliRun run = CliRun.of("simulate", "--orders", "o.csv", option[0], option[1]);
            assertEquals(2, run.code(), option[0]);
            assertTrue(run.errorLine().contains("Unknown option") && run.errorLine().contains("'" + option[0] + "'"),
                    run.err());
        }
    }
    @Test
    void benchRefusesCountsItCannotRunNamingTheLimit() {
        CliRun runs = CliRun.of("bench", "sma-cross", "--bars", "100", "--runs", "2000000000");
        assertEquals(2, runs.code(), "a bad option value is a usage error");
        assertTrue(runs.errorLine().contains("--runs must be between 1 and 10000, was 2000000000"), runs.err());
        CliRun bars = CliRun.of("bench", "sma-cross", "--bars", "200000000", "--runs", "1", "--warmup", "0");
        assertEquals(2, bars.code());
        assertTrue(bars.errorLine().contains("--bars must be at most 137944787"), bars.err());
    }
}
