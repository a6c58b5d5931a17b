#!/usr/bin/env python3
"""Independent reference values for the Java metrics in dev.parallax.metrics.

Plain Python 3 (standard library only: math, statistics, json, random), written from the
textbook formulas, not from the Java code. Run it from this folder to regenerate the fixture:

    python3 reference_metrics.py > expected-metrics.json

Sources of the formulas:
  * empyrical (Quantopian), empyrical/stats.py, https://github.com/quantopian/empyrical and its
    maintained fork https://github.com/stefan-jansen/empyrical-reloaded: cum_returns_final,
    annual_return (CAGR), annual_volatility (ddof=1), sharpe_ratio (ddof=1), sortino_ratio and
    downside_risk (sqrt of the mean of squared shortfalls over ALL periods), max_drawdown (starting
    value counts as a peak), calmar_ratio, omega_ratio, tail_ratio, value_at_risk,
    conditional_value_at_risk, stability_of_timeseries (R^2 of scipy.stats.linregress),
    aggregate_returns; scipy.stats.skew / kurtosis with their defaults (biased, Fisher).
  * numpy.percentile default ("linear") interpolation, written out below.
  * Bailey, D. H. and Lopez de Prado, M. (2012), "The Sharpe Ratio Efficient Frontier",
    Journal of Risk 15(2): probabilistic Sharpe ratio
        PSR = Phi((SR - SR*) sqrt(n - 1) / sqrt(1 - g3 SR + (g4 - 1) / 4 SR^2)),
    SR per period, g3 skewness, g4 (non-excess) kurtosis.
  * Bailey, D. H. and Lopez de Prado, M. (2014), "The Deflated Sharpe Ratio", Journal of
    Portfolio Management 40(5): SR0 = sqrt(V) ((1 - gamma) Z^-1(1 - 1/N) + gamma Z^-1(1 - 1/(N e))).
  * Van K. Tharp, system quality number: sqrt(N) mean(R) / stdev(R), sample stdev.

The real series is SPY daily adjusted closes (see spy-2019-10-to-2020-12.csv for its source).
Synthetic series are drawn here from random.Random with fixed seeds and written into the fixture
with repr(), so that Java reads exactly the same doubles.
"""

import json
import math
import random
import statistics
import sys
from statistics import NormalDist

EULER_GAMMA = 0.5772156649015329
PHI = NormalDist(0.0, 1.0)


# ---------------------------------------------------------------- return metrics

def total_return(r):
    if not r:
        return math.nan
    g = 1.0
    for x in r:
        g *= 1.0 + x
    return g - 1.0


def cagr(r, P):
    if not r:
        return math.nan
    years = len(r) / P
    return (1.0 + total_return(r)) ** (1.0 / years) - 1.0


def annual_volatility(r, P):
    if len(r) < 2:
        return math.nan
    return statistics.stdev(r) * math.sqrt(P)


def sharpe(r, P, rf):
    if len(r) < 2:
        return math.nan
    adj = [x - rf for x in r]
    sd = statistics.stdev(adj)
    if sd == 0:
        return math.nan
    return statistics.fmean(adj) / sd * math.sqrt(P)


def downside_risk(r, P, target):
    if not r:
        return math.nan
    squares = [min(x - target, 0.0) ** 2 for x in r]
    return math.sqrt(math.fsum(squares) / len(squares)) * math.sqrt(P)


def sortino(r, P, target):
    if len(r) < 2:
        return math.nan
    average_annual = statistics.fmean([x - target for x in r]) * P
    dd = downside_risk(r, P, target)
    if dd == 0:
        return math.inf if average_annual > 0 else math.nan
    return average_annual / dd


def drawdown(r):
    """Max drawdown of the curve [1, 1+r0, ...] with peak, trough, recovery (indices into the curve)."""
    if not r:
        return {"depth": math.nan, "peak": -1, "trough": -1, "recovery": -1}
    curve = [1.0]
    for x in r:
        curve.append(curve[-1] * (1.0 + x))
    running_max = []
    m = -math.inf
    for v in curve:
        m = max(m, v)
        running_max.append(m)
    dd = [(v - mx) / mx for v, mx in zip(curve, running_max)]
    depth = min(dd)
    if depth == 0:
        return {"depth": 0.0, "peak": 0, "trough": 0, "recovery": -1}
    trough = dd.index(depth)
    peak_value = running_max[trough]
    peak = max(i for i in range(trough + 1) if curve[i] == peak_value)
    recovery = next((i for i in range(trough + 1, len(curve)) if curve[i] >= peak_value), -1)
    return {"depth": depth, "peak": peak, "trough": trough, "recovery": recovery}


def calmar(r, P):
    d = drawdown(r)["depth"]
    if not (d < 0):
        return math.nan
    c = cagr(r, P) / abs(d)
    return math.nan if math.isinf(c) else c


def omega(r, rf, target):
    if len(r) < 2:
        return math.nan
    less = [x - rf - target for x in r]
    numer = math.fsum(x for x in less if x > 0)
    denom = -math.fsum(x for x in less if x < 0)
    return numer / denom if denom > 0 else math.nan


def percentile(r, q):
    """numpy.percentile(r, q) with the default linear method; q in [0, 100]."""
    if not r:
        return math.nan
    s = sorted(r)
    h = (len(s) - 1) * q / 100.0
    lo = math.floor(h)
    hi = min(lo + 1, len(s) - 1)
    return s[lo] + (h - lo) * (s[hi] - s[lo])


def tail_ratio(r):
    if not r:
        return math.nan
    return abs(percentile(r, 95)) / abs(percentile(r, 5))


def value_at_risk(r, cutoff):
    return percentile(r, 100 * cutoff)


def conditional_value_at_risk(r, cutoff):
    if not r:
        return math.nan
    k = int((len(r) - 1) * cutoff)
    return statistics.fmean(sorted(r)[:k + 1])


def stability(r):
    if len(r) < 2:
        return math.nan
    y = []
    acc = 0.0
    for x in r:
        acc += math.log1p(x)
        y.append(acc)
    xs = list(range(len(y)))
    mx, my = statistics.fmean(xs), statistics.fmean(y)
    sxx = math.fsum((a - mx) ** 2 for a in xs)
    syy = math.fsum((b - my) ** 2 for b in y)
    sxy = math.fsum((a - mx) * (b - my) for a, b in zip(xs, y))
    if sxx == 0 or syy == 0:
        return 0.0
    rr = sxy / math.sqrt(sxx * syy)
    return rr * rr


def central_moment(r, k):
    m = statistics.fmean(r)
    return math.fsum((x - m) ** k for x in r) / len(r)


def skewness(r):
    if not r:
        return math.nan
    m2 = central_moment(r, 2)
    return math.nan if m2 == 0 else central_moment(r, 3) / m2 ** 1.5


def excess_kurtosis(r):
    if not r:
        return math.nan
    m2 = central_moment(r, 2)
    return math.nan if m2 == 0 else central_moment(r, 4) / m2 ** 2 - 3.0


def psr(r, P, rf, benchmark_annual):
    if len(r) < 2:
        return math.nan
    adj = [x - rf for x in r]
    sd = statistics.stdev(adj)
    if sd == 0:
        return math.nan
    sr = statistics.fmean(adj) / sd
    sr_star = benchmark_annual / math.sqrt(P)
    g3 = skewness(r)
    g4 = excess_kurtosis(r) + 3.0
    var = 1.0 - g3 * sr + (g4 - 1.0) / 4.0 * sr * sr
    if var <= 0:
        return math.nan
    return PHI.cdf((sr - sr_star) * math.sqrt(len(r) - 1) / math.sqrt(var))


def expected_max_sharpe(trials, variance):
    if trials == 1 or variance == 0:
        return 0.0
    n = trials
    return math.sqrt(variance) * ((1 - EULER_GAMMA) * PHI.inv_cdf(1 - 1 / n)
                                  + EULER_GAMMA * PHI.inv_cdf(1 - 1 / (n * math.e)))


def rolling(r, window, fn):
    return [fn(r[j:j + window]) for j in range(len(r) - window + 1)]


def return_case(r, P, rf, target, cutoff, trials, sharpe_variance, windows):
    d = drawdown(r)
    sr0 = expected_max_sharpe(trials, sharpe_variance)
    return {
        "periodsPerYear": P, "riskFreeRate": rf, "requiredReturn": target, "cutoff": cutoff,
        "trials": trials, "sharpeVariance": sharpe_variance,
        "expected": {
            "totalReturn": total_return(r),
            "cagr": cagr(r, P),
            "annualVolatility": annual_volatility(r, P),
            "sharpe": sharpe(r, P, rf),
            "sortino": sortino(r, P, target),
            "downsideDeviation": downside_risk(r, P, target),
            "maxDrawdown": d["depth"],
            "drawdownPeak": d["peak"],
            "drawdownTrough": d["trough"],
            "drawdownRecovery": d["recovery"],
            "calmar": calmar(r, P),
            "omega": omega(r, rf, target),
            "tailRatio": tail_ratio(r),
            "valueAtRisk": value_at_risk(r, cutoff),
            "conditionalValueAtRisk": conditional_value_at_risk(r, cutoff),
            "stability": stability(r),
            "skewness": skewness(r),
            "excessKurtosis": excess_kurtosis(r),
            "probabilisticSharpe": psr(r, P, rf, 0.0),
            "expectedMaximumSharpe": sr0,
            "deflatedSharpe": psr(r, P, rf, sr0),
        },
        "rolling": {str(w): {"sharpe": rolling(r, w, lambda s: sharpe(s, P, rf)),
                             "volatility": rolling(r, w, lambda s: annual_volatility(s, P))}
                    for w in windows},
    }


# ---------------------------------------------------------------- calendar tables

def calendar(dates, r):
    """dates 'YYYY-MM-DD' of the end of each period; compounding within month and year."""
    months, years = {}, {}
    for d, x in zip(dates, r):
        months.setdefault(d[:7], []).append(x)
        years.setdefault(d[:4], []).append(x)
    return {
        "months": [[k, total_return(v), len(v)] for k, v in sorted(months.items())],
        "years": [[k, total_return(v), len(v)] for k, v in sorted(years.items())],
    }


# ---------------------------------------------------------------- trades

def trade_stats(trades):
    pnl = [t[0] for t in trades]
    wins = [p for p in pnl if p > 0]
    losses = [p for p in pnl if p < 0]
    n = len(pnl)
    gp, gl = math.fsum(wins), math.fsum(losses)
    if gl == 0:
        pf = math.inf if gp > 0 else math.nan
    else:
        pf = gp / -gl
    avg_win = statistics.fmean(wins) if wins else math.nan
    avg_loss = statistics.fmean(losses) if losses else math.nan
    if not losses:
        payoff = math.inf if wins else math.nan
    elif not wins:
        payoff = 0.0
    else:
        payoff = avg_win / -avg_loss

    def longest(pred):
        best = cur = 0
        for p in pnl:
            cur = cur + 1 if pred(p) else 0
            best = max(best, cur)
        return best

    holding = [t[2] - t[1] for t in trades]
    hs = sorted(holding)
    if not hs:
        median_holding = 0
    elif n % 2:
        median_holding = hs[n // 2]
    else:
        median_holding = (hs[n // 2 - 1] + hs[n // 2]) // 2
    with_risk = all(t[3] is not None for t in trades) and n > 0
    sd = statistics.stdev(pnl) if n >= 2 else math.nan
    return {
        "count": n, "winners": len(wins), "losers": len(losses), "breakEven": n - len(wins) - len(losses),
        "winRate": len(wins) / n if n else math.nan,
        "grossProfit": gp, "grossLoss": gl, "netProfit": math.fsum(pnl),
        "profitFactor": pf,
        "expectancy": math.fsum(pnl) / n if n else math.nan,
        "expectancyPerRisk": statistics.fmean([t[0] / t[3] for t in trades]) if with_risk else math.nan,
        "averageWin": avg_win, "averageLoss": avg_loss, "payoffRatio": payoff,
        "largestWin": max(wins) if wins else math.nan,
        "largestLoss": min(losses) if losses else math.nan,
        "averageHoldingNanos": sum(holding) // n if n else 0,
        "medianHoldingNanos": median_holding,
        "longestWinningStreak": longest(lambda p: p > 0),
        "longestLosingStreak": longest(lambda p: p < 0),
        "sqn": math.sqrt(n) * statistics.fmean(pnl) / sd if n >= 2 and sd > 0 else math.nan,
    }


# ---------------------------------------------------------------- inputs

def read_spy():
    dates, closes = [], []
    with open("spy-2019-10-to-2020-12.csv") as f:
        for line in f:
            if line.startswith("#") or line.startswith("date"):
                continue
            d, c = line.strip().split(",")
            dates.append(d)
            closes.append(float(c))
    returns = [closes[i + 1] / closes[i] - 1.0 for i in range(len(closes) - 1)]
    return dates, returns


def synthetic_gaussian():
    rnd = random.Random(20240501)
    return [rnd.gauss(0.0004, 0.011) for _ in range(600)]


def synthetic_fat_tailed():
    """Crypto-like: mostly calm, 5% of days drawn from a wide distribution, skewed to the left."""
    rnd = random.Random(7)
    out = []
    for _ in range(400):
        if rnd.random() < 0.05:
            out.append(max(-0.6, rnd.gauss(-0.02, 0.08)))
        else:
            out.append(rnd.gauss(0.002, 0.025))
    return out


def synthetic_trades():
    rnd = random.Random(99)
    trades = []
    t = 1_700_000_000_000_000_000
    for i in range(250):
        entry = t + rnd.randrange(0, 3_600_000_000_000)
        exit_ = entry + rnd.randrange(1_000_000_000, 5 * 86_400_000_000_000)
        u = rnd.random()
        if u < 0.05:
            pnl = 0.0
        elif u < 0.48:
            pnl = round(rnd.uniform(5, 400), 2)
        else:
            pnl = -round(rnd.uniform(5, 180), 2)
        risk = round(rnd.uniform(50, 200), 2)
        trades.append([pnl, entry, exit_, risk])
        t = exit_
    return trades


def main():
    dates, spy = read_spy()
    gaussian = synthetic_gaussian()
    fat = synthetic_fat_tailed()
    trades = synthetic_trades()
    rf_spy = (1 + 0.015) ** (1 / 252) - 1
    fixture = {
        "spy": return_case(spy, 252, 0.0, 0.0, 0.05, 1, 0.0, [21, 63]),
        "spyWithRates": return_case(spy, 252, rf_spy, 0.0003, 0.05, 20, 0.35, [63]),
        "gaussian": dict(returns=gaussian, **return_case(gaussian, 252, 0.0, 0.0, 0.05, 100, 0.5, [30])),
        "fatTailedCrypto": dict(returns=fat, **return_case(fat, 365, 0.0001, 0.001, 0.01, 1000, 1.2, [14])),
        "spyCalendar": dict(dates=dates[1:], **calendar(dates[1:], spy)),
        "trades": {"trades": trades, "expected": trade_stats(trades)},
        "tradesWithoutRisk": {"trades": [[t[0], t[1], t[2], None] for t in trades[:40]],
                              "expected": trade_stats([[t[0], t[1], t[2], None] for t in trades[:40]])},
    }
    json.dump(fixture, sys.stdout, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
