package id.warta.entities;

import id.warta.entities.ner.NameSpan;
import id.warta.entities.ner.NerModel;
import id.warta.entities.places.Places;
import id.warta.language.Abbreviations;
import id.warta.language.Token;
import id.warta.lexicon.Lexicon;
import id.warta.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The statistical tagger's names, with titles it took in trimmed off ({@code Presiden Jokowi} → {@code Jokowi}) and
 * words that name no one dropped. Very long sentences are tagged in pieces, so memory stays bounded and time linear.
 */
final class TaggedNames {
    /** Longest piece of a sentence tagged at once; longer ones are cut, at punctuation when near. */
    static final int MAX_TOKENS = 200;
    private static final int CUT_SEARCH = 40;
    /** Lower-case words that open names ({@code van Dijk}, {@code bin Salman}, {@code al-Sisi}; {@code name-particles.tsv}). */
    private static final Set<String> NAME_PARTICLES = Set.copyOf(Lexicon.lines(TaggedNames.class, "name-particles.tsv"));
    /** Words that end an organisation's name and are never a name alone ({@code Arema FC}; {@code org-suffixes.tsv}). */
    private static final Set<String> ORG_SUFFIXES = Set.copyOf(Lexicon.lines(TaggedNames.class, "org-suffixes.tsv"));

    private final NerModel model;
    private final EntityLexicon lexicon = EntityLexicon.INSTANCE;
    private final PlacesTakenForPeople placesTakenForPeople;

    TaggedNames(NerModel model, Places places) {
        this.model = model;
        this.placesTakenForPeople = new PlacesTakenForPeople(model, places);
    }

    /** The names the tagger finds in {@code sentences}, each cut where no name runs across. */
    List<Found> find(List<Sentence> sentences) {
        List<Found> found = new ArrayList<>();
        for (Sentence s : sentences) {
            int from = 0;
            while (from < s.tokens().size()) {
                int to = cut(s.tokens(), from);
                tag(s.tokens().subList(from, to), s.cased(), found);
                from = to;
            }
        }
        return found;
    }

    private static int cut(List<Token> tokens, int from) {
        int end = Math.min(tokens.size(), from + MAX_TOKENS);
        if (end == tokens.size()) return end;
        for (int i = end - 1; i > end - CUT_SEARCH; i--) {
            if (!tokens.get(i).isWord()) return i + 1;
        }
        return end;
    }

    private void tag(List<Token> tokens, boolean cased, List<Found> into) {
        List<String> words = tokens.stream().map(Token::text).toList();
        for (NameSpan n : model.tag(words, cased)) {
            int start = n.start();
            if (n.type() != EntityType.PERSON && n.end() - start > 1 && abbreviatedHonorific(words.get(start))
                    && noHeadWord(words, start + 1, n.end())) {
                n = new NameSpan(n.start(), n.end(), EntityType.PERSON); // "KGPA Tejokusumo", "KH Ahmad Dahlan": a person
            }
            if (n.type() == EntityType.PERSON) start = afterTitles(words, start, n.end());
            while (n.type() == EntityType.PERSON && start < n.end() && HoldersBodies.portfolioAfterOffice(words, start)) start++; // "Menko Marinvest Luhut ..."
            if (start < n.end() - 1 && opensSentence(words, start) && model.commonInLowerCase(words.get(start))) start++;
            int end = n.end();
            if (n.type() == EntityType.PERSON && placesTakenForPeople.bodyOpening(tokens, start, end)) { // "KONI Lampung Hendri ..."
                into.add(new Found(tokens.get(start).start(), tokens.get(start).end(), EntityType.ORGANIZATION, "model"));
                start++;
            }
            if (n.type() == EntityType.PERSON) {
                int country = placesTakenForPeople.opening(tokens, start, end); // "kiper Korea Selatan Kim Seung-gyu"
                if (country > 0) {
                    into.add(new Found(tokens.get(start).start(), tokens.get(start + country - 1).end(), EntityType.PLACE, "model"));
                    start += country;
                }
            }
            while (cased && end - 1 > start && Character.isLowerCase(words.get(end - 1).charAt(0))) end--;
            // "gedung Kementerian Koordinator ...", "kantor Wapres": a name never opens with a common word
            while (cased && start < end - 1 && Character.isLowerCase(words.get(start).charAt(0))
                    && !NAME_PARTICLES.contains(words.get(start))) start++;
            if (start < end && end - start == 1 && ORG_SUFFIXES.contains(words.get(start))) {
                // "Arema FC" tagged as "Arema" and "FC": the suffix joins the name before it, never stands alone
                Found before = into.isEmpty() ? null : into.getLast();
                if (before != null && start > 0 && before.end() == tokens.get(start - 1).end()) {
                    into.set(into.size() - 1, new Found(before.start(), tokens.get(start).end(), EntityType.ORGANIZATION, "model"));
                }
                continue;
            }
            if (start < end && !notAName(words, start, end, cased)) {
                into.add(new Found(tokens.get(start).start(), tokens.get(end - 1).end(), n.type(), "model"));
            }
        }
    }

    /**
     * Whether {@code word} is a form of address written as capitals ({@code KH}, {@code GKR}, {@code KGPAA}; {@code
     * titles.tsv}, {@code titles-runtime.tsv}): a Javanese court's or a cleric's, which opens only a person's name,
     * though the tagger, seeing a word in capitals, may take the name for a body's (unless a body's or a place's head
     * word follows: {@code KH Ahmad Dahlan Universitas ...}). Honorifics written as words ({@code Ibu}) open other names
     * too ({@code Ibu Kota Nusantara}).
     */
    private boolean abbreviatedHonorific(String word) {
        return word.length() >= 2 && word.chars().allMatch(c -> c >= 'A' && c <= 'Z') && !ACADEMIC_TITLES.contains(word)
                && lexicon.title(List.of(word)) == EntityLexicon.TitleKind.HONORIFIC;
    }

    /** Whether no word of {@code [from, to)} is a head word of a body's or a place's name ({@code Universitas}). */
    private boolean noHeadWord(List<String> words, int from, int to) {
        for (int i = from; i < to; i++) if (lexicon.heads.containsKey(words.get(i).toLowerCase(Locale.ROOT))) return false;
        return true;
    }

    /** Academic and English titles in capitals, which open other names too ({@code DR Kongo}, the country). */
    private static final Set<String> ACADEMIC_TITLES = Set.of("DR", "DRS", "DRA", "IR", "PROF", "MR", "MRS");

    /**
     * Tagged words that name no one: a holiday ({@code Idul Adha}), a title alone ({@code kantor
     * Wapres}), a degree after a name ({@code dr Diana Suganda, SpGK}), words in lower case where
     * the text's case can be trusted ({@code (isa/fay)}, {@code super blue blood moon}), a
     * connective opening its sentence ({@code Alhasil, Jorge Martin ...}).
     */
    private boolean notAName(List<String> words, int start, int end, boolean cased) {
        if (lexicon.isEvent(words.subList(start, end)) || lexicon.title(words.subList(start, end)) != null) return true;
        if (end - start != 1) return false;
        String w = words.get(start);
        if (Abbreviations.isDegree(w)) return true;
        if (cased && w.equals(w.toLowerCase(Locale.ROOT))) return true;
        return opensSentence(words, start) && end < words.size() && words.get(end).equals(",") && model.commonInLowerCase(w);
    }

    /** Whether only punctuation (an opening quote) comes before token {@code at}. */
    private static boolean opensSentence(List<String> words, int at) {
        for (int i = 0; i < at; i++) if (Character.isLetterOrDigit(words.get(i).charAt(0))) return false;
        return true;
    }

    /** The first token of a person's name after the titles the tagger took in with it. */
    private int afterTitles(List<String> words, int start, int end) {
        int at = start;
        for (int k; (k = lexicon.titleLength(words, at, end - 1, kind -> true)) > 0; ) { // a name's last word stays
            at += k;
            if (at < end && words.get(at).equals(".")) at++;
        }
        return at;
    }
}
