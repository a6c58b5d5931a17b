package dev.parallax.live.crash;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

/** What a {@link StreamRecorder} said in one round: its READY line, its acknowledgements, DISABLED, HOLD, DONE. */
final class RoundOutput {

    int readyStored = -1;
    boolean readyDisabled;
    int lastAck = -1;
    int acks;
    int disabledAt = -1;
    boolean held;
    boolean done;

    void read(String line) {
        String[] parts = line.split(" ");
        switch (parts[0]) {
            case "READY" -> {
                readyStored = Integer.parseInt(parts[1]);
                readyDisabled = Boolean.parseBoolean(parts[2]);
            }
            case "ACK" -> {
                int index = Integer.parseInt(parts[1]);
                if (lastAck >= 0) {
                    assertEquals(lastAck + 1, index, "acknowledgements must come in stream order");
                } else if (readyStored >= 0) {
                    assertEquals(readyStored, index, "the first event recorded must follow the stored ones");
                }
                lastAck = index;
                acks++;
            }
            case "DISABLED" -> disabledAt = Integer.parseInt(parts[1]);
            case "HOLD" -> held = true;
            case "DONE" -> done = true;
            default -> throw new AssertionError("unexpected output of the child recorder: " + line);
        }
    }

    void readAll(List<String> lines) {
        lines.forEach(this::read);
    }
}
