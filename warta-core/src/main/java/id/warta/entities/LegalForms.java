package id.warta.entities;

import id.warta.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A company's legal form, the words news writes around a firm's own name: before it ({@code PT Bank Mandiri},
 * {@code Perum Bulog}), after it ({@code PT Pertamina (Persero) Tbk}) and the English ones foreign companies keep
 * ({@code Ophir Energy Plc}). Names are compared, split and shortened without them; the one place that knows them.
 */
final class LegalForms {
    /** The legal-form words, lowercased: Indonesian forms (a public corporation's Perum too) and the English ones. */
    private static final Set<String> WORDS = Set.of("pt", "tbk", "persero", "perum", "plc", "inc", "ltd", "llc");
    /** Legal forms news writes in brackets after a firm's name ({@code PT Pertamina (Persero)}): no short name. */
    private static final Set<String> BRACKETED = Set.of("Persero", "Perseroda", "Tbk");
    /** A legal form after a company's name. */
    private static final Pattern CLOSING = Pattern.compile("(?:\\s?\\(Persero\\))?(?:\\s?Tbk\\b\\.?)?");

    private LegalForms() {
    }

    /** Whether {@code word} (any case) is a legal-form word ({@code PT}, {@code Tbk}, {@code Plc}). */
    static boolean isWord(String word) {
        return WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether {@code word} is a legal form written in brackets after a firm's name ({@code Persero}, {@code Tbk}). */
    static boolean isBracketed(String word) {
        return BRACKETED.contains(word);
    }

    /** Whether {@code name} carries a company's legal form ({@code PT PLN Batam}, {@code Adaro Tbk}). */
    static boolean in(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        // its words as the grouping key reads them: no regex split for every body found
        for (int start = EntityKeys.wordStart(lower, 0), end; start < lower.length(); start = EntityKeys.wordStart(lower, end)) {
            end = EntityKeys.wordEnd(lower, start);
            if (WORDS.contains(lower.substring(start, end))) return true;
        }
        return false;
    }

    /** {@code name} without the legal form it opens with ({@code PT}, {@code PT.}, {@code Perum}), which a short name leaves out. */
    static String withoutOpening(String name) {
        int space = name.indexOf(' ');
        return space > 0 && space < name.length() - 1 && isWord(name.substring(0, space).replace(".", "")) ? name.substring(space + 1) : name;
    }

    /** Whether {@code name} opens with a legal form ({@code PT Global Digital Niaga}). */
    static boolean opens(String name) {
        return withoutOpening(name).length() < name.length();
    }

    /** Where a legal form right before {@code start} in {@code text} opens ({@code Direktur Perum} | {@code Bulog}), else {@code start}. */
    static int openingBefore(String text, int start) {
        if (start < 2 || text.charAt(start - 1) != ' ') return start;
        int begin = start - 1;
        while (begin > 0 && (Character.isLetter(text.charAt(begin - 1)) || text.charAt(begin - 1) == '.')) begin--;
        return begin < start - 1 && isWord(text.substring(begin, start - 1).replace(".", "")) ? begin : start;
    }

    /**
     * Takes a company's legal form written after its name into it ({@code PT Pertamina
     * (Persero) Tbk}), dropping a name found inside the form. {@code found} is in text order.
     */
    static void joinClosing(String text, List<Found> found) {
        Matcher m = CLOSING.matcher(text);
        List<Found> extended = new ArrayList<>(found.size());
        for (Found f : found) {
            if (f.type() == EntityType.ORGANIZATION && Canonicalizer.startsAt(m, f.end(), text.length()) && m.end() > f.end()) {
                extended.add(new Found(f.start(), m.end(), f.type(), f.via()));
            } else {
                extended.add(f);
            }
        }
        found.clear();
        Found last = null;
        for (Found f : extended) {
            boolean swallowed = last != null && last.start() <= f.start() && f.end() <= last.end();
            if (swallowed) continue;
            found.add(f);
            last = f;
        }
    }
}
