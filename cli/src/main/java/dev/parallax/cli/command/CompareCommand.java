package dev.parallax.cli.command;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder. */
@Command(name = "compare", mixinStandardHelpOptions = true)
public final class CompareCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 0;
    }
}
