package dev.parallax.cli.live;

import dev.parallax.cli.CliException;
import dev.parallax.live.EntryRefusedException;
import dev.parallax.live.EventOrigin;
import dev.parallax.live.InputPosition;
import dev.parallax.live.LiveEvent;
import dev.parallax.live.LiveExecutionTracker;
import dev.parallax.live.RecordOutcome;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Feeds the lines of a fills file or stream to a live tracker, each under its input id
 * ({@link InputIds}), so feeding the same input again records nothing twice. For a file, each
 * recorded line's position is stored with its event; following a file resumes after the last
 * recorded line. With an acknowledgement writer, one line is printed and flushed per event once
 * what became of it is durable: {@code ack <id>} (recorded), {@code ack <id> already-recorded}, or
 * {@code ack <id> refused} (an entry the circuit breaker refused, now or when fed before; it is
 * kept as refused and not tried again).
 *
 * <p>With a commit group size above 1, events are recorded in commit groups
 * ({@link LiveExecutionTracker#beginGroup()}): a group is committed, with one fsync, once it holds
 * that many lines, when the input has no more bytes ready (a stream that paused, the end of a
 * followed file), before a bad line is reported, and at the end. The acknowledgements of a group's
 * lines, and the counts, follow its commit: an {@code ack} is never printed for a line that is not
 * durable. If the commit fails, none of the group's lines is acknowledged or counted.
 */
public final class FillIngest {

    private static final long POLL_MILLIS = 200;

    private final LiveExecutionTracker tracker;
    private final boolean csv;
    private final Optional<PrintWriter> acks;
    private final int commitEvery;
    /** Outcomes of the open group's lines, acknowledged and counted once it is committed. */
    private final List<Pending> pending = new ArrayList<>();
    private long recorded;
    private long skipped;
    private long refused;
    private long resumedAfterLine;

    private record Pending(String id, RecordOutcome outcome) {
    }

    /** Feeds {@code tracker} lines of the given format, acknowledging each event to {@code acks} if present. */
    public FillIngest(LiveExecutionTracker tracker, boolean csv, Optional<PrintWriter> acks) {
        this(tracker, csv, acks, 1);
    }

    /**
     * Feeds {@code tracker} like {@link #FillIngest(LiveExecutionTracker, boolean, Optional)}, in
     * commit groups of up to {@code commitEvery} lines (1: one commit per line).
     *
     * @throws IllegalArgumentException if {@code commitEvery} is not {@code >= 1}
     */
    public FillIngest(LiveExecutionTracker tracker, boolean csv, Optional<PrintWriter> acks, int commitEvery) {
        if (commitEvery < 1) {
            throw new IllegalArgumentException("commitEvery must be >= 1, was " + commitEvery);
        }
        this.tracker = tracker;
        this.csv = csv;
        this.acks = acks;
        this.commitEvery = commitEvery;
    }

    /** Reads {@code in} (standard input) to its end; {@code name} names it in messages. */
    public void stream(InputStream in, String name) throws IOException {
        InputLines lines = new InputLines(in, 0, 0);
        while (true) {
            if (!pending.isEmpty() && !lines.ready()) {
                commit();
            }
            Optional<InputLines.Line> line = next(lines, name);
            if (line.isEmpty()) {
                break;
            }
            accept(line.get(), name, Optional.empty());
        }
        lines.rest().ifPresent(line -> accept(line, name, Optional.empty()));
        commit();
    }

    /**
     * Reads {@code file}; with {@code follow}, keeps reading as it grows, starting after the last
     * line recorded from it (if it is still the same file and not shorter), until no line came for
     * {@code idle} (never when empty) or the thread is interrupted.
     */
    public void file(Path file, boolean follow, Optional<Duration> idle) throws IOException, InterruptedException {
        String source = file.toRealPath().toString();
        String identity = identity(file);
        long offset = 0;
        long line = 0;
        if (follow) {
            Optional<InputPosition> stored = tracker.inputPosition(source);
            if (stored.isPresent() && stored.get().identity().equals(identity) && Files.size(file) >= stored.get().offset()) {
                offset = stored.get().offset();
                line = stored.get().line();
                resumedAfterLine = line;
            }
        }
        String name = file.toString();
        try (FileChannel channel = FileChannel.open(file)) {
            channel.position(offset);
            InputLines lines = new InputLines(Channels.newInputStream(channel), offset, line);
            long lastLine = System.nanoTime();
            while (true) {
                Optional<InputLines.Line> next = next(lines, name);
                if (next.isPresent()) {
                    InputLines.Line l = next.get();
                    accept(l, name, Optional.of(new InputPosition(source, identity, l.endOffset(), l.number())));
                    lastLine = System.nanoTime();
                    continue;
                }
                commit();
                if (!follow) {
                    lines.rest().ifPresent(l -> accept(l, name, Optional.of(
                            new InputPosition(source, identity, l.endOffset(), l.number()))));
                    commit();
                    return;
                } else if (idle.isPresent() && System.nanoTime() - lastLine > idle.get().toNanos()) {
                    return;
                } else {
                    Thread.sleep(POLL_MILLIS);
                }
            }
        }
    }

    /** Events recorded by this ingest. */
    public long recorded() {
        return recorded;
    }

    /** Events skipped because they were recorded before. */
    public long skipped() {
        return skipped;
    }

    /** Entries refused by the circuit breaker. */
    public long refused() {
        return refused;
    }

    /** The line after which a followed file was resumed, or 0 when it was read from its start. */
    public long resumedAfterLine() {
        return resumedAfterLine;
    }

    private Optional<InputLines.Line> next(InputLines lines, String name) throws IOException {
        try {
            return lines.next();
        } catch (IllegalArgumentException e) {
            commit();
            throw new CliException(name + " " + e.getMessage() + "; the " + recorded + " events before it are recorded");
        }
    }

    private void accept(InputLines.Line line, String name, Optional<InputPosition> position) {
        String text = line.number() == 1 && line.text().startsWith("\uFEFF") ? line.text().substring(1) : line.text();
        if (text.isBlank()) {
            return;
        }
        try {
            if (csv && line.number() == 1 && FillLine.isCsvHeader(text)) {
                return;
            }
            LiveEvent event = csv ? FillLine.csv(text, tracker::trade) : FillLine.json(text, tracker::trade);
            String id = InputIds.of(event, line.number());
            if (commitEvery > 1 && !tracker.inGroup()) {
                tracker.beginGroup();
            }
            RecordOutcome outcome;
            try {
                outcome = tracker.record(event, new EventOrigin(id, position));
            } catch (EntryRefusedException e) {
                outcome = RecordOutcome.REFUSED_BEFORE;
            }
            if (tracker.inGroup()) {
                pending.add(new Pending(id, outcome));
                if (pending.size() >= commitEvery) {
                    commit();
                }
            } else {
                acknowledge(id, outcome);
            }
        } catch (IllegalArgumentException e) {
            commit();
            throw new CliException(name + " line " + line.number() + ": " + e.getMessage()
                    + "; the " + recorded + " events before it are recorded");
        }
    }

    /** Commits the open group, if any, then acknowledges and counts its lines. */
    private void commit() {
        if (tracker.inGroup()) {
            tracker.commitGroup();
        }
        pending.forEach(p -> acknowledge(p.id(), p.outcome()));
        pending.clear();
    }

    private void acknowledge(String id, RecordOutcome outcome) {
        switch (outcome) {
            case RECORDED -> {
                recorded++;
                acks.ifPresent(out -> ack(out, id));
            }
            case ALREADY_RECORDED -> {
                skipped++;
                acks.ifPresent(out -> ack(out, id + " already-recorded"));
            }
            case REFUSED_BEFORE -> {
                refused++;
                acks.ifPresent(out -> ack(out, id + " refused"));
            }
        }
    }

    private static void ack(PrintWriter out, String text) {
        out.println("ack " + text);
        out.flush();
    }

    /** The file system's key of {@code file} (device and inode on Unix), or empty when it has none. */
    private static String identity(Path file) throws IOException {
        Object key = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
        return key == null ? "" : key.toString();
    }
}
