package dev.parallax.research.spark;

import java.util.Optional;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/** Starts the Spark context of a command. */
final class SparkJob {

    /** The master when neither {@code --spark} nor spark-submit names one. */
    static final SparkMaster DEFAULT_MASTER = new SparkMaster("local[*]");

    private SparkJob() {
    }

    /**
     * The master a command runs on: {@code chosen} ({@code --spark}) if given, else the one
     * spark-submit set ({@code spark.master}), else {@link #DEFAULT_MASTER}.
     */
    static SparkMaster masterOf(Optional<SparkMaster> chosen, SparkConf conf) {
        return chosen.orElseGet(() -> conf.contains("spark.master") ? new SparkMaster(conf.get("spark.master"))
                : DEFAULT_MASTER);
    }

    /**
     * A context named {@code name} on the master of {@link #masterOf}. An embedded ({@code local})
     * master binds the driver to the loopback address and has no web UI, unless the configuration
     * says otherwise; a cluster master keeps what spark-submit and the cluster's configuration say.
     *
     * @throws IllegalStateException if Spark cannot start, with Spark's reason
     */
    static JavaSparkContext start(Optional<SparkMaster> chosen, String name) {
        SparkConf conf = new SparkConf().setAppName(name);
        SparkMaster master = masterOf(chosen, conf);
        conf.setMaster(master.url());
        if (master.embedded()) {
            conf.setIfMissing("spark.ui.enabled", "false")
                    .setIfMissing("spark.driver.bindAddress", "127.0.0.1")
                    .setIfMissing("spark.driver.host", "127.0.0.1");
        }
        try {
            return new JavaSparkContext(conf);
        } catch (RuntimeException e) {
            throw new IllegalStateException("Spark did not start on " + master.url() + ": " + e.getMessage(), e);
        }
    }
}
