package dev.parallax.cli.command;

import dev.parallax.cli.CliException;
import dev.parallax.cli.CommonOptions;
import dev.parallax.cli.ExitCodes;
import dev.parallax.cli.Progress;
import dev.parallax.cli.UsageException;
import dev.parallax.cli.config.Durations;
import dev.parallax.research.BarWindow;
import dev.parallax.research.Metric;
import dev.parallax.research.SweepCsv;
import dev.parallax.research.WalkForward;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parallax walk-forward}: optimise in sample, test out of sample, window after window. */
@Command(name = "walk-forward", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Cuts the data into in-sample and out-of-sample windows (rolling, or anchored at the start), "
                + "runs the config file's sweep in each in-sample window, tests the winner by --rank-by on the "
                + "out-of-sample window after it, and stitches the out-of-sample days into one equity curve.",
                "Prints the settings chosen per window and the walk-forward efficiency: annualised out-of-sample "
                        + "return over the mean annualised in-sample return of the winners. Writes walk-forward.csv "
                        + "(one line per window) and oos-equity.csv into --out."},
        footerHeading = "%nExamples:%n",
        footer = {"  parallax walk-forward --config sweep.yaml --in-sample 90d --out-of-sample 30d",
                "  parallax walk-forward --config sweep.yaml --in-sample 180d --out-of-sample 30d --anchored"})
public final class WalkForwardCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    ResearchOptions research;

    @Option(names = "--in-sample", paramLabel = "DURATION", required = true,
            description = "In-sample length, such as 90d (the first window's, when anchored).")
    String inSample;

    @Option(names = "--out-of-sample", paramLabel = "DURATION", required = true,
            description = "Out-of-sample length and the step between windows, such as 30d.")
    String outOfSample;

    @Option(names = "--anchored", description = "Keep every in-sample window starting at the first day (default: rolling).")
    boolean anchored;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "parallax-walk-forward",
            description = "Folder for walk-forward.csv and oos-equity.csv (default: ${DEFAULT-VALUE}).")
    Path out;

    private final SweepRunnerChoice runners;

    /** The command as {@code parallax} runs it, on this machine's threads. */
    public WalkForwardCommand() {
        this(SweepRunnerChoice.THREADS);
    }

    /** The command running its sweeps on the runner {@code runners} chooses. */
    public WalkForwardCommand(SweepRunnerChoice runners) {
        if (runners == null) {
            throw new IllegalArgumentException("runners must not be null");
        }
        this.runners = runners;
    }

    @Override
    public Integer call() throws IOException {
        Metric metric = research.metric();
        var threads = research.runner();
        WalkForward.Windows windows = UsageException.parsingOption("--in-sample", () -> new WalkForward.Windows(
                Durations.parse("--in-sample", inSample), Durations.parse("--out-of-sample", outOfSample), anchored));
        SweepSetup setup = research.setup(runners.remoteFiles());
        List<BarWindow[]> list;
        try {
            list = WalkForward.windowsOf(setup.plan(), windows);
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage(), e);
        }
        var runner = runners.choose(threads);
        WalkForward.Result r;
        long runs = (long) list.size() * (setup.points().size() + 1);
        try (Progress progress = Progress.onTerminal(spec.commandLine().getErr(), "walk-forward", runs)) {
            r = new WalkForward(runner).run(setup.plan(), setup.points(), metric, list, progress::update);
        }
        PrintWriter o = spec.commandLine().getOut();
        setup.remote().ifPresent(o::println);
        Files.createDirectories(out);
        try (Writer w = Files.newBufferedWriter(out.resolve("walk-forward.csv"), StandardCharsets.UTF_8)) {
            w.write("window,is_from,is_to,oos_from,oos_to,chosen,is_" + metric.label() + ",is_cagr,oos_total_return,"
                    + "oos_" + metric.label() + "\n");
            int k = 0;
            for (WalkForward.Step s : r.steps()) {
                String line = k + "," + day(s.inSample().fromNanos()) + "," + day(s.inSample().toNanos()) + ","
                        + day(s.outOfSample().fromNanos()) + "," + day(s.outOfSample().toNanos()) + ","
                        + SweepCsv.quote(s.chosen().allSettings().toString()) + ","
                        + metric.of(s.inSampleRow().metrics()) + ","
                        + s.inSampleRow().metrics().cagr() + "," + s.outOfSampleRow().metrics().totalReturn() + ","
                        + metric.of(s.outOfSampleRow().metrics());
                w.write(line + "\n");
                o.println("window " + k++ + ": in sample " + s.inSample() + " chose " + s.chosen().allSettings()
                        + "; out of sample " + s.outOfSample() + " returned "
                        + SweepCommand.Report.num(s.outOfSampleRow().metrics().totalReturn()));
            }
        }
        try (Writer w = Files.newBufferedWriter(out.resolve("oos-equity.csv"), StandardCharsets.UTF_8)) {
            w.write("day_end,return,equity\n");
            double equity = setup.plan().base().initialCash();
            for (int i = 0; i < r.oosReturns().length; i++) {
                equity *= 1 + r.oosReturns()[i];
                w.write(Instant.ofEpochSecond(0, r.oosDayTimes()[i]) + "," + r.oosReturns()[i] + "," + equity + "\n");
            }
        }
        o.println("annualised return: out of sample " + SweepCommand.Report.num(r.oosAnnualReturn())
                + ", in sample (mean of the winners) " + SweepCommand.Report.num(r.isAnnualReturn()));
        o.println("walk-forward efficiency " + SweepCommand.Report.num(r.efficiency()) + " over " + r.steps().size()
                + " windows of " + setup.points().size() + " points each");
        o.println("Wrote " + out.resolve("walk-forward.csv") + " and " + out.resolve("oos-equity.csv"));
        return ExitCodes.OK;
    }

    private static String day(long nanos) {
        return Instant.ofEpochSecond(0, nanos).toString();
    }
}
