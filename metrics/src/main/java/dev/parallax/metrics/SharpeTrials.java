package dev.parallax.metrics;

/**
 * How many strategy variants were tried before the one being judged, and how much their Sharpe
 * ratios varied: what the deflated Sharpe ratio needs to discount selection bias.
 *
 * @param count          number of independent trials, {@code >= 1}
 * @param sharpeVariance variance across the trials of their <em>annualised</em> Sharpe ratios,
 *                       finite and {@code >= 0}
 */
public record SharpeTrials(int count, double sharpeVariance) {

    /** Euler-Mascheroni constant, used in the expected maximum of normal draws. */
    static final double EULER_GAMMA = 0.5772156649015329;

    /** Validates every field; see the component descriptions for the rules. */
    public SharpeTrials {
        if (count < 1) {
            throw new IllegalArgumentException("count must be >= 1, was " + count);
        }
        if (!(sharpeVariance >= 0) || Double.isInfinite(sharpeVariance)) {
            throw new IllegalArgumentException("sharpeVariance must be a finite number >= 0, was " + sharpeVariance);
        }
    }

    /** One trial: nothing to deflate, the deflated Sharpe ratio equals the probabilistic one against 0. */
    public static SharpeTrials single() {
        return new SharpeTrials(1, 0.0);
    }

    /**
     * The trials whose annualised Sharpe ratios are given; the variance is the sample variance
     * ({@code n - 1}). Needs at least two finite values.
     */
    public static SharpeTrials of(double... annualisedSharpes) {
        if (annualisedSharpes == null || annualisedSharpes.length < 2) {
            throw new IllegalArgumentException("annualisedSharpes must hold at least two trials, had "
                    + (annualisedSharpes == null ? "null" : annualisedSharpes.length));
        }
        for (int i = 0; i < annualisedSharpes.length; i++) {
            if (!Double.isFinite(annualisedSharpes[i])) {
                throw new IllegalArgumentException(
                        "annualisedSharpes[" + i + "] must be a finite number, was " + annualisedSharpes[i]);
            }
        }
        Moments moments = Moments.of(annualisedSharpes);
        return new SharpeTrials(annualisedSharpes.length, moments.m2 / (annualisedSharpes.length - 1));
    }

    /**
     * The annualised Sharpe ratio the best of {@code count} trials would reach by luck alone when
     * every true Sharpe ratio is zero (Bailey and López de Prado, 2014, "The Deflated Sharpe Ratio"):
     * {@code sqrt(V) ((1 - g) Z^-1(1 - 1/N) + g Z^-1(1 - 1/(N e)))}, with {@code V} the variance of
     * the trials' Sharpe ratios, {@code N} the count, {@code g} the Euler-Mascheroni constant and
     * {@code Z^-1} the standard normal quantile. Zero for a single trial or zero variance.
     */
    public double expectedMaximumSharpe() {
        if (count == 1 || sharpeVariance == 0) {
            return 0.0;
        }
        double n = count;
        return Math.sqrt(sharpeVariance)
                * ((1 - EULER_GAMMA) * Normal.quantile(1 - 1 / n) + EULER_GAMMA * Normal.quantile(1 - 1 / (n * Math.E)));
    }
}
