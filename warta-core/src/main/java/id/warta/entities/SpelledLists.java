package id.warta.entities;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code Fear, Uncertainty, dan Doubt (FUD)}, {@code Strengths, Weaknesses, Opportunities, and Threats (SWOT)}: a list
 * of single capitalised words whose initials, in order, are the capitals in brackets after it spells out a term, each
 * word capitalised only to show its letter; the tagger reads them one by one as names. Neither the words nor the
 * capitals name anyone.
 */
final class SpelledLists {
    /** Three or more one-word items, commas between and a conjunction before the last, then capitals in brackets. */
    private static final Pattern LIST = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(\\p{Lu}\\p{Ll}+(?:, \\p{Lu}\\p{Ll}+)+,? (?:dan|and|serta|&) \\p{Lu}\\p{Ll}+) \\((\\p{Lu}{3,})\\)");

    private SpelledLists() {
    }

    /** Drops from {@code found} the names inside spelled-out lists and their bracketed capitals; in place. */
    static void drop(String text, List<Found> found) {
        if (text.indexOf(", ") < 0) return;
        // a list ends at " (" and the capitals' ")", its words, commas and spaces right before: the pattern is tried in
        // that stretch only, not at every capital of the text (a search of the whole text was 1.5% of an ingest's time)
        Matcher m = LIST.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        for (int open = text.indexOf(" ("); open >= 0; open = text.indexOf(" (", open + 2)) {
            int close = text.indexOf(')', open);
            if (close < 0) return;
            if (!capitalsOnly(text, open + 2, close)) continue;
            m.region(stretchBefore(text, open), close + 1);
            while (m.find()) {
                if (!spells(m.group(1), m.group(2)) || afterCapitalisedWord(text, m.start(1))) continue;
                int from = m.start(1), to = m.end(2);
                found.removeIf(f -> f.start() >= from && f.end() <= to);
            }
        }
    }

    /**
     * Whether {@code text} holds three capitals or more and nothing else from {@code from} to {@code to}: a match whose
     * opening bracket is this one has its capitals there (its closing bracket is the first after it), and one whose
     * bracket stands further in is found from that one; so brackets holding anything else ({@code (30)},
     * {@code (Persero)}) are passed over before the pattern is tried.
     */
    private static boolean capitalsOnly(String text, int from, int to) {
        int capitals = 0;
        for (int i = from; i < to; ) {
            int c = text.codePointAt(i);
            if (Character.getType(c) != Character.UPPERCASE_LETTER) return false;
            capitals++;
            i += Character.charCount(c);
        }
        return capitals >= 3;
    }

    /** Where the run of letters, spaces, commas and ampersands ending at {@code at} opens: a list before it lies within. */
    private static int stretchBefore(String text, int at) {
        int start = at;
        while (start > 0 && inList(text.charAt(start - 1))) start--;
        return start;
    }

    private static boolean inList(char c) {
        return c == ' ' || c == ',' || c == '&' || Character.isLetter(c) || Character.isSurrogate(c);
    }

    /**
     * Whether a capitalised word, a space between, stands right before {@code at}: the list then goes on a body's name
     * ({@code Konsorsium Mekanisasi, Digitalisasi & Otomasi (MDO)}), which names one.
     */
    private static boolean afterCapitalisedWord(String text, int at) {
        if (at < 2 || text.charAt(at - 1) != ' ') return false;
        int start = at - 1;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) start--;
        return start < at - 1 && Character.isUpperCase(text.charAt(start));
    }

    /** Whether the capitalised words of {@code items} are, by their initials, {@code capitals}. */
    private static boolean spells(String items, String capitals) {
        StringBuilder initials = new StringBuilder();
        for (String word : items.split("[ ,&]+")) {
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) initials.append(word.charAt(0));
        }
        return initials.toString().equals(capitals);
    }
}
