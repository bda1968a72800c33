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
    // Each is tried only where its first character stands (the scan passes every other position at once).
    private static final Pattern CREDITS = Pattern.compile(
            "(?:\\b(?:Pewarta|Editor|Penerjemah|Reporter|Penulis|Redaktur)\\s?:|Copyright\\s?©|©\\s?\\d{4})");
    private static final String CREDITS_OPENS = "PERC©";
    private static final Pattern TEASER = Pattern.compile("(?i)\\bBaca(?: juga)?\\s?:");
    private static final String TEASER_OPENS = "bB";

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
     * match of which opens with one of {@code opens}: the pattern is tried at those characters only.
     */
    private static boolean find(Matcher m, String text, String opens) {
        int from = m.hasMatch() ? m.end() : 0;
        for (int p = from; p < text.length(); p++) {
            if (opens.indexOf(text.charAt(p)) < 0) continue;
            m.region(p, text.length());
            if (m.lookingAt()) return true;
        }
        return false;
    }

    boolean covers(Located f) {
        return regions.overlaps(f);
    }
}
