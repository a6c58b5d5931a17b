package dev.parallax.parity;

import static dev.parallax.parity.Trades.backtest;
import static dev.parallax.parity.Trades.live;
import static dev.parallax.parity.Trades.noonUtc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.sim.api.Side;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The per-day index of one-sided trades follows the trades still one-sided, not every trade recorded. */
class OneSidedIndexTest {

    private static final LocalDate DAY = LocalDate.of(2024, 3, 1);

    @Test
    void completedTradesLeaveTheIndexAndADaysOneSidedTradesAreStillListed() {
        TradeLedger ledger = new TradeLedger(ZoneOffset.UTC);
        for (int i = 0; i < 10_000; i++) {
            ledger.addLive(live("t" + i, 100, noonUtc(DAY.plusDays(i % 3)).plusSeconds(i), 0, 0, 1));
        }
        assertEquals(10_000, ledger.oneSidedListed());
        for (int i = 0; i < 10_000; i++) {
            if (i != 4 && i != 5_001) {
                ledger.addBacktest(backtest("t" + i, Side.BUY, 1, 100, noonUtc(DAY.plusDays(i % 3)).plusSeconds(i), 0));
            }
        }
        assertTrue(ledger.oneSidedListed() < 100, "listed after 9,998 completed: " + ledger.oneSidedListed());
        assertEquals(List.of("t4"), ledger.unmatchedOn(DAY.plusDays(1)).liveOnly());
        assertEquals(List.of("t5001"), ledger.unmatchedOn(DAY).liveOnly());
        assertEquals(List.of(), ledger.unmatchedOn(DAY.plusDays(2)).liveOnly());
        assertEquals(List.of("t4", "t5001"), ledger.unmatched().liveOnly());
    }

    @Test
    void aSmallDayIsDroppedOnceEveryTradeOfItCompleted() {
        TradeLedger ledger = new TradeLedger(ZoneOffset.UTC);
        for (int i = 0; i < 3; i++) {
            ledger.addBacktest(backtest("b" + i, Side.SELL, 1, 100, noonUtc(DAY).plusSeconds(i), 0));
        }
        ledger.addLive(live("b0", Side.SELL, 100, noonUtc(DAY), 0, 0, 1));
        ledger.addLive(live("b1", Side.SELL, 100, noonUtc(DAY), 0, 0, 1));
        assertEquals(3, ledger.oneSidedListed(), "a day under 16 ids is cut only when all completed");
        assertEquals(List.of("b2"), ledger.unmatchedOn(DAY).backtestOnly());
        ledger.addLive(live("b2", Side.SELL, 100, noonUtc(DAY), 0, 0, 1));
        assertEquals(0, ledger.oneSidedListed());
        assertEquals(List.of(), ledger.unmatchedOn(DAY).backtestOnly());
    }
}
