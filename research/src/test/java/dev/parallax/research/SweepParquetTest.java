package dev.parallax.research;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.schema.MessageType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepParquetTest {

    @Test
    void theFileReadsBackToTheRowsWritten(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("sweep.parquet");
        SweepParquet.write(Rows.two(), Rows.COLUMNS, file);
        try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file),
                ParquetReadOptions.builder(new PlainParquetConfiguration()).build())) {
            MessageType schema = reader.getFooter().getFileMetaData().getSchema();
            assertEquals(SweepParquet.schema(Rows.COLUMNS), schema);
            assertEquals(2, reader.getRecordCount());
            PageReadStore pages = reader.readNextRowGroup();
            RecordReader<Group> records = new ColumnIOFactory().getColumnIO(schema)
                    .getRecordReader(pages, new GroupRecordConverter(schema));
            Group a = records.read();
            assertEquals(0, a.getInteger("index", 0));
            assertEquals(42L, a.getLong("seed", 0));
            assertEquals("5", a.getString("fast", 0));
            assertEquals("1.5", a.getString("slippage.bps", 0));
            assertTrue(a.getBoolean("columnar", 0));
            assertEquals(1.5, a.getDouble("sharpe", 0));
            assertEquals(-0.125, a.getDouble("max_drawdown", 0));
            assertEquals(7, a.getInteger("trades", 0));
            assertEquals(125_000.0, a.getDouble("final_equity", 0));
            Group b = records.read();
            assertEquals(1, b.getInteger("index", 0));
            assertEquals("a,b", b.getString("fast", 0));
            assertTrue(Double.isNaN(b.getDouble("sharpe", 0)));
            assertEquals(0, b.getInteger("trades", 0));
        }
    }
}
