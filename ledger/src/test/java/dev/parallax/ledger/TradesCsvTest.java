package dev.parallax.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TradesCsvTest {

    private record Row(String name, String word, double value) {
    }

    private static final TradesCsv<Row> CSV = TradesCsv.<Row>builder(TradesCsv.LineEnd.CRLF)
            .text("name", Row::name)
            .word("word", Row::word)
            .decimal("decimal", Row::value)
            .number("number", Row::value)
            .build();

    @TempDir
    Path dir;

    private static String csv(TradesCsv<Row> writer, List<Row> rows) throws IOException {
        StringWriter out = new StringWriter();
        writer.write(rows, out);
        return out.toString();
    }

    @Test
    void eachKindOfCellIsWrittenItsOwnWay() throws IOException {
        assertEquals("name,word,decimal,number\r\n"
                        + "a,LONG,2.0,2\r\n"
                        + "\"b,c\",-x,1.0E-7,0.0000001\r\n"
                        + "'=1+1,=y,NaN,\r\n",
                csv(CSV, List.of(new Row("a", "LONG", 2.0), new Row("b,c", "-x", 1e-7),
                        new Row("=1+1", "=y", Double.NaN))));
    }

    @Test
    void linesEndAsChosen() throws IOException {
        TradesCsv<Row> lf = TradesCsv.<Row>builder(TradesCsv.LineEnd.LF).decimal("v", Row::value).build();

        assertEquals("v\n1.5\n", csv(lf, List.of(new Row("a", "b", 1.5))));
        assertEquals("v", lf.header());
    }

    @Test
    void writingToAFileReplacesItWholeAndLeavesNoTemporaryFile() throws IOException {
        Path file = dir.resolve("out").resolve("trades.csv");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "older and longer content ".repeat(20));
        List<Row> rows = List.of(new Row("a", "b", 3));

        CSV.write(rows, file);

        assertEquals(csv(CSV, rows), Files.readString(file, StandardCharsets.UTF_8));
        try (var files = Files.list(file.getParent())) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void aWriterNeedsAColumn() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> TradesCsv.<Row>builder(TradesCsv.LineEnd.LF).build());
        assertEquals("a trades CSV needs at least one column, was given none", e.getMessage());
    }
}
