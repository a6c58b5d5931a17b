/**
 * Research on Apache Spark: {@link dev.parallax.research.spark.SparkSweepRunner} runs the points of a
 * sweep (and so a walk-forward's sweeps) as one Spark job with the rows of the local runner;
 * {@link dev.parallax.research.spark.HadoopBarSource} reads bars from any Hadoop path on the executors;
 * {@link dev.parallax.research.spark.HadoopFile} is a command's data URI, read through Hadoop;
 * {@link dev.parallax.research.spark.ParallaxSpark} is the {@code parallax-spark} command.
 *
 * <p>Null policy: no parameter or return value is null; an option not given is an empty
 * {@link java.util.Optional}.
 */
package dev.parallax.research.spark;
