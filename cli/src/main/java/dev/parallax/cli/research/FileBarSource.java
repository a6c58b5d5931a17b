package dev.parallax.cli.research;

import dev.parallax.adapters.data.BadRowPolicy;
import dev.parallax.backtest.columnar.BarSeries;
import dev.parallax.cli.CliException;
import dev.parallax.cli.data.BarTime;
import dev.parallax.cli.data.DataFormat;
import dev.parallax.cli.data.DataSpec;
import dev.parallax.cli.data.RemoteFile;
import dev.parallax.cli.data.TimeWindow;
import dev.parallax.research.BarSource;
import dev.parallax.sim.api.data.Bar;
import dev.parallax.sim.api.data.MarketEvent;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The bars of a backtest's data as a sweep reads them: the file (or the bundled trades) read the way
 * {@code parallax backtest} reads it, cut to the plan's days, held in columns. A value with only
 * serializable fields, so a sweep can be shipped to other machines that see the same path, or that
 * reach the same remote file.
 *
 * @param file    the local data file, or empty text for the bundled Bitstamp trades or a remote file
 * @param format  the layout of the file
 * @param symbol  the instrument
 * @param bar     bar length (of bars built from trades, or of the file's bars)
 * @param policy  strict or lenient about bad rows
 * @param barTime what a bar's written time means
 * @param from    first UTC day (ISO), or empty text for none
 * @param to      last UTC day (ISO), inclusive, or empty text for none
 * @param remote  the data file when it is named by a URI ({@link RemoteFile}), else null (a serializable
 *                record cannot hold an {@link Optional}); see {@link #remoteFile()}
 * @param sha256  the SHA-256 (64 lowercase hex digits) the data's bytes must have, as the driver read them,
 *                or empty text for no check; see {@link #load()}
 */
public record FileBarSource(String file, DataFormat format, String symbol, Duration bar, BadRowPolicy policy,
                            BarTime barTime, String from, String to, RemoteFile remote, String sha256)
        implements BarSource {

    /** Checks that a remote file comes without a local one, and that a digest is 64 lowercase hex digits. */
    public FileBarSource {
        if (remote != null && !file.isEmpty()) {
            throw new IllegalArgumentException("file must be empty text when remote is given, was '" + file + "'");
        }
        if (sha256 == null || !(sha256.isEmpty() || sha256.matches("[0-9a-f]{64}"))) {
            throw new IllegalArgumentException("sha256 must be empty text or 64 lowercase hex digits, was '"
                    + sha256 + "'");
        }
    }

    private static final long serialVersionUID = 1L;

    /** The source of {@code spec} between {@code from} and {@code to}. */
    public static FileBarSource of(DataSpec spec, Optional<LocalDate> from, Optional<LocalDate> to) {
        return new FileBarSource(spec.file().map(Path::toString).orElse(""), spec.format(), spec.symbol(), spec.bar(),
                spec.policy(), spec.barTime(), from.map(LocalDate::toString).orElse(""),
                to.map(LocalDate::toString).orElse(""), spec.remote().orElse(null), "");
    }

    /** A copy that {@link #load()} checks against {@code digest}, the SHA-256 the driver read. */
    public FileBarSource expecting(String digest) {
        return new FileBarSource(file, format, symbol, bar, policy, barTime, from, to, remote, digest);
    }

    /** The remote file read, if the data is named by a URI. */
    public Optional<RemoteFile> remoteFile() {
        return Optional.ofNullable(remote);
    }

    /** The data spec this reads. */
    public DataSpec spec() {
        return new DataSpec(file.isEmpty() ? Optional.empty() : Optional.of(Path.of(file)), format, symbol, bar, policy,
                barTime, remoteFile());
    }

    /**
     * Reads every bar in the days chosen. With a {@link #sha256()} given, the SHA-256 of the bytes read
     * (computed while they are parsed, then over the rest of the file, in one pass) must equal it.
     *
     * @throws CliException if the file is missing, holds no bar in those days, or holds something other than bars
     * @throws DataChangedException if the bytes read do not have the expected SHA-256
     */
    @Override
    public BarSeries load() {
        DataSpec spec = spec();
        DataSpec.Opened opened = spec.open();
        BarSeries.Builder b = new BarSeries.Builder(symbol, 1 << 12);
        int count = 0;
        try (TimeWindow window = new TimeWindow(opened.source(), day(from), day(to), spec.windowShiftNanos())) {
            while (window.hasNext()) {
                MarketEvent e = window.next();
                if (!(e instanceof Bar bar)) {
                    throw new CliException("a sweep needs bars; " + spec.describe() + " gave " + e.getClass().getSimpleName());
                }
                b.add(bar.timeNanos(), bar.open(), bar.high(), bar.low(), bar.close(), bar.volume());
                count++;
            }
        } catch (RuntimeException e) {
            throw changedOr(opened, e);
        }
        requireDigest(opened.read().get().sha256());
        if (count == 0) {
            throw new CliException("no market data in " + spec.describe()
                    + (from.isEmpty() && to.isEmpty() ? "" : " between " + from + " and " + to));
        }
        return b.build();
    }

    @Override
    public String describe() {
        return spec().describe();
    }

    private void requireDigest(String read) {
        if (!sha256.isEmpty() && !sha256.equals(read)) {
            throw new DataChangedException(describe(), sha256, read);
        }
    }

    /**
     * A {@link DataChangedException} when a digest is expected and the bytes read (hashed to the end as the
     * reader closed) have another, so that {@code failure}, a bad row say, is shown as the symptom it is;
     * otherwise {@code failure}.
     */
    private RuntimeException changedOr(DataSpec.Opened opened, RuntimeException failure) {
        if (sha256.isEmpty()) {
            return failure;
        }
        String read;
        try {
            read = opened.read().get().sha256();
        } catch (IllegalStateException digestUnknown) {
            return failure; // the input could not be read to its end: no digest to compare
        }
        if (read.equals(sha256)) {
            return failure;
        }
        DataChangedException changed = new DataChangedException(describe(), sha256, read);
        changed.addSuppressed(failure);
        return changed;
    }

    private static Optional<LocalDate> day(String text) {
        return text.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(text));
    }
}
