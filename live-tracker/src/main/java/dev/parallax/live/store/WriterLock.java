package dev.parallax.live.store;

import dev.parallax.live.LiveStoreException;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * The one-writer rule of a live database: an operating-system lock on {@code <database>.lock},
 * held while a store may write, with who holds it (process id, host, since when) written in the
 * file. The system releases the lock when the process ends, however it ends, so a crash never
 * leaves the database locked. Readers take no lock.
 */
final class WriterLock implements AutoCloseable {

    private static final int MAX_HOLDER_BYTES = 512;

    private final FileChannel channel;
    private final FileLock lock;

    private WriterLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock file of {@code database}. */
    static Path fileOf(Path database) {
        return database.resolveSibling(database.getFileName() + ".lock");
    }

    /**
     * Takes the lock of {@code database} without waiting.
     *
     * @throws LiveStoreException if another process, or another store in this process, holds it
     */
    static WriterLock acquire(Path database) {
        Path file = fileOf(database);
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new LiveStoreException("could not open the lock file " + file + ": " + e.getMessage(), e);
        }
        try {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                throw new LiveStoreException(database + " is in use by another live tracker in this process; close it "
                        + "first (one writer at a time; read-only commands such as status, report, compare and parity "
                        + "still work)");
            }
            if (lock == null) {
                throw new LiveStoreException(database + " is in use by another process (" + holder(channel) + "); only "
                        + "one process may record into a live database at a time. Stop the other one, or use a "
                        + "read-only command (status, report, compare, parity), which works while it runs");
            }
            byte[] me = ("pid " + ProcessHandle.current().pid() + " on host " + host() + " since " + Instant.now())
                    .getBytes(StandardCharsets.UTF_8);
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(me), 0);
            channel.force(false);
            return new WriterLock(channel, lock);
        } catch (IOException | RuntimeException e) {
            try {
                channel.close();
            } catch (IOException close) {
                e.addSuppressed(close);
            }
            if (e instanceof LiveStoreException lse) {
                throw lse;
            }
            throw new LiveStoreException("could not lock " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // closing the channel releases the lock in any case
        }
    }

    private static String holder(FileChannel channel) {
        try {
            ByteBuffer buffer = ByteBuffer.allocate(MAX_HOLDER_BYTES);
            channel.read(buffer, 0);
            String text = new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).strip();
            return text.isEmpty() || text.chars().anyMatch(Character::isISOControl) ? "holder unknown" : text;
        } catch (IOException e) {
            return "holder unknown";
        }
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
