package dev.parallax.sim.core.venue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.sim.api.Fill;
import dev.parallax.sim.api.FillType;
import dev.parallax.sim.api.MarketConditions;
import dev.parallax.sim.api.Order;
import dev.parallax.sim.api.Side;
import dev.parallax.sim.api.venue.OrderChange;
import dev.parallax.sim.api.venue.OrderEvent;
import dev.parallax.sim.api.venue.VenueListener;
import dev.parallax.sim.core.ExecutionModels;
import dev.parallax.sim.core.fee.MakerTakerFeeModel;
import dev.parallax.sim.core.fill.LiquidityLimitedFillModel;
import dev.parallax.sim.core.latency.ConstantLatencyModel;
import dev.parallax.sim.core.queue.ProbabilisticQueueModel;
import dev.parallax.sim.core.queue.QueueProbability;
import dev.parallax.sim.core.slippage.ZeroSlippageModel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimulatedVenueTest {

    private static final long MS = 1_000_000L;
    private static final String BTC = "BTC/USD";

    /** 100 ms submit (and cancel) latency, 50 ms notification; no slippage; whole fills up to displayed size. */
    private static final ExecutionModels EXACT = new ExecutionModels(MakerTakerFeeModel.DEFAULT,
            new ConstantLatencyModel(100, 0, 50), ZeroSlippageModel.INSTANCE,
            new ProbabilisticQueueModel(QueueProbability.NONE), LiquidityLimitedFillModel.DISPLAYED_SIZE_ONLY);

    private final List<String> heard = new ArrayList<>();
    private final List<Fill> fills = new ArrayList<>();
    private final SimulatedVenue venue = new SimulatedVenue(EXACT, 1, new VenueListener() {
        @Override
        public void onFill(Fill fill) {
            fills.add(fill);
            heard.add("FILL " + fill.orderId() + " " + fill.size() + "@" + fill.price() + " at " + fill.timeNanos() / MS);
        }

        @Override
        public void onOrderEvent(OrderEvent event) {
            heard.add(event.kind() + " " + event.orderId() + " at " + event.timeNanos() / MS);
        }
    });

    private static MarketConditions quote(double bid, double ask, double askSize, long timeNanos) {
        return new MarketConditions(BTC, bid, ask, 5, askSize, (bid + ask) / 2, 120, 0.02, timeNanos);
    }

    @Test
    void anOrderIsAcceptedThenFilledThenDone() {
        venue.onMarket(quote(49_995, 50_005, 5, 0));
        venue.submit(Order.market("m", BTC, Side.BUY, 1, 0));
        venue.advanceTo(150 * MS); // arrives at 100 ms, notified 50 ms later
        assertEquals(List.of("ACCEPTED m at 0", "FILL m 1.0@50005.0 at 100", "DONE m at 100"), heard);
    }

    @Test
    void aCancelIsReportedWhenItTakesEffectAtTheVenue() {
        venue.onMarket(quote(49_995, 50_005, 5, 0));
        venue.submit(Order.limit("l", BTC, Side.BUY, 1, 49_000, 0));
        assertTrue(venue.cancel("l", 10 * MS));
        venue.advanceTo(109 * MS);
        assertEquals(List.of("ACCEPTED l at 0"), heard);
        venue.advanceTo(110 * MS); // sent at 10 ms + 100 ms
        assertEquals(List.of("ACCEPTED l at 0", "CANCELLED l at 110"), heard);
        assertFalse(venue.isWorking("l"));
        assertFalse(venue.cancel("l", 120 * MS), "a finished order cannot be cancelled again");
    }

    @Test
    void modifyingTheLimitCancelsAndSendsAgainSoTheNewOrderTravelsTheLatencyAgain() {
        venue.onMarket(quote(49_995, 50_005, 5, 0));
        venue.submit(Order.limit("l", BTC, Side.BUY, 2, 49_990, 0)); // rests from 100 ms
        venue.advanceTo(200 * MS);
        assertTrue(venue.modify("l", OrderChange.limitPrice(50_010), 200 * MS));
        assertFalse(venue.modify("l", OrderChange.limitPrice(50_020), 210 * MS), "one change at a time");
        venue.advanceTo(300 * MS); // the cancel arrives at 300 ms; the new order is sent then
        assertEquals(List.of("ACCEPTED l at 0", "MODIFIED l at 300"), heard);
        assertTrue(venue.isWorking("l"));
        venue.advanceTo(450 * MS); // it arrives at 400 ms, takes the 50,005 ask, notified at 450 ms
        assertEquals(List.of("ACCEPTED l at 0", "MODIFIED l at 300", "FILL l 2.0@50005.0 at 400", "DONE l at 400"),
                heard);
        assertEquals(FillType.TAKER, fills.get(0).fillType());
    }

    @Test
    void modifyingTheSizeReplacesWhatIsLeftToFill() {
        venue.onMarket(quote(49_995, 50_005, 5, 0));
        venue.submit(Order.limit("l", BTC, Side.BUY, 1, 49_990, 0));
        assertTrue(venue.modify("l", OrderChange.size(3), 0));
        venue.advanceTo(100 * MS); // the cancel never overtakes its order: both arrive at 100 ms
        venue.onMarket(quote(49_980, 49_985, 5, 500 * MS)); // the ask reaches the 49,990 limit
        venue.advanceTo(550 * MS);
        assertEquals(1, fills.size());
        assertEquals(3.0, fills.get(0).size(), 0.0);
        assertEquals(49_990.0, fills.get(0).price(), 0.0);
    }

    @Test
    void aChangeThatArrivesAfterTheOrderFilledIsRejected() {
        venue.onMarket(quote(49_995, 50_005, 5, 0));
        venue.submit(Order.limit("l", BTC, Side.BUY, 1, 50_010, 0)); // fills on arrival at 100 ms
        assertTrue(venue.modify("l", OrderChange.size(2), 50 * MS)); // its cancel arrives at 150 ms
        venue.advanceTo(150 * MS);
        assertEquals(List.of("ACCEPTED l at 0", "FILL l 1.0@50005.0 at 100",
                "REJECTED l at 100", "DONE l at 100"), heard);
        assertFalse(venue.isWorking("l"));
    }

    @Test
    void aMarketOrderHasNoLimitToChange() {
        venue.onMarket(quote(49_995, 50_005, 0.5, 0));
        venue.submit(Order.market("m", BTC, Side.BUY, 1, 0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> venue.modify("m", OrderChange.limitPrice(50_000), 0));
        assertTrue(e.getMessage().contains("MARKET order 'm'"), e.getMessage());
    }

    @Test
    void anIdTheVenueDoesNotHoldCannotBeCancelledOrChanged() {
        assertFalse(venue.cancel("nope", 0));
        assertFalse(venue.modify("nope", OrderChange.size(1), 0));
    }

    @Test
    void aWorkingIdIsRefusedAndNothingIsReported() {
        venue.onMarket(quote(49_995, 50_005, 5, 0));
        venue.submit(Order.limit("l", BTC, Side.BUY, 1, 49_000, 0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> venue.submit(Order.limit("l", BTC, Side.BUY, 1, 49_000, 0)));
        assertTrue(e.getMessage().contains("'l' is already working"), e.getMessage());
        assertEquals(List.of("ACCEPTED l at 0"), heard);
    }
}
