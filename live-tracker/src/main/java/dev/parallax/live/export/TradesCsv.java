package dev.parallax.live.export;

import static dev.parallax.sim.api.Preconditions.notNull;

import dev.parallax.live.TradeRecord;
import dev.parallax.sim.api.CsvText;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;

/**
 * Writes trades as CSV, one row per trade in the order given, with the header {@link #HEADER}.
 * Times are ISO-8601 UTC, numbers plain decimals (an empty cell for NaN, such as the average exit
 * price of a trade without exits), status {@code OPEN} or {@code CLOSED}. Text cells that a
 * spreadsheet would evaluate as a formula are prefixed with an apostrophe; see {@link CsvText}.
 */
public final class TradesCsv {

    /** The header line, without line break. */
    public static final String HEADER = "trade_id,symbol,side,entry_time,entry_price,entry_size,exited_size,open_size,"
            + "average_exit_price,last_exit_time,fees,realized_pnl,status";

    private TradesCsv() {
    }

    /** Writes the header and one line per trade to {@code out}, lines ending in CRLF as RFC 4180 says. */
    public static void write(List<TradeRecord> trades, Writer out) throws IOException {
        notNull("trades", trades);
        notNull("out", out);
        out.write(HEADER);
        out.write("\r\n");
        for (TradeRecord t : trades) {
            out.write(String.join(",",
                    CsvText.cell(t.tradeId()),
                    CsvText.cell(t.symbol()),
                    CsvText.cell(t.side().name()),
                    CsvText.cell(t.entryTime().toString()),
                    CsvCell.number(t.entryPrice()),
                    CsvCell.number(t.entrySize()),
                    CsvCell.number(t.exitedSize()),
                    CsvCell.number(t.openSize()),
                    CsvCell.number(t.averageExitPrice()),
                    CsvText.cell(t.lastExitTime().map(Instant::toString).orElse("")),
                    CsvCell.number(t.fees()),
                    CsvCell.number(t.realizedPnl()),
                    t.closed() ? "CLOSED" : "OPEN"));
            out.write("\r\n");
        }
        out.flush();
    }

    /**
     * Writes the CSV to {@code file} in UTF-8 through a temporary file in the same folder that is
     * then moved over it, so a reader never sees half a file.
     */
    public static void write(List<TradeRecord> trades, Path file) throws IOException {
        notNull("file", file);
        Path absolute = file.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        Path temp = Files.createTempFile(absolute.getParent(), absolute.getFileName().toString(), ".tmp");
        try {
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                write(trades, out);
            }
            Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
