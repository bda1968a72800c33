package id.warta.index;

import id.warta.index.analysis.IndonesianNewsAnalyzer;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexOptions;

/**
 * Every field of the index, its analysis and its facets, declared in one place. Two kinds of
 * document live in the index: one per article, and one per quote (so quotes can be searched
 * by speaker and words). Both carry {@link #ARTICLE_ID}, so an article and its quotes are
 * replaced together.
 */
public final class Schema {
    /** {@code article} or {@code quote}. */
    public static final String KIND = "kind";
    public static final String ARTICLE = "article";
    public static final String QUOTE = "quote";

    /** The article's id (on article documents only): a short hash of its key. */
    public static final String ID = "id";
    /** On every document: the id of the article it belongs to. */
    public static final String ARTICLE_ID = "article_id";
    /** Canonical URL, or {@code content:<hash>} when the article has no URL. */
    public static final String KEY = "key";
    /** Hash of the raw input an article was analysed from: re-ingesting the same input skips it. */
    public static final String INPUT_HASH = "input_hash";
    /** Hash of the analysed article: an upsert with the same hash changes nothing. */
    public static final String CONTENT_HASH = "content_hash";
    /** The article as JSON (without its text, which is stored in {@link #TEXT}). */
    public static final String JSON = "json";

    public static final String TITLE = "title";
    public static final String TEXT = "text";
    public static final String URL = "url";
    public static final String PUBLISHED_ISO = "published_iso";
    /** Publication time, epoch seconds (points for ranges, doc values for sorting). */
    public static final String PUBLISHED = "published";
    /** Publication day as written (epoch day), for day ranges and the time histogram. */
    public static final String DAY = "day";

    /** Facet dimensions (and keyword fields of the same name for filters). */
    public static final String OUTLET = "outlet";
    public static final String PERSON = "person";
    public static final String ORGANIZATION = "organization";
    public static final String PLACE = "place";
    public static final String SPEAKER = "speaker";
    /** Every entity's canonical name, whatever its type: the entity page's filter. */
    public static final String ENTITY = "entity";
    public static final List<String> FACETS = List.of(OUTLET, PERSON, ORGANIZATION, PLACE, SPEAKER);

    /** Quote documents: the quoted words, the speaker's name as words, and the quote's span. */
    public static final String QUOTE_TEXT = "quote_text";
    public static final String SPEAKER_NAME = "speaker_name";
    public static final String QUOTE_START = "quote_start";
    /** On quote documents: the article's title, stored for display. */
    public static final String ARTICLE_TITLE = "article_title";
    public static final String QUOTE_END = "quote_end";

    /** Fields a user may name in a query ({@code person:"Joko Widodo"}); keywords match exactly. */
    public static final List<String> KEYWORD_FIELDS = List.of(OUTLET, PERSON, ORGANIZATION, PLACE, SPEAKER, ENTITY);

    /** Text stored with offsets in the postings, so highlighting needs no re-analysis. */
    static final FieldType HIGHLIGHTED_TEXT = highlightedText();

    private static final FacetsConfig FACETS_CONFIG = newFacetsConfig();

    private Schema() {
    }

    /** The analyzer for article text and queries: the language layer's Indonesian news analyzer. */
    public static Analyzer textAnalyzer() {
        return new IndonesianNewsAnalyzer();
    }

    /** The analyzer for every field: text fields by {@link #textAnalyzer()}, keywords as they are. */
    public static Analyzer analyzer() {
        Analyzer keyword = new KeywordAnalyzer();
        Map<String, Analyzer> perField = new java.util.HashMap<>();
        for (String f : KEYWORD_FIELDS) perField.put(f, keyword);
        perField.put(SPEAKER_NAME, nameAnalyzer());
        return new PerFieldAnalyzerWrapper(textAnalyzer(), perField);
    }

    public static FacetsConfig facetsConfig() {
        return FACETS_CONFIG;
    }

    private static FacetsConfig newFacetsConfig() {
        FacetsConfig config = new FacetsConfig();
        for (String dim : List.of(PERSON, ORGANIZATION, PLACE, SPEAKER)) config.setMultiValued(dim, true);
        // Filters match each dimension's own keyword field, never Lucene's drill-down terms: none are indexed.
        for (String dim : FACETS) config.setDrillDownTermsIndexing(dim, FacetsConfig.DrillDownTermsIndexing.NONE);
        return config;
    }

    /** Names as words, case and accents folded, never stemmed: "pratama" finds "Pratama Wibisono". */
    private static Analyzer nameAnalyzer() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer tokenizer = new StandardTokenizer();
                TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(tokenizer));
                return new TokenStreamComponents(tokenizer, stream);
            }
        };
    }

    private static FieldType highlightedText() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }
}
