/**
 * The SMA crossover of {@link dev.parallax.benchmarks.SmaCrossBenchmark} run by ta4j, to measure the
 * peer figure of docs/PERFORMANCE.md here. ta4j 0.18 is compiled for Java 21, so this package is
 * built only when Maven runs on JDK 21 or later (the {@code ta4j} profile of the benchmarks pom); on
 * JDK 17 the rest of the benchmarks build without it.
 */
package dev.parallax.benchmarks.ta4j;
