package dev.parallax.parity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The ids recorded on one side of a {@link TradeLedger} only, by day, so that a day's report reads
 * its own one-sided trades whatever the other days hold. A day keeps a plain list (a slot per id, not
 * a set's node); an id stays listed when its trade completes until half of the day's list (of 16 ids
 * or more) has completed, when the list is cut to the ids still one-sided, so the index follows the one-sided
 * trades, not every trade ever recorded, at an amortised constant cost per trade. A day of fewer than
 * 16 ids is cut only once all of them completed, so it may keep up to 15 ids no longer one-sided.
 */
final class OneSidedIndex {

    /** Below this many ids a day's list is not worth cutting. */
    private static final int CUT_FROM = 16;

    private final Map<LocalDate, Day> days = new HashMap<>();

    /** Lists {@code id} under {@code day}. */
    void add(LocalDate day, String id) {
        days.computeIfAbsent(day, d -> new Day()).ids.add(id);
    }

    /**
     * Notes that an id listed under {@code day} is no longer one-sided (no longer a key of
     * {@code oneSided}); cuts the day's list once half of it is no longer one-sided.
     */
    void completed(LocalDate day, Map<String, ?> oneSided) {
        Day listed = days.get(day);
        if (listed == null) {
            return;
        }
        listed.completed++;
        if (listed.completed * 2 >= listed.ids.size() && listed.ids.size() >= CUT_FROM || listed.completed
                == listed.ids.size()) {
            listed.ids.removeIf(id -> !oneSided.containsKey(id));
            listed.ids.trimToSize();
            listed.completed = 0;
            if (listed.ids.isEmpty()) {
                days.remove(day);
            }
        }
    }

    /** The ids listed under {@code date} that are still keys of {@code oneSided}, sorted. */
    List<String> stillOneSided(LocalDate date, Map<String, ?> oneSided) {
        Day listed = days.get(date);
        if (listed == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>(listed.ids.size());
        for (String id : listed.ids) {
            if (oneSided.containsKey(id)) {
                out.add(id);
            }
        }
        out.sort(null);
        return out;
    }

    /** The number of ids listed, one-sided or not: what the index costs. */
    int listed() {
        int count = 0;
        for (Day day : days.values()) {
            count += day.ids.size();
        }
        return count;
    }

    private static final class Day {
        private final ArrayList<String> ids = new ArrayList<>();
        private int completed;
    }
}
