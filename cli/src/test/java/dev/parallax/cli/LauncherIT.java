package dev.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shaded jar and the ./parallax launcher, run as processes the way a user runs them. */
class LauncherIT {

    private static final Path JAR = Path.of("target", "parallax.jar").toAbsolutePath();
    private static final Path LAUNCHER = Path.of("..", "parallax").toAbsolutePath().normalize();

    /** What the JVM itself prints on stderr when JAVA_TOOL_OPTIONS or the like is set, as CI images often do. */
    private static final Pattern JVM_NOTICE = Pattern.compile("(NOTE: )?Picked up \\S+: .*");

    @TempDir
    static Path outputs;

    private record Result(int code, String out, String err) {
        /** Standard error without the JVM's own notices. */
        String errorOutput() {
            return err.lines().filter(l -> !JVM_NOTICE.matcher(l).matches()).collect(Collectors.joining("\n"));
        }
    }

    private static Result run(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command);
        Path out = Files.createTempFile(outputs, "parallax-out", ".txt");
        Path err = Files.createTempFile(outputs, "parallax-err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        // a fresh JVM runs the whole demo: a few seconds, several times that on a loaded 2-core machine
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail(command + " did not finish within 3 minutes");
        }
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
    void theShadedJarKeepsBothJdbcDriversAndReachesPostgresqlWithThem() throws Exception {
        try (java.util.jar.JarFile jar = new java.util.jar.JarFile(JAR.toFile())) {
            String drivers = new String(jar.getInputStream(jar.getEntry("META-INF/services/java.sql.Driver"))
                    .readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(List.of("org.sqlite.JDBC", "org.postgresql.Driver"), drivers.lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).sorted((a, b) -> b.compareTo(a)).toList());
        }
        // nothing listens on port 1: the driver is found and tries to connect, rather than "No suitable driver"
        Result r = run(jar("live", "--strategy", "s", "--db", "jdbc:postgresql://127.0.0.1:1/x?connectTimeout=5"));
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("PSQLException") && r.err().contains("127.0.0.1:1"), r.err());
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
        assertEquals("parallax backtest: Unknown option: '--bogus' (see 'parallax backtest --help')",
                bad.errorOutput().trim());
    }
}
