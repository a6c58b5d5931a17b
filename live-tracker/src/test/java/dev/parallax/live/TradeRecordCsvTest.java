package dev.parallax.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parallax.sim.api.Side;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TradeRecordCsvTest {

    private static final Instant ENTRY = Instant.parse("2024-03-04T10:00:00Z");

    @TempDir
    Path dir;

    private static TradeRecord trade(String id, String symbol) {
        return new TradeRecord(id, symbol, Side.SELL, 2, 100, ENTRY, 0.5, 1.5, 99.5,
                Optional.of(ENTRY.plusSeconds(60)), 0.25, -0.0000001, false);
    }

    private static String csv(List<TradeRecord> trades) throws IOException {
        StringWriter out = new StringWriter();
        TradeRecord.CSV.write(trades, out);
        return out.toString();
    }

    @Test
    void aTradeIsOneLineOfPlainFiguresUnderTheHeader() throws IOException {
        assertEquals(TradeRecord.CSV.header() + "\r\n"
                        + "T1,BTC/USD,SELL,2024-03-04T10:00:00Z,100,2,0.5,1.5,99.5,2024-03-04T10:01:00Z,0.25,-0.0000001,OPEN\r\n",
                csv(List.of(trade("T1", "BTC/USD"))));
    }

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaIsDefused() throws IOException {
        String[] lines = csv(List.of(trade("=HYPERLINK(\"http://x\")", "+SUM(A1)"), trade("-2+3", "@cmd"))).split("\r\n");
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\")\",'+SUM(A1),SELL", lines[1].substring(0, lines[1].indexOf(",SELL") + 5));
        assertEquals("'-2+3,'@cmd,SELL", lines[2].substring(0, lines[2].indexOf(",SELL") + 5));
    }

    @Test
    void textWithCommasOrQuotesIsQuotedAndAMissingExitIsEmpty() throws IOException {
        TradeRecord noExit = new TradeRecord("a,b", "X\"Y", Side.BUY, 1, 10, ENTRY, 0, 1, Double.NaN, Optional.empty(),
                0, 0, false);
        assertEquals("\"a,b\",\"X\"\"Y\",BUY,2024-03-04T10:00:00Z,10,1,0,1,,,0,0,OPEN",
                csv(List.of(noExit)).split("\r\n")[1]);
    }

    @Test
    void writingToAFileReplacesItWhole() throws IOException {
        Path file = dir.resolve("exports").resolve("trades.csv");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "old content that is longer than the new one ".repeat(20));

        TradeRecord.CSV.write(List.of(trade("T1", "BTC/USD")), file);

        assertEquals(csv(List.of(trade("T1", "BTC/USD"))), Files.readString(file, StandardCharsets.UTF_8));
        assertEquals(1, Files.list(file.getParent()).count(), "no temporary file is left behind");
    }
}
