package id.warta.extract.html;

import id.warta.model.Caption;
import id.warta.model.Image;
import id.warta.model.Moment;
import id.warta.model.Warning;
import java.util.List;

/**
 * What a web page says about its article before paragraph-level cleaning: the body as
 * blocks in page order, plus the metadata read from the markup.
 *
 * @param url       canonical address (or the address the page was fetched from), or null
 * @param siteName  the outlet's name as the page gives it ({@code og:site_name}), or null
 * @param language  ISO 639-1 code ({@code id}, {@code en}), or null
 * @param authors   bylines from metadata and byline elements, in order
 * @param captions  captions of the body's figures
 * @param pages     addresses of the article's further pages
 */
public record Page(String url, String siteName, String language, String title, Moment published, Moment modified,
                   List<String> authors, Image image, List<Block> blocks, List<Caption> captions,
                   List<String> pages, List<Warning> warnings) {
    public Page {
        authors = List.copyOf(authors);
        blocks = List.copyOf(blocks);
        captions = List.copyOf(captions);
        pages = List.copyOf(pages);
        warnings = List.copyOf(warnings);
    }

    /** One paragraph-like block of the body and the links inside it. */
    public record Block(String text, Kind kind, List<Link> links) {
        public Block {
            links = List.copyOf(links);
        }
    }

    /** How a block was marked up. */
    public enum Kind {
        PARAGRAPH, HEADING, ITEM, QUOTE, CODE, TABLE,
        /** a portal's "read also" box: its links are related stories, its text is not body */
        RELATED
    }

    /** A link inside a block: its visible text and absolute address. */
    public record Link(String text, String url) {
    }
}
