package dev.parallax.live.store;

import static dev.parallax.live.store.StoredEvents.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.live.EventDigest;
import dev.parallax.live.EventOrigin;
import dev.parallax.live.InputPosition;
import dev.parallax.live.LiveEvent;
import dev.parallax.live.LiveStoreException;
import dev.parallax.live.RecordedInput;
import dev.parallax.live.StateSnapshot;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What every database of the live event store must do, whatever it is: a subclass opens the
 * writer and a reader of one fresh, empty store (an SQLite file, a PostgreSQL schema) and inherits
 * the tests. A new table (an alert outbox, say) adds its properties here so both databases are held
 * to them.
 */
abstract class LiveEventStoreContract {

    /** Opens the store for recording; the first call of a test finds it empty. */
    abstract JdbcLiveEventStore openWriter();

    /** Opens the same store for reading only. */
    abstract JdbcLiveEventStore openReader();

    @Test
    @DisplayName("every field of every kind of event comes back bit for bit after a reopen")
    void everyFieldComesBackBitForBit() {
        List<LiveEvent> events = StoredEvents.everyKind();
        try (JdbcLiveEventStore store = openWriter()) {
            store.append(events.subList(0, 1));
            store.append(events.subList(1, 4));
        }
        try (JdbcLiveEventStore store = openWriter()) {
            assertEquals(events, store.load());
        }
    }

    @Test
    @DisplayName("a batch that fails half way writes nothing, and the store goes on")
    void aFailedBatchWritesNothing() {
        try (JdbcLiveEventStore store = openWriter()) {
            store.append(List.of(entry("T1")));

            LiveStoreException e = assertThrows(LiveStoreException.class,
                    () -> store.append(List.of(entry("T2"), entry("T1"))));

            assertTrue(e.getMessage().contains("nothing was written"), e.getMessage());
            store.append(List.of(entry("T2")));
            assertEquals(List.of(entry("T1"), entry("T2")), store.load());
        }
    }

    @Test
    @DisplayName("input ids, digests, refusals and positions are kept, and a taken id writes nothing")
    void inputIdsAreKept() {
        InputPosition first = new InputPosition("/in.csv", "key", 40, 2);
        try (JdbcLiveEventStore store = openWriter()) {
            store.append(List.of(entry("T1")), new EventOrigin("line-1", Optional.of(first)));
            assertThrows(LiveStoreException.class, () -> store.append(List.of(entry("T2")),
                    new EventOrigin("line-1", Optional.of(new InputPosition("/in.csv", "key", 80, 3)))));
            store.appendRefusal(entry("T3"), EventOrigin.of("line-3"));
        }
        try (JdbcLiveEventStore store = openWriter()) {
            assertEquals(List.of(entry("T1")), store.load());
            assertEquals(Map.of("line-1", EventDigest.of(entry("T1")), "line-3", EventDigest.of(entry("T3"))),
                    store.inputDigests());
            assertEquals(Set.of("line-3"), store.refusedInputIds());
            assertEquals(Optional.of(first), store.inputPosition("/in.csv"));
        }
    }

    @Test
    @DisplayName("info is saved, replaced, and read back")
    void infoIsSavedAndReplaced() {
        try (JdbcLiveEventStore store = openWriter()) {
            assertEquals(Optional.empty(), store.info("initial_balance"));
            store.putInfo("initial_balance", "1.0");
            store.putInfo("initial_balance", "2.0");
        }
        try (JdbcLiveEventStore store = openReader()) {
            assertEquals(Optional.of("2.0"), store.info("initial_balance"));
        }
    }

    @Test
    @DisplayName("a second writer is refused as in use while the first goes on writing")
    void aSecondWriterIsRefused() {
        try (JdbcLiveEventStore first = openWriter()) {
            first.append(List.of(entry("T1")));

            LiveStoreException e = assertThrows(LiveStoreException.class, this::openWriter);

            assertTrue(e.getMessage().contains("in use by another"), e.getMessage());
            first.append(List.of(entry("T2")));
            assertEquals(2, first.load().size());
        }
        try (JdbcLiveEventStore again = openWriter()) {
            assertEquals(2, again.load().size());
        }
    }

    @Test
    @DisplayName("a reader sees each commit while the writer writes, and cannot write")
    void aReaderReadsAlongsideTheWriter() {
        try (JdbcLiveEventStore writer = openWriter()) {
            writer.append(List.of(entry("T1")));
            try (JdbcLiveEventStore reader = openReader()) {
                assertTrue(reader.readOnly());
                assertEquals(List.of(entry("T1")), reader.load());
                writer.append(List.of(entry("T2")));
                assertEquals(List.of(entry("T1"), entry("T2")), reader.load());

                LiveStoreException e = assertThrows(LiveStoreException.class, () -> reader.append(List.of(entry("T3"))));
                assertTrue(e.getMessage().contains("read-only"), e.getMessage());
                assertThrows(LiveStoreException.class, () -> reader.putInfo("x", "y"));
            }
        }
    }

    @Test
    @DisplayName("a reader of a store where nothing was recorded is refused")
    void aReaderOfNothingIsRefused() {
        LiveStoreException e = assertThrows(LiveStoreException.class, this::openReader);

        assertTrue(e.getMessage().contains("no live"), e.getMessage());
    }

    @Test
    @DisplayName("a snapshot written with events comes back, replaces the older one and is seen by a reader")
    void aSnapshotComesBackAndReplacesTheOlderOne() {
        StateSnapshot first = new StateSnapshot(1, new byte[] {1, 2, 3});
        StateSnapshot second = new StateSnapshot(3, new byte[] {4, 5});
        try (JdbcLiveEventStore store = openWriter()) {
            assertEquals(Optional.empty(), store.latestSnapshot());
            store.appendWithSnapshot(List.of(entry("T1")), Optional.empty(), first);
            assertEquals(Optional.of(first), store.latestSnapshot());
            store.append(List.of(entry("T2")));
            store.appendWithSnapshot(List.of(entry("T3")), Optional.of(EventOrigin.of("in-3")), second);
        }
        try (JdbcLiveEventStore store = openWriter(); JdbcLiveEventStore reader = openReader()) {
            assertEquals(Optional.of(second), store.latestSnapshot());
            assertEquals(Optional.of(second), reader.latestSnapshot());
            assertEquals(Set.of("in-3"), store.inputDigests().keySet());
        }
    }

    @Test
    @DisplayName("a batch that fails writes neither its events nor its snapshot")
    void aFailedBatchWritesNoSnapshot() {
        try (JdbcLiveEventStore store = openWriter()) {
            store.appendWithSnapshot(List.of(entry("T1")), Optional.empty(), new StateSnapshot(1, new byte[] {1}));
            assertThrows(LiveStoreException.class, () -> store.appendWithSnapshot(List.of(entry("T1")), Optional.empty(),
                    new StateSnapshot(2, new byte[] {2})));
            assertEquals(Optional.of(new StateSnapshot(1, new byte[] {1})), store.latestSnapshot());
            assertEquals(1, store.load().size());
        }
    }

    @Test
    @DisplayName("a snapshot must cover exactly the events written, with the batch or alone")
    void aSnapshotMustCoverTheEventsWritten() {
        try (JdbcLiveEventStore store = openWriter()) {
            store.append(List.of(entry("T1"), entry("T2")));
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> store.appendWithSnapshot(List.of(entry("T3")), Optional.empty(),
                            new StateSnapshot(2, new byte[] {1})));
            assertEquals("snapshot must cover the events up to the last one written (3), covered 2", e.getMessage());
            IllegalArgumentException alone = assertThrows(IllegalArgumentException.class,
                    () -> store.saveSnapshot(new StateSnapshot(1, new byte[] {1})));
            assertEquals("snapshot must cover every event written (2), covered 1", alone.getMessage());
            store.saveSnapshot(new StateSnapshot(2, new byte[] {7}));
            assertEquals(Optional.of(new StateSnapshot(2, new byte[] {7})), store.latestSnapshot());
            assertEquals(2, store.load().size());
        }
    }

    @Test
    @DisplayName("loadAfter reads only the events after the first count, in order")
    void loadAfterReadsTheTail() {
        try (JdbcLiveEventStore store = openWriter()) {
            store.append(List.of(entry("T1"), entry("T2"), entry("T3")));
            assertEquals(List.of(entry("T2"), entry("T3")), store.loadAfter(1));
            assertEquals(List.of(), store.loadAfter(3));
            assertEquals(store.load(), store.loadAfter(0));
        }
    }

    @Test
    @DisplayName("a commit group is one transaction: unseen until its commit, rolled back whole on a failure")
    void aCommitGroupIsOneTransaction() {
        try (JdbcLiveEventStore store = openWriter()) {
            store.append(List.of(entry("T0")));
            store.beginGroup();
            store.append(List.of(entry("T1")));
            store.append(List.of(entry("T2")), EventOrigin.of("in-2"));
            try (JdbcLiveEventStore reader = openReader()) {
                assertEquals(List.of(entry("T0")), reader.load());
                store.commitGroup();
                assertEquals(List.of(entry("T0"), entry("T1"), entry("T2")), reader.load());
            }
            store.beginGroup();
            store.append(List.of(entry("T3")));
            LiveStoreException e = assertThrows(LiveStoreException.class, () -> store.append(List.of(entry("T1"))));
            assertTrue(e.getMessage().contains("the open commit group of 1 event(s) was rolled back"), e.getMessage());
            assertThrows(IllegalStateException.class, store::commitGroup);
            store.append(List.of(entry("T4")));
            assertEquals(List.of(entry("T0"), entry("T1"), entry("T2"), entry("T4")), store.load());
        }
    }

    @Test
    @DisplayName("closing the store with a commit group open rolls the group back")
    void closingWithAnOpenGroupRollsItBack() {
        try (JdbcLiveEventStore store = openWriter()) {
            store.append(List.of(entry("T0")));
            store.beginGroup();
            store.append(List.of(entry("T1")));
        }
        try (JdbcLiveEventStore store = openWriter()) {
            assertEquals(List.of(entry("T0")), store.load());
        }
    }

    @Test
    @DisplayName("one input id is looked up with its digest and whether it was refused, the group's own included")
    void oneInputIdIsLookedUp() {
        try (JdbcLiveEventStore store = openWriter()) {
            assertEquals(Optional.empty(), store.recordedInput("in-1"));
            store.append(List.of(entry("T1")), EventOrigin.of("in-1"));
            store.appendRefusal(entry("T2"), EventOrigin.of("in-2"));
            store.beginGroup();
            store.append(List.of(entry("T3")), EventOrigin.of("in-3"));
            assertEquals(Optional.of(new RecordedInput("in-1", EventDigest.of(entry("T1")), false)),
                    store.recordedInput("in-1"));
            assertEquals(Optional.of(new RecordedInput("in-2", EventDigest.of(entry("T2")), true)),
                    store.recordedInput("in-2"));
            assertEquals(Optional.of(new RecordedInput("in-3", EventDigest.of(entry("T3")), false)),
                    store.recordedInput("in-3"));
            store.commitGroup();
        }
    }
}
