package dev.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded fuzzing of the command line: random subcommands with random options drawn from each
 * command's own option names and from a pool of valid, invalid and hostile values. Every run must
 * end within its time limit with exit code 0 (success), 1 (failure), 2 (bad arguments) or 3
 * (strategy disabled); a failure must say so in one {@code parallax ...} line without a stack trace
 * (no {@code --verbose}); and nothing may be written outside the test's folder.
 */
class CommandLineFuzzTest {

    private static final int RUNS = 250;
    private static final long SEED = 20261121L;

    @TempDir
    Path dir;

    private List<String> values;
    private List<String> files;

    private void prepareInputs() throws IOException {
        Path bars = dir.resolve("bars.csv");
        StringBuilder b = new StringBuilder("time,open,high,low,close,volume\n");
        double p = 100;
        for (int i = 0; i < 60; i++) {
            double o = p;
            p = o * (1 + 0.01 * Math.sin(i / 3.0));
            b.append(String.format(java.util.Locale.ROOT, "2024-01-%02dT00:00:00Z,%.4f,%.4f,%.4f,%.4f,1000%n",
                    1 + i % 28, o, Math.max(o, p) * 1.002, Math.min(o, p) * 0.998, p));
            if (i == 27) {
                break;
            }
        }
        Files.writeString(bars, b, StandardCharsets.UTF_8);
        Path trades = dir.resolve("trades.csv");
        Files.writeString(trades, "timestamp,price,amount\n1385856000,1000,0.5\n1385856060,1001,0.2\n"
                + "1385856120,999,1\n1385856400,1003,0.3\n", StandardCharsets.UTF_8);
        Path broken = dir.resolve("broken.csv");
        Files.writeString(broken, "timestamp,price,amount\n1385856000,NaN,-1\n\"unterminated,\n", StandardCharsets.UTF_8);
        Path empty = Files.createFile(dir.resolve("empty.json"));
        Path garbage = dir.resolve("garbage.gz");
        Files.write(garbage, new byte[] {0x1f, (byte) 0x8b, 1, 2, 3, 4});
        Path orders = dir.resolve("orders.csv");
        Files.writeString(orders, "time,id,side,type,size,limit_price\n2024-01-02T00:00:00Z,o1,buy,market,1,\n"
                + "2024-01-03T00:00:00Z,o2,sell,limit,1,101\n", StandardCharsets.UTF_8);
        Path fills = dir.resolve("fills.jsonl");
        Files.writeString(fills, "{\"type\":\"entry\",\"tradeId\":\"t1\",\"symbol\":\"X\",\"side\":\"BUY\",\"size\":1,"
                + "\"price\":100,\"fee\":0.1,\"time\":\"2024-01-02T00:00:00Z\"}\n{not json\n", StandardCharsets.UTF_8);
        files = List.of(bars.toString(), trades.toString(), broken.toString(), empty.toString(), garbage.toString(),
                orders.toString(), fills.toString(), dir.resolve("missing.csv").toString(), dir.toString());
        values = new ArrayList<>(List.of("", " ", "0", "-1", "1", "5", "20", "1e308", "NaN", "Infinity", "-0",
                "abc", "5%", "150%", "2024-01-01", "2024-13-45", "1m", "5m", "0s", "-5m", "1000y", "trades", "ohlcv",
                "json-bars", "xml", "text", "json", "html", "jsonl", "csv", "next-bar-open", "signal-bar-close",
                "sma-cross", "unknown-strategy", "fast=3", "slow=10", "fast=10", "slow=3", "fast=", "=",
                "maker-taker", "maker-taker:maker_bps=2", "maker-taker:maker_bps=abc", "nope:x=1", "bitstamp",
                "lognormal:submit_median_ms=40", "constant:submit_ms=-5", "zero", "power-probability:exponent=0",
                "../../etc/passwd", "..", "a/b", "/etc", "C:\\\\x", "strategy\u0000name", "x\ny", "ünïcödé",
                "=cmd|' /C calc'!A0", "${jndi:ldap://x}", "%s%n%x", "BTC/USD", "AAPL", "ok-name_1.2"));
        values.add("A".repeat(5_000));
        values.addAll(files);
    }

    private static final String[][] COMMANDS = {
        {"backtest"}, {"simulate"}, {"live"}, {"report"}, {"compare"}, {"parity"}, {"parity", "reset"},
        {"bench", "sma-cross"}, {"nonsense"}, {},
    };

    private static final String[] OPTIONS = {"--strategy", "--set", "--data", "--format", "--symbol", "--bar",
        "--lenient", "--no-lenient", "--from", "--to", "--balance", "--execution", "--bar-spread-bps",
        "--periods-per-year", "--seed", "--fee", "--latency", "--slippage", "--queue", "--fill", "--config",
        "--list", "--orders", "--input", "--input-format", "--follow-idle", "--max-daily-loss", "--max-drawdown",
        "--backtest", "--warning-bps", "--critical-bps", "--disable-bps", "--max-drift-bps",
        "--max-fee-impact-bps", "--min-trades", "--operator", "--reason", "--bars", "--engine", "--runs",
        "--warmup", "--bogus", "-x", "--help", "--version"};

    private List<String> vector(SplittableRandom r) {
        List<String> args = new ArrayList<>(List.of(COMMANDS[r.nextInt(COMMANDS.length)]));
        boolean bench = args.contains("bench");
        int n = r.nextInt(7);
        for (int i = 0; i < n; i++) {
            String option = OPTIONS[r.nextInt(OPTIONS.length)];
            if (bench && (option.equals("--bars") || option.equals("--runs") || option.equals("--warmup"))) {
                args.add(option);
                args.add(List.of("10", "500", "0", "-3", "abc", "99999999999").get(r.nextInt(6)));
                continue;
            }
            args.add(option);
            if (!option.equals("--list") && !option.equals("--lenient") && !option.equals("--no-lenient")
                    && !option.equals("--help") && !option.equals("--version") && r.nextInt(10) > 0) {
                args.add(values.get(r.nextInt(values.size())));
            }
        }
        if (r.nextInt(3) > 0) {
            args.add(r.nextBoolean() ? "--data=" + files.get(0) : "--data=" + files.get(1));
        }
        // outputs always go inside the test folder
        String place = dir.resolve("out" + r.nextInt(1_000)).toString();
        if (args.contains("backtest")) {
            args.add("--out=" + place);
        }
        if (args.contains("live") || args.contains("report") || args.contains("compare") || args.contains("parity")) {
            args.add("--data-dir=" + place);
        }
        if (args.contains("report")) {
            args.add("--output=" + place + ".html");
        }
        if (bench) {
            args.add("--bars=" + (100 + r.nextInt(900)));
            args.add("--runs=1");
            args.add("--warmup=0");
        }
        args.removeIf(a -> a.equals("-") || a.equals("--follow"));
        return args;
    }

    private static final String CONFIG = """
            strategy: sma-cross
            settings: {fast: 3, slow: 8, units: 1}
            data: {file: BARS, format: ohlcv, symbol: X}
            balance: 10000
            execution: next-bar-open
            models:
              fee: {name: maker-taker, settings: {maker_bps: 2}}
              latency: {name: constant, settings: {submit_ms: 10}}
            """;

    private static final String[] CONFIG_JUNK = {"", "~", "null", "[]", "{", "}", ":", "- -", "!!java.io.File x",
        "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://x\"]]]]",
        "@class: java.lang.Runtime", "&a [*a]", "fast: -1", "slow: 1e400", "balance: NaN", "execution: sideways",
        "name: nope", "file: ../../etc/passwd", "symbol: \"\\u0000\"", "\t", "'unterminated", "\"x\": [1, 2",
        "settings: {maker_bps: abc}", "from: 2024-02-30", "to: yesterday", "models: 7", "data: {format: xml}"};

    @Test
    void anyConfigFileEndsWithADocumentedCodeAndOneClearLine() throws IOException {
        prepareInputs();
        SplittableRandom r = new SplittableRandom(SEED + 1);
        String valid = CONFIG.replace("BARS", files.get(0));
        int failures = 0;
        for (int i = 0; i < 120; i++) {
            List<String> lines = new ArrayList<>(valid.lines().toList());
            int edits = 1 + r.nextInt(3);
            for (int e = 0; e < edits && !lines.isEmpty(); e++) {
                int at = r.nextInt(lines.size());
                switch (r.nextInt(4)) {
                    case 0 -> lines.remove(at);
                    case 1 -> lines.set(at, lines.get(at) + " " + CONFIG_JUNK[r.nextInt(CONFIG_JUNK.length)]);
                    case 2 -> lines.add(at, CONFIG_JUNK[r.nextInt(CONFIG_JUNK.length)]);
                    default -> lines.set(at, lines.get(at).substring(0, r.nextInt(lines.get(at).length() + 1)));
                }
            }
            boolean json = r.nextInt(4) == 0;
            Path config = dir.resolve("config" + i + (json ? ".json" : ".yaml"));
            String text = json ? "{\"strategy\": \"sma-cross\", " + String.join(" ", lines).replace(":", "\":") + "}"
                    : String.join("\n", lines);
            Files.writeString(config, text, StandardCharsets.UTF_8);
            String[] argv = {"backtest", "--config", config.toString(), "--out", dir.resolve("cfg" + i).toString()};
            CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> CliRun.of(argv),
                    () -> "hung on config:\n" + text);
            String shown = "config " + i + ":\n" + text + "\nstderr:\n" + run.err();
            assertTrue(Set.of(0, 1, 2).contains(run.code()), "undocumented exit code " + run.code() + " for " + shown);
            if (run.code() != 0) {
                failures++;
                assertFalse(run.errorLine().isBlank(), "no 'parallax ...' error line for " + shown);
                assertFalse(run.err().contains("\tat "), "a stack trace without --verbose for " + shown);
            }
        }
        assertTrue(failures > 30 && failures < 115, "the fuzzer should hit both bad and good configs; "
                + failures + " of 120 failed");
    }

    private static Set<String> listing(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return new TreeSet<>(s.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void anyCommandLineEndsWithADocumentedCodeAndOneClearLine() throws IOException {
        prepareInputs();
        Path workingDir = Path.of("").toAbsolutePath();
        Set<String> before = listing(workingDir);
        SplittableRandom r = new SplittableRandom(SEED);
        int failures = 0;
        for (int i = 0; i < RUNS; i++) {
            List<String> args = vector(r);
            String[] argv = args.toArray(String[]::new);
            CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> CliRun.of(argv),
                    () -> "hung on " + args);
            String shown = "run " + i + " " + args + "\nstdout:\n" + run.out() + "\nstderr:\n" + run.err();
            assertTrue(Set.of(0, 1, 2, 3).contains(run.code()), "undocumented exit code " + run.code() + " for " + shown);
            if (run.code() == 1 || run.code() == 2) {
                failures++;
                assertFalse(run.errorLine().isBlank(), "no 'parallax ...' error line for " + shown);
                assertFalse(run.err().contains("\tat "), "a stack trace without --verbose for " + shown);
            }
        }
        assertTrue(failures > RUNS / 3, "the fuzzer should mostly hit bad input; it hit " + failures);
        assertEquals(before, listing(workingDir), "files appeared in the working directory");
    }
}
