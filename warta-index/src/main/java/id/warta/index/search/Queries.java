package id.warta.index.search;

import id.warta.index.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.QueryParserBase;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;

/**
 * Turns what people type into Lucene queries: words (all required), {@code "phrases"},
 * {@code AND}/{@code OR}/{@code NOT}, {@code -word}, {@code prefix*}, and {@code field:value}
 * for the keyword fields. A query it cannot read fails with a message that says where and how
 * to fix it.
 */
final class Queries {
    private static final Map<String, Float> ARTICLE_FIELDS = Map.of(Schema.TITLE, 2f, Schema.TEXT, 1f);
    /** Fields a query may name explicitly. */
    private static final Set<String> QUERYABLE = new TreeSet<>(List.of(Schema.TITLE, Schema.TEXT, Schema.OUTLET,
            Schema.PERSON, Schema.ORGANIZATION, Schema.PLACE, Schema.SPEAKER, Schema.ENTITY));

    /**
     * Fields only article documents have: a query or filter on them finds articles alone, so
     * it needs no filter on the kind of document (whose million postings every search would walk).
     */
    private static final Set<String> ARTICLE_ONLY = Set.of(Schema.TITLE, Schema.TEXT, Schema.PERSON, Schema.ORGANIZATION,
            Schema.PLACE, Schema.ENTITY);

    private final Analyzer analyzer;

    Queries(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** The user's query over titles and texts; all articles when blank. */
    Query articles(String query) {
        if (query.isBlank()) return MatchAllDocsQuery.INSTANCE;
        MultiFieldQueryParser parser = new MultiFieldQueryParser(ARTICLE_FIELDS.keySet().toArray(String[]::new), analyzer, ARTICLE_FIELDS);
        return parse(parser, query, QUERYABLE);
    }

    /** The user's query over quoted words. */
    Query quotes(String query) {
        if (query.isBlank()) return MatchAllDocsQuery.INSTANCE;
        return parse(new QueryParser(Schema.QUOTE_TEXT, analyzer), query, Set.of(Schema.QUOTE_TEXT));
    }

    /** A speaker named in full ({@code Pratama Wibisono}) or in part ({@code pratama}). */
    Query speaker(String name) {
        QueryParser parser = new QueryParser(Schema.SPEAKER_NAME, analyzer);
        parser.setDefaultOperator(QueryParserBase.AND_OPERATOR);
        Query words;
        try {
            words = parser.parse(QueryParserBase.escape(name));
        } catch (ParseException e) {
            throw new QuerySyntaxException("cannot read speaker '" + name + "'");
        }
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Schema.SPEAKER, name)), Occur.SHOULD)
                .add(words, Occur.SHOULD)
                .build();
    }

    /** The query restricted to one kind of document, the filters and the day range. */
    static Query filtered(Query query, String kind, Map<String, List<String>> filters, LocalDate from, LocalDate to) {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(query, Occur.MUST);
        boolean articlesOnly = kind.equals(Schema.ARTICLE)
                && (onlyOn(query, ARTICLE_ONLY) || filters.keySet().stream().anyMatch(ARTICLE_ONLY::contains));
        if (!articlesOnly) b.add(new TermQuery(new Term(Schema.KIND, kind)), Occur.FILTER);
        filters.forEach((field, values) -> values.forEach(v -> b.add(new TermQuery(new Term(field, v)), Occur.FILTER)));
        if (from != null || to != null) {
            long lo = from == null ? Long.MIN_VALUE : from.toEpochDay();
            long hi = to == null ? Long.MAX_VALUE : to.toEpochDay();
            b.add(LongPoint.newRangeQuery(Schema.DAY, lo, hi), Occur.FILTER);
        }
        return b.build();
    }

    /** Whether the query names fields, all of them among these, and nothing that matches every document. */
    private static boolean onlyOn(Query query, Set<String> fields) {
        Set<String> named = new TreeSet<>();
        boolean[] everything = {false};
        query.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                named.add(field);
                return true;
            }

            @Override
            public void visitLeaf(Query leaf) {
                if (leaf instanceof MatchAllDocsQuery) everything[0] = true;
            }

            @Override
            public QueryVisitor getSubVisitor(Occur occur, Query parent) {
                return this;
            }
        });
        return !everything[0] && !named.isEmpty() && fields.containsAll(named);
    }

    private static Query parse(QueryParser parser, String query, Set<String> allowedFields) {
        parser.setDefaultOperator(QueryParserBase.AND_OPERATOR);
        parser.setAllowLeadingWildcard(false);
        parser.setSplitOnWhitespace(true);
        Query parsed;
        try {
            parsed = parser.parse(query);
        } catch (ParseException e) {
            throw new QuerySyntaxException(explain(query, e));
        } catch (IndexSearcher.TooManyClauses e) {
            throw new InvalidRequestException("query '" + query + "' has too many terms: at most " + IndexSearcher.getMaxClauseCount());
        }
        checkFields(query, parsed, allowedFields);
        return parsed;
    }

    private static void checkFields(String query, Query parsed, Set<String> allowed) {
        Set<String> unknown = new TreeSet<>();
        parsed.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                if (!allowed.contains(field)) unknown.add(field);
                return true;
            }

            @Override
            public QueryVisitor getSubVisitor(Occur occur, Query parent) {
                return this;
            }
        });
        if (!unknown.isEmpty()) {
            String field = unknown.iterator().next();
            throw new QuerySyntaxException("unknown field '" + field + "' in query '" + query + "': fields are "
                    + allowed + ". To search for the words, escape the colon (" + field + "\\:...) or put them in quotes");
        }
    }

    /** The parser's message cut to what helps: where it stopped, and the usual fixes. */
    private static String explain(String query, ParseException e) {
        String where = "";
        if (e.currentToken != null && e.currentToken.next != null) {
            int column = e.currentToken.next.beginColumn;
            where = " near column " + (column + 1) + (e.currentToken.next.image.isEmpty() ? " (its end)" : " ('" + e.currentToken.next.image + "')");
        }
        String hint = hint(query);
        return "cannot read query '" + query + "'" + where + ": " + hint;
    }

    private static String hint(String query) {
        long quotes = query.chars().filter(c -> c == '"').count();
        if (quotes % 2 == 1) return "a quotation mark is not closed; close the phrase with \"";
        int depth = 0;
        for (char c : query.toCharArray()) depth += c == '(' ? 1 : c == ')' ? -1 : 0;
        if (depth != 0) return "brackets do not balance; close every ( with )";
        if (query.stripLeading().startsWith("*") || query.contains(" *") || query.contains(" ?")) {
            return "a word cannot start with * or ?; put the wildcard after some letters (presid*)";
        }
        if (query.strip().matches("(?i).*\\b(AND|OR|NOT)$") || query.strip().matches("(?i)^(AND|OR)\\b.*")) {
            return "AND, OR and NOT need a word on each side; write them in lower case to search for them";
        }
        return "special characters + - && || ! ( ) { } [ ] ^ \" ~ * ? : \\ / have a meaning in queries; "
                + "put text in quotes or escape them with \\";
    }
}
