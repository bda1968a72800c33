package id.warta.extract;

import id.warta.dates.DateFinder;
import id.warta.dates.DateParser;
import id.warta.extract.html.Page;
import id.warta.model.Caption;
import id.warta.model.Credits;
import id.warta.model.Dateline;
import id.warta.model.Document;
import id.warta.model.Image;
import id.warta.model.Moment;
import id.warta.model.RawDocument;
import id.warta.model.Related;
import id.warta.model.Warning;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The paragraph-level cleaning that scraped text and web pages share: paragraphs in page
 * order go in; "read also" lines, captions, bylines, footers and portal noise go out of the
 * body into their own fields; the dateline is cut from the first paragraph; the rest is
 * mended and joined into the clean document.
 */
final class Assembly {
    /** How many opening paragraphs may repeat the title before the body starts. */
    private static final int TITLE_REPEAT_WINDOW = 4;
    /** A line this short whose links cover more than this share of it is navigation, unless it ends a sentence. */
    private static final int MAX_LINK_LINE = 200;
    private static final double LINK_LINE_SHARE = 0.5;
    /** A line this short that holds a date and ends no sentence is the page's date line, not body. */
    private static final int MAX_DATE_LINE = 40;
    /** A date line writes its year: four digits at least. */
    private static final int MIN_DATE_DIGITS = 4;
    /** The reporters' names in brackets that close a story's last sentence, before its footer: {@code ... kata dia. (Sanusi)}. */
    private static final Pattern CLOSING_BYLINE = Pattern.compile("(?<=[.!?\"”])\\s*\\((\\p{Lu}[\\p{L} .,']{1,80})\\)$");
    private static final Pattern CAPTION_CREDIT = Pattern.compile(
            "\\s*\\(([^()]*(?:/|foto|dok\\.?)[^()]*)\\)\\s*$|\\s*-{2,}\\s*([^-]{2,60}/[^-]{2,60})$", Pattern.CASE_INSENSITIVE);

    /**
     * A line of no prose a Markdown page may set before its dateline: a photo ({@code ![caption](https://...)}), a
     * line in bold ({@code **Penulis: A/DW Indonesia**}), or one with no letter ({@code \\}, {@code ---}).
     */
    private static final Pattern PREAMBLE = Pattern.compile("!\\[[^\\]]*\\]\\([^)\\s]*\\)|\\*\\*[^*]+\\*\\*|[^\\p{L}]*");
    /** How many such lines may stand before a dateline. */
    private static final int MAX_PREAMBLE = 3;
    /**
     * The year right after a copyright sign ({@code © ANTARA 2025}, {@code © 2010-2025 Kompas}: a span's end), not
     * one further on ({@code Hak cipta dilindungi UU No. 28 Tahun 2014}).
     */
    private static final Pattern COPYRIGHT_YEAR = Pattern.compile("©[^©\\d]{0,40}?(?<![\\d.,])((?:19|20)\\d{2})"
            + "(?:\\s*[-–]\\s*((?:19|20)\\d{2}))?(?![\\d.,]?\\d)");

    /** A paragraph as found, with the links it carries (none for scraped text). */
    record Paragraph(String text, Page.Kind kind, List<Page.Link> links) {
        static Paragraph of(String text) {
            return new Paragraph(text, Page.Kind.PARAGRAPH, List.of());
        }
    }

    private final RawDocument raw;
    private final Page page;
    private final boolean mend;
    private final List<String> body = new ArrayList<>();
    private final List<Caption> captions = new ArrayList<>();
    private final List<Related> related = new ArrayList<>();
    private final LinkedHashSet<String> authors = new LinkedHashSet<>();
    private final LinkedHashSet<String> editors = new LinkedHashSet<>();
    private final List<Warning> warnings = new ArrayList<>();
    private String source;
    private Integer copyrightYear;
    private final String title;

    /**
     * @param page what the web page gave, or null for scraped text
     * @param mend whether to mend punctuation and spelling (Indonesian text) or only spacing
     */
    private Assembly(RawDocument raw, String title, Page page, boolean mend) {
        this.raw = raw;
        this.page = page;
        this.mend = mend;
        this.title = title == null || title.isBlank() ? null : normalize(title);
        warnings.addAll(raw.warnings());
        if (page != null) {
            warnings.addAll(page.warnings());
            page.captions().forEach(c -> captions.add(mended(c)));
            authors.addAll(names(String.join(", ", page.authors())));
        }
    }

    static Document of(RawDocument raw, String title, List<Paragraph> paragraphs) {
        return new Assembly(raw, title, null, true).build(paragraphs);
    }

    /**
     * As {@link #of(RawDocument, String, List)}, with the writers and editors a header named apart from the text and
     * the captions of photos taken out of it.
     */
    static Document of(RawDocument raw, String title, List<Paragraph> paragraphs, List<String> authors, List<String> editors,
                       List<Caption> captions) {
        Assembly a = new Assembly(raw, title, null, true);
        a.captions.addAll(captions);
        authors.forEach(n -> a.authors.addAll(names(n)));
        editors.forEach(n -> a.editors.addAll(names(n)));
        return a.build(paragraphs);
    }

    static Document of(RawDocument raw, Page page) {
        String lang = page.language();
        boolean indonesian = lang == null || lang.startsWith("id") || lang.startsWith("ms");
        String title = raw.hints().title() != null ? raw.hints().title() : page.title();
        List<Paragraph> paragraphs = page.blocks().stream().map(b -> new Paragraph(b.text(), b.kind(), b.links())).toList();
        return new Assembly(raw, title, page, indonesian).build(paragraphs);
    }

    private Document build(List<Paragraph> paragraphs) {
        for (Paragraph p : paragraphs) {
            if (p.kind() == Page.Kind.RELATED) {
                p.links().forEach(l -> related.add(new Related(TextNormalizer.spacing(l.text()), l.url())));
                continue;
            }
            String text = TextNormalizer.spacing(p.text());
            if (page != null && p.kind() == Page.Kind.PARAGRAPH && isDateLine(text)) continue; // the page's metadata has it
            if (!text.isEmpty()) take(text, p.links());
        }
        splitInlineFooter();
        Dateline dateline = cutDateline();
        String text = String.join("\n\n", body.stream().map(this::normalize).toList());
        if (source != null && source.isEmpty()) {
            warnings.add(Warning.of("empty-source-footer", "the footer's 'Sumber:' line names no source"));
        }
        Moment published = published(dateline);
        String outlet = dateline != null && dateline.outlet() != null ? dateline.outlet()
                : raw.hints().outlet() != null ? raw.hints().outlet() : page == null ? null : page.siteName();
        String url = raw.hints().url() != null ? raw.hints().url() : page == null ? null : page.url();
        String site = site(url, outlet);
        if (text.isEmpty()) warnings.add(Warning.of("empty-body", "no body text was found"));
        return new Document(raw.origin(), url, outlet, site, page == null ? null : page.language(), title, published,
                page == null ? null : page.modified(), dateline, text, image(), captions, related,
                page == null ? List.of() : page.pages(),
                new Credits(List.copyOf(authors), List.copyOf(editors), source, copyrightYear), warnings);
    }

    private String normalize(String paragraph) {
        return mend ? TextNormalizer.paragraph(paragraph) : TextNormalizer.spacing(paragraph);
    }

    private void take(String para, List<Page.Link> links) {
        if (links.isEmpty()) {
            // Flattened text: ad breaks and teasers sit mid-paragraph, with no markup to tell where they end.
            para = InlineNoise.strip(para);
            if (para.isEmpty()) return;
            if (mend) para = GluedWords.split(para); // a teaser's headline glued to the next text ends at the seam
            InlineTeasers.Cut cut = InlineTeasers.cut(para);
            if (!cut.headlines().isEmpty()) {
                cut.headlines().forEach(h -> related.add(new Related(h, null)));
                if (cut.text().isEmpty()) return;
                para = cut.text();
            }
        }
        if (title != null && body.size() + captions.size() < TITLE_REPEAT_WINDOW && sameText(para, title)) {
            return; // the page repeated the title
        }
        Optional<Boilerplate.Line> line = Boilerplate.classify(para);
        if (line.isEmpty()) {
            if (!isLinkLine(para, links)) body.add(para);
            return;
        }
        String payload = line.get().payload();
        switch (line.get().kind()) {
            case RELATED -> relatedLinks(payload, links);
            case CAPTION -> captions.add(caption(payload));
            case AUTHOR -> authors.addAll(names(payload));
            case EDITOR -> editors.addAll(names(payload));
            case SOURCE -> source = payload.replaceAll("[\\s.]+$", "");
            case RIGHTS -> copyrightYear = copyrightYear(payload);
            case NOISE -> { }
        }
    }

    /** The year {@code line} gives after its copyright sign ({@code Copyright © ANTARA 2025}); null when it gives none. */
    private static Integer copyrightYear(String line) {
        Matcher m = COPYRIGHT_YEAR.matcher(line);
        if (!m.find()) return null;
        return Integer.valueOf(m.group(2) != null ? m.group(2) : m.group(1));
    }

    /**
     * A short line that is a date (and a time or a section name) and no sentence: when the page
     * published or updated the article ({@code Nov 7, 2023 2:00 AM}, {@code North Korea 09:31 August 20, 2019}).
     */
    private static boolean isDateLine(String para) {
        if (para.isEmpty() || para.length() > MAX_DATE_LINE || ".!?:;\"”".indexOf(para.charAt(para.length() - 1)) >= 0) return false;
        int digits = 0;
        for (int i = 0; i < para.length(); i++) if (Character.isDigit(para.charAt(i))) digits++;
        return digits >= MIN_DATE_DIGITS && DateParser.parse(para).isPresent(); // the digit count spares the parser most lines
    }

    /**
     * A short line that is mostly link text and does not end like a sentence: a teaser or a
     * menu entry that slipped into the body ({@code Rekomendasi: Cara Mengurus Klaim ...}).
     */
    private static boolean isLinkLine(String para, List<Page.Link> links) {
        if (links.isEmpty() || para.length() > MAX_LINK_LINE) return false;
        int linked = 0;
        for (Page.Link l : links) linked += l.text().length();
        char last = para.charAt(para.length() - 1);
        return linked > para.length() * LINK_LINE_SHARE && ".!?:;\"”'»)".indexOf(last) < 0;
    }

    /** {@code BACA JUGA: <a>A</a> <a>B</a>}: one related link per anchor; without anchors, the line's text. */
    private void relatedLinks(String payload, List<Page.Link> links) {
        List<Page.Link> titled = links.stream().filter(l -> payload.contains(TextNormalizer.spacing(l.text()))).toList();
        if (titled.isEmpty()) {
            if (!payload.isBlank()) related.add(new Related(payload, null));
            return;
        }
        for (Page.Link l : titled) related.add(new Related(TextNormalizer.spacing(l.text()), l.url()));
    }

    /** Splits {@code Pewarta: A Editor: B} off the end of the last paragraph when the page glued it on. */
    private void splitInlineFooter() {
        if (body.isEmpty()) return;
        String last = body.getLast();
        if (!Boilerplate.mayHoldFooter(last)) return; // most last paragraphs: the split below finds nothing
        String[] parts = Boilerplate.FOOTER_START.split(last);
        if (parts.length < 2) return;
        List<String> tail = List.of(parts).subList(1, parts.length);
        if (!tail.stream().allMatch(t -> Boilerplate.classify(t).isPresent())) return;
        String story = parts[0];
        Matcher byline = CLOSING_BYLINE.matcher(story);
        if (byline.find()) {
            authors.addAll(names(byline.group(1)));
            story = story.substring(0, byline.start());
        }
        body.set(body.size() - 1, story);
        if (story.isBlank()) body.removeLast();
        tail.forEach(t -> take(t, List.of()));
    }

    private Dateline cutDateline() {
        if (body.isEmpty()) return null;
        int first = 0; // a Markdown page may open with lines of no prose: the dateline opens the first paragraph after them
        while (first < MAX_PREAMBLE && first < body.size() - 1 && isPreamble(body.get(first))) first++;
        Optional<DatelineParser.Parsed> parsed = DatelineParser.parse(body.get(first));
        if (parsed.isEmpty()) return null;
        String rest = parsed.get().rest().strip();
        if (rest.isEmpty()) body.remove(first);
        else body.set(first, Character.toUpperCase(rest.charAt(0)) + rest.substring(1));
        Dateline d = parsed.get().dateline();
        if (d.date() != null) {
            DateFinder.find(d.text(), null).warnings().forEach(w ->
                    warnings.add(Warning.of(w.code(), "dateline " + w.message())));
        }
        return d;
    }

    private static boolean isPreamble(String paragraph) {
        return PREAMBLE.matcher(paragraph).matches();
    }

    private Moment published(Dateline dateline) {
        String given = raw.hints().published();
        if (given != null && !given.isBlank()) {
            Optional<Moment> m = DateParser.parse(given);
            if (m.isPresent()) return m.get();
            warnings.add(Warning.of("unreadable-published", "publication date '" + given + "' is not a date"));
        }
        if (page != null && page.published() != null) return page.published();
        return dateline == null ? null : dateline.date();
    }

    private String site(String url, String outlet) {
        if (url != null) {
            try {
                String host = URI.create(url.strip()).getHost();
                if (host != null) return host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
            } catch (IllegalArgumentException e) {
                warnings.add(Warning.of("bad-url", "'" + url + "' is not a URL"));
            }
        }
        return Outlets.site(outlet).orElse(null);
    }

    /** The page's main picture; its caption comes from the body's first figure when the page gave none. */
    private Image image() {
        if (page == null || page.image() == null) return null;
        Image img = page.image();
        if (img.caption() != null || captions.isEmpty()) return img;
        Caption first = captions.getFirst();
        return new Image(img.url(), first.text(), img.credit() != null ? img.credit() : first.credit());
    }

    /** A caption as the page gave it, read as a {@code Foto:} line when it is written as one. */
    private static Caption mended(Caption c) {
        if (c.text() == null || c.credit() != null) return c;
        Optional<Boilerplate.Line> line = Boilerplate.classify(c.text());
        return line.isPresent() && line.get().kind() == Boilerplate.Kind.CAPTION ? caption(line.get().payload()) : c;
    }

    private static boolean sameText(String a, String b) {
        return squash(a).equals(squash(b));
    }

    /** The text without whitespace or ASCII punctuation (as {@code [\s\p{Punct}]} matches them), lowercased. */
    private static String squash(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean space = c == ' ' || c >= '\t' && c <= '\r';
            boolean punct = c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~';
            if (!space && !punct) b.append(c);
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    static Caption caption(String payload) {
        String text = payload.replaceAll("[\\s-–—]+$", "");
        String credit = null;
        Matcher m = CAPTION_CREDIT.matcher(text);
        if (m.find()) {
            credit = (m.group(1) != null ? m.group(1) : m.group(2)).strip();
            text = text.substring(0, m.start());
        } else if (text.split("\\s+").length <= 5 && text.contains("/")) {
            return new Caption(null, text); // "Foto: ANTARA/Aditya": a credit, no caption
        }
        return new Caption(TextNormalizer.paragraph(text), credit);
    }

    private static List<String> names(String payload) {
        return List.of(payload.split("\\s*(?:,|/|;|\\s&\\s|\\sdan\\s)\\s*")).stream()
                .map(String::strip)
                .filter(s -> !s.isEmpty() && Outlets.find(s).isEmpty() && !s.matches("(?i)[\\w-]+(\\.[\\w-]+)+"))
                .toList();
    }
}
