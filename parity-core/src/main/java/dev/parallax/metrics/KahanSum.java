package dev.parallax.metrics;

/** Compensated (Kahan-Babuska-Neumaier) summation, for P&L totals that must not drift. */
final class KahanSum {

    private double sum;
    private double compensation;

    void add(double value) {
        double t = sum + value;
        if (Math.abs(sum) >= Math.abs(value)) {
            compensation += (sum - t) + value;
        } else {
            compensation += (value - t) + sum;
        }
        sum = t;
    }

    double sum() {
        return sum + compensation;
    }
}
