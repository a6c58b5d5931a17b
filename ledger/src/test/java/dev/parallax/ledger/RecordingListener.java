package dev.parallax.ledger;

import dev.parallax.sim.api.Fill;
import java.util.ArrayList;
import java.util.List;

/** Keeps the trade ids opened and the positions closed, in the order the ledger told them. */
final class RecordingListener implements LedgerListener {

    final List<String> opened = new ArrayList<>();
    final List<ClosedPosition> closed = new ArrayList<>();

    @Override
    public void opened(String tradeId, Fill fill) {
        opened.add(tradeId);
    }

    @Override
    public void closed(ClosedPosition position) {
        closed.add(position);
    }
}
