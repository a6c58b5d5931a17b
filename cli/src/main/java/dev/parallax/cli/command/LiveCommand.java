package dev.parallax.cli.command;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder. */
@Command(name = "live", mixinStandardHelpOptions = true)
public final class LiveCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 0;
    }
}
