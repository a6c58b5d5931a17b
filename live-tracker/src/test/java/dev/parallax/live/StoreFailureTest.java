package dev.parallax.live;

import static dev.parallax.live.LiveExecutionTrackerTest.at;
import static dev.parallax.live.Trackers.buy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doNothing;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreFailureTest {

    @TempDir
    Path dir;

    @Test
    void anEventTheStoreCouldNotWriteIsNotCountedInMemoryEither() {
        LiveEventStore store = mock(LiveEventStore.class);
        when(store.load()).thenReturn(List.of());
        when(store.info(anyString())).thenReturn(Optional.empty());
        when(store.location()).thenReturn("mock-store");
        LiveExecutionTracker tracker = LiveExecutionTracker.builder(Trackers.settings(dir)).store(store)
                .clock(new TestClock(Instant.parse("2024-03-04T12:00:00Z"))).alertSinks(List.of()).open();
        doThrow(new LiveStoreException("disk full")).when(store).append(anyList(), any(), anyList());

        LiveStoreException e = assertThrows(LiveStoreException.class,
                () -> tracker.recordEntry(buy("T1", 1, 100, 1, at("2024-03-04T10:00:00Z"))));

        assertEquals("disk full", e.getMessage());
        assertTrue(tracker.trade("T1").isEmpty());
        assertEquals(10_000, tracker.account().equity());
        assertEquals(0, tracker.eventCount());
        doNothing().when(store).append(anyList(), any(), anyList());
        tracker.recordEntry(buy("T1", 1, 100, 1, at("2024-03-04T10:00:00Z")));
        assertEquals(1, tracker.openPositions().size());
        assertEquals(1, tracker.eventCount());
    }
}
