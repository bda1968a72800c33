package id.warta.entities;

import id.warta.entities.Canonicalizer.Assigned;
import id.warta.entities.places.Places;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;

/**
 * {@code Gereja Katedral}, then {@code Gereja Katedral Jakarta}; {@code Mayapada Hospital} and {@code Mayapada Hospital
 * Jakarta Selatan}: a building or site named bare and once with the regency, city or country it stands in after its
 * name is one place, when the article names it so with one town only and the mentions together still name a place. The bare name must be of two words or more and name no
 * region itself: a lone word ({@code Asia}, {@code Sulawesi}) and a town ({@code Surabaya} beside the station
 * {@code Surabaya Gubeng}, {@code Tanah Abang} beside {@code Tanah Abang Jakarta}) are places of their own.
 */
final class SitesWithTheirTown {
    private SitesWithTheirTown() {
    }

    /**
     * Joins in {@code groups} each bare site into its one name with a town after; {@code sorted} holds the groups'
     * keys, {@code place} tells a place's group.
     */
    static void merge(Map<String, List<Assigned>> groups, SortedKeys sorted, Places places, Predicate<List<Assigned>> place) {
        for (String bare : new ArrayList<>(groups.keySet())) {
            List<Assigned> group = groups.get(bare);
            if (group == null || bare.indexOf(' ') < 0 || GroupMerges.LEVEL_PREFIX.matcher(bare).lookingAt()) continue;
            String opening = bare + " ";
            String full = sorted.onlyOpening(opening, groups); // most names have no longer one: asked before the gazetteer
            if (full == null) continue;
            if (group.stream().anyMatch(a -> a.canonical() != null || places.namesTownOrLarger(a.text()))) continue;
            String town = full.substring(opening.length());
            Matcher level = GroupMerges.LEVEL_PREFIX.matcher(town);
            if (level.lookingAt()) town = town.substring(level.end());
            // a regency, city or country only: the world's towns include common words (Blok M Hub, Stasiun Manggarai Juli)
            if (!places.namesRegencyOrLarger(town) || !place.test(group) || !place.test(groups.get(full))) continue;
            if (!place.test(GroupMerges.joined(groups.get(full), group))) continue; // the mentions together would name a body or a person (Mayapada Hospital)
            GroupMerges.merge(groups, bare, full);
        }
    }
}
