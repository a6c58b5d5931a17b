package dev.parallax.cli.command;

import dev.parallax.cli.CliException;
import dev.parallax.cli.CommonOptions;
import dev.parallax.cli.ExitCodes;
import dev.parallax.cli.backtest.BacktestPlan;
import dev.parallax.cli.backtest.PlanBuilder;
import dev.parallax.cli.config.BacktestFile;
import dev.parallax.cli.simulate.OrderLine;
import dev.parallax.sim.api.MarketConditions;
import dev.parallax.sim.api.ModelLookup;
import dev.parallax.sim.api.Order;
import dev.parallax.sim.api.data.Bar;
import dev.parallax.sim.api.data.MarketDataSource;
import dev.parallax.sim.api.data.MarketEvent;
import dev.parallax.cli.data.DataSpec;
import dev.parallax.cli.data.TimeWindow;
import dev.parallax.sim.core.ExecutionModels;
import dev.parallax.sim.core.ExecutionSimulator;
import dev.parallax.sim.core.FillListener;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parallax simulate}: runs the execution simulator over market data and a stream of orders. */
@Command(name = "simulate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Runs the execution simulator over market data (bars; each bar becomes a snapshot with the "
                + "bar spread around its close) and a CSV of orders, then prints the execution statistics: fill "
                + "rate, partial fills, fees, slippage and latency.",
                "Orders CSV header: " + OrderLine.HEADER + " (time ISO-8601; type market or limit; limit_price "
                        + "empty for market orders). Orders must be in time order."},
        footerHeading = "%nExamples:%n",
        footer = {"  parallax simulate --orders orders.csv",
                "  parallax simulate --orders orders.csv --data btc.csv --format ohlcv --fee bitstamp \\",
                "      --latency lognormal:submit_median_ms=40 --bar-spread-bps 5"})
public final class SimulateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--orders", required = true, paramLabel = "FILE", description = "Orders CSV.")
    Path orders;

    @Mixin
    PlanOptions plan;

    @Override
    public Integer call() throws IOException {
        BacktestPlan p = PlanBuilder.build(BacktestFile.EMPTY, Path.of(""), new StrategyOptions(), plan);
        List<Order> queue = readOrders(orders, p.data().symbol());
        ExecutionModels models = ExecutionModels.from(ModelLookup.fromClasspath(), p.simulator());
        List<dev.parallax.sim.api.Fill> fills = new ArrayList<>();
        FillListener listener = fills::add;
        ExecutionSimulator sim = ExecutionSimulator.seeded(models, p.simulator().seed(), listener);
        int next = 0;
        long bars = 0;
        DataSpec.Opened data = p.data().open();
        try (MarketDataSource source = new TimeWindow(data.source(), p.from(), p.to(), p.data().windowShiftNanos())) {
            while (source.hasNext()) {
                MarketEvent e = source.next();
                if (!(e instanceof Bar bar)) {
                    continue;
                }
                while (next < queue.size() && queue.get(next).timeNanos() < bar.timeNanos()) {
                    if (bars == 0) {
                        throw new CliException("order " + queue.get(next).id() + " is before the first bar ("
                                + java.time.Instant.ofEpochSecond(0, bar.timeNanos()) + "); the market is unknown then");
                    }
                    sim.submit(queue.get(next++));
                }
                sim.onMarket(snapshot(bar, p.barSpreadBps()));
                bars++;
            }
        }
        sim.drainNotifications();
        PrintWriter out = spec.commandLine().getOut();
        out.println("simulated " + queue.size() + " orders over " + bars + " bars of " + p.data().describe()
                + (next < queue.size() ? " (" + (queue.size() - next) + " orders after the last bar were not sent)" : ""));
        out.println(sim.statistics());
        return ExitCodes.OK;
    }

    private static MarketConditions snapshot(Bar bar, double spreadBps) {
        double half = bar.close() * spreadBps / 20_000.0;
        double depth = Math.max(bar.volume(), 1e-9);
        return new MarketConditions(bar.symbol(), bar.close() - half, bar.close() + half, depth, depth, bar.close(),
                bar.volume(), 0.0, bar.timeNanos());
    }

    private static List<Order> readOrders(Path file, String symbol) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new CliException("orders file not found: " + file);
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).trim().equals(OrderLine.HEADER)) {
            throw new CliException(file + " line 1: the header must be '" + OrderLine.HEADER + "'");
        }
        List<Order> orders = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            try {
                Order o = OrderLine.parse(lines.get(i), symbol);
                if (!orders.isEmpty() && o.timeNanos() < orders.get(orders.size() - 1).timeNanos()) {
                    throw new IllegalArgumentException("time goes back from the previous order");
                }
                orders.add(o);
            } catch (IllegalArgumentException e) {
                throw new CliException(file + " line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return orders;
    }
}
