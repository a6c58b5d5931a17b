package dev.parallax.cli.command;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder. */
@Command(name = "backtest", mixinStandardHelpOptions = true)
public final class BacktestCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 0;
    }
}
