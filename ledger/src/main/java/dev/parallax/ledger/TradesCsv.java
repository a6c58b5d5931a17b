package dev.parallax.ledger;

import static dev.parallax.sim.api.Preconditions.notBlank;
import static dev.parallax.sim.api.Preconditions.notNull;

import dev.parallax.sim.api.CsvText;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * The one writer of trades as CSV, for the backtest's closed trades and the live tracker's trade
 * list alike: a header line of column names, then one line per trade in the order given. Each side
 * describes its columns once ({@link #builder}); the writer does the rest.
 *
 * <p>Cells by kind: {@linkplain Builder#text text} goes through {@link CsvText#cell} (a text a
 * spreadsheet would run as a formula gets a leading single quote; one with a comma, quote or line
 * break is quoted); a {@linkplain Builder#word word} is written as it is, for values from a fixed set
 * (a side, a status, an ISO time); a {@linkplain Builder#decimal decimal} is {@link Double#toString};
 * a {@linkplain Builder#number number} is plain decimal notation in its shortest exact form, empty
 * for NaN or an infinity. Immutable and thread-safe.
 *
 * @param <T> the type of one trade
 */
public final class TradesCsv<T> {

    /** How lines end. */
    public enum LineEnd {
        /** {@code \n}. */
        LF("\n"),
        /** {@code \r\n}, as RFC 4180 says. */
        CRLF("\r\n");

        private final String text;

        LineEnd(String text) {
            this.text = text;
        }
    }

    private record Column<T>(String name, Function<T, String> cell) {
    }

    private final List<Column<T>> columns;
    private final LineEnd lineEnd;
    private final String header;

    private TradesCsv(List<Column<T>> columns, LineEnd lineEnd) {
        this.columns = List.copyOf(columns);
        this.lineEnd = lineEnd;
        this.header = String.join(",", columns.stream().map(Column::name).toList());
    }

    /** A builder of the columns of a trades CSV whose lines end in {@code lineEnd}. */
    public static <T> Builder<T> builder(LineEnd lineEnd) {
        return new Builder<>(notNull("lineEnd", lineEnd));
    }

    /** The header line, without line end. */
    public String header() {
        return header;
    }

    /** Writes the header and one line per trade to {@code out}, then flushes it; does not close it. */
    public void write(List<? extends T> trades, Writer out) throws IOException {
        notNull("trades", trades);
        notNull("out", out);
        out.write(header);
        out.write(lineEnd.text);
        for (T trade : trades) {
            for (int i = 0; i < columns.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(columns.get(i).cell().apply(trade));
            }
            out.write(lineEnd.text);
        }
        out.flush();
    }

    /**
     * Writes the CSV to {@code file} in UTF-8 through a temporary file in the same folder that is
     * then moved over it, so a reader never sees half a file.
     */
    public void write(List<? extends T> trades, Path file) throws IOException {
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

    /** A number in plain decimal notation, shortest exact form; empty for NaN or an infinity. */
    static String plain(double value) {
        if (!Double.isFinite(value)) {
            return "";
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** Collects the columns in order. Not thread-safe. */
    public static final class Builder<T> {

        private final LineEnd lineEnd;
        private final List<Column<T>> columns = new ArrayList<>();

        private Builder(LineEnd lineEnd) {
            this.lineEnd = lineEnd;
        }

        private Builder<T> column(String name, Function<T, String> cell) {
            notBlank("name", name);
            notNull("cell", cell);
            columns.add(new Column<>(name, cell));
            return this;
        }

        /** A text column, neutralised and quoted as {@link CsvText#cell} says. */
        public Builder<T> text(String name, Function<T, String> value) {
            notNull("value", value);
            return column(name, t -> CsvText.cell(value.apply(t)));
        }

        /** A column of words from a fixed set, written as they are. */
        public Builder<T> word(String name, Function<T, String> value) {
            return column(name, value);
        }

        /** A number column in {@link Double#toString} form. */
        public Builder<T> decimal(String name, ToDoubleFunction<T> value) {
            notNull("value", value);
            return column(name, t -> Double.toString(value.applyAsDouble(t)));
        }

        /** A number column in plain decimal notation, empty for NaN or an infinity. */
        public Builder<T> number(String name, ToDoubleFunction<T> value) {
            notNull("value", value);
            return column(name, t -> plain(value.applyAsDouble(t)));
        }

        /**
         * The writer of the columns added.
         *
         * @throws IllegalStateException if no column was added
         */
        public TradesCsv<T> build() {
            if (columns.isEmpty()) {
                throw new IllegalStateException("a trades CSV needs at least one column, was given none");
            }
            return new TradesCsv<>(columns, lineEnd);
        }
    }
}
