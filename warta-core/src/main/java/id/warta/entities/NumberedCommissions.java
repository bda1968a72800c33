package id.warta.entities;

import id.warta.entities.Canonicalizer.Assigned;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * {@code Komisi III} after {@code Komisi III DPR RI}, {@code Komisi B} after {@code Komisi B DPRD DKI Jakarta}: a
 * parliament's commission, once named with its parliament, is called by its number alone. The bare commission joins
 * the one commission of that number the article names with its parliament; two parliaments' commissions of one
 * number leave it apart.
 */
final class NumberedCommissions {
    /** A commission's key by its number alone: a Roman numeral, a letter (a regional parliament's) or digits. */
    private static final Pattern BARE = Pattern.compile("komisi (?:[ivx]+|[a-e]|\\d{1,2})");

    private NumberedCommissions() {
    }

    /** Joins in {@code groups} each bare commission's group into the one named with its parliament; in place. */
    static void merge(Map<String, List<Assigned>> groups, SortedKeys sorted, Predicate<List<Assigned>> isOrganisation) {
        for (String bare : new ArrayList<>(groups.keySet())) {
            if (!BARE.matcher(bare).matches() || !groups.containsKey(bare)) continue;
            String full = sorted.onlyOpening(bare + " ", groups);
            if (full == null || !isOrganisation.test(groups.get(bare)) || !isOrganisation.test(groups.get(full))) continue;
            GroupMerges.merge(groups, bare, full);
        }
    }
}
