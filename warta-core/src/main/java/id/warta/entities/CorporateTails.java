package id.warta.entities;

import id.warta.entities.Canonicalizer.Assigned;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * {@code Huawei Technologies Co Ltd}, then {@code Huawei}; {@code Grab Holdings}, then {@code Grab}; {@code CT Corp},
 * then {@code CT}: a firm's full name adds to the name it goes by only words saying it is a company, so the two are one
 * organisation, under the full name, even when the short name is a firm the lexicon lists (a longer name after a
 * listed firm is mostly its subsidiary, {@code Pertamina Patra Niaga}, but these words name no other firm). Not
 * {@code Group}: a group is the holding above the firm it is named after ({@code Lion Air Group} beside {@code Lion
 * Air}). Legal forms ({@code PT}, {@code Ltd}) are out of the keys already. A short name that is the initials of a
 * person the article names is the person ({@code CT} of {@code Chairul Tanjung} beside {@code CT Corp}), not the firm.
 */
final class CorporateTails {
    /** Words a firm's name may close with that only say it is a company, lowercased as in keys. */
    private static final Set<String> TAILS = Set.of("technologies", "technology", "holdings", "holding", "corp",
            "corporation", "co", "company", "limited", "incorporated");

    private CorporateTails() {
    }

    /** The initials of the persons of {@code groups} of two words or more, lowercased as in keys ({@code ct}). */
    private static Set<String> personsInitials(Map<String, List<Assigned>> groups, Predicate<List<Assigned>> person) {
        Set<String> initials = new HashSet<>();
        for (var e : groups.entrySet()) {
            String[] words = e.getKey().split(" ");
            if (words.length < 2 || !person.test(e.getValue())) continue;
            StringBuilder b = new StringBuilder();
            for (String w : words) b.append(w.charAt(0));
            initials.add(b.toString());
        }
        return initials;
    }

    /** Joins in {@code groups} each short name into the one full name closing with such words; {@code organisation} tells a group's type. */
    static void merge(Map<String, List<Assigned>> groups, Predicate<List<Assigned>> organisation,
            Predicate<List<Assigned>> person) {
        Map<String, List<String>> fullByBare = new HashMap<>();
        for (String k : groups.keySet()) {
            int cut = k.length();
            while (cut > 0) {
                int space = k.lastIndexOf(' ', cut - 1);
                if (space < 0 || !TAILS.contains(k.substring(space + 1, cut))) break;
                cut = space;
            }
            if (cut == k.length() || cut <= 0) continue;
            String bare = k.substring(0, cut);
            if (groups.containsKey(bare)) fullByBare.computeIfAbsent(bare, b -> new ArrayList<>()).add(k);
        }
        Set<String> initials = null; // worked out once, only when a one-word short name asks
        for (var e : fullByBare.entrySet()) {
            String bare = e.getKey();
            if (e.getValue().size() != 1 || !groups.containsKey(bare)) continue;
            String into = e.getValue().getFirst();
            List<Assigned> group = groups.get(bare);
            if (!groups.containsKey(into) || !organisation.test(group) || !organisation.test(groups.get(into))) continue;
            if (bare.indexOf(' ') < 0) {
                if (initials == null) initials = personsInitials(groups, person);
                if (initials.contains(bare)) continue;
            }
            // named as the company written in full, not as the listed firm the short name is
            group.replaceAll(a -> new Assigned(a.found(), a.text(), into, null, a.listedType(), a.use()));
            GroupMerges.merge(groups, bare, into);
        }
    }
}
