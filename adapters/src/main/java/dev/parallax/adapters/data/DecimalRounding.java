package dev.parallax.adapters.data;

/**
 * The double nearest to {@code significand × 10^power} (ties to even, as {@link Double#parseDouble}
 * rounds), for significands below 10<sup>18</sup> and powers within &plusmn;22: exactly the decimals
 * that {@link Double#toString} and most CSV writers produce.
 *
 * <p>When the significand is at most 2<sup>53</sup> this is one multiplication or division of two
 * exact doubles, correctly rounded by IEEE arithmetic (Clinger's fast path). A larger significand,
 * such as the 17 digits of {@code 1.1400000000000001}, is first rounded to a double, so the quotient
 * or product may be a unit or two in the last place off; it is then corrected by comparing the
 * decimal value with the midpoints to its neighbouring doubles in exact 128-bit integer arithmetic.
 */
final class DecimalRounding {

    /** Significands must be below this. */
    static final long SIGNIFICAND_LIMIT = 1_000_000_000_000_000_000L;
    /** Powers of ten must be within plus or minus this. */
    static final int MAX_POWER = 22;

    private static final long EXACT_LIMIT = 1L << 53;
    /**
     * The approximation is at most two units in the last place off (one rounding of the significand,
     * one of the product or quotient), so a few steps always settle it.
     */
    private static final int MAX_STEPS = 4;
    private static final double[] POWERS_OF_TEN = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    };
    private static final long[] POWERS_OF_FIVE = new long[MAX_POWER + 1];
    private static final long MANTISSA_MASK = (1L << 52) - 1;
    private static final int EXPONENT_BIAS = 1075;

    static {
        POWERS_OF_FIVE[0] = 1;
        for (int i = 1; i <= MAX_POWER; i++) {
            POWERS_OF_FIVE[i] = POWERS_OF_FIVE[i - 1] * 5;
        }
    }

    private DecimalRounding() {
    }

    /**
     * The double nearest to {@code significand × 10^power}; NaN, never a wrong double, should the
     * correction not settle (it always does; the caller then asks the JDK).
     *
     * @param significand in {@code [0, 10^18)}
     * @param power       in {@code [-22, 22]}
     */
    static double toDouble(long significand, int power) {
        double approximate = power >= 0 ? significand * POWERS_OF_TEN[power] : significand / POWERS_OF_TEN[-power];
        if (significand <= EXACT_LIMIT) {
            return approximate;
        }
        double z = approximate;
        for (int step = 0; step <= MAX_STEPS; step++) {
            int above = compareWithMidpointAbove(significand, power, z);
            if (above > 0 || above == 0 && isOdd(z)) {
                z = Math.nextUp(z);
                continue;
            }
            double below = Math.nextDown(z);
            int belowMidpoint = compareWithMidpointAbove(significand, power, below);
            if (belowMidpoint < 0 || belowMidpoint == 0 && isOdd(z)) {
                z = below;
                continue;
            }
            return z;
        }
        return Double.NaN;
    }

    private static boolean isOdd(double z) {
        return (Double.doubleToRawLongBits(z) & 1) != 0;
    }

    /**
     * The sign of {@code significand × 10^power − (z + nextUp(z)) / 2}, exactly. {@code z} is a
     * positive normal double {@code m × 2^e}, so the midpoint is {@code (2m + 1) × 2^(e − 1)}.
     */
    private static int compareWithMidpointAbove(long significand, int power, double z) {
        long bits = Double.doubleToRawLongBits(z);
        long m = (bits & MANTISSA_MASK) | (1L << 52);
        int e = (int) (bits >>> 52) - EXPONENT_BIAS;
        long twoMPlusOne = 2 * m + 1;
        // compare A × 2^shift with B, where both sides were multiplied by 2^(1 - e) and, for a
        // negative power, by 10^-power = 5^-power × 2^-power
        if (power >= 0) {
            long five = POWERS_OF_FIVE[power];
            return compare(Math.multiplyHigh(significand, five), significand * five, power + 1 - e, 0, twoMPlusOne);
        }
        long five = POWERS_OF_FIVE[-power];
        return compare(0, significand, 1 - e + power, Math.multiplyHigh(twoMPlusOne, five), twoMPlusOne * five);
    }

    /** The sign of {@code A × 2^shift − B}, A and B unsigned 128-bit integers given as high and low halves. */
    private static int compare(long aHigh, long aLow, int shift, long bHigh, long bLow) {
        int aLength = bitLength(aHigh, aLow);
        int bLength = bitLength(bHigh, bLow);
        if (aLength == 0 || bLength == 0) {
            return Integer.compare(aLength, bLength);
        }
        if (aLength + shift != bLength) {
            return aLength + shift > bLength ? 1 : -1;
        }
        if (shift >= 0) {
            return compareUnsigned(shiftLeftHigh(aHigh, aLow, shift), shiftLeftLow(aLow, shift), bHigh, bLow);
        }
        return compareUnsigned(aHigh, aLow, shiftLeftHigh(bHigh, bLow, -shift), shiftLeftLow(bLow, -shift));
    }

    private static int bitLength(long high, long low) {
        return high != 0 ? 128 - Long.numberOfLeadingZeros(high) : 64 - Long.numberOfLeadingZeros(low);
    }

    private static long shiftLeftHigh(long high, long low, int shift) {
        if (shift == 0) {
            return high;
        }
        return shift < 64 ? high << shift | low >>> (64 - shift) : low << (shift - 64);
    }

    private static long shiftLeftLow(long low, int shift) {
        return shift < 64 ? low << shift : 0;
    }

    private static int compareUnsigned(long aHigh, long aLow, long bHigh, long bLow) {
        int high = Long.compareUnsigned(aHigh, bHigh);
        return high != 0 ? high : Long.compareUnsigned(aLow, bLow);
    }
}
