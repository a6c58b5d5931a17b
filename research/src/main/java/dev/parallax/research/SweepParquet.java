package dev.parallax.research;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;

/**
 * Writes sweep rows as a Parquet file (one row group, uncompressed), through a local file and a plain
 * configuration rather than a Hadoop file system. Schema, in {@link SweepColumns} order:
 * {@code index} int32, {@code seed} int64, each setting a UTF-8 string, {@code columnar} boolean,
 * {@code trades} int32 and every other figure a double (NaN kept as NaN).
 */
public final class SweepParquet {

    private SweepParquet() {
    }

    /** The schema of a table with {@code columns}. */
    public static MessageType schema(SweepColumns columns) {
        Types.MessageTypeBuilder b = Types.buildMessage();
        b.required(PrimitiveTypeName.INT32).named("index");
        b.required(PrimitiveTypeName.INT64).named("seed");
        for (String s : columns.settings()) {
            b.required(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(s);
        }
        b.required(PrimitiveTypeName.BOOLEAN).named("columnar");
        for (String f : SweepColumns.FIGURES) {
            b.required(f.equals("trades") ? PrimitiveTypeName.INT32 : PrimitiveTypeName.DOUBLE).named(f);
        }
        return b.named("sweep");
    }

    /** Writes {@code rows} to {@code file}, replacing it. */
    public static void write(List<SweepRow> rows, SweepColumns columns, Path file) throws IOException {
        MessageType schema = schema(columns);
        Files.deleteIfExists(file);
        try (ParquetWriter<Group> writer = ExampleParquetWriter.builder(new LocalOutputFile(file))
                .withConf(new PlainParquetConfiguration()).withType(schema)
                .withCompressionCodec(CompressionCodecName.UNCOMPRESSED).build()) {
            SimpleGroupFactory groups = new SimpleGroupFactory(schema);
            for (SweepRow row : rows) {
                Group g = groups.newGroup().append("index", row.point().index()).append("seed", row.point().seed());
                for (String s : columns.settings()) {
                    g.append(s, SweepColumns.setting(row, s));
                }
                g.append("columnar", row.columnar());
                double[] figures = SweepColumns.figures(row.metrics());
                for (int i = 0; i < figures.length; i++) {
                    String f = SweepColumns.FIGURES.get(i);
                    if (f.equals("trades")) {
                        g.append(f, row.metrics().trades());
                    } else {
                        g.append(f, figures[i]);
                    }
                }
                writer.write(g);
            }
        }
    }
}
