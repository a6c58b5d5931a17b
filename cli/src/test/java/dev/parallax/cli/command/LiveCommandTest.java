package dev.parallax.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.cli.CliRun;
import dev.parallax.cli.live.FillLine;
import dev.parallax.cli.live.InputLines;
import dev.parallax.cli.live.LiveDatabase;
import dev.parallax.live.LiveExecutionTracker;
import dev.parallax.live.RiskLimits;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LiveCommandTest {

    static final String ENTRY = "{\"type\":\"entry\",\"trade_id\":\"T-1\",\"symbol\":\"BTC/USD\",\"side\":\"buy\","
            + "\"size\":0.5,\"price\":50120,\"fee\":12.5,\"time\":\"2024-01-03T10:00:00Z\",\"slippage_bps\":1.2,\"latency_ms\":40}";
    static final String EXIT = "{\"type\":\"exit\",\"trade_id\":\"T-1\",\"exit_id\":\"T-1x\",\"size\":0.5,"
            + "\"price\":50610,\"fee\":12.6,\"time\":\"2024-01-03T12:00:00Z\"}";

    @TempDir
    Path dir;

    private String data() {
        return dir.resolve("data").toString();
    }

    @Test
    void ingestsJsonLinesAndPrintsTheStatusWhichSurvivesARestart() throws IOException {
        Path fills = dir.resolve("fills.jsonl");
        Files.writeString(fills, ENTRY + "\n" + EXIT + "\n");
        CliRun run = CliRun.of("live", "--data-dir", data(), "--strategy", "btc", "--balance", "10000", "--input",
                fills.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("recorded 2 events"), run.out());
        assertTrue(run.out().contains("balance 10,219.90"), run.out());
        assertTrue(Files.isRegularFile(dir.resolve("data/live/btc_live.db")));
        CliRun status = CliRun.of("live", "--data-dir", data(), "--strategy", "btc");
        assertEquals(0, status.code(), status.err());
        assertTrue(status.out().contains("balance 10,219.90") && status.out().contains("closed trades 1"), status.out());
    }

    @Test
    void thePositionModeIsKeptWithTheAccountAndAnotherOneIsRefusedNamingBoth() throws IOException {
        Path fills = dir.resolve("fills.jsonl");
        Files.writeString(fills, ENTRY + "\n");
        CliRun created = CliRun.of("live", "--data-dir", data(), "--strategy", "btc", "--balance", "10000", "--input",
                fills.toString(), "--position-mode", "netting");
        assertEquals(0, created.code(), created.err());

        CliRun status = CliRun.of("live", "--data-dir", data(), "--strategy", "btc");
        assertEquals(0, status.code(), status.err());
        CliRun other = CliRun.of("live", "--data-dir", data(), "--strategy", "btc", "--position-mode", "per-trade");
        assertEquals(1, other.code(), other.out());
        assertTrue(other.err().contains("btc_live.db keeps a NETTING account, but the settings say PER_TRADE"),
                other.err());
        CliRun bad = CliRun.of("live", "--data-dir", data(), "--strategy", "btc", "--position-mode", "hedged");
        assertEquals(2, bad.code(), bad.out());
        assertTrue(bad.err().contains("--position-mode: position mode must be netting or per-trade, was 'hedged'"),
                bad.err());
        try (var store = dev.parallax.live.store.JdbcLiveEventStore.sqliteReadOnly(
                dir.resolve("data/live/btc_live.db"))) {
            assertEquals(dev.parallax.ledger.PositionMode.NETTING, dev.parallax.live.LiveTrackerBuilder.positionMode(store));
        }
    }

    @Test
    void ingestsCsvAndFollowsAGrowingFileUntilIdle() throws IOException {
        Path fills = dir.resolve("fills.csv");
        Files.writeString(fills, "type,trade_id,exit_id,symbol,side,size,price,fee,time,slippage_bps,latency_ms\n"
                + "entry,A,,ETH/USD,sell,2,3000,1.5,2024-02-01T09:00:00Z,,\n"
                + "mark,,,ETH/USD,,,2990,,2024-02-01T09:30:00Z,,\n");
        CliRun run = CliRun.of("live", "--data-dir", data(), "--strategy", "eth", "--balance", "5000", "--input",
                fills.toString(), "--follow", "--follow-idle", "300ms");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("recorded 2 events") && run.out().contains("open trades: 1"), run.out());
    }

    @Test
    void aCharacterSplitAcrossTwoReadsOfTheFileArrivesWhole() throws IOException {
        // Entry lines, the last one padded with blanks after its '{', so that the three bytes of a
        // euro sign in its trade id straddle byte 8192, where the command's first read of the file ends.
        StringBuilder file = new StringBuilder();
        int count = 0;
        String lastId;
        while (true) {
            String id = "Z€-" + count;
            String line = ENTRY.replace("T-1", id);
            int euro = file.toString().getBytes(StandardCharsets.UTF_8).length + line.indexOf('€');
            if (euro + 2 * line.length() > 8191) {
                file.append('{').append(" ".repeat(8191 - euro)).append(line.substring(1)).append('\n');
                lastId = id;
                break;
            }
            file.append(line).append('\n');
            count++;
        }
        byte[] bytes = file.toString().getBytes(StandardCharsets.UTF_8);
        assertEquals((byte) 0xE2, bytes[8191], "the euro sign starts one byte before the first read ends");
        Path fills = dir.resolve("euro.jsonl");
        Files.write(fills, bytes);
        CliRun run = CliRun.of("live", "--data-dir", data(), "--strategy", "eu", "--balance", "1000000", "--input",
                fills.toString());
        assertEquals(0, run.code(), run.err());
        CliRun status = CliRun.of("live", "--data-dir", data(), "--strategy", "eu");
        assertTrue(status.out().contains("    " + lastId + " "), status.out());
        assertTrue(status.out().contains("open trades: " + (count + 1)), status.out());
    }

    @Test
    void aBadLineStopsNamingItsLineAndKeepsTheLinesBefore() throws IOException {
        Path fills = dir.resolve("f.jsonl");
        Files.writeString(fills, ENTRY + "\n{\"type\":\"exit\",\"trade_id\":\"T-1\",\"size\":\"x\"}\n");
        CliRun run = CliRun.of("live", "--data-dir", data(), "--strategy", "s1", "--balance", "1000", "--input",
                fills.toString());
        assertEquals(1, run.code());
        assertEquals("parallax live: " + fills + " line 2: field 'size' must be a number, was 'x'; the 1 events before "
                + "it are recorded", run.errorLine());
        assertTrue(CliRun.of("live", "--data-dir", data(), "--strategy", "s1").out().contains("open trades: 1"));
    }

    @Test
    void rejectsBadArgumentsWithOneLine() throws IOException {
        assertEquals(2, CliRun.of("live", "--data-dir", data()).code());
        assertTrue(CliRun.of("live", "--data-dir", data(), "--strategy", "new").errorLine().contains("give --balance"));
        assertTrue(CliRun.of("live", "--data-dir", data(), "--strategy", "a/b", "--balance", "1").errorLine()
                .contains("cannot leave the data folder"));
        assertTrue(CliRun.of("live", "--data-dir", data(), "--strategy", "x", "--balance", "1", "--input",
                dir.resolve("nope.jsonl").toString()).errorLine().contains("fills file not found"));
        CliRun lots = CliRun.of("live", "--data-dir", data(), "--strategy", "x", "--balance", "1", "--max-daily-loss",
                "lots");
        assertEquals(2, lots.code(), "a bad option value is a usage error");
        assertTrue(lots.errorLine().contains("--max-daily-loss must be a percentage"), lots.err());
        CliRun format = CliRun.of("live", "--data-dir", data(), "--strategy", "x", "--balance", "1", "--input-format",
                "xml", "--input", "-");
        assertEquals(2, format.code(), format.err());
        for (String balance : new String[] {"-1", "0", "1e16", "NaN"}) {
            CliRun bad = CliRun.of("live", "--data-dir", data(), "--strategy", "x", "--balance", balance);
            assertEquals(2, bad.code(), balance + ": " + bad.err());
            assertTrue(bad.errorLine().contains("--balance"), bad.err());
        }
        Path fills = dir.resolve("t.jsonl");
        Files.writeString(fills, "not json\n");
        assertTrue(CliRun.of("live", "--data-dir", data(), "--strategy", "x", "--balance", "1", "--input",
                fills.toString()).errorLine().contains("line 1: not a JSON object"));
    }

    @Test
    void anExistingDatabaseRefusesAnotherBalance() throws IOException {
        Path fills = dir.resolve("fills.jsonl");
        Files.writeString(fills, ENTRY + "\n");
        assertEquals(0, CliRun.of("live", "--data-dir", data(), "--strategy", "b", "--balance", "10000", "--input",
                fills.toString()).code());
        CliRun run = CliRun.of("live", "--data-dir", data(), "--strategy", "b", "--balance", "999");
        assertEquals(1, run.code());
        assertTrue(run.errorLine().contains("initial balance"), run.err());
    }
    @Test
    void aCsvHeaderInAnotherColumnOrderIsRefusedBeforeAnythingIsRecorded() throws IOException {
        // price and size swapped: read by position, the entry would be recorded as 50,120 BTC at 0.5
        Path fills = dir.resolve("swapped.csv");
        Files.writeString(fills, "type,trade_id,exit_id,symbol,side,price,size,fee,time,slippage_bps,latency_ms\n"
                + "entry,T-1,,BTC/USD,buy,50120,0.5,12.5,2024-01-03T10:00:00Z,1.2,40\n");
        CliRun run = CliRun.of("live", "--data-dir", data(), "--strategy", "sw", "--balance", "10000", "--input",
                fills.toString());
        assertEquals(1, run.code(), run.out());
        assertTrue(run.errorLine().contains(fills + " line 1: the CSV header must be '" + FillLine.CSV_HEADER + "'"),
                run.err());
        assertTrue(CliRun.of("live", "--data-dir", data(), "--strategy", "sw").out().contains("open trades: 0"));
    }

    @Test
    void aCsvHeaderAfterAByteOrderMarkIsRead() throws IOException {
        Path fills = dir.resolve("bom.csv");
        Files.writeString(fills, "\uFEFF" + FillLine.CSV_HEADER + "\n"
                + "entry,A,,ETH/USD,sell,2,3000,1.5,2024-02-01T09:00:00Z,,\n");
        CliRun run = CliRun.of("live", "--data-dir", data(), "--strategy", "bom", "--balance", "5000", "--input",
                fills.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("recorded 1 events") && run.out().contains("open trades: 1"), run.out());
    }

    private static final String HALF_EXIT = "{\"type\":\"exit\",\"trade_id\":\"T-1\",\"size\":0.25,\"price\":50136,"
            + "\"fee\":0,\"time\":\"2024-01-03T11:00:00Z\"}";

    private CliRun live(String strategy, String... more) {
        String[] args = new String[6 + more.length];
        System.arraycopy(new String[] {"live", "--data-dir", data(), "--strategy", strategy, "--balance"}, 0, args, 0, 6);
        System.arraycopy(more, 0, args, 6, more.length);
        return CliRun.of(args);
    }

    @Test
    void reFeedingAFileSkipsWhatIsRecordedAndAnExitWithoutExitIdCountsOnce() throws IOException {
        Path fills = dir.resolve("again.jsonl");
        Files.writeString(fills, ENTRY + "\n" + HALF_EXIT + "\n");
        CliRun first = live("re", "10000", "--input", fills.toString());
        // By hand: (50136 - 50120) * 0.25 = 4 gross, minus the entry fee 12.5: realised -8.50.
        assertTrue(first.out().contains("recorded 2 events, skipped 0 already recorded"), first.out());
        assertTrue(first.out().contains("realised -8.50"), first.out());
        CliRun again = live("re", "10000", "--input", fills.toString());
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().contains("recorded 0 events, skipped 2 already recorded"), again.out());
        assertTrue(again.out().contains("realised -8.50") && again.out().contains("(" + dir.resolve("data")
                .resolve("live/re_live.db").toAbsolutePath() + ", 2 events)"), again.out());
    }

    @Test
    void followResumesAfterTheLastRecordedLine() throws IOException {
        Path fills = dir.resolve("follow.jsonl");
        Files.writeString(fills, ENTRY + "\n" + HALF_EXIT + "\n");
        assertEquals(0, live("fo", "10000", "--input", fills.toString(), "--follow", "--follow-idle", "200ms").code());
        Files.writeString(fills, EXIT.replace("0.5", "0.25") + "\n", java.nio.file.StandardOpenOption.APPEND);
        CliRun run = live("fo", "10000", "--input", fills.toString(), "--follow", "--follow-idle", "200ms", "--ack");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().startsWith("ack T-1x\nresumed " + fills + " after line 2, the last line recorded before\n"
                + "recorded 1 events, skipped 0 already recorded"), run.out());
        assertTrue(run.out().contains("closed trades 1"), run.out());
    }

    @Test
    void ackPrintsOneLinePerDurableEventWithItsId() throws IOException {
        Path fills = dir.resolve("ack.csv");
        Files.writeString(fills, FillLine.CSV_HEADER + "\n"
                + "entry,A,,ETH/USD,sell,2,3000,1.5,2024-02-01T09:00:00Z,,\n"
                + "mark,,,ETH/USD,,,2990,,2024-02-01T09:30:00Z,,\n");
        CliRun run = live("ack", "5000", "--input", fills.toString(), "--ack");
        assertEquals(0, run.code(), run.err());
        List<String> acks = run.out().lines().filter(l -> l.startsWith("ack ")).toList();
        assertEquals(2, acks.size(), run.out());
        assertEquals("ack A", acks.get(0));
        assertTrue(acks.get(1).matches("ack mark@3:[0-9a-f]{16}"), acks.get(1));
        CliRun again = live("ack", "5000", "--input", fills.toString(), "--ack");
        assertEquals(List.of("ack A already-recorded", acks.get(1) + " already-recorded"),
                again.out().lines().filter(l -> l.startsWith("ack ")).toList());
    }

    @Test
    void commitGroupsAcknowledgeEveryLineInOrderAndCommitBeforeABadLineIsReported() throws IOException {
        Path fills = dir.resolve("group.csv");
        Files.writeString(fills, FillLine.CSV_HEADER + "\n"
                + "entry,A,,ETH/USD,sell,2,3000,1.5,2024-02-01T09:00:00Z,,\n"
                + "entry,B,,ETH/USD,buy,1,3000,1.5,2024-02-01T09:01:00Z,,\n"
                + "exit,A,A-x,ETH/USD,,2,2990,1.5,2024-02-01T09:02:00Z,,\n"
                + "entry,C,,ETH/USD,buy,1,3000,1.5,2024-02-01T09:03:00Z,,\n"
                + "exit,Z,Z-x,ETH/USD,,1,2990,1.5,2024-02-01T09:04:00Z,,\n");
        CliRun run = live("grp", "5000", "--input", fills.toString(), "--ack", "--commit-every", "3");
        assertEquals(1, run.code(), run.out());
        // lines 2-4 are one group, committed when full; line 5 is committed before line 6 is reported
        assertEquals(List.of("ack A", "ack B", "ack A-x", "ack C"),
                run.out().lines().filter(l -> l.startsWith("ack ")).toList());
        assertTrue(run.errorLine().contains("line 6: tradeId 'Z' of the exit has no entry"), run.err());
        assertTrue(run.errorLine().endsWith("the 4 events before it are recorded"), run.err());
        CliRun again = live("grp", "5000", "--input", fills.toString(), "--ack", "--commit-every", "3");
        assertEquals(List.of("ack A already-recorded", "ack B already-recorded", "ack A-x already-recorded",
                "ack C already-recorded"), again.out().lines().filter(l -> l.startsWith("ack ")).toList());
    }

    @Test
    void aCommitGroupOfLessThanOneLineIsAUsageError() throws IOException {
        Path fills = dir.resolve("zero.csv");
        Files.writeString(fills, FillLine.CSV_HEADER + "\n");
        CliRun run = live("zero", "5000", "--input", fills.toString(), "--commit-every", "0");
        assertEquals(2, run.code(), run.err());
        assertTrue(run.err().contains("--commit-every must be >= 1, was 0"), run.err());
    }

    @Test
    void aLineLongerThanTheLimitStopsTheImportNamingItsLineAndKeepsWhatCameBefore() throws IOException {
        Path fills = dir.resolve("long.jsonl");
        Files.writeString(fills, ENTRY + "\n" + "{\"type\":\"" + "x".repeat(InputLines.MAX_LINE_BYTES) + "\"}\n");
        CliRun run = live("lg", "10000", "--input", fills.toString());
        assertEquals(1, run.code());
        assertEquals("parallax live: " + fills + " line 2 is longer than the limit of 1048576 bytes; a fill line is "
                + "far shorter, so the input is not a fills file or is damaged; the 1 events before it are recorded",
                run.errorLine());
        assertTrue(CliRun.of("live", "--data-dir", data(), "--strategy", "lg").out().contains("open trades: 1"));
    }

    @Test
    void theStatusReadsWhileAnotherTrackerRecordsAndASecondRecorderIsRefused() throws IOException {
        Path fills = dir.resolve("busy.jsonl");
        Files.writeString(fills, ENTRY + "\n");
        assertEquals(0, live("busy", "10000", "--input", fills.toString()).code());
        try (LiveExecutionTracker writer = LiveDatabase.openForRecording(dir.resolve("data"), "busy",
                RiskLimits.DEFAULTS)) {
            CliRun status = CliRun.of("live", "--data-dir", data(), "--strategy", "busy");
            assertEquals(0, status.code(), status.err());
            assertTrue(status.out().contains("open trades: 1"), status.out());
            CliRun second = CliRun.of("live", "--data-dir", data(), "--strategy", "busy", "--input", fills.toString());
            assertEquals(1, second.code());
            assertTrue(second.errorLine().contains("busy_live.db is in use by another live tracker"), second.err());
            assertEquals(1, writer.eventCount());
        }
    }

    @Test
    void anEntryTheBreakerRefusedIsNotTriedAgainWhenTheFileIsFedAgain() throws IOException {
        Path fills = dir.resolve("refused.csv");
        Files.writeString(fills, FillLine.CSV_HEADER + "\n"
                + "entry,A,,ETH/USD,buy,10,100,0,2024-02-01T10:00:00Z,,\n"
                + "mark,,,ETH/USD,,,40,,2024-02-01T10:01:00Z,,\n"
                + "entry,B,,ETH/USD,buy,1,40,0,2024-02-01T10:02:00Z,,\n"
                + "mark,,,ETH/USD,,,41,,2024-02-01T10:30:00Z,,\n");
        CliRun first = live("rf", "10000", "--input", fills.toString(), "--ack");
        assertEquals(0, first.code(), first.err());
        assertTrue(first.out().contains("ack B refused\n"), first.out());
        assertTrue(first.out().contains("recorded 3 events, skipped 0 already recorded (1 entries refused"), first.out());
        // B's time is 28 minutes behind the newest event now; tried again it would stop the import
        CliRun again = live("rf", "10000", "--input", fills.toString(), "--ack");
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().contains("ack B refused\n"), again.out());
        assertTrue(again.out().contains("recorded 0 events, skipped 3 already recorded (1 entries refused"), again.out());
    }
}
