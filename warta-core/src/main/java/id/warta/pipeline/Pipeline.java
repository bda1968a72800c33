package id.warta.pipeline;

import id.warta.amounts.Amounts;
import id.warta.dates.DateFinder;
import id.warta.entities.Entities;
import id.warta.extract.Extractor;
import id.warta.headline.Headlines;
import id.warta.language.Token;
import id.warta.language.Tokenizer;
import id.warta.model.Amount;
import id.warta.model.Article;
import id.warta.model.Citation;
import id.warta.model.Document;
import id.warta.model.Entity;
import id.warta.model.Quote;
import id.warta.model.RawDocument;
import id.warta.quotes.Quotes;
import id.warta.sources.Sources;
import java.util.Collections;
import java.util.List;

/**
 * Runs the analysis stages over one raw document: extraction, then each kind of fact.
 * Immutable and thread-safe: one instance serves every thread.
 */
public final class Pipeline {
    /**
     * An article and the tokens of its text, as the analysis cut them: the index reads them for the text
     * field instead of cutting the text again (a tenth of indexing an article).
     *
     * @param textTokens {@code Tokenizer.tokenize(article.text())}, unmodifiable
     */
    public record Analysed(Article article, List<Token> textTokens) {
    }

    public Article analyze(RawDocument raw) {
        return analyze(Extractor.extract(raw));
    }

    /** Analyses a document already extracted (for example pages joined by {@link Extractor#mergePages}). */
    public Article analyze(Document doc) {
        return analyzeWithTokens(doc).article();
    }

    /** {@link #analyze(RawDocument)}, with the tokens of the article's text. */
    public Analysed analyzeWithTokens(RawDocument raw) {
        return analyzeWithTokens(Extractor.extract(raw));
    }

    /** {@link #analyze(Document)}, with the tokens of the article's text. */
    public Analysed analyzeWithTokens(Document doc) {
        DateFinder.Result dates = DateFinder.find(doc);
        // the body's tokens, read by entities, quotes and headline alike, and handed on for indexing it
        List<Token> tokens = Collections.unmodifiableList(Tokenizer.tokenize(doc.text()));
        List<Entity> entities = Entities.shipped().find(doc, tokens);
        List<Quote> quotes = Quotes.find(doc, tokens, entities);
        List<Citation> sources = Sources.find(doc, quotes);
        List<Amount> amounts = Amounts.find(doc.text());
        Article article = Article.of(doc, new Article.Facts(entities, quotes, dates.dates(), dates.periods(), amounts,
                sources, Headlines.check(doc.title(), doc.text(), tokens), dates.warnings()));
        return new Analysed(article, tokens);
    }
}
