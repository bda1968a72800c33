package id.warta.entities;

import id.warta.model.Located;
import id.warta.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stretches of body text that are the portal's, not the story's, when extraction left them
 * in: credit tails ({@code Pewarta: ... Editor: ... Copyright © ANTARA}) to the end of their
 * paragraph, and inline teasers ({@code Baca juga: ...}) to the end of their sentence. Names
 * there are not the article's entities.
 */
final class Boilerplate {
    // Each is tried only where one of the words its matches open with stands (the scan passes every other position at once).
    private static final Pattern CREDITS = Pattern.compile(
            "(?:\\b(?:Pewarta|Editor|Penerjemah|Reporter|Penulis|Redaktur)\\s?:|Copyright\\s?©|©\\s?\\d{4})");
    private static final Openings CREDITS_OPENS = new Openings(false,
            "Pewarta", "Editor", "Penerjemah", "Reporter", "Penulis", "Redaktur", "Copyright", "©");
    private static final Pattern TEASER = Pattern.compile("(?i)\\bBaca(?: juga)?\\s?:");
    private static final Openings TEASER_OPENS = new Openings(true, "baca");

    private final Occupied regions;

    private Boilerplate(List<Span> regions) {
        this.regions = new Occupied(regions);
    }

    static Boilerplate of(String text, List<Sentence> sentences) {
        List<Span> regions = new ArrayList<>();
        Matcher credits = matcher(CREDITS, text);
        while (find(credits, text, CREDITS_OPENS)) {
            int end = text.indexOf("\n\n", credits.start());
            regions.add(new Span(credits.start(), end < 0 ? text.length() : end));
        }
        Matcher teaser = matcher(TEASER, text);
        int s = 0;
        while (find(teaser, text, TEASER_OPENS)) {
            while (s < sentences.size() && sentences.get(s).end() <= teaser.start()) s++;
            int end = s < sentences.size() ? sentences.get(s).end() : text.length();
            regions.add(new Span(teaser.start(), Math.max(end, teaser.end())));
        }
        return new Boilerplate(regions);
    }

    /** A matcher for {@link #find}: its word boundaries see the text before the position tried. */
    private static Matcher matcher(Pattern pattern, String text) {
        return pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    }

    /**
     * The next match after the last one, as {@link Matcher#find()} gives it, for a pattern every
     * match of which opens with one of {@code opens}' words: the pattern is tried where one stands only.
     */
    private static boolean find(Matcher m, String text, Openings opens) {
        int from = m.hasMatch() ? m.end() : 0;
        for (int p = from; p < text.length(); p++) {
            if (!opens.at(text, p)) continue;
            m.region(p, text.length());
            if (m.lookingAt()) return true;
        }
        return false;
    }

    /**
     * The words a pattern's matches open with ({@code ignoreCase}: in any case of their ASCII letters), and
     * their first characters: most positions are passed by a bit of {@code low} or {@code high} (ASCII) or a
     * search of {@code chars}, before any word is compared.
     */
    private record Openings(List<String> words, boolean ignoreCase, String chars, long low, long high) {
        Openings(boolean ignoreCase, String... words) {
            this(List.of(words), ignoreCase, firstCharacters(ignoreCase, words));
        }

        private Openings(List<String> words, boolean ignoreCase, String chars) {
            this(words, ignoreCase, chars, bits(chars, 0), bits(chars, 64));
        }

        private static String firstCharacters(boolean ignoreCase, String... words) {
            StringBuilder chars = new StringBuilder();
            for (String w : words) {
                chars.append(w.charAt(0));
                if (ignoreCase) chars.append(Character.toLowerCase(w.charAt(0))).append(Character.toUpperCase(w.charAt(0)));
            }
            return chars.toString();
        }

        private static long bits(String chars, int from) {
            long bits = 0;
            for (char c : chars.toCharArray()) if (c >= from && c < from + 64) bits |= 1L << c - from;
            return bits;
        }

        boolean at(String text, int p) {
            char c = text.charAt(p);
            if (!(c < 64 ? (low >>> c & 1) != 0 : c < 128 ? (high >>> c - 64 & 1) != 0 : chars.indexOf(c) >= 0)) return false;
            for (String w : words) if (text.regionMatches(ignoreCase, p, w, 0, w.length())) return true;
            return false;
        }
    }

    boolean covers(Located f) {
        return regions.overlaps(f);
    }
}
