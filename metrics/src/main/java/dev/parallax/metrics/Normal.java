package dev.parallax.metrics;

import org.apache.commons.math3.distribution.NormalDistribution;

/** The standard normal distribution of Commons Math, shared; it holds no random generator. */
final class Normal {

    private static final NormalDistribution STANDARD = new NormalDistribution(null, 0, 1);

    private Normal() {
    }

    static double cdf(double x) {
        return STANDARD.cumulativeProbability(x);
    }

    static double quantile(double p) {
        return STANDARD.inverseCumulativeProbability(p);
    }
}
