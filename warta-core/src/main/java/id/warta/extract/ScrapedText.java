package id.warta.extract;

import id.warta.model.Caption;
import id.warta.model.Document;
import id.warta.model.RawDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Extracts an article from text scraped off a portal page, as in the seed: a title line
 * (perhaps repeated), captions, inline "read also" lines, a dateline glued to the first
 * sentence, body paragraphs one per line, and a footer of credits. The paragraph-level
 * cleaning is {@link Assembly}'s, shared with web pages.
 */
final class ScrapedText {
    /** A first line longer than this, or ending like a sentence, is body text, not a title. */
    private static final int MAX_TITLE_LENGTH = 200;
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\R");
    /** A Markdown heading's mark before a title: {@code # Judul}. */
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^\\s*#{1,2}\\s+");
    private static final Pattern FIRST_LINE_THEN_BLANK = Pattern.compile("\\A\\s*([^\\r\\n]+)\\R[ \\t\\u00A0]*\\R");

    private ScrapedText() {
    }

    static Document extract(RawDocument raw) {
        String content = raw.content();
        String title = raw.hints().title();
        // a page saved as Markdown may open with its metadata: the title and credits, no body text
        MarkdownHeader header = MarkdownHeader.read(content);
        List<Caption> captions = List.of();
        if (header != null) {
            MarkdownBody.Decoded body = MarkdownBody.read(header.body());
            content = body.text();
            captions = body.captions();
            if (title == null && header.title() != null) title = MarkdownBody.inline(header.title());
        }
        if (title == null) {
            Matcher m = FIRST_LINE_THEN_BLANK.matcher(content);
            if (m.lookingAt() && looksLikeTitle(m.group(1))) {
                title = MARKDOWN_HEADING.matcher(m.group(1)).replaceFirst("");
                content = content.substring(m.end());
            }
        }
        List<Assembly.Paragraph> paragraphs = new ArrayList<>();
        for (String line : PARAGRAPH_BREAK.split(content)) paragraphs.add(Assembly.Paragraph.of(line));
        return header == null ? Assembly.of(raw, title, paragraphs)
                : Assembly.of(raw, title, paragraphs, header.authors(), header.editors(), captions);
    }

    static boolean looksLikeTitle(String line) {
        String s = line.strip();
        return !s.isEmpty() && s.length() <= MAX_TITLE_LENGTH && !s.endsWith(".") && !s.endsWith(",")
                && Boilerplate.classify(s).isEmpty();
    }
}
