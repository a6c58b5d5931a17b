package dev.parallax.live.store;

import dev.parallax.live.LiveEntry;
import dev.parallax.live.LiveEvent;
import dev.parallax.live.LiveFills;
import dev.parallax.live.PriceMark;
import dev.parallax.live.RiskEvent;
import dev.parallax.live.RiskEventKind;
import dev.parallax.sim.api.Side;
import java.time.Instant;
import java.util.List;

/** Events the store tests write, with values that only come back bit for bit if every field does. */
final class StoredEvents {

    static final Instant T0 = Instant.parse("2024-03-04T10:00:00.123456789Z");

    private StoredEvents() {
    }

    /** An entry of trade {@code id} at {@link #T0} whose size, price and fee have no short decimal form. */
    static LiveEntry entry(String id) {
        return LiveFills.entry(id, "BTC/USD", Side.SELL, 0.1 + 0.2, 50_000.123456789, -0.0001, T0, 3.1, 12_345_678);
    }

    /** One event of every kind: the entry of T1, a mark, its exit and a breaker reset with quotes in its reason. */
    static List<LiveEvent> everyKind() {
        return List.of(entry("T1"),
                new PriceMark("BTC/USD", Math.nextUp(49_999.5), T0.plusMillis(1)),
                LiveFills.exit("T1", "T1-exit", "BTC/USD", Side.BUY, 0.1, 50_001, 0.02, T0.plusMillis(2), -2,
                        40_000_000),
                new RiskEvent(RiskEventKind.BREAKER_RESET, T0.plusMillis(3), "reviewed, \"all\" fine", "alice"));
    }
}
