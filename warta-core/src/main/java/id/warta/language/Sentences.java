package id.warta.language;

import id.warta.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into sentences, reading the tokens of {@link Tokenizer}. A sentence ends
 * <ul>
 * <li>at a line break (paragraphs, headlines, list items);</li>
 * <li>at {@code . ! ? ...} (with any closing quotes and brackets glued to it) when the next token
 * starts a sentence: a capital, a digit or an opening quote or bracket; in text without any capital
 * letter, any word;</li>
 * <li>at a period glued between two words from a bad scrape ({@code ...Cortana.Kecanggihan...});</li>
 * <li>after an abbreviation that may end one ({@code dll.}, {@code S.H.}) when a capital follows.</li>
 * </ul>
 * A numbered list run into one line ({@code Putra: 1. Veddrriq Leonardo 2. Kiromal Katibin}) stays one
 * sentence: a small number with its period is an item's number, not a sentence end, when it opens the
 * sentence, follows the previous item's number, or is a {@code 1.} whose {@code 2.} comes soon after.
 * Never after a title or an initial ({@code Dr.}, {@code Jl.}, {@code No.}, {@code H.}) nor inside a
 * number ({@code 1.549}), a domain ({@code KOMPAS.com}) or an e-mail address. Spans are trimmed to
 * their first and last token, with offsets into the original text. Linear in the length of the text.
 */
public final class Sentences {
    private Sentences() {
    }

    public static List<Span> split(String text) {
        return split(text, Tokenizer.tokenize(text));
    }

    /** The sentences of {@code text}, given its tokens (as {@link Tokenizer#tokenize(String)} cut them). */
    public static List<Span> split(String text, List<Token> tokens) {
        List<Span> sentences = new ArrayList<>();
        boolean caseless = text.chars().noneMatch(Character::isUpperCase);
        int first = 0;
        int item = 0;
        for (int k = 0; k < tokens.size(); k++) {
            if (k > first && lineBreakBetween(text, tokens.get(k - 1), tokens.get(k))) {
                sentences.add(span(tokens, first, k - 1));
                first = k;
                item = 0;
            }
            if (!mayEnd(tokens.get(k))) continue;
            int number = itemNumber(tokens, k, first, item, text);
            if (number > 0) {
                item = number;
                continue;
            }
            int last = closersAfter(tokens, k);
            if (last + 1 < tokens.size() && startsNext(tokens, last, caseless)) {
                sentences.add(span(tokens, first, last));
                first = last + 1;
                item = 0;
            }
            k = last;
        }
        if (first < tokens.size()) sentences.add(span(tokens, first, tokens.size() - 1));
        return sentences;
    }

    /** Longest list an item number is looked ahead for ({@code 1.} ... {@code 2.}), in tokens. */
    private static final int ITEM_LOOKAHEAD = 40;
    /** An item number has at most this many digits ({@code 12.}); a year ({@code 2015.}) ends sentences. */
    private static final int MAX_ITEM_DIGITS = 2;

    /**
     * The number of the list item whose period is at {@code k}, or 0 when that period may end a
     * sentence: it must be a period glued to a small number that opens the sentence, follows the
     * previous item's number {@code item}, or is a {@code 1.} followed by a {@code 2.} on its line.
     */
    private static int itemNumber(List<Token> tokens, int k, int first, int item, String text) {
        int n = numberBefore(tokens, k);
        if (n <= 0) return 0;
        if (k - 1 == first || n == item + 1 && item > 0) return n;
        if (n != 1) return 0;
        for (int j = k + 1; j < tokens.size() && j <= k + ITEM_LOOKAHEAD; j++) {
            if (lineBreakBetween(text, tokens.get(j - 1), tokens.get(j))) return 0;
            if (numberBefore(tokens, j) == 2) return 1;
        }
        return 0;
    }

    /** The small number glued before the period at {@code k} ({@code 2.}), or 0. */
    private static int numberBefore(List<Token> tokens, int k) {
        Token period = tokens.get(k);
        if (k == 0 || !period.text().equals(".")) return 0;
        Token number = tokens.get(k - 1);
        String digits = number.text();
        if (number.kind() != TokenKind.NUMBER || number.end() != period.start() || digits.length() > MAX_ITEM_DIGITS) return 0;
        for (int i = 0; i < digits.length(); i++) {
            if (!Character.isDigit(digits.charAt(i))) return 0;
        }
        return Integer.parseInt(digits);
    }

    private static Span span(List<Token> tokens, int first, int last) {
        return new Span(tokens.get(first).start(), tokens.get(last).end());
    }

    private static boolean lineBreakBetween(String text, Token before, Token after) {
        for (int i = before.end(); i < after.start(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') return true;
        }
        return false;
    }

    /** Terminal punctuation, or an abbreviation whose period may also end the sentence. */
    private static boolean mayEnd(Token t) {
        String s = t.text();
        char c = s.charAt(0);
        if (c == '.' || c == '!' || c == '?' || c == '…') return true;
        // an abbreviation holds a period after its first letter: most tokens are ruled out without working out their kind
        if (s.indexOf('.') <= 0 || t.kind() != TokenKind.ABBREVIATION) return false;
        Abbreviations.Kind kind = Abbreviations.kind(s.substring(0, s.length() - 1));
        return kind != null && kind.mayEndSentence();
    }

    /** The last of the closing quotes and brackets glued to the mark at {@code k} ({@code ."} {@code .)}). */
    private static int closersAfter(List<Token> tokens, int k) {
        int last = k;
        while (last + 1 < tokens.size() && tokens.get(last + 1).start() == tokens.get(last).end()
                && isCloser(tokens.get(last + 1).text())) {
            last++;
        }
        return last;
    }

    private static boolean isCloser(String s) {
        return s.length() == 1 && "\"”’')]»".indexOf(s.charAt(0)) >= 0;
    }

    /** Whether the token after {@code last} opens a new sentence. */
    private static boolean startsNext(List<Token> tokens, int last, boolean caseless) {
        Token end = tokens.get(last);
        Token next = tokens.get(last + 1);
        int c = next.text().codePointAt(0);
        if (next.start() == end.end()) return gluedSentence(tokens, last, next);
        if (Character.isUpperCase(c) || Character.isDigit(c) || Character.isTitleCase(c)) return true;
        if ("\"“‘'([«".indexOf(c) >= 0) return true;
        return caseless && Character.isLetter(c);
    }

    /**
     * {@code Cortana.Kecanggihan}: a mark glued between a word and a capitalised word starting with
     * a capital and a small letter, as scrapes that lose paragraph breaks leave it.
     */
    private static boolean gluedSentence(List<Token> tokens, int last, Token next) {
        if (next.kind() != TokenKind.WORD || next.text().length() < 2) return false;
        if (!Character.isUpperCase(next.text().charAt(0)) || !Character.isLowerCase(next.text().charAt(1))) return false;
        int k = last;
        while (k > 0 && !tokens.get(k).isWord()) k--;
        return tokens.get(k).isWord() && tokens.get(k).text().length() > 1;
    }
}
