package id.warta.entities;

import id.warta.entities.Canonicalizer.Assigned;
import id.warta.entities.places.Places;
import id.warta.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
        List<String> clubs = new ArrayList<>();
        List<String> personWords = new ArrayList<>();
        for (var e : groups.entrySet()) {
            String k = e.getKey();
            int space = k.lastIndexOf(' ');
            if (space < 0) continue;
            if (person.test(e.getValue())) personWords.addAll(List.of(k.split(" ")));
            else if (organisation.test(e.getValue()) && namedForTown(e.getValue(), places)) clubs.add(k);
        }
        if (clubs.isEmpty()) return;
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
