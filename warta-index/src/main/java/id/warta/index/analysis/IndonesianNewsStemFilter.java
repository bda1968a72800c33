package id.warta.index.analysis;

import id.warta.language.Stemmer;
import java.io.IOException;
import org.apache.lucene.analysis.CharArrayMap;
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
    private final CharArrayMap<String> stems = new CharArrayMap<>(1024, false);

    public IndonesianNewsStemFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) return false;
        if (!keyword.isKeyword()) {
            String stem = stems.get(term.buffer(), 0, term.length());
            if (stem == null) {
                String word = term.toString();
                stem = stemmer.stem(word);
                if (stems.size() >= REMEMBERED) stems.clear();
                stems.put(word, stem);
            }
            if (!contentEquals(stem)) term.setEmpty().append(stem);
        }
        return true;
    }

    private boolean contentEquals(String s) {
        if (s.length() != term.length()) return false;
        char[] b = term.buffer();
        for (int i = 0; i < s.length(); i++) if (b[i] != s.charAt(i)) return false;
        return true;
    }
}
