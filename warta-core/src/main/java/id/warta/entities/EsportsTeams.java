package id.warta.entities;

import id.warta.entities.Canonicalizer.Assigned;
import id.warta.model.EntityType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code Onic Esports}, {@code Alter Ego Esports}: capitalised words closed by {@code Esports} name a gaming team, an
 * organisation, which the tagger misses or reads as a person. The words alone name the team too wherever the tagger
 * found them ({@code Onic} after {@code Onic Esports}), and so do the names listed before it ({@code Onic, Evos
 * Divine, dan Shadow Esports}: three teams). A capitalised word after {@code Esports} continues another name
 * ({@code SEA Esports Nations Cup}, {@code Pengurus Besar Esports Indonesia}), which is left; a sentence's first
 * word that is a common word ({@code Bahkan Shadow Esports}) or {@code Tim} is no part of the name.
 */
final class EsportsTeams {
    private static final String WORD = "\\p{Lu}[\\p{L}\\p{N}]*";
    private static final Pattern TEAM = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(" + WORD + "(?: " + WORD + "){0,2}) (?:E-?[Ss]ports?|eSports?)(?![\\p{L}\\p{N}]| \\p{Lu})");
    /** What stands between two names of a list ({@code , }, {@code dan}). */
    private static final Pattern LIST_GAP = Pattern.compile(",? (?:dan|serta|atau) |, ");

    private EsportsTeams() {
    }

    /** Makes organisations of such teams in {@code text}, adding the ones the tagger missed; {@code found} stays in text order. */
    static void retype(String text, List<Found> found, Predicate<String> commonInLowerCase) {
        if (text.indexOf("sport") < 0) return;
        Set<String> shortNames = new HashSet<>();
        Matcher m = TEAM.matcher(text);
        while (m.find()) {
            int start = m.start();
            int space = text.indexOf(' ', start);
            if (space < m.end(1)) {
                String first = text.substring(start, space);
                if (first.equals("Tim") || opensSentence(text, start) && commonInLowerCase.test(first)) start = space + 1;
            }
            Found team = new Found(start, m.end(), EntityType.ORGANIZATION, "context");
            if (found.stream().anyMatch(f -> f.overlaps(team) && (f.start() < team.start() || f.end() > team.end()))) continue;
            found.removeIf(team::overlaps);
            int at = 0;
            while (at < found.size() && found.get(at).start() < team.start()) at++;
            found.add(at, team);
            shortNames.add(text.substring(start, m.end(1)));
            retypeListedBefore(text, found, at);
        }
        if (shortNames.isEmpty()) return;
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            if (f.type() != EntityType.ORGANIZATION && shortNames.contains(f.textIn(text))) {
                found.set(i, new Found(f.start(), f.end(), EntityType.ORGANIZATION, f.via()));
            }
        }
    }

    /** Whether {@code p} opens the text, a line or a sentence. */
    private static boolean opensSentence(String text, int p) {
        int q = p;
        while (q > 0 && text.charAt(q - 1) == ' ') q--;
        return q == 0 || text.charAt(q - 1) == '\n' || q < p && ".!?".indexOf(text.charAt(q - 1)) >= 0;
    }

    /** Retypes the names listed right before the team at {@code at} in {@code found}, each one a list's gap apart. */
    private static void retypeListedBefore(String text, List<Found> found, int at) {
        for (int i = at - 1; i >= 0; i--) {
            Found before = found.get(i);
            Matcher gap = LIST_GAP.matcher(text).region(before.end(), found.get(i + 1).start());
            if (!gap.matches()) return;
            if (before.type() != EntityType.ORGANIZATION) found.set(i, new Found(before.start(), before.end(), EntityType.ORGANIZATION, before.via()));
        }
    }

    /** The key's closing word that makes a team's name ({@code onic esports}). */
    private static final String CLOSING = " esports";

    /** Joins a team's group named without {@code Esports} into the group named with it ({@code Onic}, {@code Onic Esports}). */
    static void merge(Map<String, List<Assigned>> groups, Predicate<List<Assigned>> isOrganisation) {
        for (String team : new ArrayList<>(groups.keySet())) {
            if (!team.endsWith(CLOSING) || !groups.containsKey(team)) continue;
            String bare = team.substring(0, team.length() - CLOSING.length());
            List<Assigned> named = groups.get(bare);
            if (named == null || named.stream().anyMatch(a -> a.canonical() != null)) continue; // a listed club ("Dewa United") is its own
            if (isOrganisation.test(named) && isOrganisation.test(groups.get(team))) GroupMerges.merge(groups, bare, team);
        }
    }
}
