package dev.parallax.metrics;

import java.util.Arrays;

/** Quickselect on a prefix of a {@code double[]}, in the order {@link Arrays#sort(double[])} uses. */
final class Selection {

    private Selection() {
    }

    /**
     * Rearranges {@code a[0, size)} so that index {@code k} holds the value a sort would put there,
     * every value before it is not greater and every value after it is not smaller, and returns that
     * value. Expected O(n); falls back to sorting the part left if the partitions go badly.
     */
    static double select(double[] a, int size, int k) {
        int left = 0;
        int right = size - 1;
        int budget = 2 * (32 - Integer.numberOfLeadingZeros(size)) + 16;
        while (right > left) {
            if (budget-- == 0) {
                Arrays.sort(a, left, right + 1);
                return a[k];
            }
            int mid = (left + right) >>> 1;
            double pivot = medianOfThree(a[left], a[mid], a[right]);
            int i = left;
            int j = right;
            while (i <= j) {
                while (a[i] < pivot) {
                    i++;
                }
                while (a[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    double t = a[i];
                    a[i] = a[j];
                    a[j] = t;
                    i++;
                    j--;
                }
            }
            if (k <= j) {
                right = j;
            } else if (k >= i) {
                left = i;
            } else {
                return a[k];
            }
        }
        return a[k];
    }

    /** After {@link #select} put rank {@code k} in place: the value of rank {@code k + 1}, the smallest after it. */
    static double next(double[] a, int size, int k) {
        double next = a[k + 1];
        for (int i = k + 2; i < size; i++) {
            if (a[i] < next) {
                next = a[i];
            }
        }
        return next;
    }

    private static double medianOfThree(double a, double b, double c) {
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }
}
