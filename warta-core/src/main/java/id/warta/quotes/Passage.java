package id.warta.quotes;

import id.warta.language.Sentences;
import id.warta.language.Token;
import id.warta.language.Tokenizer;
import id.warta.model.Span;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An article's text cut once for every reader of quotes: its tokens, its sentences, and which
 * characters lie inside direct quotations. Positions are token indices unless named otherwise.
 */
final class Passage {
    final String text;
    final List<Token> tokens;
    private final int[] tokenStarts;
    private final int[] sentenceStarts;
    private final BitSet quoted = new BitSet();
    private final Map<String, Integer> lowercase = new HashMap<>();
    private final Map<String, Integer> capitalisedInside = new HashMap<>();
    private final int[] sentenceStartToken;
    private final boolean[] breakBefore;
    private final boolean[] initial;
    /** Memo of {@link People#isNameWord}: 0 not yet known, 1 yes, 2 no. */
    final byte[] nameWord;

    Passage(String text, List<DirectQuote> quotes) {
        this.text = text;
        this.tokens = Tokenizer.tokenize(text);
        this.tokenStarts = tokens.stream().mapToInt(Token::start).toArray();
        this.sentenceStarts = Sentences.split(text).stream().mapToInt(Span::start).toArray();
        for (DirectQuote q : quotes) quoted.set(q.open(), q.close());
        int n = tokens.size();
        this.breakBefore = new boolean[n];
        for (int i = 0; i < n; i++) breakBefore[i] = i == 0 || hasNewline(tokens.get(i - 1).end(), tokens.get(i).start());
        this.initial = new boolean[n];
        this.nameWord = new byte[n];
        this.sentenceStartToken = new int[n];
        for (int i = 0, start = 0; i < n; i++) {
            initial[i] = computeStartsSentence(i);
            boolean initial = this.initial[i];
            if (initial) start = i;
            sentenceStartToken[i] = start;
            String w = tokens.get(i).text();
            if (Character.isLowerCase(w.codePointAt(0))) {
                lowercase.merge(w, 1, Integer::sum);
                if (w.endsWith("nya") && w.length() > 5) lowercase.merge(w.substring(0, w.length() - 3), 1, Integer::sum);
            }
            else if (!initial && !(i > 0 && isPunct(i - 1, "\"“")) && Character.isUpperCase(w.codePointAt(0))) {
                capitalisedInside.merge(w.toLowerCase(java.util.Locale.ROOT), 1, Integer::sum);
            }
        }
    }

    /** The first token of the sentence holding token {@code i}. */
    int sentenceStart(int i) {
        return sentenceStartToken[i];
    }

    /** Whether the article capitalises {@code word} somewhere inside a sentence. */
    boolean isCapitalisedInside(String word) {
        return capitalisedInside.getOrDefault(word.toLowerCase(java.util.Locale.ROOT), 0) > 0;
    }

    /**
     * Whether {@code word}, capitalised at a sentence start, is a common word rather than a name:
     * the article writes it in lower case more often than capitalised inside sentences.
     */
    boolean isCommonWord(String word) {
        String k = word.toLowerCase(java.util.Locale.ROOT);
        return lowercase.getOrDefault(k, 0) > capitalisedInside.getOrDefault(k, 0);
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

    /** The index of the first token starting at or after {@code offset}. */
    int tokenAt(int offset) {
        int i = Arrays.binarySearch(tokenStarts, offset);
        return i >= 0 ? i : -i - 1;
    }

    /** The index of the sentence holding {@code offset}: a measure of distance between two places. */
    int sentenceOf(int offset) {
        int i = Arrays.binarySearch(sentenceStarts, offset);
        return i >= 0 ? i : Math.max(0, -i - 2);
    }

    /** Whether the character at {@code offset} lies inside a direct quotation, marks included. */
    boolean inQuote(int offset) {
        return quoted.get(offset);
    }

    boolean isPunct(int i, String marks) {
        String w = word(i);
        return w.length() == 1 && marks.indexOf(w.charAt(0)) >= 0;
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
        return isPunct(j, ".!?");
    }
}
