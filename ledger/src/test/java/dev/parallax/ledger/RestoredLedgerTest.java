package dev.parallax.ledger;

import static dev.parallax.ledger.Fills.buy;
import static dev.parallax.ledger.Fills.sell;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.parallax.sim.api.CompensatedSum;
import dev.parallax.sim.api.Side;
import java.util.List;
import org.junit.jupiter.api.Test;

class RestoredLedgerTest {

    private static Ledger restore(Ledger saved, LedgerListener listener) {
        return Ledger.restorePerTrade(saved.initialCash(), listener, saved.openLots(), saved.prices(),
                saved.feeSum(), saved.realizedSum());
    }

    /** Fees of a tenth and a third leave correction terms, so a restore that dropped them would show. */
    private static Ledger partlyClosed() {
        Ledger ledger = new Ledger(PositionMode.PER_TRADE, 1_000);
        ledger.open("a", buy("o1", "X", 3, 100.1, 0.1, 1));
        ledger.open("b", sell("o2", "Y", 2, 50.3, 1.0 / 3, 2));
        ledger.close("a", sell("o3", "X", 1, 101.7, 0.1, 3));
        ledger.mark("X", 102.2, 4);
        return ledger;
    }

    @Test
    void aRestoredLedgerGoesOnBitForBitLikeTheOneItWasSavedFrom() {
        Ledger original = partlyClosed();
        RecordingListener events = new RecordingListener();
        Ledger restored = restore(original, events);

        for (Ledger ledger : List.of(original, restored)) {
            ledger.close("a", sell("o4", "X", 2, 99.9, 0.07, 5));
            ledger.close("b", buy("o5", "Y", 0.5, 49.1, 0.01, 6));
            ledger.mark("Y", 48.7, 7);
        }

        assertEquals(original.equity(), restored.equity(), 0.0);
        assertEquals(original.realizedPnl(), restored.realizedPnl(), 0.0);
        assertEquals(original.fees(), restored.fees(), 0.0);
        assertEquals(original.unrealizedPnl(), restored.unrealizedPnl(), 0.0);
        assertEquals(original.openLots(), restored.openLots());
        assertEquals(original.prices(), restored.prices());
        assertEquals(List.of("a"), events.closed.stream().map(ClosedPosition::tradeId).toList());
    }

    @Test
    void cashIsRebuiltFromTheSumsAndTheOpenLots() {
        Ledger original = partlyClosed();
        Ledger restored = restore(original, LedgerListener.NONE);

        // 1,000 - 300.3 - 0.1 + 100.6 - 1/3 + 101.7 - 0.1
        assertEquals(1_000 - 300.3 - 0.1 + 100.6 - 1.0 / 3 + 101.7 - 0.1, original.cash(), 1e-9);
        assertEquals(original.cash(), restored.cash(), 1e-9);
        assertEquals(original.marketValue(), restored.marketValue(), 0.0);
    }

    @Test
    void aClosedLotCannotBeRestored() {
        LotState closed = new LotState("a", "X", Side.BUY, 1, 10, 1, 10, 10, 0, 2, SumState.ZERO, SumState.ZERO,
                SumState.ZERO, SumState.ZERO);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Ledger.restorePerTrade(
                0, LedgerListener.NONE, List.of(closed), List.of(), SumState.ZERO, SumState.ZERO));
        assertEquals("lot 'a' must be open, was closed", e.getMessage());
    }

    @Test
    void anOpenSizeAboveTheEnteredSizeIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new LotState("a", "X",
                Side.BUY, 1, 10, 1, 10, 10, 1.5, 2, SumState.ZERO, SumState.ZERO, SumState.ZERO, SumState.ZERO));
        assertEquals("openSize of trade 'a' must be in [0, 1.0], was 1.5", e.getMessage());
    }

    @Test
    void aSumStateResumesWithItsCorrectionTerm() {
        CompensatedSum sum = new CompensatedSum();
        sum.add(1e16);
        sum.add(1);
        sum.add(1);
        SumState state = SumState.of(sum);

        assertEquals(1e16 + 2, state.sum(), 0.0);
        assertEquals(3, state.count());
        assertEquals(sum.sum(), state.resume().sum(), 0.0);
    }

    @Test
    void aRestoredNettingLedgerGoesOnBitForBitAndClosesTheRoundTripItWasIn() {
        Ledger original = new Ledger(PositionMode.NETTING, 1_000);
        original.apply(buy("o1", "X", 3, 100.1, 0.1, 1));
        original.apply(buy("o2", "X", 1, 100.7, 1.0 / 3, 2));
        original.apply(sell("o3", "X", 1.5, 101.3, 0.07, 3));
        original.apply(sell("o4", "Y", 2, 9.9, 0.01, 4));
        original.mark("Y", 9.7, 5);
        RecordingListener events = new RecordingListener();
        Ledger restored = Ledger.restoreNetting(original.initialCash(), events, original.nettingPositions(),
                original.prices(), original.cashSum(), original.feeSum(), original.realizedSum());
        RecordingListener originalEvents = new RecordingListener();
        Ledger continued = Ledger.restoreNetting(original.initialCash(), originalEvents, original.nettingPositions(),
                original.prices(), original.cashSum(), original.feeSum(), original.realizedSum());

        for (Ledger ledger : List.of(original, restored)) {
            ledger.apply(sell("o5", "X", 3, 99.2, 0.2, 6));
            ledger.apply(buy("o6", "Y", 2, 9.5, 0.01, 7));
        }
        continued.apply(sell("o5", "X", 3, 99.2, 0.2, 6));

        assertEquals(original.cash(), restored.cash(), 0.0);
        assertEquals(original.equity(), restored.equity(), 0.0);
        assertEquals(original.realizedPnl(), restored.realizedPnl(), 0.0);
        assertEquals(original.fees(), restored.fees(), 0.0);
        assertEquals(original.nettingPositions(), restored.nettingPositions());
        // the X round trip began before the save: entered 4 at (300.3 + 100.7) / 4, exited 1.5 + 2.5
        ClosedPosition x = events.closed.get(0);
        assertEquals("o1", x.tradeId());
        assertEquals((300.3 + 100.7) / 4, x.entryPrice(), 1e-12);
        assertEquals(4, x.size(), 0.0);
        assertEquals(x, originalEvents.closed.get(0));
    }

    @Test
    void applyReturnsThePriceProfitOfTheLotsItClosed() {
        Ledger ledger = new Ledger(PositionMode.PER_TRADE, 1_000);
        ledger.open("a", buy("o1", "X", 1, 100, 0, 1));
        ledger.open("b", buy("o2", "X", 1, 110, 0, 2));

        // (105 - 100) * 1 + (105 - 110) * 0.5
        assertEquals(2.5, ledger.apply(sell("o3", "X", 1.5, 105, 0, 3)), 1e-12);
        assertEquals(0.0, ledger.apply(buy("o4", "X", 1, 104, 0, 4)), 0.0);
    }
}
