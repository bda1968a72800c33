package id.warta.quotes;

import id.warta.language.SpeechCue;
import id.warta.language.Token;
import id.warta.language.Tokenizer;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * An article's text cut once for every reader of quotes: its tokens, its sentences, and which
 * characters lie inside direct quotations. Positions are token indices unless named otherwise.
 */
final class Passage {
    final String text;
    final List<Token> tokens;
    private final int[] tokenStarts;
    private static final Set<String> ABBREVIATIONS = Set.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m",
            "n", "o", "p", "q", "r", "s", "t", "u", "v", "w", "x", "y", "z", "dr", "drs", "dra", "prof", "ir", "hj", "jl", "no",
            "kab", "kec", "kel", "sdr", "bpk", "ny", "tn", "st", "mr", "mrs", "ms", "jr", "pol", "kol", "brig", "jend", "ltd",
            "inc", "co", "tbk", "pt", "cv", "dll", "dsb", "tsb", "vs", "kh", "sh", "se", "mm", "msi", "mh",
            "moh", "muh", "moch", "mochd", "mohd", "mhd", "abd", "ach"); // Moh. Zaki: a first name shortened

    /**
     * For each token, the number of its sentence counting only sentences of narration: a measure
     * of distance between two places. Sentences inside a quotation name no one the text goes on
     * about, so a long quote does not push its speaker out of reach of the {@code -nya} after it.
     */
    private final int[] sentenceNumber;
    private final BitSet quoted = new BitSet();
    /** Per lower-case word: how often the article writes it in lower case, and capitalised inside a sentence. */
    private final Map<String, int[]> counts = new HashMap<>();
    private final int[] sentenceStartToken;
    private final boolean[] breakBefore;
    private final boolean[] initial;
    /** Memo of {@link NameWords#isNameWord}, read and written only there (its UNDECIDED, NAME, NO_NAME). */
    final byte[] nameWord;
    private final String[] lower;
    private final String[] inverted;
    private final int[] kinds;
    /** Each token's character when it is one character long, else 0. */
    private final char[] single;
    private final int[] cues;
    /** Whether a token's lower case, word classes and cue are worked out yet: only for tokens something asks about. */
    private final boolean[] known;

    Passage(String text, List<DirectQuote> quotes) {
        this(text, Tokenizer.tokenize(text), quotes);
    }

    /** {@code tokens}: the text's tokens, as {@link Tokenizer#tokenize} cut them (shared with other stages). */
    Passage(String text, List<Token> tokens, List<DirectQuote> quotes) {
        this.text = text;
        this.tokens = tokens;
        this.tokenStarts = tokens.stream().mapToInt(Token::start).toArray();
        for (DirectQuote q : quotes) quoted.set(q.open(), q.close());
        int n = tokens.size();
        this.lower = new String[n];
        this.inverted = new String[n];
        this.kinds = new int[n];
        this.cues = new int[n];
        this.single = new char[n];
        this.known = new boolean[n];
        for (int i = 0; i < n; i++) {
            String w = tokens.get(i).text();
            single[i] = w.length() == 1 ? w.charAt(0) : 0;
        }
        this.breakBefore = new boolean[n];
        for (int i = 0; i < n; i++) breakBefore[i] = i == 0 || hasNewline(tokens.get(i - 1).end(), tokens.get(i).start());
        this.initial = new boolean[n];
        this.nameWord = new byte[n];
        this.sentenceStartToken = new int[n];
        this.sentenceNumber = new int[n];
        for (int i = 0, start = 0, number = 0; i < n; i++) {
            initial[i] = computeStartsSentence(i);
            boolean initial = this.initial[i];
            if (initial && i > 0 && !quoted.get(tokens.get(i).start())) number++;
            if (initial) start = i;
            sentenceStartToken[i] = start;
            sentenceNumber[i] = number;
            String w = tokens.get(i).text();
            if (w.length() >= 3 && Character.isUpperCase(w.charAt(0))) {
                int[] c = count(lower(i)); // a capitalised word: count how it is written elsewhere
                if (!initial && !(i > 0 && isPunct(i - 1, "\"“"))) c[1]++;
            }
        }
        for (Token t : tokens) { // then its lower-case uses, only for words met capitalised
            String w = t.text();
            if (w.length() < 3 || !Character.isLowerCase(w.charAt(0))) continue;
            int[] c = counts.get(w);
            if (c != null) c[0]++;
            if (w.endsWith("nya") && w.length() > 5 && (c = counts.get(w.substring(0, w.length() - 3))) != null) c[0]++;
        }
    }

    /** The first token of the sentence holding token {@code i}. */
    int sentenceStart(int i) {
        return sentenceStartToken[i];
    }

    /** Whether token {@code i} follows {@code yang}: the verb of a relative clause, whose subject is not the word before. */
    boolean afterYang(int i) {
        return i > 0 && lower(i - 1).equals("yang");
    }

    /** Whether the article capitalises token {@code i}'s word somewhere inside a sentence. */
    boolean isCapitalisedInside(int i) {
        int[] c = counts.get(lower(i));
        return c != null && c[1] > 0;
    }

    private int[] count(String lower) {
        return counts.computeIfAbsent(lower, k -> new int[2]);
    }

    /** Whether the article capitalises token {@code i}'s word inside sentences and never writes it in lower case. */
    boolean isOnlyCapitalised(int i) {
        int[] c = counts.get(lower(i));
        return c != null && c[1] > 0 && c[0] == 0;
    }

    /**
     * Whether {@code word}, capitalised at a sentence start, is a common word rather than a name:
     * the article writes it in lower case more often than capitalised inside sentences.
     */
    boolean isCommonWord(int i) {
        int[] c = counts.get(lower(i));
        return c != null && c[0] > c[1];
    }

    int size() {
        return tokens.size();
    }

    Token token(int i) {
        return tokens.get(i);
    }

    String word(int i) {
        return tokens.get(i).text();
    }

    /** Token {@code i} in lower case. */
    String lower(int i) {
        know(i);
        return lower[i];
    }

    /** Whether token {@code i} is a word of this class. */
    boolean is(int i, Words.Kind kind) {
        know(i);
        return (kinds[i] & (1 << kind.ordinal())) != 0;
    }

    /** Token {@code i} is a word of a person's name here, no role ({@code Imam} of Imam Nahrawi): see {@link People}. */
    void markNameNotRole(int i) {
        know(i);
        kinds[i] &= ~(1 << Words.Kind.ROLE.ordinal());
    }

    /**
     * Whether tokens {@code i} and {@code i + 1} are one word of this class written in two ({@code penyakit dalam},
     * {@code juru bicara} for a title; {@code salah satu} for a determiner).
     */
    boolean isTwoWords(int i, Words.Kind kind) {
        return i + 1 < size() && Words.opensSeveral(lower(i)) && Words.isKey(lower(i) + " " + lower(i + 1), kind);
    }

    boolean isCue(int i, SpeechCue kind) {
        know(i);
        return (cues[i] & (1 << kind.ordinal())) != 0;
    }

    private void know(int i) {
        if (known[i]) return;
        String w = tokens.get(i).text();
        lower[i] = Character.isLetter(w.charAt(0)) ? lowerCase(w) : w;
        int mask = Character.isLetter(w.charAt(0)) ? Words.mask(lower[i]) : 0;
        kinds[i] = mask & ((1 << Words.CUE_SHIFT) - 1);
        cues[i] = mask >>> Words.CUE_SHIFT;
        inverted[i] = invertedBase(lower[i], cues[i]);
        known[i] = true;
    }

    /** {@link Phrase#isVerbShaped(String)} for token {@code i}, without looking its word up again. */
    boolean isVerbShaped(int i) {
        String w = tokens.get(i).text();
        if (w.length() < 5 || !Character.isLowerCase(w.charAt(0)) || is(i, Words.Kind.NOUN) || is(i, Words.Kind.ROLE)
                || is(i, Words.Kind.PRONOUN)) return false;
        return Phrase.hasVerbPrefix(lower(i));
    }

    /**
     * Where {@code word} next stands whole in {@code text} at or after {@code from}, no letter or digit touching it
     * either side; -1 when nowhere.
     */
    static int indexOfWord(String text, String word, int from) {
        for (int at = text.indexOf(word, from); at >= 0; at = text.indexOf(word, at + 1)) {
            int after = at + word.length();
            if ((at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                    && (after >= text.length() || !Character.isLetterOrDigit(text.charAt(after)))) return at;
        }
        return -1;
    }

    /**
     * {@code w} in lower case. Most words already are, and {@link String#toLowerCase} returns them as they are,
     * without a copy; the others it lowers into one new array (a copy by hand took two, a char array and the string's).
     */
    static String lowerCase(String w) {
        return w.toLowerCase(Locale.ROOT);
    }

    /** {@code kata} for {@code katanya} and {@code kata}, from the word's cue kinds: no lookup unless it ends in -nya. */
    private static String invertedBase(String lower, int cues) {
        int inverted = 1 << SpeechCue.INVERTED.ordinal();
        boolean nya = lower.endsWith("nya") && lower.length() > 3;
        if ((cues & inverted) != 0) return nya ? lower.substring(0, lower.length() - 3) : lower;
        if (!nya) return null;
        String base = lower.substring(0, lower.length() - 3);
        return (Words.mask(base) >>> Words.CUE_SHIFT & inverted) != 0 ? base : null;
    }

    /** Whether token {@code i} is an inverted cue carrying {@code -nya} ({@code katanya}): it points back. */
    boolean hasClitic(int i) {
        know(i);
        return inverted[i] != null && lower[i].endsWith("nya") && lower[i].length() > 3;
    }

    /** The inverted cue token {@code i} is ({@code kata} for {@code Katanya}), or null. */
    String invertedBase(int i) {
        know(i);
        return inverted[i];
    }

    /** The index of the first token starting at or after {@code offset}. */
    int tokenAt(int offset) {
        int i = Arrays.binarySearch(tokenStarts, offset);
        return i >= 0 ? i : -i - 1;
    }

    /** The number of the sentence holding {@code offset}: a measure of distance between two places. */
    int sentenceOf(int offset) {
        if (sentenceNumber.length == 0) return 0;
        int i = Arrays.binarySearch(tokenStarts, offset);
        int t = i >= 0 ? i : Math.max(0, -i - 2);
        return sentenceNumber[Math.min(t, sentenceNumber.length - 1)];
    }

    /** Whether the character at {@code offset} lies inside a direct quotation, marks included. */
    boolean inQuote(int offset) {
        return quoted.get(offset);
    }

    boolean isPunct(int i, String marks) {
        char c = single[i];
        return c != 0 && marks.indexOf(c) >= 0;
    }

    /** Whether token {@code i} ends a clause: sentence punctuation, a comma, a colon, a quotation mark. */
    boolean isClauseBreak(int i) {
        return isPunct(i, ".!?;:,\"“”„()—–") || paragraphBreakBefore(i + 1);
    }

    /** Whether a paragraph break lies between token {@code i - 1} and token {@code i}. */
    boolean paragraphBreakBefore(int i) {
        return i <= 0 || i >= tokens.size() || breakBefore[i];
    }

    private boolean hasNewline(int from, int to) {
        for (int c = from; c < to; c++) if (text.charAt(c) == '\n') return true;
        return false;
    }

    /** Whether token {@code i} starts a sentence: first of its paragraph, or after {@code .!?} (and closing marks). */
    boolean startsSentence(int i) {
        return i >= tokens.size() || initial[i];
    }

    private boolean computeStartsSentence(int i) {
        if (paragraphBreakBefore(i)) return true;
        int j = i - 1;
        while (j > 0 && isPunct(j, "\"”’')")) j--;
        if (!isPunct(j, ".!?")) return false;
        String w = word(i);
        if (Character.isLowerCase(w.codePointAt(0))) return false; // "Rp 1.549 triliun." is one sentence with what follows lowercase
        // "H. Ahmad", "dr. Yamin", "Jl. Sudirman": an abbreviation's full stop ends no sentence
        return !(isPunct(j, ".") && j > 0 && ABBREVIATIONS.contains(lower(j - 1)));
    }
}
