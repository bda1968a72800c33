package id.warta.entities;

import id.warta.dates.MonthsAndYears;
import id.warta.dates.Weekdays;
import id.warta.entities.ner.NerModel;
import id.warta.language.Token;
import id.warta.model.EntityType;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code Dikutip dari laman Very Well Health}, {@code dilansir dari situs TechSpot}, {@code melansir laman resmi
 * Polymarket}: the capitalised words right after a citing verb and {@code dari}, or after {@code laman}/{@code situs},
 * name the site a report is taken from, a body as the news's outlets are, which the tagger often misses when it does
 * not know the name; so does a web address after a citing verb or {@code dari laman} ({@code dilansir dari laman
 * listverse.com}, {@code dilansir dari Metro.co.uk}, whole, not its first word), which the tagger, reading capitals, never finds (after a bare {@code laman}, as in {@code kunjungi
 * laman kjp.jakarta.go.id}, an address is a portal to visit, no source); an address right after a citing verb ({@code
 * dilansir livescience.com}) or after {@code kepada} ({@code kata Budi kepada metro.co.uk}) names the outlet too, and so
 * do capitalised words right after a citing verb that a comma closes ({@code Melansir Oddity Central, ...}). Only a name found nowhere else is added; a first word the news also writes in lower case ({@code
 * Warisan Dunia}, {@code Rilis Pers}), a title or head word, a weekday or a month opens none; sentences in Title Case
 * are left alone, and so is a name the tagger found elsewhere (its type is the tagger's) or one with a clitic glued on
 * ({@code Facebooknya}). A known source the tagger found ({@code dikutip dari Antara}) and a place ({@link CitedSources}) are
 * not this class's.
 */
final class CitedSites {
    private static final CueWords CITING = new CueWords(Set.of("dilansir", "dikutip", "melansir", "mengutip"));
    private static final CueWords SITE_WORDS = new CueWords(Set.of("laman", "situs", "portal"));
    private static final String FROM = "dari";
    private static final String OFFICIAL = "resmi";
    /**
     * A web address after {@code tayang di} or {@code dipublikasikan di} is the outlet an article first ran in, the
     * syndication line closing a reprint ({@code Artikel ini telah tayang di Surya.co.id}), a body the labels count.
     */
    private static final CueWords RAN = new CueWords(Set.of("tayang", "dipublikasikan", "diterbitkan", "terbit"));
    private static final String AT = "di";
    /** A comma closes the name of a site cited right after its verb ({@code Melansir Oddity Central, ...}). */
    private static final String COMMA = ",";
    /** A web address right after {@code kepada} is the outlet someone spoke to ({@code kata Budi kepada metro.co.uk}). */
    private static final String TO = "kepada";
    /** Lower-case words inside an English site's name ({@code Journal of Medicine}, {@code Science and Health}). */
    private static final Set<String> JOINERS = Set.of("of", "and", "the", "for", "&");
    /** A site's name holds at most this many words. */
    private static final int MAX_WORDS = 5;

    private final NerModel model;
    private final EntityLexicon lexicon = EntityLexicon.INSTANCE;

    CitedSites(NerModel model) {
        this.model = model;
    }

    /** Adds to {@code found} (kept in text order) the sites named after a citing cue and found in no name. */
    void find(List<Sentence> sentences, List<Found> found) {
        boolean changed = false;
        for (Sentence s : sentences) {
            if (!s.cased()) continue;
            List<Token> tokens = s.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                int first = nameStart(tokens, i);
                if (first < 0) continue;
                int end = nameEnd(tokens, first);
                Found site = cites(tokens, i) ? domainAt(s.text(), tokens, first) : null; // "Metro.co.uk", not "Metro"
                if (site != null) {
                    end = first + 1;
                    while (end < tokens.size() && tokens.get(end).start() < site.end()) end++;
                } else if (end > first && opensName(tokens.get(first).text())) {
                    site = new Found(tokens.get(first).start(), tokens.get(end - 1).end(), EntityType.ORGANIZATION, "site");
                } else {
                    continue;
                }
                if (!add(s, found, site)) continue;
                changed = true;
                i = end - 1;
            }
            for (int i = 0; i + 1 < tokens.size(); i++) { // "dilansir livescience.com,", "kata Budi kepada metro.co.uk"
                if (!CITING.has(tokens.get(i).text()) && !tokens.get(i).text().equals(TO)) continue;
                Found site = domainAt(s.text(), tokens, i + 1);
                if (site != null && add(s, found, site)) changed = true;
            }
            for (int i = 0; i + 2 < tokens.size(); i++) { // "Melansir Oddity Central, ...": the name a comma closes
                if (!CITING.has(tokens.get(i).text()) || is(tokens, i + 1, FROM)) continue;
                int end = nameEnd(tokens, i + 1);
                if (end == i + 1 || !is(tokens, end, COMMA) || !opensName(tokens.get(i + 1).text())) continue;
                Found site = new Found(tokens.get(i + 1).start(), tokens.get(end - 1).end(), EntityType.ORGANIZATION, "site");
                if (add(s, found, site)) changed = true;
            }
            for (int i = 0; i + 2 < tokens.size(); i++) { // "Artikel ini telah tayang di Surya.co.id dengan judul"
                if (!RAN.has(tokens.get(i).text()) || !is(tokens, i + 1, AT)) continue;
                Found site = domainAt(s.text(), tokens, i + 2);
                if (site != null && add(s, found, site)) changed = true;
            }
        }
        if (changed) found.sort((a, b) -> a.start() - b.start());
    }

    /** Adds {@code site} unless a name found overlaps it or is written as it is, or a clitic is glued on; whether it did. */
    private static boolean add(Sentence s, List<Found> found, Found site) {
        String name = site.textIn(s.text());
        // a name found elsewhere is the tagger's to type ("Abydos", a place); a clitic glued on is no site's
        if (found.stream().anyMatch(f -> f.overlaps(site) || f.textIn(s.text()).equals(name)) || name.endsWith("nya")) return false;
        found.add(site);
        return true;
    }

    /**
     * The token a site's name would open at when token {@code i} opens a citing cue ({@code dikutip dari laman}, {@code
     * dilansir Kompas.com dari}, {@code situs resmi}), or -1.
     */
    private static int nameStart(List<Token> tokens, int i) {
        String word = tokens.get(i).text();
        int k;
        if (CITING.has(word)) {
            k = i + 1;
            if (!is(tokens, k, FROM)) k++; // the outlet that cites: "dikutip detikINET dari"
            if (!is(tokens, k, FROM)) return -1;
            k++;
            if (k < tokens.size() && SITE_WORDS.has(tokens.get(k).text())) k++;
        } else if (SITE_WORDS.has(word) && Character.isLowerCase(word.charAt(0))) {
            k = i + 1;
        } else {
            return -1;
        }
        if (is(tokens, k, OFFICIAL)) k++;
        return k < tokens.size() ? k : -1;
    }

    private static boolean is(List<Token> tokens, int k, String word) {
        return k < tokens.size() && tokens.get(k).text().equals(word);
    }

    /** The token after the capitalised words (joiners between them) opening at {@code first}. */
    private static int nameEnd(List<Token> tokens, int first) {
        int end = first;
        int words = 0;
        for (int k = first; k < tokens.size() && words < MAX_WORDS; k++) {
            Token t = tokens.get(k);
            if (t.isWord() && t.isCapitalised() && !Weekdays.isName(t.text().toLowerCase(Locale.ROOT))
                    && !MonthsAndYears.isName(t.text().toLowerCase(Locale.ROOT))) {
                end = k + 1;
                words++;
            } else if (!(words > 0 && JOINERS.contains(t.text().toLowerCase(Locale.ROOT)))) {
                break;
            }
        }
        return end;
    }

    /** Whether token {@code i} opens a cue of citing: a citing verb, or {@code laman} after {@code dari} ({@code merangkum dari laman}). */
    private static boolean cites(List<Token> tokens, int i) {
        return CITING.has(tokens.get(i).text()) || i > 0 && SITE_WORDS.has(tokens.get(i).text()) && is(tokens, i - 1, FROM);
    }

    /**
     * A web address, its last part a top-level domain in lower case ({@code listverse.com}, {@code kabarku.co.id}); its
     * first part may be written with capitals ({@code Metro.co.uk}, {@code BolaSport.com}), the rest in lower case, and
     * a country's code may close it ({@code News.com.au}).
     */
    private static final Pattern DOMAIN = Pattern.compile(
            "[\\p{L}\\d][\\p{L}\\d-]*(?:\\.[\\p{Ll}\\d-]+)*\\.(?:com|net|org|id|uk|tv|io|info)(?:\\.\\p{Ll}{2})?(?![\\p{L}\\d])");

    /** The site named by its web address at token {@code first} ({@code dari laman listverse.com}), or null. */
    private static Found domainAt(String text, List<Token> tokens, int first) {
        Matcher m = DOMAIN.matcher(text).region(tokens.get(first).start(), text.length());
        return m.lookingAt() ? new Found(m.start(), m.end(), EntityType.ORGANIZATION, "site") : null;
    }

    /** Whether {@code word} may open a site's name: no word the news writes in lower case, no title or head word. */
    private boolean opensName(String word) {
        return !model.seenInLowerCase(word) && !lexicon.titleOrHeadWord(word);
    }
}
