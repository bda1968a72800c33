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
    /**
     * Stems remembered per filter (an analyzer reuses one per thread): news repeats its words,
     * so most terms are looked up, not stemmed again. Forgotten all at once when full.
     */
    private static final int REMEMBERED = 1 << 16;

    private final Stemmer stemmer = Stemmer.indonesian();
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
    private final StemCache stems = new StemCache(REMEMBERED);

    public IndonesianNewsStemFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) return false;
        if (!keyword.isKeyword()) {
            int slot = stems.find(term.buffer(), term.length());
            if (slot < 0) {
                String word = term.toString();
                slot = stems.put(word, stemmer.stem(word));
            }
            stems.copyStem(slot, term);
        }
        return true;
    }
}
