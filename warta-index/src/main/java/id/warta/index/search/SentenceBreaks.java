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
    /** The boundaries found so far, ascending: 0, each sentence start, and once scanned to the end, the text's length. */
    private int[] bounds = {0};
    private int count = 1;
    /** Where scanning for boundaries goes on, or -1 once it has reached the end. */
    private int scanned;
    /** Index into {@link #bounds} of the current boundary. */
    private int at;

    @Override
    public void setText(String newText) {
        text = newText;
        bounds = new int[16];
        count = 1;
        scanned = 0;
        at = 0;
        if (text.isEmpty()) scanned = -1; // 0 is the only boundary, and already the last
    }

    /**
     * Scans on until a boundary beyond {@code offset} is found, or the text ends: lazily, as
     * the snippet of an article without matches reads only its first sentences.
     */
    private void scanPast(int offset) {
        while (scanned >= 0 && bounds[count - 1] <= offset) scanNext();
    }

    private void scanNext() {
        int length = text.length();
        for (int i = scanned; i < length; ) {
            char c = text.charAt(i);
            boolean lineEnd = c == '\n';
            if (!lineEnd && c != '.' && c != '!' && c != '?') {
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
            if (j < length && (lineEnd || (j > spaces && opensSentence(text.charAt(j))))) {
                add(j);
                scanned = j;
                return;
            }
            i = Math.max(j, i + 1);
        }
        add(length);
        scanned = -1;
    }

    private void add(int boundary) {
        if (count == bounds.length) bounds = Arrays.copyOf(bounds, count * 2);
        bounds[count++] = boundary;
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
        scanPast(Integer.MAX_VALUE);
        at = count - 1;
        return bounds[at];
    }

    @Override
    public int next(int n) {
        int target = at + n;
        while (target >= count && scanned >= 0) scanNext();
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
        scanPast(offset);
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
        scanPast(offset);
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
