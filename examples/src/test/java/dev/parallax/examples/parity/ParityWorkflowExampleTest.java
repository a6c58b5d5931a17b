package dev.parallax.examples.parity;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.parity.ParityTracker;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParityWorkflowExampleTest {

    @Test
    void growingSlippageDisablesTheStrategyAndASecondRunResetsIt(@TempDir Path dir) {
        ParityTracker first = ParityWorkflowExample.run(dir, new PrintStream(new ByteArrayOutputStream()));
        assertTrue(first.isDisabled(), first.disableReason());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ParityWorkflowExample.run(dir, new PrintStream(out));
        assertTrue(out.toString().contains("T-1 completed, status ACTIVE"), out.toString());
    }
}
