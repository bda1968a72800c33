package id.warta.index;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.ser.impl.SimpleBeanPropertyFilter;
import com.fasterxml.jackson.databind.ser.impl.SimpleFilterProvider;
import com.fasterxml.jackson.annotation.JsonFilter;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import id.warta.index.analysis.TokenizedText;
import id.warta.json.ArticleJson;
import id.warta.language.Token;
import id.warta.model.Article;
import id.warta.model.Entity;
import id.warta.model.Moment;
import id.warta.model.Quote;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import com.fasterxml.jackson.core.JsonProcessingException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;

/** Turns an analysed article into its Lucene documents: the article, then one per quote. */
final class ArticleDocuments {
    /** Dates without a time or zone are taken at midnight in Western Indonesia (WIB). */
    static final ZoneOffset DEFAULT_ZONE = ZoneOffset.ofHours(7);

    private static final ObjectMapper JSON = ArticleJson.mapper();
    /** The article's JSON with some fields left out: {@link ArticleJson}'s mapping, through a property filter. */
    private static final String ARTICLE_FILTER = "warta.index.article";
    private static final ObjectMapper FILTERED = ArticleJson.mapper().copy().addMixIn(Article.class, Filtered.class)
            .registerModule(new SimpleModule().addSerializer(BigDecimal.class, new AsInTree()));
    private static final ObjectWriter WITHOUT_SOURCE = FILTERED.writer(new SimpleFilterProvider()
            .addFilter(ARTICLE_FILTER, SimpleBeanPropertyFilter.serializeAllExcept("source")));
    private static final ObjectWriter WITHOUT_SOURCE_OR_TEXT = FILTERED.writer(new SimpleFilterProvider()
            .addFilter(ARTICLE_FILTER, SimpleBeanPropertyFilter.serializeAllExcept("source", "text")));
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
    /** Second-level labels under country domains ({@code tempo.co.id}, {@code bbc.co.uk}). */
    private static final Set<String> SECOND_LEVEL = Set.of("co", "or", "go", "ac", "sch", "web", "my", "net", "com",
            "org", "gov", "edu", "mil", "biz", "desa", "ponpes");

    /** An article ready to index: its documents and the hashes that decide whether to write them. */
    record Prepared(ArticleKey key, String contentHash, List<Document> documents) {
    }

    @JsonFilter(ARTICLE_FILTER)
    private interface Filtered {
    }

    /**
     * Decimals as a JSON tree holds them, without trailing zeros ({@code 5.9482E+11}): the index
     * wrote its JSON through a tree before, and the stored bytes and content hashes stay as they were.
     */
    private static final class AsInTree extends StdSerializer<BigDecimal> {
        AsInTree() {
            super(BigDecimal.class);
        }

        @Override
        public void serialize(BigDecimal value, JsonGenerator out, SerializerProvider provider) throws IOException {
            out.writeNumber(value.stripTrailingZeros());
        }
    }

    private ArticleDocuments() {
    }

    /**
     * @param textTokens the tokens of the article's text as the analysis cut them, read instead of cutting the
     *                   text again; null to have the analyzer cut it
     */
    static Prepared prepare(Article article, String inputHash, List<Token> textTokens) throws IOException {
        ArticleKey key = ArticleKey.of(article);
        Json json = Json.of(article);
        String contentHash = ArticleKey.sha256(json.hashed());
        List<Document> docs = new ArrayList<>();
        docs.add(articleDocument(article, key, inputHash, contentHash, json.stored(), textTokens));
        for (int i = 0; i < article.quotes().size(); i++) docs.add(quoteDocument(article, key, article.quotes().get(i)));
        return new Prepared(key, contentHash, docs);
    }

    /**
     * The article's two JSON forms, from one pass over the record (serialising it was a
     * quarter of indexing an article when done twice).
     *
     * @param hashed what the content hash is taken of: the article's JSON without {@code source}
     *               (where a copy was read from does not change the article)
     * @param stored the stored JSON: the article's without {@code text} (stored once, in its own
     *               field, for highlighting), {@code source} last; the bytes a tree with those edits gives
     */
    record Json(String hashed, String stored) {
        /** The text's place in the property order: just before the first member named {@code image}. */
        private static final String IMAGE = "\"image\":";

        static Json of(Article article) throws JsonProcessingException {
            String rest = WITHOUT_SOURCE_OR_TEXT.writeValueAsString(article);
            String source = JSON.writeValueAsString(article.source());
            String stored = rest.substring(0, rest.length() - 1) + (rest.length() > 2 ? "," : "") + "\"source\":" + source + "}";
            // Unescaped, the characters "image": occur only as a member name, and no member before
            // the text holds one: the first is the article's own.
            int image = rest.indexOf(IMAGE);
            String hashed = image < 0 ? WITHOUT_SOURCE.writeValueAsString(article)
                    : rest.substring(0, image) + "\"text\":" + FILTERED.writeValueAsString(article.text()) + "," + rest.substring(image);
            return new Json(hashed, stored);
        }
    }

    private static Document articleDocument(Article a, ArticleKey key, String inputHash, String contentHash, String json,
                                            List<Token> textTokens) throws IOException {
        Document doc = new Document();
        common(doc, a, key, Schema.ARTICLE);
        doc.add(new StringField(Schema.ID, key.id(), Field.Store.NO));
        doc.add(new StoredField(Schema.KEY, key.key()));
        if (inputHash != null) doc.add(new StringField(Schema.INPUT_HASH, inputHash, Field.Store.NO));
        doc.add(new StoredField(Schema.CONTENT_HASH, contentHash));
        doc.add(new StoredField(Schema.JSON, json));
        doc.add(textTokens == null ? new Field(Schema.TEXT, a.text(), Schema.HIGHLIGHTED_TEXT)
                : new TokenizedField(Schema.TEXT, a.text(), textTokens, Schema.HIGHLIGHTED_TEXT));
        if (a.url() != null) doc.add(new StoredField(Schema.URL, a.url()));
        String outlet = outlet(a);
        facet(doc, Schema.OUTLET, outlet);
        if (outlet != null) doc.add(new StoredField(Schema.OUTLET, outlet));
        Set<String> entities = new LinkedHashSet<>();
        for (Entity e : a.entities()) {
            String dim = dimension(e);
            if (dim != null) facet(doc, dim, e.name());
            if (clean(e.name()) != null && entities.add(e.name())) doc.add(new StringField(Schema.ENTITY, e.name(), Field.Store.NO));
        }
        Set<String> speakers = new LinkedHashSet<>();
        for (Quote q : a.quotes()) if (q.speaker() != null && clean(q.speaker().name()) != null) speakers.add(q.speaker().name());
        for (String s : speakers) facet(doc, Schema.SPEAKER, s);
        return Schema.facetsConfig().build(doc);
    }

    /** A text field the analyzer reads from its tokens, cut already ({@link TokenizedText}): stored and indexed as any. */
    private static final class TokenizedField extends Field {
        private final List<Token> tokens;

        TokenizedField(String name, String text, List<Token> tokens, FieldType type) {
            super(name, text, type);
            this.tokens = tokens;
        }

        @Override
        public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
            return analyzer.tokenStream(name(), new TokenizedText(stringValue(), tokens));
        }
    }

    private static Document quoteDocument(Article a, ArticleKey key, Quote q) {
        Document doc = new Document();
        common(doc, a, key, Schema.QUOTE);
        doc.add(new Field(Schema.QUOTE_TEXT, q.text(), Schema.HIGHLIGHTED_TEXT));
        doc.add(new StoredField(Schema.QUOTE_START, q.start()));
        doc.add(new StoredField(Schema.QUOTE_END, q.end()));
        String speaker = q.speaker() == null ? null : clean(q.speaker().name());
        if (speaker != null) {
            doc.add(new StringField(Schema.SPEAKER, speaker, Field.Store.YES));
            doc.add(new TextField(Schema.SPEAKER_NAME, speaker, Field.Store.NO));
        }
        String outlet = outlet(a);
        if (outlet != null) doc.add(new StringField(Schema.OUTLET, outlet, Field.Store.YES));
        return doc;
    }

    /** Fields both kinds share: kind, article id, title, publication time. */
    private static void common(Document doc, Article a, ArticleKey key, String kind) {
        doc.add(new StringField(Schema.KIND, kind, Field.Store.NO));
        doc.add(new StringField(Schema.ARTICLE_ID, key.id(), Field.Store.YES));
        if (a.title() != null) {
            if (kind.equals(Schema.ARTICLE)) doc.add(new Field(Schema.TITLE, a.title(), Schema.HIGHLIGHTED_TEXT));
            else doc.add(new StoredField(Schema.ARTICLE_TITLE, a.title()));
        }
        Moment published = a.published();
        if (published != null) {
            long seconds = epochSeconds(published);
            long day = published.date().toEpochDay();
            doc.add(new LongPoint(Schema.PUBLISHED, seconds));
            doc.add(new NumericDocValuesField(Schema.PUBLISHED, seconds));
            doc.add(new LongPoint(Schema.DAY, day));
            doc.add(new NumericDocValuesField(Schema.DAY, day));
            doc.add(new StoredField(Schema.PUBLISHED_ISO, published.iso()));
        }
    }

    private static void facet(Document doc, String dim, String value) {
        String v = clean(value);
        if (v == null) return;
        doc.add(new SortedSetDocValuesFacetField(dim, v));
        doc.add(new StringField(dim, v, Field.Store.NO));
    }

    /**
     * The outlet facet: the site's registered domain when known ({@code finance.detik.com}
     * counts as {@code detik.com}), else the name the article gives.
     */
    static String outlet(Article a) {
        return clean(a.site() != null ? registeredDomain(a.site()) : a.outlet());
    }

    static String registeredDomain(String host) {
        String[] labels = host.toLowerCase(Locale.ROOT).split("\\.");
        int n = labels.length;
        if (n <= 2) return host.toLowerCase(Locale.ROOT);
        boolean countrySecondLevel = labels[n - 1].length() == 2 && SECOND_LEVEL.contains(labels[n - 2]);
        int keep = countrySecondLevel ? 3 : 2;
        return String.join(".", java.util.Arrays.copyOfRange(labels, n - keep, n));
    }

    static long epochSeconds(Moment m) {
        LocalTime time = m.time() == null ? LocalTime.MIDNIGHT : m.time();
        ZoneOffset zone = m.zone() == null ? DEFAULT_ZONE : m.zone();
        return m.date().atTime(time).atOffset(zone).toEpochSecond();
    }

    private static String dimension(Entity e) {
        if (e.type() == null) return null;
        return switch (e.type().name()) {
            case "PERSON" -> Schema.PERSON;
            case "ORGANIZATION" -> Schema.ORGANIZATION;
            case "PLACE" -> Schema.PLACE;
            default -> null; // kinds added later are still found through the entity field
        };
    }

    /** The value without control characters (the facet encoding reserves one), or null when blank. */
    private static String clean(String value) {
        if (value == null) return null;
        String v = hasControl(value) ? CONTROL.matcher(value).replaceAll(" ").strip() : value.strip();
        return v.isEmpty() ? null : v;
    }

    private static boolean hasControl(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == 0x7F) return true;
        }
        return false;
    }

}
