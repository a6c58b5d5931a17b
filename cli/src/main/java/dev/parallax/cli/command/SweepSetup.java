package dev.parallax.cli.command;

import dev.parallax.cli.CliException;
import dev.parallax.cli.backtest.BacktestPlan;
import dev.parallax.cli.backtest.PlanBuilder;
import dev.parallax.cli.config.BacktestFile;
import dev.parallax.cli.config.ConfigReader;
import dev.parallax.cli.data.RemoteFiles;
import dev.parallax.cli.research.ResearchPlans;
import dev.parallax.cli.research.SweepSection;
import dev.parallax.research.SweepEvaluator;
import dev.parallax.research.SweepPlan;
import dev.parallax.research.SweepPoint;
import dev.parallax.research.SweepSpace;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What {@code sweep} and {@code walk-forward} read before anything runs: the plan from the config file
 * and flags, the settings to vary from its {@code sweep:} section, and the points, each checked.
 *
 * @param backtest the backtest plan the points change
 * @param plan     its serializable form; for data named by a URI its source checks the SHA-256 below
 * @param space    the settings varied
 * @param points   the points, checked against the strategy and models
 * @param remote   for data named by a URI, what the driver read of it: the URI as given and the SHA-256 of
 *                 its bytes; empty for a local file or the bundled data
 */
record SweepSetup(BacktestPlan backtest, SweepPlan plan, SweepSpace space, List<SweepPoint> points,
                  Optional<String> remote) {

    /**
     * Reads {@code config} and makes the points, reading a data URI through {@code remotes} (the whole
     * remote file once, for its SHA-256, which every reader of the plan's data then checks); anything wrong in the file is a {@link CliException} (exit 1),
     * in the flags a usage error (exit 2).
     */
    static SweepSetup read(Path config, StrategyOptions strategy, PlanOptions flags, int maxRuns,
                           RemoteFiles remotes) {
        if (config == null) {
            throw new dev.parallax.cli.UsageException("--config FILE is required: its 'sweep' section names the "
                    + "settings to vary");
        }
        BacktestFile file = ConfigReader.read(config);
        SweepSpace space = SweepSection.space(file.sweep());
        SweepSection.Mode mode = SweepSection.mode(file.sweep());
        BacktestPlan backtest = PlanBuilder.build(file, config.toAbsolutePath().getParent(), strategy, flags, remotes);
        SweepPlan plan = ResearchPlans.of(backtest);
        long seed = backtest.simulator().seed();
        List<SweepPoint> points;
        try {
            points = mode == SweepSection.Mode.GRID ? space.grid(seed, maxRuns)
                    : space.random(file.sweep().samples(), seed, seed, maxRuns);
            SweepEvaluator.check(plan, points);
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage(), e);
        }
        Optional<String> remote = Optional.empty();
        if (backtest.data().remote().isPresent()) {
            String sha256 = backtest.data().sha256();
            plan = ResearchPlans.of(backtest, sha256);
            remote = Optional.of("data " + backtest.data().remote().get().uri() + ", SHA-256 " + sha256);
        }
        return new SweepSetup(backtest, plan, space, points, remote);
    }
}
