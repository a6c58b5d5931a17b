package dev.parallax.live.crash;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A {@link StreamRecorder} running in a child JVM on this test's class path. Its output lines are
 * read by a thread into a queue, so the test can wait for a line with a timeout or kill the child
 * at any moment; {@link #kill()} is SIGKILL on Linux (no shutdown hook, no close, no flush).
 */
final class ChildRecorder {

    private static final String EOF = "\u0000EOF";

    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

    private ChildRecorder(Process process) {
        this.process = process;
        Thread reader = new Thread(this::pump, "child-recorder-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts a recorder of the stream of {@code events} from {@code seed} that holds before event {@code holdAt}. */
    static ChildRecorder start(Path dir, long seed, int events, int holdAt, Path log) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"),
                StreamRecorder.class.getName(), dir.toString(), Long.toString(seed), Integer.toString(events),
                Integer.toString(holdAt))
                .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        return new ChildRecorder(process);
    }

    /** The next line, waiting at most {@code millis}; null on timeout or when the output has ended. */
    String next(long millis) throws InterruptedException {
        String line = lines.poll(millis, TimeUnit.MILLISECONDS);
        if (EOF.equals(line)) {
            lines.add(EOF);
            return null;
        }
        return line;
    }

    /** True once the child's output has ended (it exited or was killed) and every line was taken. */
    boolean ended() {
        return EOF.equals(lines.peek());
    }

    /** Kills the child with SIGKILL, waits for it, and returns the lines it printed that were not taken yet. */
    List<String> kill() throws InterruptedException {
        // Through the handle: Process.destroyForcibly would also close our end of the pipe and lose
        // the lines the child printed (acknowledged) that were not read yet.
        process.toHandle().destroyForcibly();
        return awaitExit();
    }

    /** Waits for the child to exit and returns the lines not taken yet, up to the end of its output. */
    List<String> awaitExit() throws InterruptedException {
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the child recorder did not exit");
        }
        // The reader thread may still be copying the last lines out of the pipe. Wait for the end of the
        // output however long that takes on a loaded machine (the test's timeout bounds it): a fixed wait
        // that ran out would silently drop acknowledgements, and the test would then blame the tracker.
        List<String> rest = new ArrayList<>();
        for (String line = lines.take(); !EOF.equals(line); line = lines.take()) {
            rest.add(line);
        }
        lines.add(EOF);
        return rest;
    }

    /** The child's exit code, once it has exited. */
    int exitValue() {
        return process.exitValue();
    }

    private void pump() {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                lines.add(line);
            }
        } catch (IOException e) {
            // the pipe closes when the child is killed; the lines read so far are all there is
        } finally {
            lines.add(EOF);
        }
    }
}
