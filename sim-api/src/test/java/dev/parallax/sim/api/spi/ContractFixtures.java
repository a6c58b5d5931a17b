package dev.parallax.sim.api.spi;

import dev.parallax.sim.api.FillType;
import dev.parallax.sim.api.MarketConditions;
import dev.parallax.sim.api.Order;
import dev.parallax.sim.api.Side;
import java.util.ArrayList;
import java.util.List;

/** Orders and markets the contract kits run every model against, including awkward ones. */
public final class ContractFixtures {

    private ContractFixtures() {
    }

    /** Ordinary, locked, empty-sided, silent and stressed markets. */
    public static List<MarketConditions> markets() {
        return List.of(
                new MarketConditions("BTC/USD", 49_995, 50_005, 2.5, 3.0, 50_000, 120, 0.02, 0),
                new MarketConditions("BTC/USD", 50_000, 50_000, 1.0, 1.0, 50_000, 10, 0.0, 1),
                new MarketConditions("ETH/USD", 2_999, 3_001, 0.0, 0.0, 3_000, 0.0, 0.0, 2),
                new MarketConditions("AAPL", 189.99, 190.01, 500, 300, 190, 2_000_000, 0.35, 3),
                new MarketConditions("PENNY", 0.0001, 0.0002, 1e9, 1e9, 0.00015, 1e10, 1.5, 4));
    }

    /** Market and limit orders on both sides, small and large, against {@code market}. */
    public static List<Order> orders(MarketConditions market) {
        List<Order> orders = new ArrayList<>();
        int n = 0;
        for (Side side : Side.values()) {
            for (double size : new double[] {1e-6, 1.0, 5_000.0}) {
                String s = market.symbol();
                long t = market.timeNanos();
                orders.add(Order.market("m" + n++, s, side, size, t));
                orders.add(Order.limit("j" + n++, s, side, size, market.nearTouch(side), t));
                orders.add(Order.limit("i" + n++, s, side, size, market.mid(), t));
                orders.add(Order.limit("c" + n++, s, side, size, market.farTouch(side), t));
                double behind = side == Side.BUY ? market.bid() * 0.99 : market.ask() * 1.01;
                orders.add(Order.limit("b" + n++, s, side, size, behind, t));
            }
        }
        return orders;
    }

    /** The fill types an order of this type can get. */
    public static List<FillType> fillTypes(Order order) {
        return order.isLimit() ? List.of(FillType.TAKER, FillType.MAKER, FillType.PASSIVE)
                : List.of(FillType.AGGRESSIVE);
    }
}
