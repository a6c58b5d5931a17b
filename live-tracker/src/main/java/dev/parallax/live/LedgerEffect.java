package dev.parallax.live;

import dev.parallax.metrics.ClosedTrade;
import java.util.Optional;

/**
 * What one event did to the ledger, for the day's tally.
 *
 * @param fee         fee paid with the event; 0 for a mark
 * @param grossPnl    gross P&amp;L realised by the event; 0 unless it is an exit
 * @param closedTrade the trade the event closed, if it did
 */
record LedgerEffect(double fee, double grossPnl, Optional<ClosedTrade> closedTrade) {

    static final LedgerEffect NONE = new LedgerEffect(0, 0, Optional.empty());
}
