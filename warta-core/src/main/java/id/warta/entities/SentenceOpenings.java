package id.warta.entities;

/**
 * Where a sentence opens in an article's text, read on the characters alone (the entity layer's passes get the text,
 * not its sentences): after the text's start, a line's end, a full stop, a question or exclamation mark, with spaces,
 * quotation marks and the escapes and emphasis marks of scraped pages between.
 */
final class SentenceOpenings {
    private SentenceOpenings() {
    }

    /** Whether nothing but spaces, quote marks and escapes stands between {@code at} and the sentence's start. */
    static boolean opens(String text, int at) {
        int i = at - 1;
        while (i >= 0 && isMarkOrSpace(text.charAt(i))) i--;
        return i < 0 || text.charAt(i) == '\n' || text.charAt(i) == '.' || text.charAt(i) == '!' || text.charAt(i) == '?';
    }

    /** Whether {@code c} is a quotation mark (straight, curly, single or double) or the backslash of an escaped one. */
    static boolean isQuote(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D' || c == '\'' || c == '\u2018' || c == '\u2019' || c == '\\';
    }

    private static boolean isMarkOrSpace(char c) {
        return c == ' ' || isQuote(c) || c == '*' || c == '_';
    }
}
