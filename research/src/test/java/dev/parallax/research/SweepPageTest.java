package dev.parallax.research;

import dev.parallax.metrics.MetricBasis;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SweepPageTest {

    private static final SweepSpace SPACE = new SweepSpace(List.of(new SettingValues("fast", List.of("3", "5", "8")),
            new SettingValues("slow", List.of("13", "21", "34"))), List.of());

    /** Sharpe planted as fast + slow / 10, except the centre (5, 21), which is best at 100. */
    private static List<SweepRow> rows() {
        List<SweepRow> rows = new ArrayList<>();
        for (SweepPoint p : SPACE.grid(42, 100)) {
            double f = Double.parseDouble(p.strategySettings().get("fast"));
            double s = Double.parseDouble(p.strategySettings().get("slow"));
            double sharpe = f == 5 && s == 21 ? 100 : f + s / 10;
            rows.add(new SweepRow(p, new RunMetrics(0, 0, 0, sharpe, 0, 0, 0, 1, 0.5, 1), true, new long[] {1, 2, 3, 4},
                    new double[] {0.01 * sharpe, -0.01, 0.02, 0.0}));
        }
        return rows;
    }

    @Test
    void theWinnersNeighboursAreOneStepAwayInOneSetting() {
        List<SweepRow> ranked = SweepSelection.rank(rows(), Metric.SHARPE);
        List<Neighbourhood.Neighbour> ns = Neighbourhood.of(ranked, SPACE);
        assertEquals(4, ns.size());
        // fast 3 (slow 21): 3 + 2.1 = 5.1; fast 8: 10.1; slow 13 (fast 5): 6.3; slow 34: 8.4
        assertEquals("fast", ns.get(0).setting());
        assertEquals("3", ns.get(0).value());
        assertEquals(5.1, ns.get(0).row().metrics().sharpe(), 1e-12);
        assertEquals(10.1, ns.get(1).row().metrics().sharpe(), 1e-12);
        assertEquals(6.3, ns.get(2).row().metrics().sharpe(), 1e-12);
        assertEquals(8.4, ns.get(3).row().metrics().sharpe(), 1e-12);
        // ranks: 100 first, then 11.4 (8,34), 10.1 (8,21), ...: fast 8 / slow 21 is third
        assertEquals(3, ns.get(1).rank());
    }

    @Test
    void thePageHasOneCellPerPairAndTheNeighbourTable() throws Exception {
        SweepSelection selection = SweepSelection.of(rows(), Metric.SHARPE, MetricBasis.of(365), 2);
        StringWriter out = new StringWriter();
        SweepPage.write(out, "Sweep <sma-cross>", selection, SPACE, Optional.of(new String[] {"fast", "slow"}));
        String html = out.toString();
        assertEquals(9, html.split("<rect ").length - 1);
        assertTrue(html.contains("<title>fast=5, slow=21: 100.0000</title>"), html);
        assertTrue(html.contains("Sweep &lt;sma-cross&gt;"));
        assertTrue(html.contains("<td>slow</td><td>34</td><td>8.4000</td>"), html);
        assertTrue(html.contains("trials (all runs)</th><td>9</td>"), html);
        assertFalse(html.contains("http") || html.contains("<script") || html.contains("src="),
                "self-contained: no web address, script or outside file");
    }

    @Test
    void theBestCellIsGreenAndTheWorstRed() {
        assertEquals("#28aa50", SweepPage.colour(2, 1, 2, true));
        assertEquals("#dc3c50", SweepPage.colour(1, 1, 2, true));
        assertEquals("#28aa50", SweepPage.colour(1, 1, 2, false), "lower is better");
    }

    @Test
    void aSurfaceOverASettingTheSweepDoesNotVaryIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SweepPage.requireSurface(SPACE, "fast", "units"));
        assertEquals("surface setting 'units' is not varied by the sweep; varied: [fast, slow]", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SweepPage.requireSurface(SPACE, "fast", "fast"));
    }
}
