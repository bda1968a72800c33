package id.warta.index.search;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.Arrays;

/**
 * Sentence boundaries for snippets, found in one pass over the text: after a line break, and
 * after a sentence's final mark ({@code . ! ?}, with any closing quotes or brackets) and the
 * spaces that follow it when the next word opens a sentence (a capital, an opening quote or
 * bracket: not {@code Rp. 5 juta}, {@code dll. dan}). Cruder than the JDK's sentence rules and
 * far cheaper; a snippet only needs a passage that starts and ends near sentence edges, and is
 * cut to length anyway.
 */
final class SentenceBreaks extends BreakIterator {
    private String text = "";
    /** Every boundary, ascending: 0, each sentence start, the text's length. */
    private int[] bounds = {0};
    private int count = 1;
    /** Index into {@link #bounds} of the current boundary. */
    private int at;

    @Override
    public void setText(String newText) {
        text = newText;
        int[] b = new int[16];
        int n = 0;
        b[n++] = 0;
        int length = text.length();
        for (int i = 0; i < length; ) {
            char c = text.charAt(i);
            boolean lineEnd = c == '\n';
            boolean sentenceEnd = c == '.' || c == '!' || c == '?';
            if (!lineEnd && !sentenceEnd) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < length && isClosing(text.charAt(j))) j++;
            int spaces = j;
            while (j < length && Character.isWhitespace(text.charAt(j))) {
                if (text.charAt(j) == '\n') lineEnd = true;
                j++;
            }
            boolean breaks = j < length && (lineEnd || (j > spaces && opensSentence(text.charAt(j))));
            if (breaks) {
                if (n == b.length) b = Arrays.copyOf(b, n * 2);
                b[n++] = j;
            }
            i = Math.max(j, i + 1);
        }
        if (b[n - 1] != length) {
            if (n == b.length) b = Arrays.copyOf(b, n + 1);
            b[n++] = length;
        }
        bounds = b;
        count = n;
        at = 0;
    }

    private static boolean opensSentence(char c) {
        return Character.isUpperCase(c) || c == '"' || c == '\u201C' || c == '(';
    }

    private static boolean isClosing(char c) {
        return c == '"' || c == '\'' || c == ')' || c == ']' || c == '\u201D' || c == '\u2019' || c == '.' || c == '!' || c == '?';
    }

    @Override
    public void setText(CharacterIterator newText) {
        StringBuilder s = new StringBuilder(newText.getEndIndex() - newText.getBeginIndex());
        for (char c = newText.first(); c != CharacterIterator.DONE; c = newText.next()) s.append(c);
        setText(s.toString());
    }

    @Override
    public CharacterIterator getText() {
        return new StringCharacterIterator(text);
    }

    @Override
    public int first() {
        at = 0;
        return bounds[0];
    }

    @Override
    public int last() {
        at = count - 1;
        return bounds[at];
    }

    @Override
    public int next(int n) {
        int target = at + n;
        if (target < 0 || target >= count) {
            at = target < 0 ? 0 : count - 1;
            return DONE;
        }
        at = target;
        return bounds[at];
    }

    @Override
    public int next() {
        return next(1);
    }

    @Override
    public int previous() {
        return next(-1);
    }

    @Override
    public int following(int offset) {
        checkOffset(offset);
        int i = Arrays.binarySearch(bounds, 0, count, offset);
        int next = i >= 0 ? i + 1 : -i - 1; // the first boundary after offset
        if (next >= count) {
            at = count - 1;
            return DONE;
        }
        at = next;
        return bounds[at];
    }

    @Override
    public int preceding(int offset) {
        checkOffset(offset);
        int i = Arrays.binarySearch(bounds, 0, count, offset);
        int previous = i >= 0 ? i - 1 : -i - 2; // the last boundary before offset
        if (previous < 0) {
            at = 0;
            return DONE;
        }
        at = previous;
        return bounds[at];
    }

    @Override
    public int current() {
        return bounds[at];
    }

    private void checkOffset(int offset) {
        if (offset < 0 || offset > text.length()) {
            throw new IllegalArgumentException("offset " + offset + " is outside the text (0 to " + text.length() + ")");
        }
    }
}
