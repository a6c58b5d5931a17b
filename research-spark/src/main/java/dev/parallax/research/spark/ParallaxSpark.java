package dev.parallax.research.spark;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The {@code parallax-spark} command: research commands run as Spark jobs. {@code ./parallax-spark}
 * runs it with an embedded Spark; {@code spark-submit --class dev.parallax.research.spark.ParallaxSpark
 * research-spark-cluster.jar ...} runs it on a cluster.
 *
 * <p>Exit codes as {@code parallax}: 0 done, 1 failed, 2 bad arguments (among them a master URL
 * Spark does not know, refused before Spark starts).
 */
public final class ParallaxSpark {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    private static final String USAGE_TEXT = """
            usage: parallax-spark bench [--spark MASTER] [--points N] [--bars N] [--runs N]
              bench   times a sweep on Spark against the local runner (default 100 points, 200000 bars, 5 runs)
              --spark MASTER   local[*] (default), local[N], spark://host:port, yarn, k8s://https://host:port;
                               under spark-submit its --master is used when --spark is not given""";

    private ParallaxSpark() {
    }

    /** Runs the command and exits with its code. */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command given by {@code args}, printing to {@code out} and {@code err}; returns the exit code. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
            (args.length == 0 ? err : out).println(USAGE_TEXT);
            return args.length == 0 ? USAGE : OK;
        }
        try {
            return switch (args[0]) {
                case "bench" -> bench(Arrays.copyOfRange(args, 1, args.length), out);
                default -> throw new UsageError("unknown command '" + args[0] + "'; the commands are: bench");
            };
        } catch (UsageError e) {
            err.println("parallax-spark: " + e.getMessage());
            err.println(USAGE_TEXT);
            return USAGE;
        } catch (RuntimeException e) {
            err.println("parallax-spark: " + e.getMessage());
            return FAILED;
        }
    }

    private static int bench(String[] args, PrintStream out) {
        Options o = Options.parse(args, List.of("--spark", "--points", "--bars", "--runs"));
        Optional<SparkMaster> master = o.master();
        SparkSweepBenchmark.Settings settings;
        try {
            settings = new SparkSweepBenchmark.Settings(o.integer("--points", 100), o.integer("--bars", 200_000),
                    o.integer("--runs", 5));
        } catch (IllegalArgumentException e) {
            throw new UsageError(e.getMessage());
        }
        return SparkSweepBenchmark.run(master, settings, out) ? OK : FAILED;
    }

    /** A bad argument: exit 2. */
    static final class UsageError extends RuntimeException {

        private static final long serialVersionUID = 1L;

        UsageError(String message) {
            super(message);
        }
    }

    /** {@code --name value} pairs, each name at most once and among those allowed. */
    private record Options(List<String> names, List<String> values) {

        static Options parse(String[] args, List<String> allowed) {
            List<String> names = new ArrayList<>();
            List<String> values = new ArrayList<>();
            for (int i = 0; i < args.length; i += 2) {
                if (!allowed.contains(args[i])) {
                    throw new UsageError("unknown option '" + args[i] + "'; the options are " + allowed);
                }
                if (names.contains(args[i])) {
                    throw new UsageError(args[i] + " is given twice");
                }
                if (i + 1 >= args.length) {
                    throw new UsageError(args[i] + " needs a value");
                }
                names.add(args[i]);
                values.add(args[i + 1]);
            }
            return new Options(names, values);
        }

        Optional<String> value(String name) {
            int at = names.indexOf(name);
            return at < 0 ? Optional.empty() : Optional.of(values.get(at));
        }

        int integer(String name, int otherwise) {
            String v = value(name).orElse(null);
            if (v == null) {
                return otherwise;
            }
            try {
                return Integer.parseInt(v);
            } catch (NumberFormatException e) {
                throw new UsageError(name + " must be a whole number, was '" + v + "'");
            }
        }

        Optional<SparkMaster> master() {
            try {
                return value("--spark").map(SparkMaster::new);
            } catch (IllegalArgumentException e) {
                throw new UsageError(e.getMessage());
            }
        }
    }
}
