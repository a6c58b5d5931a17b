package dev.parallax.cli.command;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parallax.cli.CliException;
import dev.parallax.cli.CommonOptions;
import dev.parallax.cli.ExitCodes;
import dev.parallax.cli.live.LiveDatabase;
import dev.parallax.cli.parity.ParityReplay;
import dev.parallax.cli.parity.ParityText;
import dev.parallax.cli.report.BacktestViews;
import dev.parallax.cli.report.HtmlReport;
import dev.parallax.cli.report.LiveViews;
import dev.parallax.cli.report.ParityView;
import dev.parallax.cli.report.Report;
import dev.parallax.cli.report.RunView;
import dev.parallax.cli.report.TextReport;
import dev.parallax.live.LiveExecutionTracker;
import java.io.IOException;
import java.io.PrintWriter;
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

/** {@code parallax report}: a text, JSON or HTML report of a backtest and/or a live account. */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Reports a backtest (results JSON), a live account (--strategy, from its database in "
                + "--data-dir), or both with their parity, as text or JSON on standard output or as a "
                + "self-contained HTML file.",
        footerHeading = "%nExamples:%n",
        footer = {"  parallax report --backtest parallax-out/results.json",
                "  parallax report --strategy btc-momentum --format json",
                "  parallax report --backtest parallax-demo/backtest.json --strategy sma-cross-demo \\",
                "      --data-dir parallax-demo/data --format html --output report.html"})
public final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--backtest", paramLabel = "FILE", description = "Backtest results JSON.")
    Path backtest;

    @Option(names = "--strategy", paramLabel = "NAME", description = "Strategy whose live database to report.")
    String strategy;

    @Mixin
    ParityOptions parity;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, json or html (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--output", paramLabel = "FILE", description = "HTML file to write, with --format html (default: report.html).")
    Path output;

    @Override
    public Integer call() throws IOException {
        String f = format.toLowerCase(Locale.ROOT);
        if (!List.of("text", "json", "html").contains(f)) {
            throw new CliException("--format must be text, json or html, was '" + format + "'");
        }
        if (output != null && !f.equals("html")) {
            throw new CliException("--output is for --format html; the " + f + " report goes to standard output "
                    + "(redirect it with '>' to keep it in a file)");
        }
        if (backtest == null && strategy == null) {
            throw new CliException("nothing to report: give --backtest FILE, --strategy NAME, or both");
        }
        Optional<RunView> b = Optional.ofNullable(backtest).map(p -> BacktestViews.read("backtest", p));
        Optional<RunView> live = Optional.empty();
        Optional<ParityView> par = Optional.empty();
        if (strategy != null && backtest != null) {
            ParityReplay replay = ParityReplay.of(backtest, parity.dataDir, strategy, parity.limits(strategy).limits());
            live = Optional.of(replay.live());
            par = Optional.of(replay.parity());
        } else if (strategy != null) {
            try (LiveExecutionTracker t = LiveDatabase.openForReading(parity.dataDir, strategy)) {
                live = Optional.of(LiveViews.of("live", t));
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (f) {
            case "html" -> {
                Path file = output == null ? Path.of("report.html") : output;
                HtmlReport.write(new Report("Parallax report" + (strategy == null ? "" : ": " + strategy), b, live, par,
                        List.of(backtest == null ? "" : "Backtest: " + backtest)), file);
                out.println("Wrote " + file);
            }
            case "json" -> out.println(json(b, live, par));
            default -> {
                b.ifPresent(v -> TextReport.run(out, v));
                live.ifPresent(v -> TextReport.run(out, v));
                if (b.isPresent() && live.isPresent()) {
                    TextReport.compare(out, b.get(), live.get());
                }
                par.ifPresent(p -> ParityText.table(out, p, "  "));
            }
        }
        return ExitCodes.OK;
    }

    private static String json(Optional<RunView> b, Optional<RunView> live, Optional<ParityView> par) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("schema", "parallax.report/1");
        b.ifPresent(v -> root.set("backtest", mapper.valueToTree(v.metrics())));
        live.ifPresent(v -> root.set("live", mapper.valueToTree(v.metrics())));
        par.ifPresent(p -> {
            ArrayNode days = root.putArray("parity");
            for (ParityView.Day d : p.days()) {
                ObjectNode n = days.addObject();
                n.put("date", d.report().date().toString());
                n.put("matchedTrades", d.report().matchedTrades());
                n.put("trackingErrorBps", d.report().trackingErrorBps());
                n.put("pnlDifferenceBps", d.report().pnlDifferenceBps());
                n.put("cumulativeDriftBps", d.report().cumulativeDriftBps());
                n.put("level", d.statusAtEnd().name());
            }
        });
        return mapper.writeValueAsString(root);
    }
}
