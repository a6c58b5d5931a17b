package dev.parallax.ledger;

import static dev.parallax.sim.api.Preconditions.notBlank;
import static dev.parallax.sim.api.Preconditions.notNull;
import static dev.parallax.sim.api.Preconditions.positive;

import dev.parallax.sim.api.CompensatedSum;
import dev.parallax.sim.api.Fill;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Cash, positions, P&amp;L and closed positions of one account, built from fills and marks; the one
 * ledger of the backtest and the live tracker. How fills form positions is the account's
 * {@link PositionMode}.
 *
 * <p>Conventions:
 * <ul>
 *   <li>Cash starts at the initial cash; a buy pays {@code price * size + fee}, a sell receives
 *       {@code price * size - fee}. Shorting adds cash; a short position is a negative quantity.</li>
 *   <li>Realized P&amp;L is price P&amp;L before fees, against the cost basis of the mode (average
 *       cost in NETTING, the lot's entry price in PER_TRADE); fees are summed apart.</li>
 *   <li>Prices: {@link #mark(String, double)} sets a symbol's price; {@link #mark(String, double, long)}
 *       sets it unless a price of a later time is known. A fill's price becomes the symbol's price
 *       only when none is known yet, so a fill never moves the marks of a run that marks by market
 *       data; a caller that treats fills as prices marks them itself.</li>
 *   <li>Equity is {@code cash + marketValue} in NETTING and
 *       {@code initialCash + (realizedPnl - fees) + unrealizedPnl} in PER_TRADE: the two are equal
 *       up to rounding, and each mode keeps the summation order of the side it came from (the
 *       backtest and the live tracker), so their figures stay bit-identical.</li>
 *   <li>Cash, fees, realized P&amp;L and each lot's sums are compensated sums; PER_TRADE's
 *       unrealized P&amp;L is a compensated sum over the open lots in entry order.</li>
 * </ul>
 *
 * <p>A call that is refused throws before it changes anything. Not thread-safe.
 */
public final class Ledger {

    /**
     * In PER_TRADE, an exit may exceed a lot's open size by this share of its entered size, and a
     * rest at most this share of the entered size counts as closed, so rounding leaves no dust.
     */
    public static final double SIZE_TOLERANCE = 1e-9;

    private final PositionMode mode;
    private final double initialCash;
    private final LedgerListener listener;
    private final CompensatedSum cash;
    private final CompensatedSum fees;
    private final CompensatedSum realized;
    private final TreeMap<String, Holding> holdings = new TreeMap<>();
    /** The values of {@link #holdings} in the same (symbol) order, for sums that need no iterator. */
    private final List<Holding> inSymbolOrder = new ArrayList<>();
    /** The holding looked up last, by the very symbol string asked for: a run marks one symbol bar after bar. */
    private String lastSymbol;
    private Holding lastHolding;
    /** PER_TRADE: open lots by trade id, in entry order. */
    private final Map<String, Lot> openLots = new LinkedHashMap<>();

    /**
     * An empty ledger.
     *
     * @param mode        how fills form positions
     * @param initialCash starting cash, finite
     * @param listener    told of every position opened and closed
     */
    public Ledger(PositionMode mode, double initialCash, LedgerListener listener) {
        this(mode, initialCash, listener, new CompensatedSum(), new CompensatedSum(), new CompensatedSum());
        this.cash.add(initialCash);
    }

    private Ledger(PositionMode mode, double initialCash, LedgerListener listener, CompensatedSum cash,
                   CompensatedSum fees, CompensatedSum realized) {
        this.mode = notNull("mode", mode);
        if (!Double.isFinite(initialCash)) {
            throw new IllegalArgumentException("initialCash must be finite, was " + initialCash);
        }
        this.initialCash = initialCash;
        this.listener = notNull("listener", listener);
        this.cash = cash;
        this.fees = fees;
        this.realized = realized;
    }

    /** An empty ledger that tells no one of positions opened and closed. */
    public Ledger(PositionMode mode, double initialCash) {
        this(mode, initialCash, LedgerListener.NONE);
    }

    /**
     * Books a fill that names no lot. NETTING: adds to, reduces, closes or flips the symbol's
     * position. PER_TRADE: closes the symbol's lots on the other side, oldest first, each by at most
     * its open size, with the fill's fee split by size; a rest at most {@link #SIZE_TOLERANCE} of
     * the fill's size is dropped; a larger rest opens a lot named by the fill's order id, or adds
     * to the open lot of that name at the size-weighted mean price.
     *
     * @return the price P&amp;L the fill realized, before fees (in PER_TRADE the plain sum over the
     *         lots it closed)
     * @throws IllegalArgumentException in PER_TRADE, if the fill would add to an open lot named by
     *                                  its order id that is of another symbol or side
     */
    public double apply(Fill fill) {
        notNull("fill", fill);
        if (mode == PositionMode.NETTING) {
            Holding holding = holdingOf(fill.symbol());
            book(fill);
            double pnl = holding.netting.apply(fill, listener);
            realized.add(pnl);
            priceIfUnknown(holding, fill);
            return pnl;
        }
        Lot named = openLots.get(fill.orderId());
        if (named != null && (!named.symbol().equals(fill.symbol()) || named.side() != fill.side())) {
            throw new IllegalArgumentException("orderId '" + fill.orderId() + "' names an open " + named.side()
                    + " lot of " + named.symbol() + ", so a " + fill.side() + " fill of " + fill.symbol()
                    + " cannot add to it; order ids must differ from open trade ids");
        }
        Holding holding = holdingOf(fill.symbol());
        book(fill);
        double remaining = fill.size();
        double pnl = 0;
        for (int i = 0; i < holding.lots.size() && remaining > SIZE_TOLERANCE * fill.size(); ) {
            Lot lot = holding.lots.get(i);
            if (lot.side() == fill.side()) {
                i++;
                continue;
            }
            double take = Math.min(remaining, lot.openSize());
            double lotPnl = lot.exit(fill.price(), take, fill.fee() * take / fill.size(), fill.timeNanos());
            realized.add(lotPnl);
            pnl += lotPnl;
            remaining -= take;
            if (lot.isClosed()) {
                holding.lots.remove(i);
                openLots.remove(lot.tradeId());
                listener.closed(lot.closed());
            } else {
                i++;
            }
        }
        if (remaining > SIZE_TOLERANCE * fill.size()) {
            double fee = fill.fee() * remaining / fill.size();
            if (named != null) {
                named.add(fill.price(), remaining, fee);
            } else {
                openLot(holding, fill.orderId(), fill, remaining, fee);
            }
        }
        priceIfUnknown(holding, fill);
        return pnl;
    }

    /**
     * PER_TRADE: opens a lot named {@code tradeId} with the whole of {@code fill}; its price is the
     * lot's cost basis.
     *
     * @throws IllegalStateException    in NETTING
     * @throws IllegalArgumentException if {@code tradeId} is blank or names an open lot
     */
    public void open(String tradeId, Fill fill) {
        checkOpen(tradeId, fill);
        Holding holding = holdingOf(fill.symbol());
        book(fill);
        openLot(holding, tradeId, fill, fill.size(), fill.fee());
        priceIfUnknown(holding, fill);
    }

    /** Throws what {@link #open} would throw, and changes nothing. */
    public void checkOpen(String tradeId, Fill fill) {
        requirePerTrade("open");
        notBlank("tradeId", tradeId);
        notNull("fill", fill);
        if (openLots.containsKey(tradeId)) {
            throw new IllegalArgumentException("tradeId '" + tradeId + "' must not name an open lot, was open; "
                    + "use a new id");
        }
    }

    /**
     * PER_TRADE: closes {@code fill.size()} of the open lot {@code tradeId} at the fill's price and
     * returns the price P&amp;L, {@code (price - entry price) * size}, negated for a short lot. The
     * whole fill is booked even when it exceeds the open size within {@link #SIZE_TOLERANCE}; the
     * lot is closed when what is left is at most that share of its entered size.
     *
     * @throws IllegalStateException    in NETTING
     * @throws IllegalArgumentException if the lot is not open, or the fill is of another symbol, of
     *                                  the lot's own side, larger than the open size, or earlier
     *                                  than the entry
     */
    public double close(String tradeId, Fill fill) {
        checkClose(tradeId, fill);
        Lot lot = openLots.get(tradeId);
        Holding holding = holdings.get(lot.symbol());
        book(fill);
        double pnl = lot.exit(fill.price(), fill.size(), fill.fee(), fill.timeNanos());
        realized.add(pnl);
        if (lot.isClosed()) {
            holding.lots.remove(lot);
            openLots.remove(tradeId);
            listener.closed(lot.closed());
        }
        priceIfUnknown(holding, fill);
        return pnl;
    }

    /** Throws what {@link #close} would throw, and changes nothing. */
    public void checkClose(String tradeId, Fill fill) {
        requirePerTrade("close");
        notBlank("tradeId", tradeId);
        notNull("fill", fill);
        Lot lot = openLots.get(tradeId);
        if (lot == null) {
            throw new IllegalArgumentException("tradeId '" + tradeId + "' must name an open lot, was not open");
        }
        if (!lot.symbol().equals(fill.symbol())) {
            throw new IllegalArgumentException("symbol of a fill closing trade '" + tradeId + "' must be "
                    + lot.symbol() + ", was " + fill.symbol());
        }
        if (fill.side() != lot.side().opposite()) {
            throw new IllegalArgumentException("side of a fill closing trade '" + tradeId + "' must be "
                    + lot.side().opposite() + ", was " + fill.side());
        }
        if (lot.exceedsOpen(fill.size())) {
            throw new IllegalArgumentException("size must be <= the open size " + lot.openSize() + " of trade '"
                    + tradeId + "', was " + fill.size());
        }
        if (fill.timeNanos() < lot.entryTime()) {
            throw new IllegalArgumentException("timeNanos must be >= the entry time " + lot.entryTime()
                    + " of trade '" + tradeId + "', was " + fill.timeNanos());
        }
    }

    /**
     * Sets the price of {@code symbol}.
     *
     * @throws IllegalArgumentException if {@code price} is not finite and {@code > 0}
     */
    public void mark(String symbol, double price) {
        positive("price", price);
        Holding holding = holdingToMark(symbol);
        holding.price = price;
        holding.priceTime = Long.MIN_VALUE;
    }

    /**
     * Sets the price of {@code symbol} at {@code timeNanos} unless a price of a later time is known;
     * of two prices of the same time the later call wins.
     *
     * @throws IllegalArgumentException if {@code price} is not finite and {@code > 0}
     */
    public void mark(String symbol, double price, long timeNanos) {
        positive("price", price);
        Holding holding = holdingToMark(symbol);
        if (Double.isNaN(holding.price) || timeNanos >= holding.priceTime) {
            holding.price = price;
            holding.priceTime = timeNanos;
        }
    }

    private void requirePerTrade(String call) {
        if (mode != PositionMode.PER_TRADE) {
            throw new IllegalStateException(call + "(tradeId, fill) needs a PER_TRADE ledger, this one is " + mode
                    + "; book the fill with apply(fill)");
        }
    }

    /** Cash and fee of a fill. */
    private void book(Fill fill) {
        cash.add(-fill.side().sign() * fill.price() * fill.size());
        cash.add(-fill.fee());
        fees.add(fill.fee());
    }

    private void openLot(Holding holding, String tradeId, Fill fill, double size, double fee) {
        Lot lot = new Lot(tradeId, fill, size, fee);
        holding.lots.add(lot);
        openLots.put(tradeId, lot);
        listener.opened(tradeId, fill);
    }

    private static void priceIfUnknown(Holding holding, Fill fill) {
        if (Double.isNaN(holding.price)) {
            holding.price = fill.price();
            holding.priceTime = fill.timeNanos();
        }
    }

    /** The holding of {@code symbol}, created flat on first use. */
    /** The holding a mark of {@code symbol} sets: the string of the last lookup was checked for blanks then. */
    private Holding holdingToMark(String symbol) {
        return symbol != null && symbol == lastSymbol ? lastHolding : holdingOf(notBlank("symbol", symbol));
    }

    private Holding holdingOf(String symbol) {
        if (symbol == lastSymbol) {
            return lastHolding;
        }
        Holding holding = holdings.get(symbol);
        if (holding == null) {
            holding = new Holding(symbol, mode);
            holdings.put(symbol, holding);
            inSymbolOrder.add(holdings.headMap(symbol).size(), holding);
        }
        lastSymbol = symbol;
        lastHolding = holding;
        return holding;
    }

    /** How fills form positions in this ledger. */
    public PositionMode mode() {
        return mode;
    }

    /** Cash at the start. */
    public double initialCash() {
        return initialCash;
    }

    /** Cash after every fill and fee. */
    public double cash() {
        return cash.sum();
    }

    /** Every fee paid (negative for net rebates). */
    public double fees() {
        return fees.sum();
    }

    /** Price P&amp;L of what was closed, before fees. */
    public double realizedPnl() {
        return realized.sum();
    }

    /** Price P&amp;L of what is open at the symbols' prices, before fees. */
    public double unrealizedPnl() {
        if (mode == PositionMode.NETTING) {
            double value = 0;
            for (int i = 0; i < inSymbolOrder.size(); i++) {
                Holding holding = inSymbolOrder.get(i);
                value += holding.netting.unrealized(holding.price);
            }
            return value;
        }
        CompensatedSum sum = new CompensatedSum();
        for (Lot lot : openLots.values()) {
            sum.add(lot.unrealized(holdings.get(lot.symbol()).price));
        }
        return sum.sum();
    }

    /** Sum over symbols of the open quantity times the price (negative for shorts). */
    public double marketValue() {
        double value = 0;
        for (int i = 0; i < inSymbolOrder.size(); i++) {
            Holding holding = inSymbolOrder.get(i);
            value += holding.netting != null ? holding.netting.marketValue(holding.price)
                    : lotsValue(holding);
        }
        return value;
    }

    private static double lotsValue(Holding holding) {
        double quantity = holding.quantity();
        return quantity == 0 ? 0.0 : quantity * holding.price;
    }

    /** Cash plus positions at their prices; see the class comment for each mode's order of summation. */
    public double equity() {
        if (mode == PositionMode.NETTING) {
            return cash() + marketValue();
        }
        return initialCash + (realized.sum() - fees.sum()) + unrealizedPnl();
    }

    /** Sum over symbols of the absolute open quantity times the price. */
    public double grossExposure() {
        double value = 0;
        for (int i = 0; i < inSymbolOrder.size(); i++) {
            Holding holding = inSymbolOrder.get(i);
            double quantity = holding.quantity();
            if (quantity != 0) {
                value += Math.abs(quantity) * holding.price;
            }
        }
        return value;
    }

    /** Signed open quantity in {@code symbol}; 0 when flat or never held. */
    public double position(String symbol) {
        Holding holding = holdings.get(symbol);
        return holding == null ? 0.0 : holding.quantity();
    }

    /** Average cost of the open quantity in {@code symbol}, or NaN when flat. */
    public double averageEntryPrice(String symbol) {
        Holding holding = holdings.get(symbol);
        return holding == null ? Double.NaN : holding.averageEntryPrice();
    }

    /** The price of {@code symbol}, or NaN when none is known. */
    public double lastPrice(String symbol) {
        Holding holding = holdings.get(symbol);
        return holding == null ? Double.NaN : holding.price;
    }

    /** How many symbols have had a fill or a mark. */
    public int symbolCount() {
        return inSymbolOrder.size();
    }

    /** The {@code i}-th symbol that has had a fill or a mark, in symbol order. */
    public String symbolAt(int i) {
        return inSymbolOrder.get(i).symbol;
    }

    /** True if {@code symbol} has had a fill or a mark (it may be flat now). */
    public boolean hasHeld(String symbol) {
        return holdings.containsKey(symbol);
    }

    /** Symbols with an open quantity, in symbol order. */
    public List<String> openSymbols() {
        List<String> open = new ArrayList<>();
        for (Holding holding : inSymbolOrder) {
            if (holding.quantity() != 0) {
                open.add(holding.symbol);
            }
        }
        return open;
    }

    /** Open quantity by symbol, in symbol order, without flat symbols. */
    public Map<String, Double> openPositions() {
        Map<String, Double> open = new TreeMap<>();
        for (Holding holding : inSymbolOrder) {
            double quantity = holding.quantity();
            if (quantity != 0) {
                open.put(holding.symbol, quantity);
            }
        }
        return open;
    }

    /**
     * A PER_TRADE ledger put back from saved parts: its open lots in entry order, the symbols' prices,
     * and the fee and realized P&amp;L sums ({@link #feeSum()}, {@link #realizedSum()}). Cash is not
     * saved: it is rebuilt as {@code initialCash + realized - fees} minus the cost of the open lots
     * (their open size at their cost basis, negative for shorts), which equals the cash booked fill
     * by fill up to rounding.
     *
     * @throws IllegalArgumentException if a lot is closed or two lots share a trade id
     */
    public static Ledger restorePerTrade(double initialCash, LedgerListener listener, List<LotState> lots,
                                         List<PriceState> prices, SumState fees, SumState realized) {
        double openCost = 0;
        for (LotState lot : lots) {
            openCost += lot.side().sign() * lot.openSize() * lot.costBasis();
        }
        CompensatedSum cash = new CompensatedSum();
        cash.add(initialCash + (realized.sum() - fees.sum()) - openCost);
        Ledger ledger = new Ledger(PositionMode.PER_TRADE, initialCash, listener, cash, fees.resume(),
                realized.resume());
        for (PriceState price : prices) {
            ledger.mark(price.symbol(), price.price(), price.timeNanos());
        }
        for (LotState state : lots) {
            if (state.closed()) {
                throw new IllegalArgumentException("lot '" + state.tradeId() + "' must be open, was closed");
            }
            if (ledger.openLots.containsKey(state.tradeId())) {
                throw new IllegalArgumentException("tradeId '" + state.tradeId() + "' must name one lot, was twice");
            }
            Lot lot = new Lot(state);
            ledger.holdingOf(lot.symbol()).lots.add(lot);
            ledger.openLots.put(lot.tradeId(), lot);
        }
        return ledger;
    }

    /**
     * A NETTING ledger put back from saved parts: its open positions ({@link #nettingPositions()}),
     * the symbols' prices, and the cash, fee and realized P&amp;L sums.
     *
     * @throws IllegalArgumentException if two positions are of one symbol
     */
    public static Ledger restoreNetting(double initialCash, LedgerListener listener, List<NettingState> positions,
                                        List<PriceState> prices, SumState cash, SumState fees, SumState realized) {
        Ledger ledger = new Ledger(PositionMode.NETTING, initialCash, listener, cash.resume(), fees.resume(),
                realized.resume());
        for (NettingState position : positions) {
            if (ledger.holdings.containsKey(position.symbol())) {
                throw new IllegalArgumentException("symbol " + position.symbol() + " must have one position, was twice");
            }
            Holding holding = new Holding(position);
            ledger.holdings.put(position.symbol(), holding);
            ledger.inSymbolOrder.add(ledger.holdings.headMap(position.symbol()).size(), holding);
        }
        for (PriceState price : prices) {
            ledger.mark(price.symbol(), price.price(), price.timeNanos());
        }
        return ledger;
    }

    /** NETTING: the open positions with their round trips, in symbol order; empty in PER_TRADE. */
    public List<NettingState> nettingPositions() {
        List<NettingState> out = new ArrayList<>();
        for (Holding holding : inSymbolOrder) {
            if (holding.netting != null && holding.netting.quantity() != 0) {
                out.add(holding.netting.state());
            }
        }
        return List.copyOf(out);
    }

    /** The whole state of the cash sum, for saving. */
    public SumState cashSum() {
        return SumState.of(cash);
    }

    /** The whole state of the fee sum, for saving. */
    public SumState feeSum() {
        return SumState.of(fees);
    }

    /** The whole state of the realized P&amp;L sum, for saving. */
    public SumState realizedSum() {
        return SumState.of(realized);
    }

    /** The price of each symbol that has one, in symbol order. */
    public List<PriceState> prices() {
        List<PriceState> out = new ArrayList<>(inSymbolOrder.size());
        for (Holding holding : inSymbolOrder) {
            if (!Double.isNaN(holding.price)) {
                out.add(new PriceState(holding.symbol, holding.price, holding.priceTime));
            }
        }
        return List.copyOf(out);
    }

    /** PER_TRADE: the open lots in entry order; empty in NETTING. */
    public List<LotState> openLots() {
        List<LotState> out = new ArrayList<>(openLots.size());
        for (Lot lot : openLots.values()) {
            out.add(lot.state());
        }
        return List.copyOf(out);
    }

    /** PER_TRADE: the open lot {@code tradeId}; empty when it is closed, was never opened, or in NETTING. */
    public Optional<LotState> openLot(String tradeId) {
        Lot lot = openLots.get(tradeId);
        return lot == null ? Optional.empty() : Optional.of(lot.state());
    }
}
