package id.warta.index.analysis;

import id.warta.language.Token;
import id.warta.language.TokenKind;
import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.AttributeFactory;

/**
 * Lucene's view of {@link id.warta.language.Tokenizer}: the words, numbers, abbreviations, URLs,
 * e-mail addresses, hashtags and mentions of the text, with their offsets; punctuation, symbols and
 * emoji are left out. An abbreviation loses its final period ({@code Dr.} → {@code Dr}), every term
 * its invisible characters. The type of each token is its {@link TokenKind}. Reads each input whole
 * (a news article), since sentences and abbreviations need their context; a {@link TokenizedText}
 * (an article's body, cut already by the analysis) it does not cut again but takes its tokens.
 */
public final class IndonesianNewsTokenizer extends Tokenizer {
    /** Longer tokens are dropped, as Lucene's StandardAnalyzer does by default: no term is that long. */
    public static final int MAX_TOKEN_LENGTH = 255;
    private static final Set<TokenKind> INDEXED = EnumSet.of(TokenKind.WORD, TokenKind.NUMBER,
            TokenKind.ABBREVIATION, TokenKind.URL, TokenKind.EMAIL, TokenKind.HASHTAG, TokenKind.MENTION);

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);
    private final StringBuilder buffer = new StringBuilder();
    /**
     * Kept for every field this instance reads (Lucene reuses one per thread): a new block per
     * field was a tenth of the bytes a text ingest allocated (the text, the title, each quote's).
     */
    private final char[] chunk = new char[8192];
    private List<Token> tokens;
    private int next;
    private int length;

    public IndonesianNewsTokenizer() {
    }

    public IndonesianNewsTokenizer(AttributeFactory factory) {
        super(factory);
    }

    @Override
    public boolean incrementToken() throws IOException {
        clearAttributes();
        if (tokens == null) readAll();
        while (next < tokens.size()) {
            Token token = tokens.get(next++);
            String text = token.text();
            TokenKind kind = plainKind(text);
            if (kind != null) {
                term.append(text); // ASCII letters and digits: nothing to drop
            } else {
                kind = token.kind();
                if (!INDEXED.contains(kind) || text.length() > MAX_TOKEN_LENGTH) continue;
                appendTerm(text, kind);
            }
            offset.setOffset(correctOffset(token.start()), correctOffset(token.end()));
            type.setType(kind.name());
            return true;
        }
        return false;
    }

    /**
     * The kind of a token of ASCII letters and digits alone, most of a news text's, read in one
     * pass: {@link TokenKind#NUMBER} when all digits, else {@link TokenKind#WORD} (what
     * {@link Token#kind()} says of such a token, with its several scans); null for any other token.
     */
    static TokenKind plainKind(String text) {
        int n = text.length();
        if (n == 0 || n > MAX_TOKEN_LENGTH) return null;
        boolean digits = true;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') continue;
            char lower = (char) (c | 0x20); // an ASCII capital's lowercase; no other character lands in a..z
            if (lower < 'a' || lower > 'z') return null;
            digits = false;
        }
        return digits ? TokenKind.NUMBER : TokenKind.WORD;
    }

    private void appendTerm(String text, TokenKind kind) {
        int end = kind == TokenKind.ABBREVIATION && text.endsWith(".") ? text.length() - 1 : text.length();
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (Character.getType(c) != Character.FORMAT) term.append(c);
        }
    }

    private void readAll() throws IOException {
        if (input instanceof TokenizedText given) { // an article's body, tokenised by the analysis: not cut again
            length = given.text().length();
            tokens = given.tokens();
            return;
        }
        buffer.setLength(0);
        for (int n = input.read(chunk); n >= 0; n = input.read(chunk)) buffer.append(chunk, 0, n);
        String text = buffer.toString();
        length = text.length();
        tokens = id.warta.language.Tokenizer.tokenize(text);
    }

    @Override
    public void end() throws IOException {
        super.end();
        int last = correctOffset(length);
        offset.setOffset(last, last);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        tokens = null;
        next = 0;
        length = 0;
    }
}
