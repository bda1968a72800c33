package id.warta.extract;

import static id.warta.extract.TeaserWords.MAX_NAME_WORDS;
import static id.warta.extract.TeaserWords.MAX_TITLED_WORDS;
import static id.warta.extract.TeaserWords.OPENERS;
import static id.warta.extract.TeaserWords.OPENING_DOUBLE_QUOTES;
import static id.warta.extract.TeaserWords.TITLE_LOWERCASE;
import static id.warta.extract.TeaserWords.WORDS;
import static id.warta.extract.TeaserWords.bare;
import static id.warta.extract.TeaserWords.capitalised;
import static id.warta.extract.TeaserWords.quotedTerm;
import static id.warta.extract.TeaserWords.startsLabel;
import static id.warta.extract.TeaserWords.titled;
import static id.warta.extract.TeaserWords.word;

import id.warta.extract.TeaserWords.End;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Where a teaser's Title Case headline ends ({@code Baca: Polisi Tangkap Dua Pelaku Begal di Bogor Polisi kemudian
 * ...}): Tribun capitalises every word of a headline but a few short ones, so the body's prose shows where it ends,
 * less the capitalised words that open the body's sentence. One of {@link InlineTeasers}' ways to end a headline.
 */
final class TitledHeadlines {
    private static final Set<String> ROLES = WORDS.get("role");
    /** A speaker's title stands at most this many words before the first word of the body's sentence. */
    private static final int MAX_TITLE_REACH = 8;
    /** The words a name set off before its title is taken to have: most such names have two. */
    private static final int NAME_WORDS = 2;
    /** A name set off before its title is the body's only after at least this many headline words. */
    private static final int MIN_HEADLINE_BEFORE_NAME = 8;
    /**
     * A Title Case headline ended by the body's prose has at least this many words: shorter
     * capitalised runs are names opening a sentence-case headline ({@code Misa Natal Katedral
     * Jakarta dihadiri ...}).
     */
    private static final int MIN_TITLED_WORDS = 5;

    private TitledHeadlines() {
    }

    /**
     * Where a Title Case headline ends, or null when it is not one (or its end is a guess). Tribun
     * capitalises every word but a few short ones, so the body begins at the first other lower-case
     * word, less the capitalised words that open its sentence: the one right before it
     * ({@code Polisi kemudian}), a name the paragraph repeats ({@code Bambang Gatot menjelaskan}),
     * a word and a comma ({@code Memang, BI baru ...}), a sentence opener ({@code Saat ini, ...}), an
     * opener with its comma further back ({@code Sebelumnya, Deputi ...}) and a speaker's title set off
     * by a comma ({@code Direktur Utama PT X, Budi Santoso, mengatakan}).
     * When unsure it cuts less (no cut past a quotation mark).
     */
    static End end(String s, List<int[]> words) {
        int prose = -1;
        for (int i = 0; i < words.size() && prose < 0; i++) {
            if (i > MAX_TITLED_WORDS) return null;
            int wordStart = words.get(i)[0];
            String word = word(s, words, i);
            if (i > 0 && (startsLabel(s, wordStart) || OPENING_DOUBLE_QUOTES.indexOf(word.charAt(0)) >= 0 && !quotedTerm(s, wordStart))) {
                return new End(wordStart, true);
            }
            if (!titled(word)) prose = i;
        }
        if (prose < 0) return new End(s.length(), false);
        int j = prose;
        // Short words, numbers and brackets after the sentence's first word: "Kolaborasi ini baru", "Total 266 saham".
        while (j > 0 && continuesSubject(word(s, words, j - 1))) j--;
        if (j == 0) return null;
        j--;
        // The opening words may reach back into the first few: then the capitalised run is no Title Case headline.
        while (j > 1 && capitalised(word(s, words, j - 1)) && !word(s, words, j - 1).endsWith(",")
                && repeated(s, word(s, words, j - 1) + " " + bare(word(s, words, j)))) j--;
        if (j > 1 && word(s, words, j - 1).endsWith(",")) j--; // a headline never ends on a comma
        if (j > 1 && OPENERS.contains(word(s, words, j - 1))) {
            j--;
        } else if (j > 2 && !capitalised(word(s, words, j - 1)) && OPENERS.contains(word(s, words, j - 2))) {
            j -= 2; // "Saat ini, ..."
        }
        j = openerWithComma(s, words, j);
        j = speakerTitle(s, words, j);
        if (j < MIN_TITLED_WORDS) return null;
        String last = word(s, words, j - 1);
        if (TITLE_LOWERCASE.contains(bare(last)) || last.endsWith(":") || last.endsWith(",")) return null; // no headline ends so
        return new End(words.get(j)[0], true);
    }

    /**
     * An opener and its comma ({@code Sebelumnya,}, {@code Namun,}) in the capitalised run before
     * {@code start} opens the body's sentence however many capitalised words follow it
     * ({@code ... Terekam CCTV Sebelumnya, Deputi Bidang Usaha BUMN, Fajar Harry mengatakan}): Title
     * Case headlines do not write one.
     */
    private static int openerWithComma(String s, List<int[]> words, int start) {
        for (int k = start - 1; k >= MIN_TITLED_WORDS; k--) {
            String w = word(s, words, k);
            if (w.endsWith(",") && OPENERS.contains(bare(w))) return k;
        }
        return start;
    }

    /**
     * Where the body's sentence starts when a speaker's title opens it: a role word a few capitalised
     * words before {@code start}, with the role words before it that qualify it ({@code Mantan
     * Asisten}), set off by a comma as the body writes it and a headline does not ({@code Ketua KPK
     * Firli}). Either the comma closes the title before the name ({@code Direktur Eksekutif YJI, Dayu
     * Rengganis berharap}, {@code Dr Bruce Barrett, seorang}), and after it come at most a name's
     * few words, none an opener (not a headline's second clause, {@code Seleksi Pimpinan KPK, Begini
     * Persiapan Johan Budi}, nor the body's first word, {@code Calon Wakil Presiden Namun,}); or it
     * closes the name before the title ({@code IIMS 2018 Iwan Moedyarno, Direktur Utama PT X}), past a
     * headline's first clause. Nothing tells where such a name begins: most are two words, so the body
     * takes two.
     */
    private static int speakerTitle(String s, List<int[]> words, int start) {
        int role = -1;
        for (int k = start - 1; k >= Math.max(1, start - MAX_TITLE_REACH) && role < 0; k--) {
            String w = word(s, words, k);
            if (w.endsWith(":") || !capitalised(w) && !TITLE_LOWERCASE.contains(bare(w))) break;
            if (capitalised(w) && isRole(w)) role = k;
        }
        if (role < 0) return start;
        while (role > 1 && capitalised(word(s, words, role - 1)) && isRole(word(s, words, role - 1))) role--;
        String before = word(s, words, role - 1);
        if (before.endsWith(",")) {
            // A headline's own comma ends its first clause, a few words in: "Tampil Modis, Bupati X Ditahan".
            boolean name = capitalised(before) && !opensSentence(bare(before)) && role - NAME_WORDS >= MIN_HEADLINE_BEFORE_NAME;
            return name ? role - NAME_WORDS : start;
        }
        int comma = role;
        while (comma <= start && !word(s, words, comma).endsWith(",")) comma++;
        if (comma > start) return start;
        int name = comma == start ? start : comma + 1;
        if (start - name + 1 > MAX_NAME_WORDS) return start;
        for (int k = name; k <= start; k++) if (opensSentence(bare(word(s, words, k)))) return start;
        return role;
    }

    private static boolean isRole(String word) {
        return ROLES.contains(bare(word).toLowerCase(Locale.ROOT));
    }

    /** An opener, or a word with {@code -nya} ({@code Menurutnya}, {@code Tujuannya}): no part of a name. */
    private static boolean opensSentence(String word) {
        return OPENERS.contains(word) || word.endsWith("nya");
    }

    private static boolean continuesSubject(String word) {
        return TITLE_LOWERCASE.contains(bare(word)) || word.chars().anyMatch(Character::isDigit) || word.startsWith("(");
    }

    /** Whether the text holds a phrase twice: a name of the story, not of the teaser's other story. */
    private static boolean repeated(String s, String phrase) {
        int first = s.indexOf(phrase);
        return first >= 0 && s.indexOf(phrase, first + 1) >= 0;
    }
}
