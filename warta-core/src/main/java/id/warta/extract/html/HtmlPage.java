package id.warta.extract.html;

import id.warta.model.Caption;
import id.warta.model.Image;
import id.warta.model.Warning;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads a web page: metadata, then the article body through a short cascade in which each
 * step runs only when the one before it gave too little (as trafilatura's {@code core.py}):
 * <ol>
 *   <li>main: the container the page names as its article body ({@code content.tsv}), with
 *       its furniture skipped;</li>
 *   <li>comparison: when that is missing or short, the element the page's prose paragraphs
 *       crowd into (Readability's scoring) is weighed against it, since a named container can
 *       be a teaser or a fragment;</li>
 *   <li>baseline rescue: when both hold too little, the JSON-LD {@code articleBody}, else
 *       every prose paragraph of the page;</li>
 *   <li>second opinion ({@link SecondOpinion}, jusText's classifier): on the whole page, pruned
 *       of its furniture, only when the page names no body container; on every body, the good
 *       prose just above it opens it.</li>
 * </ol>
 */
public final class HtmlPage {
    private static final Set<String> INDONESIAN = Set.copyOf(Vocabulary.words("indonesian.tsv"));
    /** Share of Indonesian function words above which an unlabelled page is Indonesian. */
    private static final double INDONESIAN_SHARE = 0.08;
    private static final int MAX_IMAGES_LOOKED_AT = 30;
    private static final int MIN_CAPTION_CHARS = 15;
    private static final int MAX_CAPTION_CHARS = 400;
    private static final Blocks.Result NOTHING = new Blocks.Result(List.of(), List.of());

    private HtmlPage() {
    }

    /**
     * @param html the page's markup, decoded
     * @param url  the address it was fetched from, or null
     */
    public static Page read(String html, String url) {
        List<Warning> warnings = new ArrayList<>();
        if (html == null || html.isBlank()) {
            warnings.add(Warning.of("empty-page", "the page is empty"));
            return new Page(url, null, null, null, null, null, List.of(), null, List.of(), List.of(), List.of(), warnings);
        }
        if (html.indexOf('<') < 0) warnings.add(Warning.of("no-markup", "the page holds no HTML markup; read as plain text"));
        Document dom = Parser.htmlParser().parseInput(Prestrip.strip(html), url == null ? "" : url);
        Markup markup = new Markup(dom);
        Metadata meta = Metadata.read(markup, html, url);
        if (meta.publishedIsUpdate()) {
            warnings.add(Warning.of("published-from-update", "the page says only when it was updated; that day stands for its publication"));
        }
        if (url == null && meta.url() != null) dom.setBaseUri(meta.url());
        List<String> pages = Pagination.next(markup, meta.url() != null ? meta.url() : url);
        Element body = dom.body();
        // before cleaning, which drops a header outside the article with the site's
        Element standfirst = Lead.besideHeadline(markup);
        Cleaner.dropNonContent(body);
        Blocks.Result found = Sections.trim(cascade(body, new Cleaner(), meta, markup, standfirst));
        String language = meta.language() != null ? meta.language() : guessIndonesian(found);
        List<Caption> captions = new ArrayList<>(found.captions());
        leadCaption(body, meta.image()).filter(c -> !captions.contains(c)).ifPresent(c -> captions.addFirst(c));
        return new Page(meta.url(), meta.siteName(), language, meta.title(), meta.published(), meta.modified(),
                meta.authors(), meta.image(), found.blocks(), captions, pages, warnings);
    }

    /**
     * Which witness of {@code PageDates} gave the page's publication time ({@code meta},
     * {@code date-line} ...), or null: for diagnostics, it reads the page's metadata again.
     */
    public static String dateWitness(String html, String url) {
        if (html == null || html.isBlank()) return null;
        Document dom = Parser.htmlParser().parseInput(Prestrip.strip(html), url == null ? "" : url);
        return Metadata.read(new Markup(dom), html, url).dateWitness();
    }

    private static Blocks.Result cascade(Element body, Cleaner cleaner, Metadata meta, Markup markup, Element standfirst) {
        // 1. Main extractor: the named container, after the lead the page keeps outside it.
        Optional<List<Element>> named = Candidates.known(body);
        Blocks.Result main = named.map(parts -> withLead(parts, standfirst, cleaner)).orElse(NOTHING);
        // a body the page splits into parts may have more of them than were matched: it is weighed too
        boolean whole = named.isPresent() && named.get().size() == 1;
        if (whole && main.chars() >= Thresholds.TRUSTED_BODY_CHARS) return SecondOpinion.aboveBody(main, cleaner, meta.language());
        // 2. Comparison: a short or missing container is weighed against the scored candidate.
        Element pristine = body.clone();
        cleaner.dropFurniture(body, true);
        Blocks.Result scored = Blocks.of(Candidates.scored(body), cleaner, true);
        Blocks.Result best = main.chars() >= Thresholds.MIN_BODY_CHARS
                && scored.chars() < main.chars() * Thresholds.RESCUE_RATIO ? main : longer(main, scored);
        // 3. Baseline rescue, on the page as it was before pruning: the JSON-LD body, else the
        // JSON-LD how-to's or recipe's steps, else the <article> element, else every prose
        // paragraph, else all the page's text.
        if (best.chars() < Thresholds.MIN_BODY_CHARS) best = longer(best, baseline(pristine, cleaner, meta, markup));
        // 4. Second opinion (jusText): on the whole page pruned of its furniture when the page named
        // no body, so the cascade guessed (a box of related posts' excerpts reads as good prose);
        // else on the prose just above the body.
        if (named.isEmpty()) best = SecondOpinion.ofWholePage(best, body, cleaner, meta.language());
        return SecondOpinion.aboveBody(best, cleaner, meta.language());
    }

    private static Blocks.Result withLead(List<Element> parts, Element standfirst, Cleaner cleaner) {
        List<Element> leads = Lead.before(parts.getFirst(), standfirst);
        List<Element> roots = new ArrayList<>(leads);
        roots.addAll(parts);
        Blocks.Result body = Blocks.of(roots, cleaner, true);
        // a standfirst read before cleaning may have gone with the header holding it (a lead found in the
        // article is still on the page): what stands above the body (SecondOpinion.aboveBody) is then
        // looked for above the container
        boolean gone = !leads.isEmpty() && leads.getFirst().root() != parts.getFirst().root();
        return gone ? new Blocks.Result(body.blocks(), body.captions(), parts.getFirst()) : body;
    }

    private static Blocks.Result baseline(Element body, Cleaner cleaner, Metadata meta, Markup markup) {
        Blocks.Result jsonLd = jsonLdBody(meta);
        if (jsonLd.chars() > Thresholds.MIN_BASELINE_CHARS) return jsonLd;
        Blocks.Result steps = paragraphsOf(JsonLd.steps(markup));
        if (steps.chars() > Thresholds.MIN_BASELINE_CHARS) return steps;
        Element article = body.selectFirst("article");
        if (article != null) {
            Blocks.Result r = Blocks.of(List.of(article), cleaner, false);
            if (r.chars() > Thresholds.MIN_BASELINE_CHARS) return r;
        }
        Blocks.Result prose = paragraphs(body, cleaner);
        if (prose.chars() > Thresholds.MIN_BASELINE_CHARS) return prose;
        return Blocks.of(List.of(body), cleaner, false);
    }

    /**
     * The caption of the page's main picture when it stands outside the body (a lead photo above
     * the article): the figure caption or caption-classed element near the picture, else the
     * short text of the picture's wrapper.
     */
    private static Optional<Caption> leadCaption(Element body, Image image) {
        if (image == null || image.url() == null) return Optional.empty();
        String file = image.url().substring(image.url().lastIndexOf('/') + 1);
        if (file.isEmpty()) return Optional.empty();
        int looked = 0;
        for (Element img : body.getElementsByTag("img")) {
            if (++looked > MAX_IMAGES_LOOKED_AT) break;
            String src = img.attr("src").isEmpty() ? img.attr("data-src") : img.attr("src");
            if (!src.endsWith(file)) continue;
            Element around = img.parent();
            for (int level = 0; level < 3 && around != null; level++, around = around.parent()) {
                Element cap = around.selectFirst("figcaption, [class*=caption], [class*=keterangan]");
                if (cap != null) return Optional.ofNullable(Blocks.captionOf(cap));
                int chars = around.text().length();
                if (chars >= MIN_CAPTION_CHARS && chars <= MAX_CAPTION_CHARS) return Optional.ofNullable(Blocks.captionOf(around));
                if (chars > MAX_CAPTION_CHARS) break;
            }
            break;
        }
        return Optional.empty();
    }

    private static Blocks.Result longer(Blocks.Result a, Blocks.Result b) {
        return b.chars() > a.chars() ? b : a;
    }

    private static Blocks.Result jsonLdBody(Metadata meta) {
        return meta.jsonLdBody() == null ? NOTHING : paragraphsOf(List.of(meta.jsonLdBody().split("\\R+")));
    }

    private static Blocks.Result paragraphsOf(List<String> texts) {
        List<Page.Block> blocks = new ArrayList<>();
        for (String p : texts) {
            if (!p.isBlank()) blocks.add(new Page.Block(p.strip(), Page.Kind.PARAGRAPH, List.of()));
        }
        return new Blocks.Result(blocks, List.of());
    }

    private static Blocks.Result paragraphs(Element body, Cleaner cleaner) {
        List<Element> prose = new ArrayList<>();
        for (Element p : body.select("p, blockquote, pre, q")) {
            if (p.text().length() >= Thresholds.MIN_BASELINE_PARAGRAPH && p.parents().stream().noneMatch(a -> prose.contains(a))) {
                prose.add(p);
            }
        }
        return Blocks.of(prose, cleaner, false);
    }

    private static String guessIndonesian(Blocks.Result found) {
        int words = 0, hits = 0;
        for (Page.Block b : found.blocks()) {
            for (String w : b.text().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                if (w.isEmpty()) continue;
                words++;
                if (INDONESIAN.contains(w)) hits++;
            }
            if (words > 2000) break;
        }
        return words > 0 && hits >= words * INDONESIAN_SHARE ? "id" : null;
    }
}
