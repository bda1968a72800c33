package id.warta.index.analysis;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopwordAnalyzerBase;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;

/**
 * Analyzer for Indonesian news: {@link IndonesianNewsTokenizer} (Warta's tokenizer: abbreviations,
 * Indonesian numbers, URLs, reduplication kept whole) → lowercase → terms excluded from stemming →
 * {@link IndonesianNewsStemFilter}: Indonesian stop words dropped ({@code stopwords-id}, MIT), the
 * rest stemmed by Warta's stemmer, which undoes prefixes, suffixes, confixes and clitics.
 */
public final class IndonesianNewsAnalyzer extends StopwordAnalyzerBase {
    /** The default stop words, a resource beside this class. */
    public static final String DEFAULT_STOPWORD_FILE = "stopwords-id.txt";

    private final CharArraySet stemExclusions;

    /** With the default stop words and no exclusions from stemming. */
    public IndonesianNewsAnalyzer() {
        this(DefaultStopwords.SET, CharArraySet.EMPTY_SET);
    }

    /** With these stop words (lowercase) and these terms kept unstemmed (lowercase). */
    public IndonesianNewsAnalyzer(CharArraySet stopwords, CharArraySet stemExclusions) {
        super(stopwords);
        this.stemExclusions = CharArraySet.unmodifiableSet(CharArraySet.copy(stemExclusions));
    }

    public static CharArraySet defaultStopSet() {
        return DefaultStopwords.SET;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new IndonesianNewsTokenizer();
        TokenStream result = new LowerCaseFilter(source);
        if (!stemExclusions.isEmpty()) result = new SetKeywordMarkerFilter(result, stemExclusions);
        // drops the stop words too: one lookup per term for both
        return new TokenStreamComponents(source, new IndonesianNewsStemFilter(result, stopwords));
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }

    private static final class DefaultStopwords {
        /**
         * Slots per stop word: a {@link CharArraySet} fills up to four fifths of its table, and a
         * term that is no stop word (most) then compares its characters with the several keys met
         * on its probe, each a read of memory of its own; a table about a twelfth full (the 702
         * words asked 8 slots each get 8,192, the next power of two above 1.25 times that) mostly
         * answers at the first empty slot. (Copies of a set keep its table's size.)
         */
        private static final int SLOTS_PER_WORD = 8;
        static final CharArraySet SET = load();

        private static CharArraySet load() {
            var in = Objects.requireNonNull(IndonesianNewsAnalyzer.class.getResourceAsStream(DEFAULT_STOPWORD_FILE),
                    DEFAULT_STOPWORD_FILE);
            try (var reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                CharArraySet words = WordlistLoader.getWordSet(reader, "#");
                CharArraySet roomy = new CharArraySet(words.size() * SLOTS_PER_WORD, false);
                roomy.addAll(words);
                return CharArraySet.unmodifiableSet(roomy);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the default stop words", e);
            }
        }
    }
}
