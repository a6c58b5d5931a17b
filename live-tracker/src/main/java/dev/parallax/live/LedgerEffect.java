package dev.parallax.live;

/**
 * What one event did to the ledger, for the day's tally.
 *
 * @param fee      fee paid with the event; 0 for a mark
 * @param grossPnl gross P&amp;L realised by the event; 0 unless it closed something
 * @param entries  trades it opened: 1 for an entry, 0 or 1 for an execution
 * @param exits    trades it closed all or part of: 1 for an exit, one per trade for an execution
 */
record LedgerEffect(double fee, double grossPnl, int entries, int exits) {

    static final LedgerEffect NONE = new LedgerEffect(0, 0, 0, 0);
}
