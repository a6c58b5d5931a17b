package dev.parallax.adapters.data;

import dev.parallax.sim.api.data.MarketEvent;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.function.Function;

/**
 * Market events read lazily from CSV rows, one row per {@link #next()}; only the current row is held.
 * Made by the CSV formats ({@link OhlcvCsvFormat}, {@link TradeCsvFormat}, {@link QuoteCsvFormat}).
 * Rows must be in time order; a row whose time goes back is a bad row, and so is a bar whose time
 * repeats the previous bar's (trades and quotes may share a time). The file is closed at its end,
 * on the first error in strict mode, and by {@link #close()}. A line longer than {@link #MAX_LINE_CHARS}
 * stops the read with an {@link IllegalArgumentException} in either mode. Not thread-safe.
 */
public final class CsvMarketDataSource extends LookaheadSource {

    /** The longest line accepted, in characters (1 MiB); a longer one stops the read naming the limit. */
    public static final int MAX_LINE_CHARS = 1 << 20;

    private static final RowMapper NO_ROWS = fields -> {
        throw new IllegalStateException("a file without a header line has no rows");
    };

    private final String source;
    private final LineReader lines;
    private final CsvDialect dialect;
    private final CsvRow row = new CsvRow();
    private final BadRows badRows;
    private final RowMapper mapper;
    private boolean closed;

    CsvMarketDataSource(String source, Reader reader, CsvDialect dialect, BadRowPolicy policy,
                        boolean distinctTimes, Function<String[], RowMapper> mapperForHeader) {
        this.source = source;
        this.lines = new LineReader(reader, MAX_LINE_CHARS);
        this.dialect = dialect;
        this.badRows = new BadRows(source, policy, distinctTimes);
        try {
            String[] header = dialect.header() ? header() : null;
            // a file without even a header line has no rows: no columns to find
            this.mapper = header != null && header.length == 0 ? NO_ROWS : mapperForHeader.apply(header);
        } catch (IllegalArgumentException e) {
            close();
            throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    private String[] header() {
        if (!nextLine()) {
            return new String[0];
        }
        String first = lines.text();
        if (!first.isEmpty() && first.charAt(0) == '\uFEFF') {
            first = first.substring(1);
        }
        return dialect.split(first);
    }

    @Override
    MarketEvent advance() {
        return closed ? null : readEvent();
    }

    @Override
    String exhausted() {
        return "no more rows in " + source;
    }

    /** The rows skipped so far in lenient mode; empty in strict mode. */
    public SkippedRows skippedRows() {
        return badRows.snapshot();
    }

    /** The file or stream name used in messages. */
    public String source() {
        return source;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        badRows.finish();
        try {
            lines.close();
        } catch (IOException e) {
            throw new UncheckedIOException("could not close " + source, e);
        }
    }

    private MarketEvent readEvent() {
        while (nextLine()) {
            if (isBlank()) {
                continue;
            }
            try {
                row.split(lines.chars(), lines.start(), lines.end(), dialect.delimiter());
                MarketEvent event = mapper.map(row);
                badRows.checkOrder(event.timeNanos());
                badRows.accepted(event.timeNanos());
                return event;
            } catch (IllegalArgumentException e) {
                try {
                    badRows.reject(lines.lineNumber(), lines.text(), e.getMessage(), e);
                } catch (MalformedRowException strict) {
                    close();
                    throw strict;
                }
            }
        }
        close();
        return null;
    }

    /** True if the current line is blank as by {@link String#isBlank()}; a line starting with a visible ASCII character is not. */
    private boolean isBlank() {
        int start = lines.start();
        if (start < lines.end()) {
            char first = lines.chars()[start];
            if (first > ' ' && first < 0x7f) {
                return false;
            }
        }
        return lines.text().isBlank();
    }

    private boolean nextLine() {
        try {
            return lines.next();
        } catch (LineReader.LineTooLongException e) {
            close();
            throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + source + " after line " + lines.lineNumber() + ": "
                    + e.getMessage(), e);
        }
    }
}
