package dev.parallax.research;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * The settings a sweep varies and the values it tries for each: a grid (every combination) from
 * which {@link #grid} takes every point and {@link #random} a seeded sample. Combinations are
 * numbered in grid order, the last setting varying fastest (strategy settings first, then model
 * settings, each in the order given).
 *
 * @param strategySettings values of strategy settings
 * @param modelSettings    values of model settings ({@code kind.setting})
 */
public record SweepSpace(List<SettingValues> strategySettings, List<SettingValues> modelSettings) {

    /** Copies the lists and checks that no setting is named twice and at least one is given. */
    public SweepSpace {
        strategySettings = List.copyOf(strategySettings);
        modelSettings = List.copyOf(modelSettings);
        if (strategySettings.isEmpty() && modelSettings.isEmpty()) {
            throw new IllegalArgumentException("a sweep needs at least one setting to vary");
        }
        Set<String> names = new HashSet<>();
        for (SettingValues s : all(strategySettings, modelSettings)) {
            if (!names.add(s.name())) {
                throw new IllegalArgumentException("sweep setting '" + s.name() + "' is given twice");
            }
        }
        for (SettingValues s : modelSettings) {
            int dot = s.name().indexOf('.');
            if (dot <= 0 || dot == s.name().length() - 1) {
                throw new IllegalArgumentException("sweep model setting must be kind.setting (such as slippage.bps),"
                        + " was '" + s.name() + "'");
            }
        }
    }

    /** The number of combinations, or {@link Long#MAX_VALUE} when it does not fit a long. */
    public long size() {
        long size = 1;
        for (SettingValues s : all(strategySettings, modelSettings)) {
            if (size > Long.MAX_VALUE / s.values().size()) {
                return Long.MAX_VALUE;
            }
            size *= s.values().size();
        }
        return size;
    }

    /**
     * Every combination, in grid order, each with {@code seed}.
     *
     * @throws IllegalArgumentException if there are more than {@code maxRuns} combinations
     */
    public List<SweepPoint> grid(long seed, int maxRuns) {
        long size = size();
        if (size > maxRuns) {
            throw new IllegalArgumentException("the sweep grid has " + count(size) + " combinations, more than the "
                    + maxRuns + " allowed; narrow the ranges, sample with mode: random, or raise --max-runs");
        }
        List<SweepPoint> points = new ArrayList<>((int) size);
        for (int i = 0; i < size; i++) {
            points.add(point(i, i, seed));
        }
        return points;
    }

    /**
     * {@code samples} distinct combinations drawn uniformly without replacement with
     * {@code SplittableRandom(randomSeed)} (Floyd's algorithm over the combination numbers), returned in
     * grid order and numbered from 0, each with {@code seed}. The same arguments give the same points.
     *
     * @throws IllegalArgumentException if {@code samples < 1}, {@code samples > maxRuns}, or there are
     *                                  fewer combinations than samples
     */
    public List<SweepPoint> random(int samples, long randomSeed, long seed, int maxRuns) {
        if (samples < 1) {
            throw new IllegalArgumentException("sweep samples must be >= 1, was " + samples);
        }
        if (samples > maxRuns) {
            throw new IllegalArgumentException("sweep samples " + samples + " is more than the " + maxRuns
                    + " runs allowed; lower samples or raise --max-runs");
        }
        long size = size();
        if (samples > size) {
            throw new IllegalArgumentException("sweep samples " + samples + " is more than the " + size
                    + " combinations there are; use mode: grid");
        }
        SplittableRandom random = new SplittableRandom(randomSeed);
        Set<Long> picked = new HashSet<>();
        for (long j = size - samples; j < size; j++) {
            long t = random.nextLong(j + 1);
            picked.add(picked.contains(t) ? j : t);
        }
        long[] sorted = picked.stream().mapToLong(Long::longValue).sorted().toArray();
        List<SweepPoint> points = new ArrayList<>(samples);
        for (int i = 0; i < sorted.length; i++) {
            points.add(point(i, sorted[i], seed));
        }
        return points;
    }

    /** The names of the settings varied, strategy settings first. */
    public List<String> names() {
        return all(strategySettings, modelSettings).stream().map(SettingValues::name).toList();
    }

    /** Combination number {@code combination} as point {@code index}. */
    SweepPoint point(int index, long combination, long seed) {
        Map<String, String> strategy = new TreeMap<>();
        Map<String, String> models = new TreeMap<>();
        long rest = combination;
        List<SettingValues> all = all(strategySettings, modelSettings);
        for (int k = all.size() - 1; k >= 0; k--) {
            SettingValues s = all.get(k);
            int n = s.values().size();
            String value = s.values().get((int) (rest % n));
            rest /= n;
            (k < strategySettings.size() ? strategy : models).put(s.name(), value);
        }
        return SweepPoint.of(index, strategy, models, seed);
    }

    private static List<SettingValues> all(List<SettingValues> a, List<SettingValues> b) {
        List<SettingValues> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static String count(long size) {
        return size == Long.MAX_VALUE ? "more than " + Long.MAX_VALUE : String.format(java.util.Locale.ROOT, "%,d", size);
    }
}
