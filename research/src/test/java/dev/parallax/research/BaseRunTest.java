package dev.parallax.research;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BaseRunTest {

    private static final SweepPoint POINT = SweepPoint.of(0, Map.of(), Map.of(), 42);

    @Test
    void aBaseRunDelaysMarketDataUnlessToldNotTo() {
        BaseRun base = Plans.realistic(10).base();
        assertTrue(base.marketDataLatency());
        assertTrue(base.configOf(POINT, 365).marketDataLatency());
        BaseRun off = base.withMarketDataLatency(false);
        assertFalse(off.marketDataLatency());
        assertFalse(off.configOf(POINT, 365).marketDataLatency());
    }

    @Test
    void theSettingTravelsWithTheSerializedRun() throws Exception {
        BaseRun off = Plans.realistic(10).base().withMarketDataLatency(false);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(off);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertEquals(off, in.readObject());
        }
    }
}
