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
    // Each opens with a look at the first character, so the scan over the text passes most positions at once.
    private static final Pattern CREDITS = Pattern.compile(
            "(?=[PERC©])(?:\\b(?:Pewarta|Editor|Penerjemah|Reporter|Penulis|Redaktur)\\s?:|Copyright\\s?©|©\\s?\\d{4})");
    private static final Pattern TEASER = Pattern.compile("(?i)(?=[b])\\bBaca(?: juga)?\\s?:");

    private final Occupied regions;

    private Boilerplate(List<Span> regions) {
        this.regions = new Occupied(regions);
    }

    static Boilerplate of(String text, List<Sentence> sentences) {
        List<Span> regions = new ArrayList<>();
        Matcher credits = CREDITS.matcher(text);
        while (credits.find()) {
            int end = text.indexOf("\n\n", credits.start());
            regions.add(new Span(credits.start(), end < 0 ? text.length() : end));
        }
        Matcher teaser = TEASER.matcher(text);
        int s = 0;
        while (teaser.find()) {
            while (s < sentences.size() && sentences.get(s).end() <= teaser.start()) s++;
            int end = s < sentences.size() ? sentences.get(s).end() : text.length();
            regions.add(new Span(teaser.start(), Math.max(end, teaser.end())));
        }
        return new Boilerplate(regions);
    }

    boolean covers(Located f) {
        return regions.overlaps(f);
    }
}
