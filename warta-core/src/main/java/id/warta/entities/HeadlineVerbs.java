package id.warta.entities;

import id.warta.entities.places.Places;
import id.warta.language.Stemmer;
import id.warta.language.Token;
import id.warta.model.EntityType;
import id.warta.model.Located;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code Budi Santoso Tinjau Banjir di Garut}, {@code Dinas Kominfo Pastikan Jaringan Aman}: a headline in Title Case
 * capitalises its verb like the name before it, and the tagger runs a person's or a body's name on over it. Where the
 * article's text in sentence case names the name's first words ({@code Budi Santoso}), opens a name with them
 * ({@code Budi Santoso Wibowo}) or closes one with them, but never goes on with the next word, and that word is a
 * word of the language ({@code tinjau}, {@code pastikan}; not initials, a region or a country, a head or title word), the name
 * ends before it. A name the text also writes whole ({@code Universitas Terbuka}) stays whole, and so does one
 * closing with a body's head or tail word ({@code Sriwijaya Air Group}).
 */
final class HeadlineVerbs {
    /** Longest found name whose openings and closings are read as the text's own. */
    private static final int LONGEST_NAME = 8;

    private final Stemmer stemmer = Stemmer.indonesian();
    private final EntityLexicon lexicon = EntityLexicon.INSTANCE;
    private final Places places;

    HeadlineVerbs(Places places) {
        this.places = places;
    }

    /**
     * Cuts the people's and bodies' names {@code found} holds in the Title Case {@code headline} where the text says they
     * end, and the same name found in another sentence of untrusted case (the headline repeated in a page's table).
     */
    void cut(List<Sentence> sentences, Located headline, List<Found> found) {
        Set<String> written = null; // each name found where case is trusted, its openings and its closings
        Map<String, Integer> cuts = new HashMap<>(); // the names cut, as written, to their length kept
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            if (f.type() == EntityType.PLACE || f.start() < headline.start() || f.end() > headline.end()) continue;
            Sentence s = Sentence.containing(sentences, f.start());
            if (s == null || s.cased()) continue;
            int first = s.tokenAt(f.start()), last = s.tokenEndingAt(f.end());
            if (first < 0 || last <= first || lexicon.titleOrHeadWord(s.tokens().get(last).text())) continue;
            if (written == null) written = written(sentences, found);
            boolean titleFirst = lexicon.titleOrHeadWord(s.tokens().get(first).text()); // never cut to "Dinas" alone
            StringBuilder run = new StringBuilder(s.tokens().get(first).text());
            for (int k = first + 1; k <= last; k++) {
                String before = run.toString();
                Token next = s.tokens().get(k);
                run.append(' ').append(next.text());
                if (written.contains(before) && !written.contains(run.toString()) && !(k == first + 1 && titleFirst)
                        && commonWord(next)) {
                    found.set(i, new Found(f.start(), s.tokens().get(k - 1).end(), f.type(), f.via()));
                    cuts.put(s.text().substring(f.start(), f.end()), s.tokens().get(k - 1).end() - f.start());
                    break;
                }
            }
        }
        if (cuts.isEmpty()) return;
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            Integer kept = cuts.get(sentences.getFirst().text().substring(f.start(), f.end()));
            Sentence s = kept == null ? null : Sentence.containing(sentences, f.start());
            if (s != null && !s.cased()) found.set(i, new Found(f.start(), f.start() + kept, f.type(), f.via()));
        }
    }

    /** The names found in sentences of trusted case, with each of their openings and closings, words one space apart. */
    private static Set<String> written(List<Sentence> sentences, List<Found> found) {
        Set<String> written = new HashSet<>();
        for (Found f : found) {
            Sentence s = Sentence.containing(sentences, f.start());
            if (s == null || !s.cased()) continue;
            int first = s.tokenAt(f.start()), last = s.tokenEndingAt(f.end());
            if (first < 0 || last < first || last - first >= LONGEST_NAME) continue;
            StringBuilder opening = new StringBuilder();
            for (int k = first; k <= last; k++) written.add(opening.append(k > first ? " " : "").append(s.tokens().get(k).text()).toString());
            String closing = s.tokens().get(last).text();
            written.add(closing);
            for (int k = last - 1; k > first; k--) written.add(closing = s.tokens().get(k).text() + " " + closing);
        }
        return written;
    }

    /**
     * A word of the language in Title Case: not initials, a region's or a country's name (a town abroad may be a word:
     * Soroti), a title or a head or tail word.
     */
    private boolean commonWord(Token t) {
        String w = t.text();
        return t.isCapitalised() && !w.equals(w.toUpperCase(Locale.ROOT)) && !lexicon.titleOrHeadWord(w)
                && !places.namesRegion(w) && places.countryCode(w) == null && stemmer.isCommonWord(w.toLowerCase(Locale.ROOT));
    }
}
