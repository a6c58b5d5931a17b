package dev.parallax.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The independent reference values of {@code reference/expected-metrics.json}, written by
 * {@code reference/reference_metrics.py} (plain Python, textbook formulas), and the real SPY series
 * of {@code reference/spy-2019-10-to-2020-12.csv}.
 */
final class Reference {

    /** Tolerance relative to the expected value: the two implementations differ only in rounding. */
    static final double RELATIVE = 1e-9;

    private static final JsonNode FIXTURE = load();

    private Reference() {
    }

    static JsonNode fixture(String name) {
        JsonNode node = FIXTURE.get(name);
        if (node == null) {
            throw new IllegalStateException("no case " + name + " in expected-metrics.json; rerun reference_metrics.py");
        }
        return node;
    }

    static double[] doubles(JsonNode array) {
        double[] values = new double[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = array.get(i).asDouble();
        }
        return values;
    }

    /** SPY daily adjusted closes, oldest first. */
    static SpyCloses spy() {
        List<LocalDate> dates = new ArrayList<>();
        List<Double> closes = new ArrayList<>();
        try (InputStream in = Reference.class.getResourceAsStream("/reference/spy-2019-10-to-2020-12.csv");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("#") || line.startsWith("date") || line.isBlank()) {
                    continue;
                }
                String[] cells = line.split(",");
                dates.add(LocalDate.parse(cells[0]));
                closes.add(Double.parseDouble(cells[1]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SpyCloses(dates, closes.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** The returns of the named case: given in the fixture, or those of SPY. */
    static double[] returnsOf(String name) {
        JsonNode node = fixture(name);
        return node.has("returns") ? doubles(node.get("returns")) : EquityCurve.toReturns(spy().closes());
    }

    static void assertClose(double expected, double actual, String what) {
        if (Double.isNaN(expected) || Double.isInfinite(expected)) {
            assertEquals(expected, actual, what);
            return;
        }
        double tolerance = RELATIVE * Math.abs(expected) + 1e-15;
        assertTrue(Math.abs(actual - expected) <= tolerance,
                () -> what + ": expected " + expected + " but was " + actual + " (tolerance " + tolerance + ")");
    }

    private static JsonNode load() {
        JsonMapper mapper = JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();
        try (InputStream in = Reference.class.getResourceAsStream("/reference/expected-metrics.json")) {
            return mapper.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record SpyCloses(List<LocalDate> dates, double[] closes) {
    }
}
