package dev.parallax.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class StaticFallbackTest {

    private static JsonNode chart(String json) throws Exception {
        return new ObjectMapper().readTree(json);
    }

    @Test
    void aTimeSeriesIsDrawnAsALineThatBreaksAtAMissingValue() throws Exception {
        // plot area of a 200 x 100 drawing: x from 90 over 100 px, y from 28 over 48 px; values 1..3
        String svg = StaticFallback.svg(chart("""
                {"time": true, "title": "Equity <t>", "height": 100, "yFormat": "money", "x": [0, 50, 100],
                 "series": [{"color": "#1f77b4", "values": [1, null, 3]}]}
                """), 200);
        assertTrue(svg.contains("d=\"M90.0,76.0M190.0,28.0\""), svg);
        assertTrue(svg.contains("Equity &lt;t&gt;") && svg.contains(">3.00<") && svg.contains(">1.00<"), svg);
        assertTrue(svg.contains(">1970-01-01<"), svg);
    }

    @Test
    void aSeriesOnTheSecondAxisIsScaledToItsOwnRange() throws Exception {
        String svg = StaticFallback.svg(chart("""
                {"time": true, "height": 100, "x": [0, 100],
                 "series": [{"values": [1, 3]}, {"scale": "y2", "values": [0.1, 0.2]}]}
                """), 200);
        // both rise from the bottom to the top of the plot, each over its own range
        assertEquals(2, svg.split("d=\"M90.0,76.0L190.0,28.0\"", -1).length - 1, svg);
    }

    @Test
    void barChartsAndChartsWithoutValuesHaveNone() throws Exception {
        assertEquals("", StaticFallback.svg(chart("{\"kind\": \"bars\", \"x\": [0], \"series\": []}"), 200));
        assertEquals("", StaticFallback.svg(chart("""
                {"time": true, "x": [0, 1], "series": [{"values": [null, null]}]}
                """), 200));
    }
}
