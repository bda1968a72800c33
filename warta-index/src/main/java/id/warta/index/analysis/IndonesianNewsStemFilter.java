package id.warta.index.analysis;

import id.warta.language.Stemmer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Stems lowercase Indonesian terms with Warta's {@link Stemmer} ({@code pemerintahan} →
 * {@code perintah}); terms marked as keywords are left alone. Given stop words, drops them as
 * Lucene's {@code StopFilter} does (leaving their positions empty): the cache of stems remembers
 * which terms are stop words too, so each term is looked up once, not once in the stop words'
 * table and again in the cache (that table was a twentieth of indexing an article).
 */
public final class IndonesianNewsStemFilter extends FilteringTokenFilter {
    /**
     * Stems remembered per filter (an analyzer reuses one per thread): news repeats its words,
     * so most terms are looked up, not stemmed again. Forgotten all at once when full.
     */
    private static final int REMEMBERED = 1 << 16;

    private final Stemmer stemmer = Stemmer.indonesian();
    private final CharArraySet stopWords;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
    private final StemCache stems = new StemCache(REMEMBERED);

    /** Stems every term, dropping none. */
    public IndonesianNewsStemFilter(TokenStream input) {
        this(input, CharArraySet.EMPTY_SET);
    }

    /** Drops the stop words and stems every other term. */
    public IndonesianNewsStemFilter(TokenStream input, CharArraySet stopWords) {
        super(input);
        this.stopWords = stopWords;
    }

    @Override
    protected boolean accept() {
        int slot = stems.find(term.buffer(), term.length());
        if (slot < 0) {
            String word = term.toString();
            slot = stems.put(word, stopWords.contains(word) ? null : stemmer.stem(word));
        }
        if (stems.isStopWord(slot)) return false;
        if (!keyword.isKeyword()) stems.copyStem(slot, term);
        return true;
    }
}
