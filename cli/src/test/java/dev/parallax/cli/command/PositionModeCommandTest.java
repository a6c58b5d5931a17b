package dev.parallax.cli.command;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code --position-mode} flag of {@code parallax backtest}: plan, report header and {@code --rerun}. */
class PositionModeCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PER_TRADE_LINE = "positions per trade (a lot per order)";

    @TempDir
    Path dir;

    /** Runs a margin backtest of the bundled data to 2013-11-27 with {@code args} into folder {@code name}. */
    private Path backtest(String name, String... args) {
        Path out = dir.resolve(name);
        List<String> all = new ArrayList<>(List.of("backtest", "--to", "2013-11-27", "--account", "margin"));
        all.addAll(List.of(args));
        all.addAll(List.of("--out", out.toString()));
        CliRun run = CliRun.of(all.toArray(String[]::new));
        assertEquals(0, run.code(), run.err());
        return out;
    }

    private static JsonNode results(Path out) throws IOException {
        return JSON.readTree(out.resolve("results.json").toFile());
    }

    @Test
    void perTradeIsRecordedInThePlanShownInTheReportAndRepeatedByARerun() throws IOException {
        Path perTrade = backtest("per-trade", "--position-mode", "per-trade", "--set", "long_short=true");
        JsonNode results = results(perTrade);
        assertEquals("per-trade", results.get("plan").get("positionMode").asText());
        assertTrue(results.get("trades").size() > 0, "the run closed trades");
        CliRun report = CliRun.of("report", "--backtest", perTrade.resolve("results.json").toString());
        assertEquals(0, report.code(), report.err());
        assertTrue(report.out().contains(PER_TRADE_LINE), report.out());

        CliRun rerun = CliRun.of("backtest", "--rerun", perTrade.resolve("results.json").toString(), "--out",
                dir.resolve("rerun").toString());
        assertEquals(0, rerun.code(), rerun.err());
        assertArrayEquals(Files.readAllBytes(perTrade.resolve("results.json")),
                Files.readAllBytes(dir.resolve("rerun").resolve("results.json")));
    }

    @Test
    void nettingIsTheDefaultAndLeavesThePlanAsItWasBeforeTheFlag() throws IOException {
        Path netting = backtest("netting", "--position-mode", "netting", "--set", "long_short=true");
        Path plain = backtest("plain", "--set", "long_short=true");

        assertFalse(results(netting).get("plan").has("positionMode"));
        assertArrayEquals(Files.readAllBytes(plain.resolve("results.json")),
                Files.readAllBytes(netting.resolve("results.json")));
        assertArrayEquals(Files.readAllBytes(plain.resolve("trades.csv")),
                Files.readAllBytes(netting.resolve("trades.csv")));
    }

    @Test
    void perTradeKeepsTheCashOfNetting() throws IOException {
        JsonNode perTrade = results(backtest("per-trade", "--position-mode", "per-trade", "--set", "long_short=true"));
        JsonNode netting = results(backtest("netting", "--set", "long_short=true"));

        assertEquals(netting.get("summary").get("finalCash").asDouble(),
                perTrade.get("summary").get("finalCash").asDouble(), 0.0);
        assertEquals(netting.get("fills"), perTrade.get("fills"));
    }

    @Test
    void anUnknownModeIsAUsageErrorNamingTheFlag() {
        CliRun run = CliRun.of("backtest", "--position-mode", "hedging", "--out", dir.resolve("x").toString());
        assertEquals(2, run.code(), run.err());
        assertTrue(run.err().contains("--position-mode"), run.err());
        assertTrue(run.err().contains("netting or per-trade"), run.err());
    }
}
