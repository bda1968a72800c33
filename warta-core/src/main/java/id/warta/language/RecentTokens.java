package id.warta.language;

import java.util.Collections;
import java.util.List;

/**
 * The tokens of the last article body analysed on this thread, for the next reader of the same
 * text on it: an ingest worker tokenises a body for the analysis and, right after, the index's
 * analyzer tokenises it again for the text field (a tenth of indexing an article). The analysis
 * {@link #remember}s; a later reader {@link #of asks}, and gets the remembered tokens only for
 * an equal text (comparing is far cheaper than cutting it again). One entry per thread, so a
 * thread keeps one body's tokens alive at most.
 */
public final class RecentTokens {
    private static final ThreadLocal<Remembered> LAST = new ThreadLocal<>();

    private record Remembered(String text, List<Token> tokens) {
    }

    private RecentTokens() {
    }

    /** {@code Tokenizer.tokenize(text)}, unmodifiable, kept for the next {@link #of} on this thread. */
    public static List<Token> remember(String text) {
        List<Token> tokens = Collections.unmodifiableList(Tokenizer.tokenize(text));
        LAST.set(new Remembered(text, tokens));
        return tokens;
    }

    /** {@code Tokenizer.tokenize(text)}: the tokens last remembered on this thread when their text equals {@code text}. */
    public static List<Token> of(String text) {
        Remembered last = LAST.get();
        if (last != null && last.text.equals(text)) return last.tokens;
        return Tokenizer.tokenize(text);
    }
}
