package dev.parallax.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Writes a synthetic trades CSV in the Bitstamp layout ({@code timestamp,price,amount}, epoch
 * milliseconds): a random walk from 100 with one trade every 10 ms. Seeded, so the same call writes
 * the same file.
 */
final class TradesFile {

    private TradesFile() {
    }

    static Path write(Path file, long rows, long seed) throws IOException {
        SplittableRandom r = new SplittableRandom(seed);
        long t = 1_700_000_000_000L;
        double price = 100;
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
            w.write("timestamp,price,amount\n");
            StringBuilder line = new StringBuilder(48);
            for (long i = 0; i < rows; i++) {
                t += 10;
                price = Math.max(1, price + 0.01 * (r.nextInt(3) - 1));
                line.setLength(0);
                line.append(t).append(',').append(Math.round(price * 100) / 100.0).append(',')
                        .append(1 + r.nextInt(100) / 100.0).append('\n');
                w.append(line);
            }
        }
        return file;
    }
}
