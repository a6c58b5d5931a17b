package dev.parallax.parity.state;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * Replaces a small file atomically: the bytes go to a temporary file in the same folder, are forced
 * to disk, and the temporary file is renamed over the target with {@link StandardCopyOption#ATOMIC_MOVE};
 * the folder is then forced too where the platform allows it. A reader sees the old content or the
 * new, never half of one.
 */
final class AtomicFile {

    private AtomicFile() {
    }

    /**
     * Writes {@code bytes} to {@code file}, creating its folder if needed.
     *
     * @throws IOException if it cannot be written; the previous content is then unchanged and no
     *                     temporary file is left behind
     */
    static void write(Path file, byte[] bytes) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Path temp = null;
        try {
            Files.createDirectories(folder);
            temp = Files.createTempFile(folder, file.getFileName() + ".", ".tmp");
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            temp = null;
            forceFolder(folder);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the temporary file is harmless; the target was not touched
                }
            }
        }
    }

    /**
     * The content of {@code file}, empty if there is no such file.
     *
     * @throws IOException if it exists but cannot be read
     */
    static Optional<byte[]> read(Path file) throws IOException {
        try {
            return Optional.of(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    private static void forceFolder(Path folder) {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Some platforms (Windows) cannot open or force a directory; the rename itself is atomic.
        }
    }
}
