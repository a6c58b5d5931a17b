package dev.parallax.backtest.result;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parallax.backtest.regime.Regime;
import dev.parallax.sim.api.CsvText;
import dev.parallax.sim.api.Side;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class TradeRecordCsvTest {

    @Test
    void writesOneLinePerTradeAfterTheHeader() throws Exception {
        TradeRecord t = new TradeRecord("AAPL", Side.BUY, 0, 86_400_000_000_000L, 100, 110, 2, 20, 0.5, 19.5,
                Regime.TRENDING);
        StringWriter out = new StringWriter();
        TradeRecord.CSV.write(List.of(t), out);
        assertEquals(TradeRecord.CSV.header() + "\nAAPL,LONG,1970-01-01T00:00:00Z,1970-01-02T00:00:00Z,100.0,110.0,2.0,20.0,"
                + "0.5,19.5,86400.0,TRENDING\n", out.toString());
    }

    @Test
    void formulasAndSeparatorsInTextAreNeutralised() {
        assertEquals("'=HYPERLINK(\"x\")".replace("\"", "\"\""), CsvText.cell("=HYPERLINK(\"x\")").substring(1,
                CsvText.cell("=HYPERLINK(\"x\")").length() - 1));
        assertEquals("'+1", CsvText.cell("+1"));
        assertEquals("'@SUM(A1)", CsvText.cell("@SUM(A1)"));
        assertEquals("\"BTC,USD\"", CsvText.cell("BTC,USD"));
        assertEquals("BTC/USD", CsvText.cell("BTC/USD"));
    }
}
