package dev.parallax.parity;

import static dev.parallax.parity.SameParity.DAY;
import static dev.parallax.parity.SameParity.assertSameParity;
import static dev.parallax.parity.SameParity.backtests;
import static dev.parallax.parity.SameParity.liveOf;
import static dev.parallax.parity.SameParity.livesOf;
import static dev.parallax.parity.Trades.backtest;
import static dev.parallax.parity.Trades.live;
import static dev.parallax.parity.Trades.noonUtc;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.sim.api.Fill;
import dev.parallax.sim.api.Side;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SplittableRandom;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A parity tracker that sends its completed trades to a {@link TradeArchive} at checkpoints: it
 * answers exactly as one that keeps every trade in memory, goes on from a checkpoint after a
 * restart, and its checkpoint state does not grow with the trades completed.
 */
class ParityTrackerArchiveTest {

    private static final Instant NOW = Instant.parse("2024-03-10T18:00:00Z");
    private static final String STRATEGY = "grid";

    @TempDir
    Path dir;

    private ParityTracker tracker(String folder) {
        ParitySettings settings = ParitySettings.builder().dataFolder(dir.resolve(folder))
                .alertLogFolder(dir.resolve("logs")).build();
        return ParityTrackerRegistry.withSinks(settings, Clock.fixed(NOW, ZoneOffset.UTC), List.of())
                .tracker(STRATEGY);
    }

    @Test
    void aTrackerWithAnArchiveAnswersAsOneThatKeepsEveryTradeAndGoesOnFromItsCheckpoints() {
        for (long seed = 1; seed <= 20; seed++) {
            List<Fill> backtests = backtests(seed, 60);
            SplittableRandom random = new SplittableRandom(seed * 31);
            List<Fill> lives = livesOf(backtests, random);
            int cut = random.nextInt(lives.size() + 1);

            ParityTracker memory = tracker("memory-" + seed);
            backtests.forEach(memory::recordBacktest);
            lives.forEach(memory::replayLive);

            MapArchive archive = new MapArchive();
            ParityTracker first = tracker("archived-" + seed);
            backtests.forEach(first::recordBacktest);
            first.useArchive(archive);
            for (int i = 0; i < cut; i++) {
                first.replayLive(lives.get(i));
                int roll = random.nextInt(10);
                if (roll == 0) {
                    ParityCheckpoint checkpoint = first.checkpoint();
                    archive.write(checkpoint);
                    first.archived(checkpoint);
                } else if (roll == 1) {
                    first.checkpoint(); // a write that failed: the next checkpoint carries its trades again
                }
            }
            ParityCheckpoint last = first.checkpoint();
            archive.write(last);
            first.archived(last);
            assertEquals(List.of(), first.checkpoint().trades(), "seed " + seed + ": every completed trade is archived");

            ParityTracker second = tracker("archived-" + seed);
            backtests.forEach(second::recordBacktest);
            second.restoreState(archive.state(), archive);
            lives.subList(cut, lives.size()).forEach(second::replayLive);

            assertSameParity(memory, second, backtests.size());
            lives.subList(cut, lives.size()).forEach(first::replayLive);
            assertSameParity(memory, first, backtests.size());
        }
    }

    @Test
    void theCheckpointStateDoesNotGrowWithTheTradesCompleted() {
        int[] sizes = new int[2];
        int[] counts = {200, 4_000};
        for (int run = 0; run < 2; run++) {
            MapArchive archive = new MapArchive();
            ParityTracker tracker = tracker("size-" + run);
            tracker.useArchive(archive);
            SplittableRandom random = new SplittableRandom(5);
            for (Fill b : backtests(9, counts[run])) {
                tracker.recordBacktest(b);
                tracker.recordLive(liveOf(b, random));
                if (tracker.completedTrades() % 100 == 0) {
                    ParityCheckpoint checkpoint = tracker.checkpoint();
                    archive.write(checkpoint);
                    tracker.archived(checkpoint);
                }
            }
            ParityCheckpoint checkpoint = tracker.checkpoint();
            assertEquals(List.of(), checkpoint.trades());
            assertEquals(counts[run], archive.count());
            assertEquals(counts[run], tracker.completedTrades());
            sizes[run] = checkpoint.state().length;
        }
        assertEquals(sizes[0], sizes[1], "same days, same returns: the state has the same size for 200 and "
                + "4,000 archived trades");
        assertTrue(tracker("whole").saveState().length <= sizes[0], "an empty tracker's state is no larger");
    }

    @Test
    void anArchivedTradeIsStillCompletedOnBothSides() {
        MapArchive archive = new MapArchive();
        ParityTracker tracker = tracker("dupes");
        tracker.useArchive(archive);
        Fill b = backtest("t1", Side.BUY, 1, 100, noonUtc(DAY), 0);
        tracker.recordBacktest(b);
        TradeComparison trade = tracker.recordLive(live("t1", 100.05, noonUtc(DAY), 0, 0, 10)).orElseThrow();
        ParityCheckpoint checkpoint = tracker.checkpoint();
        assertEquals(List.of("t1"), checkpoint.trades().stream().map(ArchivedTrade::tradeId).toList());
        archive.write(checkpoint);
        tracker.archived(checkpoint);
        tracker.archived(checkpoint);
        assertEquals(1, tracker.completedTrades(), "archiving the same checkpoint twice counts its trade once");

        assertEquals(trade, tracker.trade("t1").orElseThrow(), "read back from the archive with the same figures");
        IllegalArgumentException again = assertThrows(IllegalArgumentException.class,
                () -> tracker.recordLive(live("t1", 100, noonUtc(DAY), 0, 0, 1)));
        assertTrue(again.getMessage().contains("already completed"), again.getMessage());
        IllegalArgumentException backtestAgain = assertThrows(IllegalArgumentException.class,
                () -> tracker.recordBacktest(b));
        assertTrue(backtestAgain.getMessage().contains("already completed"), backtestAgain.getMessage());
        assertEquals(UnmatchedTrades.NONE, tracker.unmatched());
    }

    @Test
    void anArchiveMissingATradeIsRefusedAndTheTrackerIsUnchanged() {
        MapArchive archive = new MapArchive();
        ParityTracker first = tracker("first");
        first.useArchive(archive);
        SplittableRandom random = new SplittableRandom(3);
        for (Fill b : backtests(3, 10)) {
            first.recordBacktest(b);
            first.recordLive(liveOf(b, random));
        }
        ParityCheckpoint checkpoint = first.checkpoint();
        archive.write(checkpoint);
        first.archived(checkpoint);
        archive.lose("t4");

        ParityTracker second = tracker("second");
        backtests(3, 10).forEach(second::recordBacktest);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> second.restoreState(archive.state(), archive));
        assertTrue(e.getMessage().contains("counts 10 archived trades, the archive holds 9"), e.getMessage());
        assertEquals(0, second.completedTrades());
        IllegalArgumentException withoutArchive = assertThrows(IllegalArgumentException.class,
                () -> second.restoreState(archive.state()));
        assertTrue(withoutArchive.getMessage().contains("keeps 10 completed trades in an archive"),
                withoutArchive.getMessage());
        second.useArchive(new MapArchive());
        assertEquals(0, second.completedTrades());
    }

    @Test
    void aWholeSavedStateIsTakenWithAnEmptyArchiveAndItsTradesGoToTheNextCheckpoint() {
        ParityTracker memory = tracker("memory");
        SplittableRandom random = new SplittableRandom(4);
        List<Fill> backtests = backtests(4, 12);
        for (Fill b : backtests) {
            memory.recordBacktest(b);
            memory.recordLive(liveOf(b, random));
        }
        MapArchive archive = new MapArchive();
        ParityTracker archived = tracker("archived");
        backtests.forEach(archived::recordBacktest);
        archived.restoreState(memory.saveState(), archive);
        ParityCheckpoint checkpoint = archived.checkpoint();
        assertEquals(12, checkpoint.trades().size());
        archive.write(checkpoint);
        archived.archived(checkpoint);
        assertSameParity(memory, archived, backtests.size());
    }

    @Test
    void misuseIsRefusedWithAMessage() {
        ParityTracker plain = tracker("plain");
        assertThrows(IllegalStateException.class, plain::checkpoint);
        MapArchive full = new MapArchive();
        full.replace("x", new byte[] {1});
        IllegalArgumentException notEmpty = assertThrows(IllegalArgumentException.class, () -> plain.useArchive(full));
        assertTrue(notEmpty.getMessage().contains("holds 1 trade(s)"), notEmpty.getMessage());

        ParityTracker busy = tracker("busy");
        busy.recordLive(live("x", 100, noonUtc(DAY), 0, 0, 1));
        assertThrows(IllegalStateException.class, () -> busy.useArchive(new MapArchive()));

        ParityTracker archiving = tracker("archiving");
        archiving.useArchive(new MapArchive());
        assertThrows(IllegalStateException.class, archiving::saveState);
        assertThrows(IllegalStateException.class, () -> archiving.useArchive(new MapArchive()));
        IllegalStateException twice = assertThrows(IllegalStateException.class,
                () -> archiving.restoreState(plain.saveState(), new MapArchive()));
        assertTrue(twice.getMessage().contains("already sends its trades to an archive"), twice.getMessage());
    }

    @Test
    void anArchivedTradeWhoseBytesAreDamagedIsReportedByItsId() {
        MapArchive archive = new MapArchive();
        ParityTracker tracker = tracker("damaged");
        tracker.useArchive(archive);
        tracker.recordBacktest(backtest("t1", Side.BUY, 1, 100, noonUtc(DAY), 0));
        tracker.recordLive(live("t1", 100.05, noonUtc(DAY), 0, 0, 10));
        ParityCheckpoint checkpoint = tracker.checkpoint();
        archive.write(checkpoint);
        tracker.archived(checkpoint);
        byte[] other = ArchivedTrade.of(TradeComparison.of(backtest("t2", Side.BUY, 1, 100, noonUtc(DAY), 0),
                live("t2", 100, noonUtc(DAY), 0, 0, 1))).data();
        archive.replace("t1", other);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> tracker.trade("t1"));
        assertTrue(e.getMessage().contains("'t1' cannot be read") && e.getMessage().contains("hold trade 't2'"),
                e.getMessage());
    }

    @Test
    void anArchivedTradeReadsBackToTheSameBytesAndFigures() {
        TradeComparison trade = TradeComparison.of(backtest("t9", Side.SELL, 2.5, 101.25, noonUtc(DAY), 0.3),
                live("t9", Side.SELL, 101.2, noonUtc(DAY).plusMillis(40), 0.31, 2, 40));
        ArchivedTrade archived = ArchivedTrade.of(trade);
        assertEquals(trade, ArchivedTrade.decode("t9", archived.data()));
        assertArrayEquals(archived.data(), ArchivedTrade.of(ArchivedTrade.decode("t9", archived.data())).data());
        byte[] format = archived.data().clone();
        format[3] = 7;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ArchivedTrade.decode("t9", format));
        assertTrue(e.getMessage().contains("format 7"), e.getMessage());
    }

    @Test
    void aFormatOneStateOfTheBuildBeforeArchivesIsStillRestored() {
        ParityTracker saved = tracker("format-one");
        Fill b = backtest("t1", Side.BUY, 1, 100, noonUtc(DAY), 0.01);
        saved.recordBacktest(b);
        Fill l = live("t1", 100.02, noonUtc(DAY).plusMillis(30), 0.01, 0, 30);
        saved.recordLive(l);
        byte[] three = saved.saveState();

        // format 3 up to the end of the completed trades, to find where the rest starts
        StateOutput fills = stateHeader();
        fills.writeInt(0);
        fills.writeInt(0);
        fills.writeInt(1);
        fills.writeFill(b);
        fills.writeFill(l);
        int cut = fills.toByteArray().length;
        // the same by hand in the executions of format 1, then the rest without the archived count
        // and the inputs' digest, which format 1 did not have
        StateOutput old = new StateOutput();
        old.writeInt(0x504C5850);
        old.writeInt(ParityStateFormat.FORMAT_WITHOUT_ARCHIVE);
        old.writeText(ParitySettings.DEFAULTS.limits().toString());
        old.writeInt(0);
        old.writeInt(0);
        old.writeInt(1);
        OldExecutions.writeBacktest(old, b);
        OldExecutions.writeLive(old, l, 0);
        byte[] head = old.toByteArray();
        int added = 3 * Long.BYTES; // archived count, count and sum of the inputs' digest
        int rest = three.length - Integer.BYTES - cut - added;
        ByteBuffer one = ByteBuffer.allocate(head.length + rest + Integer.BYTES);
        one.put(head).put(three, cut + added, rest);
        CRC32 crc = new CRC32();
        crc.update(one.array(), 0, one.position());
        one.putInt((int) crc.getValue());

        ParityTracker restored = tracker("format-one");
        restored.recordBacktest(b);
        restored.restoreState(one.array());
        assertSameParity(saved, restored, 2);
    }

    @Test
    void aCheckpointWhoseSavedDigestCountsOtherInputsIsRefused() {
        MapArchive archive = new MapArchive();
        ParityTracker first = tracker("digest");
        first.useArchive(archive);
        first.recordBacktest(backtest("t1", Side.BUY, 1, 100, noonUtc(DAY), 0));
        first.recordLive(live("t1", 100.05, noonUtc(DAY), 0, 0, 10));
        ParityCheckpoint checkpoint = first.checkpoint();
        archive.write(checkpoint);
        first.archived(checkpoint);

        StateOutput prefix = stateHeader();
        prefix.writeInt(0);
        prefix.writeInt(0);
        prefix.writeInt(0);
        prefix.writeLong(1);
        ByteBuffer edited = ByteBuffer.wrap(checkpoint.state().clone());
        int countAt = prefix.toByteArray().length;
        assertEquals(1, edited.getLong(countAt), "the digest counts the archived trade's backtest execution");
        edited.putLong(countAt, 5);
        CRC32 crc = new CRC32();
        crc.update(edited.array(), 0, edited.capacity() - Integer.BYTES);
        edited.putInt(edited.capacity() - Integer.BYTES, (int) crc.getValue());

        ParityTracker second = tracker("digest");
        second.recordBacktest(backtest("t1", Side.BUY, 1, 100, noonUtc(DAY), 0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> second.restoreState(edited.array(), archive));
        assertTrue(e.getMessage().contains("saved digest counts 5 inputs, not the 0 the state holds plus one for each "
                + "of its 1 archived trades"), e.getMessage());
        second.restoreState(checkpoint.state(), archive);
        assertEquals(1, second.completedTrades());
    }

    /** The magic number, format and default limits a parity state under the default settings starts with. */
    private static StateOutput stateHeader() {
        StateOutput header = new StateOutput();
        header.writeInt(0x504C5850);
        header.writeInt(ParityStateFormat.FORMAT);
        header.writeText(ParitySettings.DEFAULTS.limits().toString());
        return header;
    }
}
