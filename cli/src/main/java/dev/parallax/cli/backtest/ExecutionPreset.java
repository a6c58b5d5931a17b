package dev.parallax.cli.backtest;

import dev.parallax.cli.CliException;
import dev.parallax.sim.core.SimulatorConfig;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A named set of execution models and bar spread that a run starts from; model flags and a config
 * file's models then replace single models of it.
 */
public enum ExecutionPreset {
    /** The realistic defaults: maker-taker fees, latency with spikes, spread-and-impact slippage, a queue, partial fills, 2 bps bar spread. */
    REALISTIC("realistic", SimulatorConfig.DEFAULT, 2.0),
    /** Frictionless: zero fees, spread, slippage and latency, nothing ahead in the queue, full fills. */
    IDEAL("ideal", SimulatorConfig.IDEAL, 0.0);

    private final String label;
    private final SimulatorConfig models;
    private final double barSpreadBps;

    ExecutionPreset(String label, SimulatorConfig models, double barSpreadBps) {
        this.label = label;
        this.models = models;
        this.barSpreadBps = barSpreadBps;
    }

    /** The word users write. */
    public String label() {
        return label;
    }

    /** The models of the preset (with seed 42). */
    public SimulatorConfig models() {
        return models;
    }

    /** The spread put around bar prices, in bps. */
    public double barSpreadBps() {
        return barSpreadBps;
    }

    /** True if {@code simulator} (seed aside) and {@code barSpreadBps} are exactly this preset's. */
    public boolean matches(SimulatorConfig simulator, double barSpreadBps) {
        return simulator.toBuilder().seed(models.seed()).build().equals(models) && barSpreadBps == this.barSpreadBps;
    }

    /**
     * The preset named {@code text}.
     *
     * @throws CliException for an unknown name, listing the known ones
     */
    public static ExecutionPreset parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (ExecutionPreset p : values()) {
            if (p.label.equals(t)) {
                return p;
            }
        }
        throw new CliException("unknown execution models '" + text + "'; known: "
                + Arrays.stream(values()).map(ExecutionPreset::label).collect(Collectors.joining(", ")));
    }
}
