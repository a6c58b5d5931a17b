package dev.parallax.benchmarks;

import dev.parallax.adapters.data.TimestampFormat;
import dev.parallax.adapters.data.TradeCsvFormat;
import dev.parallax.sim.api.data.MarketDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/** Rows per second of the streaming trades CSV reader over a 1,000,000-row file. */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m"})
@State(Scope.Benchmark)
public class TradesCsvBenchmark {

    private static final int ROWS = 1_000_000;

    private Path file;
    private TradeCsvFormat format;

    /** Writes the file once. */
    @Setup
    public void setUp() throws IOException {
        file = TradesFile.write(Files.createTempFile("trades", ".csv"), ROWS, 1);
        format = TradeCsvFormat.of("X").withTimestamps(TimestampFormat.epochMillis());
    }

    /** Removes the file. */
    @TearDown
    public void tearDown() throws IOException {
        Files.deleteIfExists(file);
    }

    /** Reads every row as a TradeTick. */
    @Benchmark
    @OperationsPerInvocation(ROWS)
    public long readAllRows() {
        long n = 0;
        try (MarketDataSource source = format.open(file)) {
            while (source.hasNext()) {
                source.next();
                n++;
            }
        }
        return n;
    }
}
