package dev.parallax.cli.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.cli.UsageException;
import org.junit.jupiter.api.Test;

class RemoteFilesTest {

    @Test
    void locationsWithASchemeAreUris() {
        assertTrue(RemoteFiles.isUri("file:/data/btc.csv"));
        assertTrue(RemoteFiles.isUri("file:///data/btc.csv"));
        assertTrue(RemoteFiles.isUri("hdfs://namenode:8020/data/btc.csv"));
        assertTrue(RemoteFiles.isUri("s3a://bucket/btc.csv"));
        assertTrue(RemoteFiles.isUri("viewfs+x.y-z://cluster/btc.csv"));
    }

    @Test
    void pathsAndWindowsDrivesAreNotUris() {
        assertFalse(RemoteFiles.isUri("data/btc.csv"));
        assertFalse(RemoteFiles.isUri("/data/btc.csv"));
        assertFalse(RemoteFiles.isUri("btc.csv"));
        assertFalse(RemoteFiles.isUri("C:\\data\\btc.csv"));
        assertFalse(RemoteFiles.isUri("C:/data/btc.csv"));
        assertFalse(RemoteFiles.isUri("1x:/data/btc.csv"), "a scheme starts with a letter");
        assertFalse(RemoteFiles.isUri("./hdfs://x"));
    }

    @Test
    void parallaxRefusesEveryUriNamingItAndTheWayOut() {
        UsageException e = assertThrows(UsageException.class, () -> RemoteFiles.NONE.of("hdfs://nn:8020/btc.csv"));
        assertEquals("data hdfs://nn:8020/btc.csv is a URI, and parallax reads data from local files only: give a "
                + "local path, or run sweep or walk-forward with parallax-spark, which reads URIs through Hadoop "
                + "(file:, hdfs://, s3a://)", e.getMessage());
    }
}
