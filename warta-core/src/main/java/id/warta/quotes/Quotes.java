package id.warta.quotes;

import id.warta.language.Token;
import id.warta.language.Tokenizer;
import id.warta.model.Document;
import id.warta.model.Entity;
import id.warta.model.Quote;
import java.util.List;

/**
 * Finds who said what in an article: direct quotes (inside quotation marks, over several
 * paragraphs or split by their attribution) with their speakers and cues, and reported
 * speech ({@code X mengatakan bahwa ...}) as {@link Quote.Kind#INDIRECT}. Speakers link to the
 * entity layer's canonical names when {@code entities} holds them, and otherwise to the
 * fullest name the article gives; a speaker the text does not name nearby is
 * {@link id.warta.model.Speaker#UNKNOWN}, unless the quoted words sit inside the narration
 * (a slogan or term, {@code visinya sebagai "..." melalui}): said by no one, they are no quote.
 */
public final class Quotes {
    private Quotes() {
    }

    public static List<Quote> find(Document doc, List<Entity> entities) {
        return find(doc, Tokenizer.tokenize(doc.text()), entities);
    }

    /** As {@link #find(Document, List)}, given the body's tokens (as {@link Tokenizer#tokenize} cut them). */
    public static List<Quote> find(Document doc, List<Token> tokens, List<Entity> entities) {
        String text = doc.text();
        List<DirectQuote> direct = QuoteMarks.find(text);
        Passage passage = new Passage(text, tokens, direct);
        return Attribution.read(passage, People.of(passage, entities), direct);
    }
}
