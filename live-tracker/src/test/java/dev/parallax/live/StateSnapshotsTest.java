package dev.parallax.live;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

class StateSnapshotsTest {

    private static final Instant T0 = Instant.parse("2024-03-04T10:00:00Z");
    private static final LiveTrackerSettings SETTINGS = Trackers.settings(Path.of("unused"));

    @Test
    void aDecodedSnapshotGivesBackTheStateAndTheLastEventDigest() {
        TrackerState state = state();
        StateSnapshot snapshot = StateSnapshots.encode(state, SETTINGS, 42L);
        StateSnapshots.Restored restored = StateSnapshots.decode(snapshot, SETTINGS);
        assertEquals(42L, restored.lastEventDigest());
        assertEquals(state.account(), restored.state().account());
        assertEquals(state.ledger().openPositions(), restored.state().ledger().openPositions());
        assertEquals(state.days().summaries(Map.of(), Map.of()), restored.state().days().summaries(Map.of(), Map.of()));
        assertEquals(state.risk().state(), restored.state().risk().state());
        assertEquals(2, restored.state().eventCount());
    }

    @Test
    void aTruncatedSnapshotIsRefusedByItsChecksum() {
        byte[] bytes = StateSnapshots.encode(state(), SETTINGS, 1L).state();
        StateSnapshot cut = new StateSnapshot(2, Arrays.copyOf(bytes, bytes.length - 9));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> StateSnapshots.decode(cut, SETTINGS));
        assertTrue(e.getMessage().contains("checksum"), e.getMessage());
    }

    @Test
    void aSnapshotOfANewerFormatIsRefusedNamingBothFormats() {
        byte[] bytes = StateSnapshots.encode(state(), SETTINGS, 1L).state();
        ByteBuffer.wrap(bytes).putInt(4, StateSnapshots.FORMAT + 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> StateSnapshots.decode(new StateSnapshot(2, bytes), SETTINGS));
        assertEquals("the snapshot has format 5, newer than the format 4 this build reads", e.getMessage());
    }

    @Test
    void aSnapshotOfTheOlderFormatThatHeldEveryTradeIsRefusedSoTheEventsAreReplayed() {
        byte[] bytes = StateSnapshots.encode(state(), SETTINGS, 1L).state();
        ByteBuffer.wrap(bytes).putInt(4, 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> StateSnapshots.decode(new StateSnapshot(2, bytes), SETTINGS));
        assertEquals("the snapshot has format 1, older than the formats 2 to 4 this build reads", e.getMessage());
    }

    @Test
    void theParityStateTheEventsItCoversAndItsArchiveGenerationComeBackAsSaved() {
        TrackerState state = state();
        byte[] parity = {1, 2, 3, 4, 5};
        StateSnapshot snapshot = StateSnapshots.encode(state, SETTINGS, 9L,
                Optional.of(new StateSnapshots.ParityPart(state.eventCount() - 1, 7, parity)));
        StateSnapshots.ParityPart part = StateSnapshots.decode(snapshot, SETTINGS).parity().orElseThrow();
        assertEquals(state.eventCount() - 1, part.eventCount());
        assertEquals(7, part.generation());
        assertTrue(part.archived());
        assertArrayEquals(parity, part.state());
        assertEquals(Optional.empty(), StateSnapshots.decode(StateSnapshots.encode(state, SETTINGS, 9L), SETTINGS)
                .parity());
    }

    @Test
    void aParityStateCoveringMoreEventsThanTheSnapshotIsRefused() {
        TrackerState state = state();
        StateSnapshot snapshot = StateSnapshots.encode(state, SETTINGS, 9L,
                Optional.of(new StateSnapshots.ParityPart(state.eventCount() + 1, 0, new byte[] {1})));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> StateSnapshots.decode(snapshot, SETTINGS));
        assertTrue(e.getMessage().contains("the parity state covers " + (state.eventCount() + 1)), e.getMessage());
    }

    @Test
    void aSnapshotOfFormatThreeIsReadAsTheWholeParityStateOfGenerationZero() {
        TrackerState state = state();
        byte[] parity = {9, 8, 7};
        byte[] four = StateSnapshots.encode(state, SETTINGS, 9L,
                Optional.of(new StateSnapshots.ParityPart(state.eventCount(), 0, parity))).state();
        // format 3 is format 4 without the generation: the 8 bytes after the covered count, which are
        // followed by the parity state (a 4-byte length and its 3 bytes) and the checksum
        int generationAt = four.length - Integer.BYTES - parity.length - Integer.BYTES - Long.BYTES;
        int body = four.length - Integer.BYTES - Long.BYTES;
        ByteBuffer three = ByteBuffer.allocate(body + Integer.BYTES).put(four, 0, generationAt)
                .put(four, generationAt + Long.BYTES, four.length - Integer.BYTES - generationAt - Long.BYTES);
        three.putInt(4, StateSnapshots.FORMAT_WITH_WHOLE_PARITY);
        CRC32 crc = new CRC32();
        crc.update(three.array(), 0, body);
        three.putInt(body, (int) crc.getValue());
        StateSnapshots.ParityPart part = StateSnapshots.decode(new StateSnapshot(state.eventCount(), three.array()),
                SETTINGS).parity().orElseThrow();
        assertEquals(0, part.generation());
        assertFalse(part.archived());
        assertEquals(state.eventCount(), part.eventCount());
        assertArrayEquals(parity, part.state());
    }

    @Test
    void aNegativeArchiveGenerationIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new StateSnapshots.ParityPart(1, -2, new byte[] {1}));
        assertEquals("generation must be >= 0, was -2", e.getMessage());
    }

    @Test
    void aSnapshotOfFormatTwoIsStillReadAndHasNoParityState() {
        TrackerState state = state();
        byte[] three = StateSnapshots.encode(state, SETTINGS, 9L).state();
        // format 2 is format 4 without the parity flag (the last byte before the checksum)
        int body = three.length - Integer.BYTES - 1;
        ByteBuffer two = ByteBuffer.allocate(body + Integer.BYTES).put(three, 0, body);
        two.putInt(4, StateSnapshots.FORMAT_WITHOUT_PARITY);
        CRC32 crc = new CRC32();
        crc.update(two.array(), 0, body);
        two.putInt(body, (int) crc.getValue());
        StateSnapshots.Restored restored = StateSnapshots.decode(new StateSnapshot(state.eventCount(), two.array()),
                SETTINGS);
        assertEquals(Optional.empty(), restored.parity());
        assertEquals(state.eventCount(), restored.state().eventCount());
    }

    @Test
    void theSnapshotSizeFollowsTheOpenTradesNotTheNumberOfClosedOnes() {
        int after1000 = StateSnapshots.encode(stateWithClosedRoundTrips(1_000), SETTINGS, 1L).size();
        int after20000 = StateSnapshots.encode(stateWithClosedRoundTrips(20_000), SETTINGS, 1L).size();
        // Format 1 held each closed trade, its exit id and its closed-trade record: about 260 bytes
        // each, so 19,000 more round trips would have added some 5 MB.
        assertTrue(Math.abs(after20000 - after1000) < 64, after1000 + " bytes after 1,000 closed round trips, "
                + after20000 + " after 20,000");
        TrackerState restored = StateSnapshots.decode(StateSnapshots.encode(stateWithClosedRoundTrips(20_000),
                SETTINGS, 1L), SETTINGS).state();
        assertEquals(1, restored.ledger().openPositions().size());
        assertEquals("OPEN", restored.ledger().openPositions().get(0).tradeId());
    }

    @Test
    void aSnapshotStoredUnderAnotherEventCountIsRefused() {
        byte[] bytes = StateSnapshots.encode(state(), SETTINGS, 1L).state();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> StateSnapshots.decode(new StateSnapshot(5, bytes), SETTINGS));
        assertEquals("the snapshot's state covers 2 events, but it is stored as covering 5", e.getMessage());
    }

    @Test
    void aSnapshotTakenWithAnotherInitialBalanceIsRefused() {
        StateSnapshot snapshot = StateSnapshots.encode(state(), SETTINGS, 1L);
        LiveTrackerSettings other = LiveTrackerSettings.of(Trackers.STRATEGY, Path.of("unused"), 20_000);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> StateSnapshots.decode(snapshot, other));
        assertEquals("the snapshot was taken with initial balance 10000.0, the settings say 20000.0", e.getMessage());
    }

    @Test
    void aSnapshotMustCoverAtLeastOneEventAndHoldBytes() {
        IllegalArgumentException count = assertThrows(IllegalArgumentException.class,
                () -> new StateSnapshot(0, new byte[] {1}));
        assertEquals("eventCount must be >= 1, was 0", count.getMessage());
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
                () -> new StateSnapshot(3, new byte[0]));
        assertEquals("state must not be empty, was 0 bytes", empty.getMessage());
    }

    @Test
    void aSnapshotKeepsItsOwnCopyOfTheBytes() {
        byte[] bytes = {1, 2, 3};
        StateSnapshot snapshot = new StateSnapshot(1, bytes);
        bytes[0] = 9;
        snapshot.state()[1] = 9;
        assertEquals(new StateSnapshot(1, new byte[] {1, 2, 3}), snapshot);
    }

    /** {@code n} round trips entered and fully exited (with exit ids) on one day, then one trade left open. */
    private static TrackerState stateWithClosedRoundTrips(int n) {
        TrackerState state = new TrackerState(SETTINGS, SETTINGS.initialBalance());
        Instant t = T0;
        for (int i = 0; i < n; i++) {
            state.apply(Trackers.buy("T" + i, 1, 100, 0.01, t));
            t = t.plusMillis(1);
            state.apply(new LiveExit("T" + i, "X" + i, 1, 100 + (i % 3 - 1), 0.01, t, ExecutionQuality.NOT_REPORTED));
            t = t.plusMillis(1);
        }
        state.apply(Trackers.buy("OPEN", 2, 100, 0.01, t));
        return state;
    }

    private static TrackerState state() {
        TrackerState state = new TrackerState(SETTINGS, SETTINGS.initialBalance());
        state.apply(Trackers.buy("A", 1, 100, 0.1, T0));
        state.apply(Trackers.exit("A", 0.5, 110, 0.1, T0.plusSeconds(5)));
        return state;
    }
}
