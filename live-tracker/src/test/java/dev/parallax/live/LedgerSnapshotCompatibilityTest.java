package dev.parallax.live;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parallax.ledger.PositionMode;
import dev.parallax.sim.api.Side;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A snapshot written by the tracker before its books moved to the shared ledger (commit b438bd2,
 * format 4) still reads, to the same figures. The resource was
 * made by that code from these events, starting from 10,000 on 2024-03-04T10:00:00Z: entry a BUY
 * 2 X at 100 (fee 0.1); entry b SELL 3 Y at 50 (0.2); exit a-1 of a, 1 at 103 (0.1); mark X 104;
 * entry c BUY 1 Z at 10 (0.05); exit of c, 1 at 12 (0.05); its last event's digest was given as 77.
 * Since the snapshot format 5 (each open entry's whole Fill) it is written back in that format, to
 * the same figures.
 */
class LedgerSnapshotCompatibilityTest {

    private static final Instant T0 = Instant.parse("2024-03-04T10:00:00Z");
    private static final LiveTrackerSettings SETTINGS = LiveTrackerSettings.of("old-format", Path.of("unused"),
            10_000);

    private static StateSnapshot written() throws IOException {
        try (InputStream in = LedgerSnapshotCompatibilityTest.class
                .getResourceAsStream("snapshot-before-shared-ledger.hex")) {
            String hex = new String(in.readAllBytes(), StandardCharsets.US_ASCII).trim();
            return new StateSnapshot(6, HexFormat.of().parseHex(hex));
        }
    }

    @Test
    void theOpenTradesAndSumsOfTheOldSnapshotComeBack() throws IOException {
        StateSnapshots.Restored restored = StateSnapshots.decode(written(), SETTINGS);
        TrackerState state = restored.state();

        // exits made 3 (a) and 2 (c); fees 0.1 + 0.2 + 0.1 + 0.05 + 0.05; a is open 1 at 100, marked 104
        assertEquals(new AccountFigures(10_000, 10_004.5, 10_008.5, 4.5, 4, 0.5, 10_008.5, 0, 2), state.account());
        assertEquals(77L, restored.lastEventDigest());
        assertEquals(List.of(new OpenPosition("a", "X", Side.BUY, 1, 100, 104, 4, T0),
                new OpenPosition("b", "Y", Side.SELL, 3, 50, 50, (50 - 50) * 3 * -1.0, T0.plusSeconds(1))),
                state.ledger().openPositions());
    }

    @Test
    void theRestoredBooksGoOnFromWhereTheOldOnesStopped() throws IOException {
        TrackerState state = StateSnapshots.decode(written(), SETTINGS).state();

        state.apply(new LiveExit("a", LiveEntry.liveFill("a-2", "X", Side.SELL, 1, 105, 0.1, T0.plusSeconds(6), 0, 0)));
        state.apply(new PriceMark("Y", 49, T0.plusSeconds(7)));

        // a closes with 3 + 5 gross and 0.3 of fees; b short 3 from 50 marked 49 gains 3
        assertEquals(10_000 + 10 - 0.6, state.ledger().balance(), 1e-9);
        assertEquals(3, state.ledger().unrealizedPnl(), 1e-9);
        TradeRecord a = TradeHistory.of(List.of(LiveEntry.of("a", "X", Side.BUY, 2, 100, 0.1, T0),
                new LiveExit("a", LiveEntry.liveFill("a-1", "X", Side.SELL, 1, 103, 0.1, T0.plusSeconds(2), 0, 0)),
                new LiveExit("a", LiveEntry.liveFill("a-2", "X", Side.SELL, 1, 105, 0.1, T0.plusSeconds(6), 0, 0))),
                PositionMode.PER_TRADE).records().get(0);
        assertEquals(8 - 0.3, a.realizedPnl(), 1e-9);
        assertEquals(104, a.averageExitPrice(), 0.0);
    }

    @Test
    void writingTheRestoredStateKeepsItsFiguresAndIsStable() throws IOException {
        StateSnapshots.Restored restored = StateSnapshots.decode(written(), SETTINGS);
        StateSnapshot again = StateSnapshots.encode(restored.state(), SETTINGS, 77L);
        TrackerState reread = StateSnapshots.decode(again, SETTINGS).state();

        assertEquals(restored.state().account(), reread.account());
        assertEquals(restored.state().ledger().openPositions(), reread.ledger().openPositions());
        assertArrayEquals(again.state(), StateSnapshots.encode(reread, SETTINGS, 77L).state());
    }
}
