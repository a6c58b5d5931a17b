package dev.parallax.research;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes sweep rows as CSV: a header, then one line per row in {@link SweepColumns} order. Numbers
 * are written with {@link Double#toString} (they read back to the same double; NaN and Infinity as
 * Java writes them), trade counts as integers; a setting value holding a comma, quote or line break
 * is quoted as RFC 4180 says.
 */
public final class SweepCsv {

    private SweepCsv() {
    }

    /** Writes {@code rows} with {@code columns} to {@code out}. */
    public static void write(List<SweepRow> rows, SweepColumns columns, Writer out) throws IOException {
        StringBuilder line = new StringBuilder("index,seed");
        for (String s : columns.settings()) {
            line.append(',').append(quote(s));
        }
        line.append(",columnar");
        for (String f : SweepColumns.FIGURES) {
            line.append(',').append(f);
        }
        out.write(line.append('\n').toString());
        for (SweepRow row : rows) {
            line.setLength(0);
            line.append(row.point().index()).append(',').append(row.point().seed());
            for (String s : columns.settings()) {
                line.append(',').append(quote(SweepColumns.setting(row, s)));
            }
            line.append(',').append(row.columnar());
            double[] figures = SweepColumns.figures(row.metrics());
            for (int i = 0; i < figures.length; i++) {
                line.append(',');
                if (SweepColumns.FIGURES.get(i).equals("trades")) {
                    line.append(row.metrics().trades());
                } else {
                    line.append(figures[i]);
                }
            }
            out.write(line.append('\n').toString());
        }
        out.flush();
    }

    /** {@code text} as one CSV field: quoted, with quotes doubled, when it holds a comma, quote or line break. */
    public static String quote(String text) {
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
