package dev.parallax.sim.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BytecodeSizesTest {

    @Test
    void readsTheCodeLengthOfEachMethod() throws IOException {
        // javap -c Nanos: plus ends with lreturn at offset 39, so 40 bytes; the private
        // constructor is aload_0, invokespecial Object.<init>, return: 5 bytes.
        Map<String, Integer> sizes = BytecodeSizes.of(Nanos.class);
        assertEquals(Map.of("plus", 40, "<init>", 5), sizes);
    }
}
