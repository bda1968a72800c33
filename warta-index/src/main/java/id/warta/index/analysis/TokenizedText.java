package id.warta.index.analysis;

import id.warta.language.Token;
import java.io.StringReader;
import java.util.List;

/**
 * A text with the tokens {@link id.warta.language.Tokenizer} cut from it, as a reader: an analyzer
 * given one reads it as any text, and {@link IndonesianNewsTokenizer} takes the tokens instead of
 * cutting the text again (an article's body, tokenised already by the analysis).
 */
public final class TokenizedText extends StringReader {
    private final String text;
    private final List<Token> tokens;

    /** @param tokens {@code Tokenizer.tokenize(text)} */
    public TokenizedText(String text, List<Token> tokens) {
        super(text);
        this.text = text;
        this.tokens = tokens;
    }

    String text() {
        return text;
    }

    List<Token> tokens() {
        return tokens;
    }
}
