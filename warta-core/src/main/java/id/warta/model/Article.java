package id.warta.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * An analysed article: Warta's output. The field names are a public contract (see README,
 * "Output"): later layers fill lists, they never rename or reshape them.
 */
@JsonPropertyOrder({"source", "url", "outlet", "site", "language", "title", "published", "modified", "dateline",
        "text", "image", "captions", "related", "pages", "credits", "entities", "quotes", "dates", "periods", "amounts", "sources", "headline",
        "warnings"})
public record Article(
        Origin source,
        String url,
        String outlet,
        String site,
        String language,
        String title,
        Moment published,
        Moment modified,
        Dateline dateline,
        String text,
        Image image,
        List<Caption> captions,
        List<Related> related,
        List<String> pages,
        Credits credits,
        List<Entity> entities,
        List<Quote> quotes,
        List<DateMention> dates,
        List<Period> periods,
        List<Amount> amounts,
        List<Citation> sources,
        Headline headline,
        List<Warning> warnings) {

    public Article {
        captions = List.copyOf(captions);
        related = List.copyOf(related);
        pages = List.copyOf(pages);
        entities = List.copyOf(entities);
        quotes = List.copyOf(quotes);
        dates = List.copyOf(dates);
        periods = List.copyOf(periods);
        amounts = List.copyOf(amounts);
        sources = List.copyOf(sources);
        warnings = List.copyOf(warnings);
    }

    /** The facts the analysis stages add to an extracted document. */
    public record Facts(List<Entity> entities, List<Quote> quotes, List<DateMention> dates, List<Period> periods,
                        List<Amount> amounts, List<Citation> sources, Headline headline, List<Warning> warnings) {
    }

    public static Article of(Document doc, Facts facts) {
        List<Warning> warnings = new ArrayList<>(doc.warnings());
        warnings.addAll(facts.warnings());
        return new Article(doc.source(), doc.url(), doc.outlet(), doc.site(), doc.language(), doc.title(),
                doc.published(), doc.modified(), doc.dateline(), doc.text(), doc.image(), doc.captions(), doc.related(),
                doc.pages(), doc.credits(), facts.entities(), facts.quotes(),
                facts.dates(), facts.periods(), facts.amounts(), facts.sources(), facts.headline(), warnings);
    }
}
