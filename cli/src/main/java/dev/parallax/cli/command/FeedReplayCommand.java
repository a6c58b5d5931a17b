package dev.parallax.cli.command;

import dev.parallax.adapters.data.BadRowPolicy;
import dev.parallax.adapters.data.TradeCsvFormat;
import dev.parallax.adapters.stream.LiveTradesFormat;
import dev.parallax.adapters.stream.ReplaySettings;
import dev.parallax.adapters.stream.TradeFile;
import dev.parallax.adapters.stream.TradeReplayServer;
import dev.parallax.cli.CliException;
import dev.parallax.cli.CommonOptions;
import dev.parallax.cli.UsageException;
import dev.parallax.cli.data.BundledData;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code parallax feed-replay}: serves a trades file on 127.0.0.1 as Bitstamp's live trades WebSocket
 * channel, at a speed-up, until a subscriber has received all of it (or Ctrl-C).
 */
@Command(name = "feed-replay", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Serves a trades CSV file (default: the bundled Bitstamp BTC/USD trades) on 127.0.0.1 as "
                + "Bitstamp's WebSocket API v2 channel live_trades_<pair>, for rehearsing against recorded data.",
                "Each subscriber gets the whole file from its start, the gaps between trades divided by --speed; "
                        + "the connection closes at the end of the file. The command ends once a subscriber has "
                        + "received every trade and no replay is running, or on Ctrl-C."},
        footerHeading = "%nExamples:%n",
        footer = {"  parallax feed-replay --speed 60 --port 8765     the bundled week at an hour a minute",
                "  parallax feed-replay --trades trades.csv --speed 1"})
public final class FeedReplayCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--trades", paramLabel = "FILE",
            description = "Trades CSV (timestamp,price,amount; epoch seconds; plain or gzip). Default: the bundled "
                    + "Bitstamp trades.")
    Path trades;

    @Option(names = "--lenient", description = "Skip malformed rows of --trades instead of stopping (the bundled "
            + "file is always read leniently: it has 18 rows with amount 0).")
    boolean lenient;

    @Option(names = "--speed", paramLabel = "N", defaultValue = "1",
            description = "Speed-up: the gaps between trades are divided by N; 1 = real time (default: ${DEFAULT-VALUE}).")
    double speed;

    @Option(names = "--port", paramLabel = "N", defaultValue = "0",
            description = "Port on 127.0.0.1; 0 = any free port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--pair", paramLabel = "PAIR", defaultValue = ReplaySettings.DEFAULT_PAIR,
            description = "Pair of the channel served, live_trades_<PAIR> (default: ${DEFAULT-VALUE}).")
    String pair;

    @Override
    public Integer call() throws InterruptedException {
        ReplaySettings settings = UsageException.parsingOption("--speed, --port or --pair",
                () -> new ReplaySettings(port, speed, pair));
        TradeFile file = trades == null ? bundled()
                : UsageException.parsingOption("--trades", () -> TradeFile.csv(trades, TradeCsvFormat
                        .of(BundledData.SYMBOL).withPolicy(lenient ? BadRowPolicy.LENIENT : BadRowPolicy.STRICT)));
        PrintWriter out = spec.commandLine().getOut();
        try (TradeReplayServer server = start(file, settings)) {
            out.printf("feed-replay: %s serves %,d trades of %s on %s at %s times real time%n", server.url(),
                    server.trades(), file.name(), settings.channel(), speedText());
            out.printf("feed-replay: subscribe with %s%n", LiveTradesFormat.subscribe(settings.channel()));
            out.flush();
            server.awaitReplayed();
            out.printf("feed-replay: replayed every trade to %d subscriber%s%n", server.completedReplays(),
                    server.completedReplays() == 1 ? "" : "s");
        }
        return 0;
    }

    private static TradeReplayServer start(TradeFile file, ReplaySettings settings) {
        try {
            return TradeReplayServer.start(file, settings);
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage(), e);
        }
    }

    private String speedText() {
        return speed == Math.rint(speed) && Math.abs(speed) < 1e15 ? Long.toString((long) speed) : Double.toString(speed);
    }

    private static TradeFile bundled() {
        TradeCsvFormat format = TradeCsvFormat.of(BundledData.SYMBOL).withPolicy(BadRowPolicy.LENIENT);
        return new TradeFile("the bundled " + BundledData.NAME, () -> format.open(BundledData.NAME, BundledData.open()));
    }
}
