package id.warta.entities;

import id.warta.entities.Canonicalizer.Assigned;
import id.warta.extract.Outlets;
import id.warta.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code Alfacart} and {@code Alfacart.com}, {@code Blibli} and {@code Blibli.com}: a firm and its web address, both used
 * in one article, are one body. A group named only by a site's address joins the one organisation named by the words
 * before its domain, in any case, or the one person the tagger read in that single word ({@code Alfacart} is no one's
 * name); a place of that name stays apart ({@code MotoGP.com} is the championship's site), and so do news outlets,
 * whose forms {@link GroupMerges} joins by their own list.
 */
final class SiteNames {
    /** A web address: a name, then a domain ({@code Alfacart.com}, {@code Tanamduit.co.id}). */
    private static final Pattern SITE = Pattern.compile("([\\p{L}\\p{N}-]+)\\.(?i:com|co\\.id|id|net|org|co|tv)");

    /** A whole name written as a web site's, its host's parts before the domain ({@code Space.com}, {@code Wartaraya.co.id}). */
    private static final Pattern ADDRESS = Pattern.compile("[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.(?i:com|co\\.id|id|net|org|co|tv|news)");

    private SiteNames() {
    }

    /** Whether {@code name} is written as a web site's address (tried only on names with a dot: asked of every group). */
    static boolean isAddress(String name) {
        return name.indexOf('.') > 0 && ADDRESS.matcher(name).matches();
    }

    /** Joins in {@code groups} each site's group into its firm's; {@code place} tells a place's group. */
    static void merge(Map<String, List<Assigned>> groups, Predicate<List<Assigned>> place) {
        for (String site : new ArrayList<>(groups.keySet())) {
            List<Assigned> group = groups.get(site);
            if (group == null) continue;
            String firm = firmOf(group);
            if (firm == null || Outlets.find(firm).isPresent()) continue;
            List<String> named = groups.keySet().stream().filter(k -> !k.equals(site) && namedAs(groups.get(k), firm, place)).toList();
            if (named.size() != 1) continue;
            List<Assigned> into = groups.get(named.getFirst());
            into.addAll(groups.remove(site));
            into.sort(Assigned.IN_TEXT_ORDER);
        }
    }

    /** Whether {@code group} names the firm {@code firm}: a body using that name, or a "person" named by it alone. */
    private static boolean namedAs(List<Assigned> group, String firm, Predicate<List<Assigned>> place) {
        if (place.test(group)) return false;
        boolean person = group.getFirst().found().type() == EntityType.PERSON;
        return person ? group.stream().allMatch(a -> lower(a.text()).equals(firm))
                : group.stream().anyMatch(a -> lower(a.text()).equals(firm));
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /** The name before the domain, lowercased, that every mention of {@code group} writes as a site's address; or null. */
    private static String firmOf(List<Assigned> group) {
        String firm = null;
        for (Assigned a : group) {
            Matcher m = SITE.matcher(a.text());
            if (!m.matches()) return null;
            String name = lower(m.group(1));
            if (firm != null && !firm.equals(name)) return null;
            firm = name;
        }
        return firm;
    }
}
