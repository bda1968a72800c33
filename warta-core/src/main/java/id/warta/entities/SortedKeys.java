package id.warta.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * An article's group keys in {@link String#compareTo} order, taken once before {@link GroupMerges} runs its passes:
 * the keys opening with some words then stand together, one binary search away, with no scan of all keys per key and
 * no sorted set made per pass. The passes only ever drop keys (a merge moves one group into another), so a key dropped
 * since is weeded out against the groups, and none is missing.
 */
final class SortedKeys {
    private final String[] keys;

    SortedKeys(Collection<String> keys) {
        this.keys = keys.toArray(String[]::new);
        Arrays.sort(this.keys);
    }

    /** Where the keys opening with {@code opening} begin (they follow it, together). */
    private int from(String opening) {
        int at = Arrays.binarySearch(keys, opening);
        return at < 0 ? -at - 1 : at;
    }

    /** Whether a key taken (maybe dropped since) opens with {@code opening}: a cheap test before the groups are asked. */
    boolean anyOpensWith(String opening) {
        int at = from(opening);
        return at < keys.length && keys[at].startsWith(opening);
    }

    /** The one key of {@code groups} that opens with {@code opening}, or null when none or several do. */
    String onlyOpening(String opening, Map<String, ?> groups) {
        String only = null;
        for (int k = from(opening); k < keys.length && keys[k].startsWith(opening); k++) {
            if (!groups.containsKey(keys[k])) continue;
            if (only != null) return null;
            only = keys[k];
        }
        return only;
    }

    /** The keys of {@code groups} that open with {@code opening}, in this order. */
    List<String> allOpening(String opening, Map<String, ?> groups) {
        List<String> all = new ArrayList<>(2);
        for (int k = from(opening); k < keys.length && keys[k].startsWith(opening); k++) {
            if (groups.containsKey(keys[k])) all.add(keys[k]);
        }
        return all;
    }
}
