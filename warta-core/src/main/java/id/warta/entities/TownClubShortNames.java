package id.warta.entities;

import id.warta.entities.Canonicalizer.Assigned;
import id.warta.entities.places.Places;
import id.warta.model.EntityType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * {@code United} after {@code Manchester United}, {@code City} after {@code Leicester City}: a club named for its town
 * goes by the word after the town, which the tagger, meeting it alone, reads as a person or a place. A lone word that
 * closes exactly one organisation's name the article gives, the words before it a town the gazetteers know (not a
 * country: {@code Cina Oppo} is a slip around the firm {@code Oppo}), is that organisation's short name. Not a word the gazetteers know as a place itself ({@code Madrid} of {@code
 * Real Madrid}, {@code Bandung} of {@code Persib Bandung}), a listed name, or a word of a person's name the article gives.
 */
final class TownClubShortNames {
    private TownClubShortNames() {
    }

    /** Joins in {@code groups} each such lone word into its club; {@code organisation} and {@code person} tell a group's type. */
    static void merge(Map<String, List<Assigned>> groups, Places places, Predicate<List<Assigned>> organisation,
            Predicate<List<Assigned>> person) {
        Set<String> lone = new HashSet<>();
        for (String k : groups.keySet()) if (k.indexOf(' ') < 0) lone.add(k);
        List<String> clubs = new ArrayList<>();
        for (var e : groups.entrySet()) {
            String k = e.getKey();
            int space = k.lastIndexOf(' ');
            // only a name closing with a lone word's key can be a club here: no group's type asked of the others
            if (space < 0 || !lone.contains(k.substring(space + 1))) continue;
            if (organisation.test(e.getValue()) && namedForTown(e.getValue(), places)) clubs.add(k);
        }
        if (clubs.isEmpty()) return;
        List<String> personWords = new ArrayList<>();
        for (var e : groups.entrySet()) {
            if (e.getKey().indexOf(' ') >= 0 && person.test(e.getValue())) personWords.addAll(List.of(e.getKey().split(" ")));
        }
        for (String bare : new ArrayList<>(groups.keySet())) {
            List<Assigned> group = groups.get(bare);
            if (bare.indexOf(' ') >= 0 || personWords.contains(bare) || group.stream().anyMatch(a -> a.canonical() != null
                    || a.text().indexOf(' ') >= 0 || places.namesTownOrLarger(a.text()) || places.countryCode(a.text()) != null)) {
                continue;
            }
            String closing = " " + bare;
            List<String> club = clubs.stream().filter(k -> k.endsWith(closing)).toList();
            if (club.size() != 1) continue;
            String into = club.getFirst();
            group.replaceAll(a -> new Assigned(a.found(), a.text(), into, null, EntityType.ORGANIZATION, MentionUse.ALIAS));
            GroupMerges.merge(groups, bare, into);
        }
    }

    /** Whether a group is named by a town and one word after it ({@code Manchester United}). */
    private static boolean namedForTown(List<Assigned> group, Places places) {
        for (Assigned a : group) {
            String name = a.text();
            int space = name.lastIndexOf(' ');
            if (space < 0 || space == name.length() - 1 || !Character.isUpperCase(name.charAt(space + 1))) continue;
            String town = name.substring(0, space);
            if (places.namesTownOrLarger(town) && places.countryCode(town) == null) return true; // "Cina Oppo": no club
        }
        return false;
    }
}
