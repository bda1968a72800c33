package id.warta.index.analysis;

import id.warta.language.Stemmer;
import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Stems lowercase Indonesian terms with Warta's {@link Stemmer} ({@code pemerintahan} →
 * {@code perintah}); terms marked as keywords are left alone.
 */
public final class IndonesianNewsStemFilter extends TokenFilter {
    private final Stemmer stemmer = Stemmer.indonesian();
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

    public IndonesianNewsStemFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) return false;
        if (!keyword.isKeyword()) {
            String word = term.toString();
            String stem = stemmer.stem(word);
            if (!stem.equals(word)) term.setEmpty().append(stem);
        }
        return true;
    }
}
