package dev.parallax.backtest.result;

import dev.parallax.sim.api.CsvText;
import dev.parallax.sim.api.Side;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.List;

/**
 * Writes closed trades as CSV: one header line, then one line per trade, comma-separated, times as
 * ISO-8601 UTC instants. A text field that a spreadsheet would run as a formula (starting with
 * {@code = + - @}, tab or carriage return), or that starts with a single quote, is prefixed with a
 * single quote, so dropping one leading quote gives the text back; a field with a comma, quote or
 * line break is quoted. See {@link dev.parallax.sim.api.CsvText}.
 */
public final class TradesCsv {

    /** The header line. */
    public static final String HEADER = "symbol,direction,entry_time,exit_time,entry_price,exit_price,size,"
            + "gross_pnl,fees,net_pnl,holding_seconds,regime_at_entry";

    private TradesCsv() {
    }

    /** Writes the header and {@code trades} to {@code out}; does not close it. */
    public static void write(List<TradeRecord> trades, Writer out) throws IOException {
        out.write(HEADER);
        out.write('\n');
        for (TradeRecord t : trades) {
            out.write(CsvText.cell(t.symbol()));
            out.write(',');
            out.write(t.direction() == Side.BUY ? "LONG" : "SHORT");
            out.write(',');
            out.write(Instant.ofEpochSecond(0, t.entryTimeNanos()).toString());
            out.write(',');
            out.write(Instant.ofEpochSecond(0, t.exitTimeNanos()).toString());
            for (double v : new double[] {t.entryPrice(), t.exitPrice(), t.size(), t.grossPnl(), t.fees(), t.netPnl(),
                    t.holdingTime().toNanos() / 1e9}) {
                out.write(',');
                out.write(Double.toString(v));
            }
            out.write(',');
            out.write(t.regimeAtEntry().name());
            out.write('\n');
        }
    }
}
