package dev.parallax.adapters.data;

import dev.parallax.sim.api.data.MarketEvent;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Function;

/**
 * Market events read lazily from CSV rows, one row per {@link #next()}; only the current row is held.
 * Made by the CSV formats ({@link OhlcvCsvFormat}, {@link TradeCsvFormat}, {@link QuoteCsvFormat}).
 * Rows must be in time order; a row whose time goes back is a bad row. The file is closed at its end,
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
    private final BufferedReader reader;
    private final CsvDialect dialect;
    private final BadRows badRows;
    private final RowMapper mapper;
    private long line;
    private boolean closed;

    CsvMarketDataSource(String source, BufferedReader reader, CsvDialect dialect, BadRowPolicy policy,
                        Function<String[], RowMapper> mapperForHeader) {
        this.source = source;
        this.reader = new BufferedReader(new LineLengthLimit(reader, MAX_LINE_CHARS), 1 << 16);
        this.dialect = dialect;
        this.badRows = new BadRows(source, policy);
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
        String first = readLine();
        if (first == null) {
            return new String[0];
        }
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
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException("could not close " + source, e);
        }
    }

    private MarketEvent readEvent() {
        String row;
        while ((row = readLine()) != null) {
            if (row.isBlank()) {
                continue;
            }
            try {
                MarketEvent event = mapper.map(dialect.split(row));
                badRows.checkOrder(event.timeNanos());
                badRows.accepted(event.timeNanos());
                return event;
            } catch (IllegalArgumentException e) {
                try {
                    badRows.reject(line, row, e.getMessage(), e);
                } catch (MalformedRowException strict) {
                    close();
                    throw strict;
                }
            }
        }
        close();
        return null;
    }

    private String readLine() {
        try {
            String row = reader.readLine();
            if (row != null) {
                line++;
            }
            return row;
        } catch (LineLengthLimit.LineTooLongException e) {
            close();
            throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + source + " after line " + line, e);
        }
    }
}
