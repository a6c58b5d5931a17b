package dev.parallax.research;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * The winner's grid neighbours: the rows whose settings equal the winner's except one setting, which
 * holds the value next to the winner's (one step before or after it in that setting's list of values).
 * A winner whose neighbours score nearly as well sits on a plateau; one whose neighbours score far
 * worse sits on a spike, which is more likely luck.
 */
public final class Neighbourhood {

    /**
     * One neighbour.
     *
     * @param setting the setting that differs from the winner's
     * @param value   the neighbour's value of it
     * @param row     the neighbour's row
     * @param rank    its rank among all rows, 1 for the best
     */
    public record Neighbour(String setting, String value, SweepRow row, int rank) {
    }

    private Neighbourhood() {
    }

    /** The neighbours of {@code ranked.get(0)} among {@code ranked} (best first) in {@code space}, setting by setting. */
    public static List<Neighbour> of(List<SweepRow> ranked, SweepSpace space) {
        SweepRow winner = ranked.get(0);
        SortedMap<String, String> at = winner.point().allSettings();
        List<SettingValues> all = new ArrayList<>(space.strategySettings());
        all.addAll(space.modelSettings());
        List<Neighbour> out = new ArrayList<>();
        for (SettingValues s : all) {
            int i = s.values().indexOf(at.get(s.name()));
            for (int j : new int[] {i - 1, i + 1}) {
                if (i < 0 || j < 0 || j >= s.values().size()) {
                    continue;
                }
                Map<String, String> wanted = new java.util.TreeMap<>(at);
                wanted.put(s.name(), s.values().get(j));
                for (int r = 0; r < ranked.size(); r++) {
                    if (ranked.get(r).point().allSettings().equals(wanted)) {
                        out.add(new Neighbour(s.name(), s.values().get(j), ranked.get(r), r + 1));
                        break;
                    }
                }
            }
        }
        return out;
    }
}
