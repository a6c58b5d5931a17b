package dev.parallax.research.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SparkMasterTest {

    @ParameterizedTest
    @ValueSource(strings = {"local", "local[2]", "local[*]", "local[4,2]", "spark://host:7077",
            "spark://a.example:7077,b.example:7077", "yarn", "k8s://https://10.0.0.1:6443"})
    void acceptsTheMasterUrlsSparkKnows(String url) {
        assertEquals(url, new SparkMaster(url).url());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "local[0]", "local[x]", "spark://host", "spark:/host:7077", "yarn-cluster",
            "mesos://host:5050", "lokal[2]"})
    void refusesOtherMasterUrlsListingTheFormsThatWork(String url) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new SparkMaster(url));
        assertEquals("--spark must be " + SparkMaster.FORMS + ", was '" + url + "'", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "local[2]", "local[*]"})
    void localMastersAreEmbedded(String url) {
        assertTrue(new SparkMaster(url).embedded());
    }

    @ParameterizedTest
    @ValueSource(strings = {"spark://host:7077", "yarn"})
    void clusterMastersAreNotEmbedded(String url) {
        assertFalse(new SparkMaster(url).embedded());
    }
}
