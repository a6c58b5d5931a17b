package dev.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shaded jar and the ./parallax launcher, run as processes the way a user runs them. */
class LauncherIT {

    private static final Path JAR = Path.of("target", "parallax.jar").toAbsolutePath();
    private static final Path LAUNCHER = Path.of("..", "parallax").toAbsolutePath().normalize();

    private record Result(int code, String out, String err) {
    }

    private static Result run(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command);
        Path out = Files.createTempFile("parallax-out", ".txt");
        Path err = Files.createTempFile("parallax-err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "finished within a minute");
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static List<String> jar(String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()));
        cmd.addAll(List.of(args));
        return cmd;
    }

    @Test
    void theShadedJarRunsTheDemoWithEveryProviderAndTheBundledData(@TempDir Path dir) throws Exception {
        Result r = run(jar("demo", "--out", dir.toString()));
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("fee bitstamp"), "adapters' providers are found in the shaded jar");
        assertTrue(r.out().contains("is DISABLED"), r.out());
        assertTrue(Files.isRegularFile(dir.resolve("report.html")));
    }

    @Test
    void theShadedJarListsProvidersOfEveryModule() throws Exception {
        Result r = run(jar("backtest", "--list"));
        assertEquals(0, r.code(), r.err());
        for (String name : new String[] {"sma-cross", "maker-taker", "binance-spot", "lognormal", "liquidity-limited"}) {
            assertTrue(r.out().contains(name), name);
        }
    }

    @Test
    void theLauncherPassesArgumentsAndExitCodesThrough() throws Exception {
        Result ok = run(List.of("sh", LAUNCHER.toString(), "--version"));
        assertEquals(0, ok.code(), ok.err());
        assertTrue(ok.out().startsWith("parallax "), ok.out());
        Result bad = run(List.of("sh", LAUNCHER.toString(), "backtest", "--bogus"));
        assertEquals(2, bad.code());
        assertEquals("parallax backtest: Unknown option: '--bogus' (see 'parallax backtest --help')", bad.err().trim());
    }
}
