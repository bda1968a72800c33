package id.warta.entities;

import id.warta.entities.Canonicalizer.Assigned;
import id.warta.language.Spelling;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/**
 * One person written two ways in one article: a letter slipped in one word of the name ({@code Tripeni Irianto Putro}
 * and {@code Tripeni Irinto Putro}, {@code Sergio Ramos} and {@code Sergio Ramod}, two letters swapped, {@code Marc Márquez} and
 * {@code Marc Marquez}), or the given names cut to their initials ({@code OC Kaligis} for {@code Otto Cornelis
 * Kaligis}). The article's people are few and such a pair is nearly always a slip, so the two groups are one person,
 * named as the article writes the name most often; on a tie, by the spelling the news writes far more often
 * ({@code Dani Pedrosa} over {@code Dadi Pedrosa}: a slip is rarer than the name), else the first form. A final vowel turned to {@code i}
 * ({@code Wardana}, {@code Wardani}) may be a brother and a sister and stays apart.
 */
final class PersonSpellings {
    /** The shortest word a slipped letter is told apart in: shorter ones ({@code Ali}, {@code Aly}) are names of their own. */
    private static final int SHORTEST_WORD = 4;
    /** How many more bits of its count in the news one spelling needs to win a tie: four times as frequent. */
    private static final int FAR_MORE_OFTEN = 2;

    private PersonSpellings() {
    }

    /**
     * Joins in {@code groups} (keys to their mentions, each in text order) the persons' groups named so; {@code person}
     * tells a person's group, {@code frequency} how often the news writes a word (the bits of its count).
     */
    static void merge(Map<String, List<Assigned>> groups, Predicate<List<Assigned>> person, ToIntFunction<String> frequency) {
        joinDoubledLetters(groups, person, frequency);
        List<String> people = new ArrayList<>();
        for (var e : groups.entrySet()) if (e.getKey().indexOf(' ') > 0 && person.test(e.getValue())) people.add(e.getKey());
        if (people.size() < 2) return;
        List<String[]> words = people.stream().map(k -> k.split(" ")).toList(); // cut once, not per pair
        for (int i = 0; i < people.size(); i++) {
            List<String[]> forms = null; // a's written forms, cut into words: once per group, not per pair
            for (int j = 0; j < people.size(); j++) {
                String a = people.get(i), b = people.get(j);
                if (i == j || !groups.containsKey(a) || !groups.containsKey(b)) continue;
                String[] wa = words.get(i), wb = words.get(j);
                if (i < j && oneSlip(wa, wb) || initialled(wa, wb)) {
                    join(groups, a, b, frequency);
                    forms = null; // a holds b's mentions now
                    continue;
                }
                if (forms == null) forms = writtenForms(groups.get(a));
                if (slipOfAWrittenForm(forms, wb)) {
                    join(groups, a, b, frequency);
                    forms = null;
                }
            }
        }
    }

    /**
     * {@code Dony} beside {@code Donny M}, {@code Boby} beside {@code Bobby Rasyidin}, {@code Zulkifli} beside {@code
     * Zulfadli Zulkiffli}: a person called by one word that writes once a letter a word of a person named in full doubles,
     * or doubles one it writes once, is that person; the news spells such names both ways in one article. Only when one
     * person named in full has such a word, and the one word is no listed person's.
     */
    private static void joinDoubledLetters(Map<String, List<Assigned>> groups, Predicate<List<Assigned>> person,
                                           ToIntFunction<String> frequency) {
        List<String> full = new ArrayList<>(), single = new ArrayList<>();
        for (var e : groups.entrySet()) {
            if (e.getKey().indexOf(' ') < 0 && e.getKey().length() < SHORTEST_WORD || !person.test(e.getValue())) continue;
            (e.getKey().indexOf(' ') > 0 ? full : single).add(e.getKey());
        }
        if (full.isEmpty()) return;
        for (String word : single) {
            if (groups.get(word).stream().anyMatch(m -> m.canonical() != null)) continue;
            String only = null;
            int fits = 0;
            for (String name : full) {
                if (!groups.containsKey(name)) continue;
                for (String w : name.split(" ")) {
                    if (Spelling.doubledLetterOnce(w, word)) {
                        only = name;
                        fits++;
                        break;
                    }
                }
            }
            if (fits == 1) join(groups, only, word, frequency);
        }
    }

    /**
     * The keys of the forms a group's mentions write, each cut into its words, when a mention is of a listed person
     * (whose key is the name in full); none otherwise: an unlisted key is the form written.
     */
    private static List<String[]> writtenForms(List<Assigned> group) {
        if (group.stream().noneMatch(m -> m.canonical() != null)) return List.of();
        List<String[]> forms = new ArrayList<>(group.size());
        for (Assigned m : group) forms.add(EntityKeys.of(m.text()).split(" "));
        return forms;
    }

    /**
     * Whether a name cut into words {@code wb}, written once, is one slip from a form in which a group's mentions write a listed person
     * ({@link #writtenForms}: {@code Sri Mulayni} of {@code Sri Mulyani}, listed as {@code Sri Mulyani Indrawati}): the
     * slip is of the form written, not of the key.
     */
    private static boolean slipOfAWrittenForm(List<String[]> forms, String[] wb) {
        for (String[] form : forms) if (oneSlip(form, wb)) return true; // b written so is no slip: its words all agree
        return false;
    }

    /** Whether two names of as many words differ in one word only, by one letter. */
    static boolean oneSlip(String[] a, String[] b) {
        if (a.length != b.length) return false;
        int differing = -1;
        for (int k = 0; k < a.length; k++) {
            if (a[k].equals(b[k])) continue;
            if (differing >= 0) return false;
            differing = k;
        }
        if (differing < 0) return false;
        String x = a[differing], y = b[differing];
        return Math.min(x.length(), y.length()) >= SHORTEST_WORD && oneEdit(x, y) && !otherEnding(x, y);
    }

    /** Whether {@code a} opens with its given names' initials run together and goes on as {@code b} ends ({@code oc kaligis}, {@code otto cornelis kaligis}). */
    static boolean initialled(String[] a, String[] b) {
        String initials = a[0];
        if (initials.length() < 2 || initials.length() > 3 || b.length != initials.length() + a.length - 1) return false;
        for (int k = 0; k < initials.length(); k++) {
            if (b[k].length() < 2 || b[k].charAt(0) != initials.charAt(k)) return false;
        }
        for (int k = 1; k < a.length; k++) if (!a[k].equals(b[initials.length() + k - 1])) return false;
        return true;
    }

    /** Whether {@code x} and {@code y} are one letter apart: one changed, added or left out. */
    private static boolean oneEdit(String x, String y) {
        if (x.length() == y.length()) {
            int diff = 0, first = -1;
            for (int k = 0; k < x.length(); k++) {
                if (x.charAt(k) == y.charAt(k)) continue;
                if (diff++ == 0) first = k;
            }
            return diff == 1 || diff == 2 && swapped(x, y, first);
        }
        return Spelling.oneLetterMore(x, y);
    }

    /**
     * Whether two letters of {@code x} side by side at {@code at} stand swapped in {@code y} ({@code Mulyani}, {@code
     * Mulayni}): a typing slip as common as a letter struck wrong, and the rest of the word the same.
     */
    private static boolean swapped(String x, String y, int at) {
        return at + 1 < x.length() && x.charAt(at) == y.charAt(at + 1) && x.charAt(at + 1) == y.charAt(at);
    }

    /** Whether the two differ in their last letter only, a vowel against an {@code i}: a man's name and a woman's. */
    private static boolean otherEnding(String x, String y) {
        int n = x.length();
        if (n != y.length() || !x.substring(0, n - 1).equals(y.substring(0, n - 1))) return false;
        char p = x.charAt(n - 1), q = y.charAt(n - 1);
        return (p == 'i' || q == 'i') && "aeiou".indexOf(p) >= 0 && "aeiou".indexOf(q) >= 0;
    }

    /** Moves {@code b}'s mentions into {@code a}'s group, named by the form written most often. */
    private static void join(Map<String, List<Assigned>> groups, String a, String b, ToIntFunction<String> frequency) {
        List<Assigned> into = groups.get(a), from = groups.remove(b);
        String name = mostWritten(into, from, frequency);
        into.addAll(from);
        into.sort(Assigned.IN_TEXT_ORDER);
        if (into.stream().anyMatch(m -> m.canonical() != null)) return; // a listed name stays
        into.replaceAll(m -> new Assigned(m.found(), m.text(), a, name, m.listedType(), m.use()));
    }

    /**
     * The fullest form among the two groups' names ({@code OC Kaligis} yields to the name in full), else the one whose
     * words the mentions write most often ({@code Mourinho} alone backs {@code Jose Mourinho}, not {@code Jose
     * Maourinho}); on a tie the spelling the news writes far more often, else the first.
     */
    private static String mostWritten(List<Assigned> first, List<Assigned> second, ToIntFunction<String> frequency) {
        String one = fullest(first), two = fullest(second);
        int oneWords = wordCount(one), twoWords = wordCount(two);
        if (oneWords != twoWords) return oneWords > twoWords ? one : two;
        List<Assigned> all = new ArrayList<>(first);
        all.addAll(second);
        long b1 = backing(all, one), b2 = backing(all, two);
        if (b1 != b2) return b2 > b1 ? two : one;
        return rarer(one, two, frequency) ? two : one;
    }

    /** Whether the words where {@code one} and {@code two} differ are written far less often in the news in {@code one}. */
    private static boolean rarer(String one, String two, ToIntFunction<String> frequency) {
        String[] x = one.split(" "), y = two.split(" ");
        if (x.length != y.length) return false;
        int gap = 0;
        for (int k = 0; k < x.length; k++) if (!x[k].equals(y[k])) gap += frequency.applyAsInt(y[k]) - frequency.applyAsInt(x[k]);
        return gap >= FAR_MORE_OFTEN;
    }

    /** How many of {@code mentions} write only words of {@code name}. */
    private static long backing(List<Assigned> mentions, String name) {
        List<String> words = List.of(name.split(" "));
        return mentions.stream().filter(m -> words.containsAll(List.of(m.text().split(" ")))).count();
    }

    /** The first of the group's mentions with the most words. */
    private static String fullest(List<Assigned> group) {
        String best = group.getFirst().text();
        for (Assigned m : group) if (wordCount(m.text()) > wordCount(best)) best = m.text();
        return best;
    }

    private static int wordCount(String name) {
        return name.split(" ").length;
    }
}
