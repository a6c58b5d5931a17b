package dev.parallax.research.spark;

import dev.parallax.adapters.data.CsvMarketDataSource;
import dev.parallax.adapters.data.OhlcvCsvFormat;
import dev.parallax.backtest.columnar.BarSeries;
import dev.parallax.cli.data.HashingInput;
import dev.parallax.cli.research.DataChangedException;
import dev.parallax.research.BarSource;
import dev.parallax.sim.api.data.Bar;
import dev.parallax.sim.api.data.MarketEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.SparkEnv;
import scala.Tuple2;

/**
 * OHLCV bars of one symbol in a CSV file (plain or gzip) at any path Hadoop's {@link FileSystem}
 * reads: {@code file:/data/btc.csv}, {@code hdfs://namenode:8020/data/btc.csv},
 * {@code s3a://bucket/btc.csv}, or a path with no scheme, which Hadoop resolves against its default
 * file system (the local one unless {@code fs.defaultFS} says otherwise) and the working directory.
 *
 * <p>The file has a header naming {@code time, open, high, low, close, volume}; {@code time} is the
 * bar's end as an ISO date-time in UTC ({@link OhlcvCsvFormat#of}); rows are strict (a malformed row
 * fails the load, naming the file and line).
 *
 * <p>The source is read where the run happens: on a Spark executor it is opened there, with the
 * Hadoop settings given to the job as {@code spark.hadoop.*} (such as {@code spark.hadoop.fs.s3a.endpoint}),
 * and otherwise with the Hadoop configuration files on the classpath.
 *
 * <p>Given a {@code sha256}, the source computes the SHA-256 of the bytes it reads while it parses
 * them (and of any it left, in the same pass) and refuses bars whose bytes differ: a file replaced or
 * appended to after the driver read it would otherwise give rows from different data.
 *
 * @param path   the file's path or URI, not blank
 * @param symbol the symbol the bars are for, not blank
 * @param sha256 the SHA-256 the file's bytes must have (64 lowercase hex digits, the digest the driver
 *               read), or empty text for no check
 */
public record HadoopBarSource(String path, String symbol, String sha256) implements BarSource {

    private static final long serialVersionUID = 1L;
    private static final String SPARK_HADOOP = "spark.hadoop.";

    /** Checks that the path and symbol are given, the path parses and a digest is 64 lowercase hex digits. */
    public HadoopBarSource {
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException("path must not be blank, was '" + path + "'");
        }
        if (symbol == null || symbol.isBlank()) {
            throw new IllegalArgumentException("symbol must not be blank, was '" + symbol + "'");
        }
        try {
            new Path(path);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("path is not a Hadoop path, was '" + path + "': " + e.getMessage(), e);
        }
        if (sha256 == null || !(sha256.isEmpty() || sha256.matches("[0-9a-f]{64}"))) {
            throw new IllegalArgumentException("sha256 must be empty text or 64 lowercase hex digits, was '"
                    + sha256 + "'");
        }
    }

    /** The bars of the file at {@code path}, read without checking their digest. */
    public HadoopBarSource(String path, String symbol) {
        this(path, symbol, "");
    }

    /**
     * Reads every bar of the file.
     *
     * @throws IllegalArgumentException naming the file when it is missing, holds a bad row or no bar
     * @throws UncheckedIOException     naming the file when it cannot be read
     * @throws DataChangedException     when a {@link #sha256()} is given and the bytes read have another
     */
    @Override
    public BarSeries load() {
        if (sha256.isEmpty()) {
            try (InputStream in = open(new Path(path), path)) {
                return bars(in);
            } catch (IOException e) {
                throw unreadable(e);
            }
        }
        HashingInput in;
        BarSeries bars = null;
        IllegalArgumentException refused = null;
        try {
            in = new HashingInput(open(new Path(path), path), true);
            try (in) {
                bars = bars(in);
            } catch (IllegalArgumentException e) {
                refused = e;
            }
        } catch (IOException e) {
            throw unreadable(e);
        }
        requireDigest(in.sha256Hex(), refused);
        return bars;
    }

    /**
     * Throws {@link DataChangedException} when {@code read} is not {@link #sha256()} (a bad row or a
     * missing bar is then a symptom of the change), else {@code refused} if there is one.
     */
    private void requireDigest(String read, IllegalArgumentException refused) {
        if (!read.equals(sha256)) {
            DataChangedException changed = new DataChangedException(path, sha256, read);
            if (refused != null) {
                changed.addSuppressed(refused);
            }
            throw changed;
        }
        if (refused != null) {
            throw refused;
        }
    }

    private UncheckedIOException unreadable(IOException e) {
        return new UncheckedIOException("cannot read data file " + path + ": " + e.getMessage(), e);
    }

    /**
     * Opens the bytes of {@code file} (called {@code name} in messages) through the Hadoop file system
     * of its scheme, with {@link #configuration()}.
     *
     * @throws IllegalArgumentException naming the file when it is not there
     * @throws IOException              when no file system knows the scheme or the file cannot be opened
     */
    static InputStream open(Path file, String name) throws IOException {
        FileSystem fs = file.getFileSystem(configuration());
        if (!fs.exists(file)) {
            throw new IllegalArgumentException("data file " + name + " does not exist (resolved to "
                    + fs.makeQualified(file) + ")");
        }
        return fs.open(file);
    }

    @Override
    public String describe() {
        return path + " (" + symbol + ")";
    }

    private BarSeries bars(InputStream in) {
        try (CsvMarketDataSource rows = OhlcvCsvFormat.of(symbol).open(path, in)) {
            return bars(rows);
        }
    }

    private BarSeries bars(CsvMarketDataSource rows) {
        BarSeries.Builder series = new BarSeries.Builder(symbol, 1024);
        int count = 0;
        while (rows.hasNext()) {
            MarketEvent event = rows.next();
            if (event instanceof Bar b) {
                series.add(b.timeNanos(), b.open(), b.high(), b.low(), b.close(), b.volume());
                count++;
            }
        }
        if (count == 0) {
            throw new IllegalArgumentException("data file " + path + " holds no bar");
        }
        return series.build();
    }

    /**
     * Hadoop's configuration files, with the job's {@code spark.hadoop.*} settings over them: those of
     * the running Spark context, or on a driver whose context has not started yet, those of the
     * {@code spark.*} system properties (which spark-submit sets).
     */
    private static Configuration configuration() {
        Configuration conf = new Configuration();
        SparkEnv env = SparkEnv.get();
        copyHadoopSettings(env != null ? env.conf() : new SparkConf(), conf);
        return conf;
    }

    static void copyHadoopSettings(SparkConf from, Configuration to) {
        for (Tuple2<String, String> entry : from.getAll()) {
            if (entry._1().startsWith(SPARK_HADOOP)) {
                to.set(entry._1().substring(SPARK_HADOOP.length()), entry._2());
            }
        }
    }

    /** The settings {@link #load} would add to Hadoop's, for tests. */
    static Map<String, String> hadoopSettingsOf(SparkConf conf) {
        Configuration to = new Configuration(false);
        copyHadoopSettings(conf, to);
        Map<String, String> out = new java.util.TreeMap<>();
        to.forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }
}
