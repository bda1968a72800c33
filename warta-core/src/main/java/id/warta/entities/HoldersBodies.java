package id.warta.entities;

import id.warta.entities.ner.NerModel;
import id.warta.entities.places.Places;
import id.warta.language.Token;
import id.warta.lexicon.Lexicon;
import id.warta.model.EntityType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code Managing Director Tetra Pak Indonesia Paolo Maggi}, {@code CEO Erbe Broker Patricia Bawata}: news
 * names an office, the body it is held in, then its holder, with no word between. Between an office's last
 * word and a person's name, capitalised words the tagger left out, or took for a person of their own, are
 * the body's name when they read as one for sure (see {@link #untaggedBody}, {@link #bodyTakenForPerson}).
 * Left alone: a place there ({@code Camat Cibeunying Budi}, {@code Kades Sukamaju Ahmad}), the holder's
 * seat, an event or a product ({@code Race Director Sinarbank Marathon}), and words that open a title or
 * that news writes in lower case too ({@code Bidang Ekonomi}).
 */
final class HoldersBodies {
    /** The word classes of {@code holders-bodies.tsv}. */
    private static final Map<String, Set<String>> WORDS = Lexicon.classes(HoldersBodies.class, "holders-bodies.tsv");
    /** A body named between an office and its holder holds at most this many words. */
    private static final int MAX_BODY_WORDS = 4;
    /** A firm's national branch named between an office and its holder holds at least this many words, the country's one. */
    private static final int MIN_BRANCH_WORDS = 2;
    /** Words that go on with an office the lists do not know whole ({@code Direktur Eksekutif}, {@code Komisaris Independen}). */
    private static final Set<String> OFFICE_MODIFIERS = WORDS.get("modifier");
    /** Words a state's own name opens with: {@code Presiden Republik Islam Iran} names a country, no firm's branch. */
    private static final Set<String> STATE_WORDS = WORDS.get("state");
    /** A holder's name the tagger ran a body's short form into holds at least this many words. */
    private static final int MIN_HOLDER_WORDS = 2;
    static final String VIA = "office's body";
    /** Offices whose next words are a portfolio, no body's name ({@code Menteri Perindustrian}, {@code Menko PMK}). */
    private static final Set<String> PORTFOLIO_OFFICES = WORDS.get("portfolio");
    /** A ministry's portfolio written short after such an office ({@code Marinvest} of {@code Menko Marinvest}). */
    private static final Set<String> MINISTRIES = WORDS.get("ministry");
    /** Words before an English role that make it an event's or a project's office. */
    private static final Set<String> EVENT_OFFICES = WORDS.get("event");

    private final NerModel model;
    private final Places places;
    private final EntityLexicon lexicon = EntityLexicon.INSTANCE;

    HoldersBodies(NerModel model, Places places) {
        this.model = model;
        this.places = places;
    }

    /**
     * Whether {@code words[at]} is a ministry's portfolio written short after a minister's office, maybe after another
     * ({@code Menko Marinvest Luhut ...}, {@code Menko Kumham Imipas Yusril ...}): part of the office, which the tagger
     * may run into its holder's name.
     */
    static boolean portfolioAfterOffice(List<String> words, int at) {
        if (at >= words.size() || !MINISTRIES.contains(words.get(at).toLowerCase(Locale.ROOT))) return false;
        int office = at - 1; // "Menko Kumham Imipas": a portfolio of two short forms
        while (office >= 0 && MINISTRIES.contains(words.get(office).toLowerCase(Locale.ROOT))) office--;
        return office >= 0 && PORTFOLIO_OFFICES.contains(words.get(office).toLowerCase(Locale.ROOT));
    }

    /** Adds the bodies between offices and their holders to {@code found} (in text order), which stays so. */
    void find(List<Sentence> sentences, List<Found> found) {
        List<Found> people = found.stream().filter(f -> f.type() == EntityType.PERSON).toList();
        boolean changed = false;
        for (Found person : people) {
            Sentence s = Sentence.containing(sentences, person.start());
            int p = s == null ? -1 : s.tokenAt(person.start());
            if (p < 1 || !s.cased()) continue;
            changed |= bodyTakenForPerson(s, person, p, found) || p >= 2 && untaggedBody(s, person, p, found);
        }
        if (!changed) return;
        found.sort((a, b) -> a.start() - b.start());
        // a body's short form found so names the body wherever the tagger took it for a person ("Erbe Broker pun sudah")
        String text = sentences.getFirst().text();
        Set<String> bodies = new HashSet<>();
        for (Found f : found) if (f.via().equals(VIA)) bodies.add(f.textIn(text));
        found.replaceAll(f -> f.type() == EntityType.PERSON && bodies.contains(f.textIn(text))
                ? new Found(f.start(), f.end(), EntityType.ORGANIZATION, f.via()) : f);
    }

    /**
     * Capitalised words no name was found in (but a place closing them: {@code Indonesia}) between an office and
     * the holder {@code person} at token {@code p}, a comma at most between the body and the holder ({@code Direktur
     * Utama Semen Indonesia, Suparni}). Only where they read as a body's name for sure: a body's the article names
     * with its legal form, or the first words of it ({@code PT Semen Indonesia}, {@code PT Tirta Gemilang Sentosa}),
     * or a firm's national branch, two words or more closing with
     * the country ({@code Tetra Pak Indonesia}) before a holder named in full; words between an office and a name
     * are as often the rest of the office ({@code Direktur Eksekutif}, {@code Komisaris Independen}) or of the name
     * ({@code Komisaris Utama Juri Ardiantoro}, the tagger finding {@code Ardiantoro}).
     */
    private boolean untaggedBody(Sentence s, Found person, int p, List<Found> found) {
        List<Token> tokens = s.tokens();
        int end = tokens.get(p - 1).text().equals(",") ? p - 1 : p;
        boolean fullName = person.end() > tokens.get(p).end();
        for (int t = Math.max(1, end - MAX_BODY_WORDS); t < end; t++) {
            if (!officeEndsAt(tokens, t - 1) || titleRunsInto(tokens, t) || lexicon.titleEndsAt(tokens, end - 1)
                    || OFFICE_MODIFIERS.contains(tokens.get(t).text().toLowerCase(Locale.ROOT))
                    || !readsAsBody(s, t, end, found)) {
                continue;
            }
            Found body = new Found(tokens.get(t).start(), tokens.get(end - 1).end(), EntityType.ORGANIZATION, VIA);
            List<Found> inside = new ArrayList<>();
            boolean free = true;
            for (Found f : found) {
                if (!f.overlaps(body)) continue;
                // only a place the body's name closes with, the country or region of a company's branch
                free &= f.type() == EntityType.PLACE && f.start() > body.start() && f.end() == body.end();
                inside.add(f);
            }
            String name = s.tokensText(t, end);
            boolean branch = fullName && end - t >= MIN_BRANCH_WORDS && inside.size() == 1
                    && !STATE_WORDS.contains(tokens.get(t).text().toLowerCase(Locale.ROOT))
                    && places.countryCode(text(s, inside.getFirst())) != null;
            if (!free || !namesBody(s.text(), name, found) && !opensBodyName(s.text(), name, found) && !branch) continue;
            found.removeAll(inside);
            found.add(body);
            return true;
        }
        return false;
    }

    /**
     * A person found right after an office whose first words are the start of a body's name the article gives
     * ({@code Erbe Broker} of {@code PT Erbe Broker Asuransi Indonesia}), followed by the holder: the holder's
     * name found on its own, a comma at most between ({@code CEO Erbe Broker | Patricia Bawata}), or run into it,
     * two words at least ({@code CEO Erbe Broker Patricia Bawata}). The longest such words are the body's short form.
     * {@code f} opens at token {@code first} ({@link #find} has it), never the sentence's first.
     */
    private boolean bodyTakenForPerson(Sentence s, Found f, int first, List<Found> found) {
        int last = s.tokenEndingAt(f.end());
        if (last < first || !officeEndsAt(s.tokens(), first - 1)) return false;
        String text = s.text();
        boolean holderAfter = found.stream().anyMatch(h -> h.type() == EntityType.PERSON
                && (h.start() == f.end() + 1 && text.charAt(f.end()) == ' ' || h.start() == f.end() + 2 && text.startsWith(", ", f.end())));
        for (int k = last; k >= first; k--) {
            String shortForm = s.tokensText(first, k + 1);
            if (!opensBodyName(text, shortForm, found)) continue;
            // the longest such words only; a body's head word alone ("Komisi" of "Komisi VII") is no short form
            if (k == last ? !holderAfter : last - k < MIN_HOLDER_WORDS) return false;
            if (k == first && lexicon.isOrganisationHead(shortForm)) return false;
            int at = found.indexOf(f);
            found.set(at, new Found(f.start(), s.tokens().get(k).end(), EntityType.ORGANIZATION, VIA));
            if (k < last) found.add(at + 1, new Found(s.tokens().get(k + 1).start(), f.end(), EntityType.PERSON, f.via()));
            return true;
        }
        return false;
    }

    private static String text(Sentence s, Found f) {
        return s.text().substring(f.start(), f.end());
    }

    /** Whether an organisation found in {@code text} is named {@code name}, its legal form aside. */
    private static boolean namesBody(String text, String name, List<Found> found) {
        for (Found o : found) {
            if (o.type() != EntityType.ORGANIZATION) continue;
            String other = text.substring(o.start(), o.end());
            String bare = LegalForms.withoutOpening(other);
            if (LegalForms.opens(other) && (bare.equals(name) || bare.startsWith(name + " ("))) return true;
        }
        return false;
    }

    /** Whether an organisation found in {@code text} is named {@code shortForm} or opens with its words, its legal form aside. */
    private static boolean opensBodyName(String text, String shortForm, List<Found> found) {
        for (Found o : found) {
            if (o.type() != EntityType.ORGANIZATION) continue;
            String name = text.substring(o.start(), o.end());
            name = LegalForms.withoutOpening(name);
            if (name.startsWith(shortForm + " ") || name.equals(shortForm)) return true;
        }
        return false;
    }

    /**
     * Whether an office's title ends at token {@code last}, an Indonesian one or an English role word ({@code Director}),
     * and not an event's or a project's office ({@code Event Director Jakarta Marathon}) nor a minister's, whose
     * portfolio follows ({@code Menteri Perindustrian}): neither names a body there.
     */
    private boolean officeEndsAt(List<Token> tokens, int last) {
        Token t = tokens.get(last);
        if (last > 0 && EVENT_OFFICES.contains(tokens.get(last - 1).text().toLowerCase(Locale.ROOT))
                || PORTFOLIO_OFFICES.contains(t.text().toLowerCase(Locale.ROOT))) {
            return false;
        }
        return t.isCapitalised() && (lexicon.titleEndsAt(tokens, last) || EnglishNames.isRole(t.text()));
    }

    /** Whether a title opening before token {@code at} runs on into it ({@code Menteri} | {@code Keuangan}, {@code Uskup} | {@code Agung}). */
    private boolean titleRunsInto(List<Token> tokens, int at) {
        for (int start = Math.max(0, at - lexicon.longestTitle); start < at; start++) {
            if (start + lexicon.titleLengthAt(tokens, start) > at) return true;
        }
        return false;
    }

    /**
     * Whether tokens {@code [from, to)} read as a body's name: capitalised words, no title opening them, no place, no
     * word of lower-case prose or place's name first ({@code Bidang}, {@code Semen}) unless they are the name of a body
     * found in the article, its legal form aside ({@code Semen Indonesia} of {@code PT Semen Indonesia}).
     */
    private boolean readsAsBody(Sentence s, int from, int to, List<Found> found) {
        List<Token> tokens = s.tokens();
        for (int i = from; i < to; i++) {
            String w = tokens.get(i).text();
            if (w.length() < 2 || !tokens.get(i).isCapitalised() || !Character.isLetter(w.codePointAt(w.length() - 1))) return false;
        }
        String first = tokens.get(from).text();
        String name = s.tokensText(from, to);
        if (lexicon.titleLengthAt(tokens, from) > 0 || ThingWords.INSTANCE.isProduct(name) || ThingWords.INSTANCE.isCompetition(name)
                || lexicon.heads.get(first.toLowerCase(Locale.ROOT)) == EntityType.PLACE
                || places.namesTownOrLarger(name) || places.namesRegionOfLevel(name, "desa")) {
            return false;
        }
        return namesBody(s.text(), name, found) || !model.commonInLowerCase(first) && !places.namesTownOrLarger(first);
    }
}
