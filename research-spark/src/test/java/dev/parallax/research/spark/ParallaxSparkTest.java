package dev.parallax.research.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ParallaxSparkTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return ParallaxSpark.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aBadMasterUrlIsAUsageErrorNamingItBeforeSparkStarts() {
        assertEquals(2, run("bench", "--spark", "spark//host:7077"));
        assertTrue(err().startsWith("parallax-spark: --spark must be " + SparkMaster.FORMS
                + ", was 'spark//host:7077'"), err());
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        assertEquals(2, run("optimise"));
        assertTrue(err().startsWith("parallax-spark: unknown command 'optimise'"), err());
    }

    @Test
    void benchSettingsOutOfRangeAreUsageErrors() {
        assertEquals(2, run("bench", "--points", "0"));
        assertTrue(err().startsWith("parallax-spark: --points must be >= 1, was 0"), err());
    }

    @Test
    void benchOnAnEmbeddedSparkReportsIdenticalRows() {
        assertEquals(0, run("bench", "--spark", "local[2]", "--points", "4", "--bars", "2000", "--runs", "1"), err());
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.startsWith("sweep of 4 points over 2000 bars, 1 timed runs each (medians)"), printed);
        assertTrue(printed.contains("spark local[2], 8 slices: "), printed);
        assertTrue(printed.endsWith("identical rows: true" + System.lineSeparator()), printed);
    }
}
