package dev.parallax.backtest;

import dev.parallax.sim.api.Fill;
import dev.parallax.sim.api.Order;
import dev.parallax.sim.api.Side;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * Whether one run's account can afford an order, by the rules of its {@link AccountType}, and
 * whether a margin account has fallen to its maintenance margin. Holds nothing but the highest fee
 * rate seen; the orders and positions it weighs belong to the run.
 */
final class BuyingPower {

    private static final double SIZE_TOLERANCE = 1e-9;
    /**
     * A buy whose cost exceeds the available cash by at most this fraction of the larger of the two
     * is rounding, not a shortfall: {@code (cash / price) * price} can exceed {@code cash} by an ulp.
     */
    static final double COST_ROUNDING = 1e-12;

    private final AccountType type;
    private final Portfolio portfolio;
    private final OpenOrders open;
    private final ToDoubleFunction<String> marks;
    private double highestFeeRate;

    BuyingPower(AccountType type, Portfolio portfolio, OpenOrders open, ToDoubleFunction<String> marks) {
        this.type = type;
        this.portfolio = portfolio;
        this.open = open;
        this.marks = marks;
        this.highestFeeRate = type.feeReserveBps() / 10_000.0;
    }

    /** The fee rate orders are estimated at: the allowance, or the highest rate a fill has paid. */
    double feeRate() {
        return highestFeeRate;
    }

    /** Raises the fee estimate to {@code fill}'s rate when that is higher. */
    void sawFee(Fill fill) {
        sawFee(fill.fee(), fill.price(), fill.size());
    }

    /** Raises the fee estimate to the rate of a fill given by its fields when that is higher. */
    void sawFee(double fee, double price, double size) {
        double rate = fee / (price * size);
        if (rate > highestFeeRate) {
            highestFeeRate = rate;
        }
    }

    /**
     * Why the account cannot take {@code order}, whose cost is estimated at {@code price} per unit;
     * empty when it can. The open orders must be up to date and must not hold {@code order}.
     */
    Optional<String> refusal(Order order, double price) {
        return refusal(order.id(), order.symbol(), order.side(), order.size(), price);
    }

    /** {@link #refusal(Order, double)} for an order given by its fields. */
    Optional<String> refusal(String id, String symbol, Side side, double size, double price) {
        if (!(price > 0) || Double.isInfinite(price)) {
            return Optional.of(describe(id, symbol, side, size, price) + " has no price to check its cost against");
        }
        if (type instanceof MarginAccount margin) {
            return marginRefusal(id, symbol, side, size, price, margin);
        }
        return side == Side.BUY ? cashBuyRefusal(id, symbol, side, size, price) : cashSellRefusal(id, symbol, size);
    }

    private Optional<String> cashBuyRefusal(String id, String symbol, Side side, double size, double price) {
        double notional = size * price;
        double fee = notional * highestFeeRate;
        double reserved = 0;
        for (OpenOrders.Entry e : open.entries()) {
            if (e.side == Side.BUY) {
                reserved += e.unfilled * e.price * (1 + highestFeeRate);
            }
        }
        double cash = portfolio.cash();
        double available = cash - reserved;
        if (notional + fee <= available + COST_ROUNDING * Math.max(1.0, Math.max(notional + fee, cash))) {
            return Optional.empty();
        }
        return Optional.of(describe(id, symbol, side, size, price) + " costs " + Money.text(notional + fee) + " (" + Money.text(notional)
                + " + fee estimate " + Money.text(fee) + ") but the cash account has " + Money.text(available)
                + " available (cash " + Money.text(cash) + " less " + Money.text(reserved) + " reserved for open buys)");
    }

    private Optional<String> cashSellRefusal(String id, String symbol, double size) {
        double held = portfolio.position(symbol);
        double committed = open.unfilled(symbol, Side.SELL);
        double free = held - committed;
        if (size <= free + SIZE_TOLERANCE * Math.max(1.0, size)) {
            return Optional.empty();
        }
        return Optional.of("order '" + id + "' sells " + size + " " + symbol
                + " but the cash account holds " + held + " (" + committed + " of it committed to open sells)"
                + "; a cash account cannot sell short");
    }

    private Optional<String> marginRefusal(String id, String symbol, Side side, double size, double price,
                                           MarginAccount margin) {
        double before = worstPosition(symbol, 0.0);
        double after = worstPosition(symbol, side.sign() * size);
        if (after <= before) {
            return Optional.empty();
        }
        double extra = side.sign() * size;
        double gross = 0;
        boolean counted = false;
        for (int i = 0; i < portfolio.symbolCount(); i++) {
            String s = portfolio.symbolAt(i);
            boolean ordered = s.equals(symbol);
            counted |= ordered;
            gross += exposure(s, ordered ? extra : 0.0, price);
        }
        for (OpenOrders.Entry e : open.entries()) {
            if (portfolio.hasHeld(e.symbol) || !open.isFirstOf(e)) {
                continue;
            }
            boolean ordered = e.symbol.equals(symbol);
            counted |= ordered;
            gross += exposure(e.symbol, ordered ? extra : 0.0, price);
        }
        if (!counted) {
            gross += exposure(symbol, extra, price);
        }
        double fee = size * price * highestFeeRate;
        double equity = portfolio.equity();
        double allowed = Math.max(0.0, equity - fee) * margin.leverageLimit();
        if (gross <= allowed) {
            return Optional.empty();
        }
        return Optional.of(describe(id, symbol, side, size, price) + " would raise gross exposure to " + Money.text(gross)
                + " but the margin account allows " + Money.text(allowed) + " (equity " + Money.text(equity)
                + " less fee estimate " + Money.text(fee) + ", times " + margin.leverageLimit()
                + " = min(1 / initial margin " + margin.initialMargin() + ", leverage cap " + margin.maxLeverage()
                + "))");
    }

    /** The worst-case position of {@code symbol} (see {@link #worstPosition}) at its last price, or {@code price} without one. */
    private double exposure(String symbol, double extra, double price) {
        double mark = marks.applyAsDouble(symbol);
        return worstPosition(symbol, extra) * (mark > 0 ? mark : price);
    }

    /**
     * The larger absolute position {@code symbol} could reach if every open order on one side filled,
     * with {@code extra} (signed) added to the orders of its side.
     */
    private double worstPosition(String symbol, double extra) {
        double q = portfolio.position(symbol);
        double buys = open.unfilled(symbol, Side.BUY) + Math.max(extra, 0.0);
        double sells = open.unfilled(symbol, Side.SELL) + Math.max(-extra, 0.0);
        return Math.max(Math.abs(q + buys), Math.abs(q - sells));
    }

    /**
     * True for a margin account with open positions whose equity is at or below the maintenance
     * margin of their gross value: {@code equity <= maintenanceMargin * sum |position| * last price}.
     */
    boolean belowMaintenance(double equity) {
        if (!(type instanceof MarginAccount margin)) {
            return false;
        }
        double gross = portfolio.grossExposure();
        return gross > 0 && equity <= margin.maintenanceMargin() * gross;
    }

    private static String describe(String id, String symbol, Side side, double size, double price) {
        return "order '" + id + "' (" + side + " " + size + " " + symbol + " at "
                + Money.text(price) + ")";
    }
}
