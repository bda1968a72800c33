package id.warta.entities;

import id.warta.language.Token;
import id.warta.lexicon.Lexicon;
import id.warta.model.EntityType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A body's name given with its abbreviation in brackets, of which the tagger found only the last
 * words ({@code Persatuan Bulutangkis Seluruh Indonesia (PBSI)} found as the place {@code Indonesia},
 * {@code United Nations Educational, Scientific and Cultural Organization (UNESCO)} as two bodies
 * cut at the comma): the abbreviation's capitals, read right to left, are the initials of the words
 * before, so they say where the name starts. When every capital has its word and the whole name
 * opens or closes with a head word of known type ({@code Persatuan}, {@code Universitas},
 * {@code Organization}; {@code heads.tsv}), the name is one, of that type, over the names found
 * inside it. A name of no known head ({@code Standar Nasional Indonesia (SNI)}, a standard) stays
 * as found. The other way round, an abbreviation the lexicon lists that an article defines as
 * something else, or one it defines by words in lower case ({@link #meantOtherwise}), names no entity there.
 */
final class AbbreviatedNames {
    /** An abbreviation of fewer capitals is too short to say where a name starts. */
    private static final int FEWEST_CAPITALS = 2;
    /**
     * Words an abbreviation leaves out ({@code Food and Drug Administration (FDA)}). Not yet the list Initials reads
     * ({@code uninitialled-words.tsv}): each lacks words of the other (English ones here; {@code dari}, {@code di},
     * {@code dalam} there), and joining them changes output (initials of English bodies then link to their names).
     */
    static final Set<String> LEFT_OUT = Set.of(",", "dan", "and", "of", "for", "&", "the", "untuk", "serta");

    /** {@code (RT)} right after a name: its abbreviation, defined. */
    static final Pattern DEFINED = Pattern.compile("\\s?\\(\\s?(\\p{Lu}[\\p{L}\\p{N}&.\\-]{0,11})\\s?\\)");

    /** An abbreviation of fewer capitals says too little to find a name the tagger missed whole. */
    private static final int FEWEST_CAPITALS_UNFOUND = 3;
    /** Words that open a body's name when its abbreviation follows ({@code abbreviated-heads.tsv}). */
    static final Set<String> ABBREVIATED_HEADS = Set.copyOf(Lexicon.lines(AbbreviatedNames.class, "abbreviated-heads.tsv"));

    /**
     * Adds to {@code found} (in text order) the bodies named with their abbreviation of which the tagger found no
     * word ({@code Forum Kerukunan Umat Beragama (FKUB)}, {@code Tim Pengendali Inflasi Daerah ( TPID)}): three
     * capitals or more, each the initial of a capitalised word before the bracket, and the name opening or closing
     * with a body's head word ({@link #type}). Not a place: with an abbreviation, a name opening with a place's head
     * is as often a kind of thing ({@code Terminal Parkir Elektronik (TPE)}) or a programme ({@code Desa ...}).
     */
    void findUnfound(List<Sentence> sentences, List<Found> found) {
        Occupied taken = new Occupied(found);
        List<Found> added = new ArrayList<>();
        for (Sentence s : sentences) {
            List<Token> tokens = s.tokens();
            for (int open = bracketAfter(tokens, 0); open >= 0; open = bracketAfter(tokens, open)) {
                String capitals = tokens.get(open + 1).text();
                if (capitals.length() < FEWEST_CAPITALS_UNFOUND) continue;
                int start = kindStart(tokens, open, capitals);
                if (start < 0) continue;
                EntityType type = type(tokens, start, open - 1);
                Found whole = new Found(tokens.get(start).start(), tokens.get(open - 1).end(), type, "abbreviation");
                if (type == EntityType.ORGANIZATION && !taken.overlaps(whole)) added.add(whole);
            }
        }
        if (added.isEmpty()) return;
        found.addAll(added);
        found.sort((a, b) -> a.start() - b.start());
    }

    /** Updates {@code found} (in text order) in place with the whole names their abbreviations show. */
    void find(List<Sentence> sentences, List<Found> found) {
        if (sentences.isEmpty()) return;
        String text = sentences.getFirst().text();
        boolean changed = false;
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            if (!bracketAt(text, f.end())) continue; // the cue first
            Sentence s = Sentence.containing(sentences, f.start());
            int last = s == null ? -1 : s.tokenEndingAt(f.end());
            if (last < 0 || last + 3 >= s.tokens().size() || !s.tokens().get(last + 3).text().equals(")")) continue;
            List<Token> tokens = s.tokens();
            String capitals = tokens.get(last + 2).text();
            int first = s.tokenAt(f.start());
            int start = first < 0 ? -1 : nameStart(tokens, first, last, capitals);
            if (start < 0 || start == first) continue;
            EntityType type = type(tokens, start, last);
            if (type == null) continue;
            Found whole = new Found(tokens.get(start).start(), f.end(), type, "abbreviation");
            int from = i;
            while (from > 0 && found.get(from - 1).end() > whole.start()) from--;
            if (found.get(from).start() < whole.start()) continue; // a name running into it from before: leave it
            for (int k = i; k >= from; k--) found.remove(k);
            found.add(from, whole);
            i = from;
            changed = true;
        }
        if (changed) found.sort((a, b) -> a.start() - b.start());
    }

    /**
     * The next bracket after token {@code from} holding one token after a word ({@code Rumah Sakit (RS)}): the index of
     * its {@code (}, or -1 when there is none.
     */
    static int bracketAfter(List<Token> tokens, int from) {
        for (int open = Math.max(1, from + 1); open + 2 < tokens.size(); open++) {
            if (tokens.get(open).text().equals("(") && tokens.get(open + 2).text().equals(")")) return open;
        }
        return -1;
    }

    /**
     * The first of the capitalised words right before the bracket at token {@code open} whose initials are
     * {@code capitals} ({@code Rumah Sakit (RS)}); -1 when they are not.
     */
    static int kindStart(List<Token> tokens, int open, String capitals) {
        int start = nameStart(tokens, open, open - 1, capitals);
        return start >= 0 && start < open ? start : -1;
    }

    /**
     * The first token of the name whose last words are tokens {@code [first, last]}, read from
     * {@code capitals}; -1 when the abbreviation is not in capitals, the found words are not its
     * last initials, or the words before run out of initials.
     */
    private static int nameStart(List<Token> tokens, int first, int last, String capitals) {
        if (capitals.length() < FEWEST_CAPITALS || !capitals.equals(capitals.toUpperCase(Locale.ROOT))) return -1;
        int c = capitals.length() - 1;
        for (int t = last; t >= first; t--) { // the found words themselves
            String w = tokens.get(t).text();
            if (LEFT_OUT.contains(w.toLowerCase(Locale.ROOT))) continue;
            if (c < 0 || w.charAt(0) != capitals.charAt(c)) return -1;
            c--;
        }
        int start = first;
        for (int t = first - 1; t >= 0 && c >= 0; t--) {
            String w = tokens.get(t).text();
            if (LEFT_OUT.contains(w.toLowerCase(Locale.ROOT))) continue;
            if (!tokens.get(t).isCapitalised() || w.charAt(0) != capitals.charAt(c)) return -1;
            c--;
            start = t;
        }
        return c < 0 ? start : -1;
    }

    /**
     * The type the whole name's head word gives it, opening it or closing it; null when neither is a head. A word that
     * opens a body's name only before its abbreviation ({@code abbreviated-heads.tsv}) is a head here.
     */
    private static EntityType type(List<Token> tokens, int start, int last) {
        String first = tokens.get(start).text().toLowerCase(Locale.ROOT);
        if (ABBREVIATED_HEADS.contains(first)) return EntityType.ORGANIZATION;
        EntityLexicon lexicon = EntityLexicon.INSTANCE;
        EntityType head = lexicon.heads.get(first);
        return head != null ? head : lexicon.tails.get(tokens.get(last).text().toLowerCase(Locale.ROOT));
    }

    /** Whether a bracket opens at {@code at}, after a space at most. */
    private static boolean bracketAt(String text, int at) {
        if (at < text.length() && text.charAt(at) == ' ') at++;
        return at < text.length() && text.charAt(at) == '(';
    }

    /**
     * Abbreviations the article defines as no entity: a listed one defined as something else, {@code Dividend
     * Payout Ratio (DPR)}, the words before the bracket spelling it with their initials and sharing no word with the
     * listed name ({@code DPR}, Dewan Perwakilan Rakyat); an unlisted one defined by words in lower case, a term
     * ({@code pengurangan masa pidana khusus (PMPK)}, {@code daftar pencarian orang (DPO)}); any defined by a document's or
     * a condition's name ({@code Polycystic Ovary Syndrome (PCOS)}; {@link ThingWords#isTermTail}) or a contest's
     * ({@code Asia Pacific Cup (APC)}; {@link ThingWords#isContestTail}). None of its uses
     * in the article is taken for a name.
     */
    static Set<String> meantOtherwise(String text) {
        Set<String> otherwise = Set.of();
        Matcher m = DEFINED.matcher(text);
        for (int open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
            if (!m.region(open, text.length()).lookingAt()) continue;
            String abbreviation = m.group(1);
            if (!Initials.writtenInAscii(abbreviation)) continue;
            List<String> last = wordsBefore(text, open, 1);
            if (!last.isEmpty() && (ThingWords.INSTANCE.isTermTail(last.getFirst()) // Down Syndrome (DS), a condition
                    || ThingWords.INSTANCE.isContestTail(last.getFirst()))) { // Asia Pacific Cup (APC), a tournament
                if (otherwise.isEmpty()) otherwise = new HashSet<>();
                otherwise.add(abbreviation);
                continue;
            }
            EntityLexicon.Alias listed = EntityLexicon.INSTANCE.listedExactly(abbreviation);
            List<String> before = wordsBefore(text, open, abbreviation.length());
            if (before.size() < abbreviation.length() || !spells(before, abbreviation)) continue;
            if (listed == null ? !inLowerCase(before) : !listedAsSomethingElse(listed, abbreviation, before)) continue;
            if (otherwise.isEmpty()) otherwise = new HashSet<>();
            otherwise.add(abbreviation);
        }
        return otherwise;
    }

    /** A person introduced by initials only: {@code hakim berinisial YM}, {@code pria inisial AB}, {@code inisial R.S.}. */
    private static final Pattern INITIALS = Pattern.compile(
            "(?<![\\p{L}])(?i:berinisial|inisial|inisialnya)\\s+(\\p{Lu}{2,4})(?![\\p{L}\\p{N}])");
    /** The next initials of a list after them: {@code berinisial SK, MR, dan WS}. */
    private static final Pattern MORE_INITIALS = Pattern.compile(
            "(?:\\s*,\\s*(?:(?:dan|serta)\\s+)?|\\s+(?:dan|serta)\\s+)(\\p{Lu}{2,4})(?![\\p{L}\\p{N}])");

    /**
     * The capitals an article gives as a person's initials ({@code Hakim berinisial YM}, {@code pelaku berinisial SK, MR,
     * dan WS}; news keeps suspects, victims and officials under investigation anonymous so): no one's name wherever they
     * stand ({@code terlapor YM}), though the tagger reads such capitals as a body's or a person's.
     */
    static Set<String> personsInitials(String text) {
        if (!text.contains("nisial")) return Set.of(); // most articles introduce no one so
        Set<String> initials = new HashSet<>();
        Matcher m = INITIALS.matcher(text), more = MORE_INITIALS.matcher(text);
        while (m.find()) {
            initials.add(m.group(1));
            for (int at = m.end(); more.region(at, text.length()).lookingAt(); at = more.end()) initials.add(more.group(1));
        }
        return initials;
    }

    /** Whether a listed abbreviation, defined by {@code words}, is defined as other than what the list says. */
    private static boolean listedAsSomethingElse(EntityLexicon.Alias listed, String abbreviation, List<String> words) {
        // a name listed short (CIA, TSMC) gives no long form to tell another meaning by
        if (listed.canonical() == null || listed.canonical().equals(abbreviation)) return false;
        Set<String> listedWords = Set.of(listed.canonical().toLowerCase(Locale.ROOT).split(" "));
        return words.stream().noneMatch(w -> listedWords.contains(w.toLowerCase(Locale.ROOT)));
    }

    private static boolean inLowerCase(List<String> words) {
        return words.stream().allMatch(w -> Character.isLowerCase(w.charAt(0)));
    }

    /**
     * Abbreviations the article defines by a phrase in Title Case in which no name was found: three capitals or more
     * that the lists do not know, each the initial of a capitalised word before the bracket, the words opened by one
     * the news mostly writes in lower case ({@code lowerCaseWord}), neither opened nor closed by a head word
     * ({@link #type}) nor right after an office, whose body they name ({@code Direktur Jenderal Energi Baru,
     * Terbarukan, dan Konservasi Energi (EBTKE)}): a programme's or a practice's name ({@code Perilaku Hidup Bersih dan Sehat (PHBS)},
     * {@code Bantuan Langsung Tunai (BLT)}), whose abbreviation the tagger alone may take for a body's.
     */
    static Set<String> definedAsTerms(List<Sentence> sentences, List<Found> found, Predicate<String> lowerCaseWord) {
        Set<String> terms = Set.of();
        Occupied named = null;
        for (Sentence s : sentences) {
            List<Token> tokens = s.tokens();
            for (int open = bracketAfter(tokens, 0); open >= 0; open = bracketAfter(tokens, open)) {
                String capitals = tokens.get(open + 1).text();
                if (capitals.length() < FEWEST_CAPITALS_UNFOUND || !Initials.writtenInAscii(capitals)) continue;
                int start = kindStart(tokens, open, capitals);
                if (start < 0 || !lowerCaseWord.test(tokens.get(start).text()) || type(tokens, start, open - 1) != null
                        || officeBefore(tokens, start)
                        || EntityLexicon.INSTANCE.listedExactly(capitals) != null) {
                    continue;
                }
                if (named == null) named = new Occupied(found);
                if (named.overlaps(new Found(tokens.get(start).start(), tokens.get(open - 1).end(), EntityType.ORGANIZATION, ""))) continue;
                if (terms.isEmpty()) terms = new HashSet<>();
                terms.add(capitals);
            }
        }
        return terms;
    }

    /** Whether an office's title ({@code Direktur Jenderal}) ends right before token {@code at}. */
    private static boolean officeBefore(List<Token> tokens, int at) {
        EntityLexicon lexicon = EntityLexicon.INSTANCE;
        List<String> words = EntityLexicon.texts(tokens);
        for (int i = Math.max(0, at - lexicon.longestTitle); i < at; i++) {
            if (lexicon.titleLength(words, i, at, kind -> true) == at - i) return true;
        }
        return false;
    }

    /** Up to {@code count} words of letters right before {@code end} (spaces between), in text order. */
    private static List<String> wordsBefore(String text, int end, int count) {
        List<String> words = new ArrayList<>(count);
        int i = end;
        while (words.size() < count) {
            while (i > 0 && text.charAt(i - 1) == ' ') i--;
            int wordEnd = i;
            while (i > 0 && Character.isLetter(text.charAt(i - 1))) i--;
            if (i == wordEnd) break;
            words.addFirst(text.substring(i, wordEnd));
        }
        return words;
    }

    /** Whether the first letters of {@code words} are the letters of {@code abbreviation}, in order, in any case. */
    private static boolean spells(List<String> words, String abbreviation) {
        for (int i = 0; i < words.size(); i++) {
            if (Character.toUpperCase(words.get(i).charAt(0)) != abbreviation.charAt(i)) return false;
        }
        return true;
    }
}
