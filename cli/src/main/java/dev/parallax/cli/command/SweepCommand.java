package dev.parallax.cli.command;

import dev.parallax.cli.CommonOptions;
import dev.parallax.cli.ExitCodes;
import dev.parallax.cli.ParallaxVersion;
import dev.parallax.cli.Progress;
import dev.parallax.cli.UsageException;
import dev.parallax.cli.research.SweepPlanFile;
import dev.parallax.research.Metric;
import dev.parallax.research.SweepColumns;
import dev.parallax.research.SweepCsv;
import dev.parallax.research.SweepPage;
import dev.parallax.research.SweepParquet;
import dev.parallax.research.SweepRow;
import dev.parallax.research.SweepRunner;
import dev.parallax.research.SweepSelection;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parallax sweep}: runs every point of a grid or random search and says how far to trust the winner. */
@Command(name = "sweep", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Runs the backtest of a config file once per combination of the settings in its 'sweep' "
                + "section (a grid, or a random sample with mode: random), on all cores, and writes sweep.csv, "
                + "sweep.parquet, sweep.html (metric surface and the winner's neighbourhood) and sweep-plan.json "
                + "(the plan the rows share) into --out.",
                "Ranks the runs by --rank-by and prints the winner with its deflated Sharpe ratio (every run counted "
                        + "as a trial) and the probability of backtest overfitting (CSCV over the runs' daily returns).",
                "sma-cross under ideal execution takes the columnar fast path; other runs use the event engine."},
        footerHeading = "%nExamples:%n",
        footer = {"  parallax sweep --config sweep.yaml --surface fast,slow",
                "  parallax sweep --config sweep.yaml --execution-models ideal --threads 2 --rank-by sortino"})
public final class SweepCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    ResearchOptions research;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "parallax-sweep",
            description = "Folder for sweep.csv, sweep.parquet, sweep.html and sweep-plan.json "
                    + "(default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--surface", paramLabel = "X,Y",
            description = "Two varied settings for the heat map of the ranked metric (default: the first two).")
    String surface;

    @Option(names = "--blocks", paramLabel = "S", defaultValue = "16",
            description = "CSCV blocks, even, 2 to 16 (default: ${DEFAULT-VALUE}).")
    int blocks;

    private final SweepRunnerChoice runners;

    /** The command as {@code parallax} runs it, on this machine's threads. */
    public SweepCommand() {
        this(SweepRunnerChoice.THREADS);
    }

    /** The command running its points on the runner {@code runners} chooses. */
    public SweepCommand(SweepRunnerChoice runners) {
        if (runners == null) {
            throw new IllegalArgumentException("runners must not be null");
        }
        this.runners = runners;
    }

    @Override
    public Integer call() throws IOException {
        Metric metric = research.metric();
        var threads = research.runner();
        if (blocks < 2 || blocks > 16 || blocks % 2 != 0) {
            throw new UsageException("--blocks must be even and between 2 and 16, was " + blocks);
        }
        SweepSetup setup = research.setup(runners.remoteFiles());
        Optional<String[]> xy = surface(setup);
        SweepRunner runner = runners.choose(threads);
        PrintWriter o = spec.commandLine().getOut();
        long t0 = System.nanoTime();
        List<SweepRow> rows;
        try (Progress progress = Progress.onTerminal(spec.commandLine().getErr(), "sweep", setup.points().size())) {
            rows = runner.run(setup.plan(), setup.points(), progress::update);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        SweepSelection selection = SweepSelection.of(rows, metric, setup.plan().basis(), blocks);
        Files.createDirectories(out);
        SweepColumns columns = new SweepColumns(setup.space().names());
        try (Writer w = Files.newBufferedWriter(out.resolve("sweep.csv"), StandardCharsets.UTF_8)) {
            SweepCsv.write(rows, columns, w);
        }
        SweepParquet.write(rows, columns, out.resolve("sweep.parquet"));
        try (Writer w = Files.newBufferedWriter(out.resolve("sweep.html"), StandardCharsets.UTF_8)) {
            SweepPage.write(w, "Sweep: " + setup.backtest().strategy() + " on " + setup.plan().data().describe(),
                    selection, setup.space(), xy);
        }
        SweepPlanFile.write(out.resolve("sweep-plan.json"), setup.backtest(), rows.size(), metric, blocks,
                ParallaxVersion.get());
        long fast = rows.stream().filter(SweepRow::columnar).count();
        setup.remote().ifPresent(o::println);
        o.println(String.format(Locale.ROOT, "%d runs %s in %.2f s (%.1f runs/s); %d on the columnar fast "
                + "path", rows.size(), SweepRunnerChoice.where(runner), seconds, rows.size() / seconds, fast));
        Report.selection(o, selection);
        o.println("Wrote " + out.resolve("sweep.csv") + ", " + out.resolve("sweep.parquet") + ", "
                + out.resolve("sweep.html") + " and " + out.resolve("sweep-plan.json"));
        return ExitCodes.OK;
    }

    private Optional<String[]> surface(SweepSetup setup) {
        List<String> names = setup.space().names();
        String[] xy;
        if (surface != null) {
            xy = surface.split(",", -1);
            if (xy.length != 2) {
                throw new UsageException("--surface must name two settings as X,Y, was '" + surface + "'");
            }
            xy[0] = xy[0].trim();
            xy[1] = xy[1].trim();
        } else if (names.size() >= 2) {
            xy = new String[] {names.get(0), names.get(1)};
        } else {
            return Optional.empty();
        }
        String[] chosen = xy;
        UsageException.parsingOption("--surface", () -> {
            dev.parallax.research.SweepPage.requireSurface(setup.space(), chosen[0], chosen[1]);
            return chosen;
        });
        return Optional.of(xy);
    }

    /** Lines of text shared by the research commands. */
    static final class Report {

        private Report() {
        }

        static void selection(PrintWriter o, SweepSelection s) {
            SweepRow w = s.winner();
            o.println("winner by " + s.metric().label() + ": " + w.point().allSettings() + " "
                    + s.metric().label() + " " + num(s.metric().of(w.metrics())) + ", total return "
                    + num(w.metrics().totalReturn()) + ", max drawdown " + num(w.metrics().maxDrawdown()) + ", "
                    + w.metrics().trades() + " trades");
            o.println("deflated Sharpe ratio " + num(s.deflatedSharpe()) + " (" + s.trials() + " trials, variance of "
                    + "their Sharpe ratios " + num(s.sharpeVariance()) + ")");
            o.println(s.overfitting().map(p -> "probability of backtest overfitting " + num(p.pbo()) + " (CSCV, "
                    + p.blocks() + " blocks of " + p.blockLength() + " days, " + p.logits().length + " combinations)")
                    .orElse("probability of backtest overfitting not computed: " + s.overfittingNote()));
        }

        static String num(double v) {
            return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.4f", v);
        }
    }
}
