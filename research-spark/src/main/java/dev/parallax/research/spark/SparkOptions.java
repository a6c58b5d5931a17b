package dev.parallax.research.spark;

import java.util.Optional;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/** {@code --spark MASTER}: where the Spark job runs. A bad URL is a usage error (exit 2) before Spark starts. */
public final class SparkOptions {

    @Option(names = "--spark", paramLabel = "MASTER", converter = MasterConverter.class,
            description = "Spark master: local[*] (default: every core of this machine), local[N], spark://host:port, "
                    + "yarn or k8s://https://host:port. Under spark-submit, its --master is used when this is not given.")
    SparkMaster master;

    /** The master given, if any. */
    public Optional<SparkMaster> master() {
        return Optional.ofNullable(master);
    }

    /** Parses a master URL; picocli turns the refusal into a usage error naming the option. */
    static final class MasterConverter implements ITypeConverter<SparkMaster> {
        @Override
        public SparkMaster convert(String value) {
            return new SparkMaster(value);
        }
    }
}
