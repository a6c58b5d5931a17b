package dev.parallax.live;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.sim.api.Side;
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
        assertEquals("the snapshot has format 7, newer than the format 6 this build reads", e.getMessage());
    }

    @Test
    void aSnapshotOfTheOlderFormatThatHeldEveryTradeIsRefusedSoTheEventsAreReplayed() {
        byte[] bytes = StateSnapshots.encode(state(), SETTINGS, 1L).state();
        ByteBuffer.wrap(bytes).putInt(4, 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> StateSnapshots.decode(new StateSnapshot(2, bytes), SETTINGS));
        assertEquals("the snapshot has format 1, older than the formats 2 to 6 this build reads", e.getMessage());
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
        // no open trade: the entries of format 3 are written otherwise (see the format 4 test below)
        TrackerState state = closedState();
        byte[] parity = {9, 8, 7};
        byte[] four = StateSnapshots.encode(state, SETTINGS, 9L,
                Optional.of(new StateSnapshots.ParityPart(state.eventCount(), 0, parity)), 5).state();
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
        TrackerState state = closedState();
        byte[] three = StateSnapshots.encode(state, SETTINGS, 9L, Optional.empty(), 5).state();
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
            state.apply(LiveFills.exitOfLong("T" + i, "X" + i, 1, 100 + (i % 3 - 1), 0.01, t));
            t = t.plusMillis(1);
        }
        state.apply(Trackers.buy("OPEN", 2, 100, 0.01, t));
        return state;
    }

    @Test
    void anOpenEntryOfAFormatFourSnapshotReadsItsSlippageFractionAsBpsAndAnUnreportedFillType() {
        TrackerState state = new TrackerState(SETTINGS, SETTINGS.initialBalance());
        state.apply(LiveFills.entry("A", "BTC/USD", Side.BUY, 1, 100, 0.1, T0, 2.44140625, 5_000_000));
        byte[] five = StateSnapshots.encode(state, SETTINGS, 9L, Optional.empty(), 5).state();
        // format 4 wrote the entry's slippage as a fraction (here 2^-12, exactly 2.44140625 bps) and
        // then ended the entry: no fill type (the text TAKER, length first) and no partial flag
        byte[] typeAndPartial = {0, 0, 0, 5, 'T', 'A', 'K', 'E', 'R', 0};
        int at = indexOf(five, typeAndPartial);
        ByteBuffer four = ByteBuffer.allocate(five.length - typeAndPartial.length);
        four.put(five, 0, at).put(five, at + typeAndPartial.length, five.length - at - typeAndPartial.length);
        four.putInt(4, StateSnapshots.FORMAT_BEFORE_FILLS);
        four.putDouble(at - 2 * Long.BYTES, 0x1p-12);
        int body = four.capacity() - Integer.BYTES;
        CRC32 crc = new CRC32();
        crc.update(four.array(), 0, body);
        four.putInt(body, (int) crc.getValue());

        TrackerState restored = StateSnapshots.decode(new StateSnapshot(state.eventCount(), four.array()), SETTINGS)
                .state();

        LiveEntry entry = restored.ledger().openEntry("A").orElseThrow();
        assertEquals(2.44140625, entry.fill().slippageBps(), 0);
        assertEquals(5_000_000, entry.fill().latencyNanos());
        assertEquals(LiveEntry.UNREPORTED_FILL_TYPE, entry.fill().fillType());
        assertEquals(state.ledger().openEntry("A").orElseThrow(), entry);
    }

    private static int indexOf(byte[] bytes, byte[] pattern) {
        for (int i = 0; i + pattern.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + pattern.length, pattern, 0, pattern.length)) {
                return i;
            }
        }
        throw new AssertionError("pattern not found");
    }

    /** A state whose one trade is closed: no entry is written. */
    private static TrackerState closedState() {
        TrackerState state = new TrackerState(SETTINGS, SETTINGS.initialBalance());
        state.apply(Trackers.buy("A", 1, 100, 0.1, T0));
        state.apply(Trackers.exit("A", 1, 110, 0.1, T0.plusSeconds(5)));
        return state;
    }

    private static TrackerState state() {
        TrackerState state = new TrackerState(SETTINGS, SETTINGS.initialBalance());
        state.apply(Trackers.buy("A", 1, 100, 0.1, T0));
        state.apply(Trackers.exit("A", 0.5, 110, 0.1, T0.plusSeconds(5)));
        return state;
    }
}
