#!/usr/bin/env python3
"""Independent reference for the SMA crossover backtest test.

Reads daily bars (date,open,high,low,close,volume) and lists the trades of a long-only
SMA(fast)/SMA(slow) crossover holding one unit with zero costs, written from the rule alone,
without any Parallax code:

  diff_t = mean(close[t-fast+1..t]) - mean(close[t-slow+1..t]), defined once t >= slow - 1;
  a buy signal on bar t when diff_(t-1) <= 0 < diff_t, a sell signal when diff_(t-1) >= 0 > diff_t
  (both diffs defined); long-only: buy when flat, sell when long.

Execution: 'close' fills at the signal bar's close; 'next_open' at the next bar's open (a signal
on the last bar is never filled). Each mean is a fresh sum over its window.

Input: appleinc_bars_from_20130101_usd.csv from the Maven Central artifact
org.ta4j:ta4j-examples:0.18 (the file at the root of the jar).
Usage: python3 sma_cross_reference.py bars.csv fast slow close|next_open > expected.csv
"""
import csv
import sys


def main():
    path, fast, slow, mode = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
    with open(path, newline="") as f:
        rows = list(csv.DictReader(f))
    dates = [r["date"] for r in rows]
    opens = [float(r["open"]) for r in rows]
    closes = [float(r["close"]) for r in rows]

    def sma(n, t):
        return sum(closes[t - n + 1:t + 1]) / n

    prev = None
    long = False
    entry = None
    print("entry_date,entry_price,exit_date,exit_price,pnl")
    for t in range(len(closes)):
        if t < slow - 1:
            continue
        diff = sma(fast, t) - sma(slow, t)
        if prev is not None:
            signal = None
            if prev <= 0 < diff and not long:
                signal = "buy"
            elif prev >= 0 > diff and long:
                signal = "sell"
            if signal is not None:
                if mode == "close":
                    when, price = dates[t], closes[t]
                elif t + 1 < len(closes):
                    when, price = dates[t + 1], opens[t + 1]
                else:
                    when = None
                if when is not None:
                    if signal == "buy":
                        long, entry = True, (when, price)
                    else:
                        long = False
                        print(f"{entry[0]},{entry[1]!r},{when},{price!r},{price - entry[1]!r}")
        prev = diff


main()
