package dev.parallax.live;

/**
 * What one event did to the ledger, for the day's tally.
 *
 * @param fee      fee paid with the event; 0 for a mark
 * @param grossPnl gross P&amp;L realised by the event; 0 unless it is an exit
 */
record LedgerEffect(double fee, double grossPnl) {

    static final LedgerEffect NONE = new LedgerEffect(0, 0);
}
