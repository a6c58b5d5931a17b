"""Independent reference for TimeBarAggregatorTest: 5-minute OHLCV bars of the Bitstamp BTC/USD
trades that ta4j ships in org.ta4j:ta4j-examples (bitstamp_trades_from_20131125_usd.csv).

Plain Python, no pandas: a trade at epoch second t belongs to the bar [k*300, (k+1)*300) with
k = t // 300; the bar is stamped with its end (k+1)*300; periods without trades have no bar.
Volume is summed in file order with Python floats. The file holds 18 rows with an amount of 0; they
are not trades (a TradeTick needs a size > 0), the Java reader skips and reports them in lenient mode,
and this script leaves them out too.

Run:  python3 bitstamp_5min_bars.py path/to/bitstamp_trades_from_20131125_usd.csv > bitstamp_5min_bars.csv
"""
import csv
import sys

PERIOD = 300


def main(path):
    bars = {}
    order = []
    with open(path, newline="") as f:
        for row in csv.DictReader(f):
            t = int(row["timestamp"])
            price = float(row["price"])
            amount = float(row["amount"])
            if amount == 0:
                continue
            k = t // PERIOD
            if k not in bars:
                bars[k] = [price, price, price, price, 0.0, 0]
                order.append(k)
            b = bars[k]
            b[1] = max(b[1], price)
            b[2] = min(b[2], price)
            b[3] = price
            b[4] += amount
            b[5] += 1
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["end_epoch_seconds", "open", "high", "low", "close", "volume", "trades"])
    for k in order:
        o, h, l, c, v, n = bars[k]
        out.writerow([(k + 1) * PERIOD, repr(o), repr(h), repr(l), repr(c), repr(v), n])


if __name__ == "__main__":
    main(sys.argv[1])
