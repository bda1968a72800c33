package id.warta.extract.html;

import id.warta.model.Caption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Walks a content root and cuts it into blocks in page order, the way a browser breaks
 * lines: every block-level element starts a new block, inline text joins the current one.
 * Figures give captions, "read also" boxes give {@link Page.Kind#RELATED} blocks, and
 * furniture ({@link Cleaner}) is skipped. Iterative: deep nesting cannot overflow.
 */
final class Blocks {
    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3",
            "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "td", "th",
            "tbody", "thead", "tfoot", "caption", "figure", "figcaption", "address", "hr", "br", "center", "form",
            "fieldset", "details", "summary", "body", "html");
    private static final List<String> READ_ALSO = Vocabulary.words("readalso.tsv");
    private static final List<String> CAPTION_CLASSES = Vocabulary.words("captions.tsv");
    private static final Pattern CREDIT_IN_PARENS = Pattern.compile(
            "\\s*[(\\[]((?:foto|photo|dok|sumber|source|image|credit)[^()\\[\\]]*|[^()\\[\\]]*/[^()\\[\\]]*)[)\\]]\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CREDIT_LABEL = Pattern.compile("(?i)^(?:foto|photo|dok|sumber|source|image|credit)\\s*:\\s*");
    /** A credit after the caption's last sentence: {@code ... Rabu (27/5/2026). ANTARA FOTO/Andi Rahmat}. */
    private static final Pattern CREDIT_AFTER_SENTENCE = Pattern.compile("(?<=[.!?])\\s+([^.!?()]{2,60}/[^.!?()]{2,60})$");
    private static final Pattern CREDIT_AFTER_LABEL = Pattern.compile(
            "\\s*[|\\-–—]?\\s*\\b(?:foto|photo|dok|image|credit)\\s*:\\s*([^:]{2,80})$", Pattern.CASE_INSENSITIVE);

    /**
     * Blocks and captions found under one or more roots.
     *
     * @param start the first root, where the blocks begin on the page; null when they were not
     *              cut from the page (a JSON-LD body)
     */
    record Result(List<Page.Block> blocks, List<Caption> captions, Element start) {
        Result(List<Page.Block> blocks, List<Caption> captions) {
            this(blocks, captions, null);
        }

        int chars() {
            int n = 0;
            for (Page.Block b : blocks) if (b.kind() != Page.Kind.RELATED) n += b.text().length();
            return n;
        }
    }

    private final Cleaner cleaner;
    private boolean skipFurniture;
    private final List<Page.Block> blocks = new ArrayList<>();
    private final List<Caption> captions = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private final List<Page.Link> links = new ArrayList<>();
    private final Deque<Page.Kind> kinds = new ArrayDeque<>();
    private final Deque<Integer> linkStarts = new ArrayDeque<>();
    /** Addresses of the links the walk is inside: a block within a link (a teaser card's title) is all link. */
    private final Deque<String> anchors = new ArrayDeque<>();
    /** Absolute addresses of the links the walk is inside, innermost first. */
    private final Deque<String> linkUrls = new ArrayDeque<>();
    private final Addresses addresses = new Addresses();
    private TextStats stats;
    private int rootChars;

    private Blocks(Cleaner cleaner, boolean skipFurniture) {
        this.cleaner = cleaner;
        this.skipFurniture = skipFurniture;
    }

    /** The blocks under {@code roots}, in order; furniture inside them is skipped when asked. */
    static Result of(List<Element> roots, Cleaner cleaner, boolean skipFurniture) {
        Blocks walk = new Blocks(cleaner, skipFurniture);
        for (Element root : roots) {
            if (!skipFurniture) {
                walk.walk(root);
                continue;
            }
            walk.stats = new TextStats(root);
            walk.rootChars = walk.stats.chars(root);
            int blocksBefore = walk.blocks.size(), captionsBefore = walk.captions.size();
            walk.walk(root);
            int kept = 0;
            for (Page.Block b : walk.blocks.subList(blocksBefore, walk.blocks.size())) kept += b.text().length();
            if (kept < walk.rootChars * Thresholds.MIN_PRUNED_SHARE) {
                // Pruning took nearly everything: the marks were wrong, read the root whole (trafilatura's backup).
                walk.blocks.subList(blocksBefore, walk.blocks.size()).clear();
                walk.captions.subList(captionsBefore, walk.captions.size()).clear();
                walk.skipFurniture = false;
                walk.walk(root);
                walk.skipFurniture = true;
            }
        }
        return new Result(walk.blocks, walk.captions, roots.isEmpty() ? null : roots.getFirst());
    }

    private void walk(Element root) {
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    text.append(t.getWholeText()); // whitespace is collapsed once, when the block ends
                    return FilterResult.CONTINUE;
                }
                if (!(node instanceof Element e)) return FilterResult.CONTINUE;
                String tag = e.normalName();
                if (node != root && skipFurniture && cleaner.isFurniture(e, false, stats, rootChars)) return FilterResult.SKIP_ENTIRELY;
                if (isReadAlso(e)) {
                    readAlso(e);
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (tag.equals("figure") && node != root) {
                    flush();
                    Element cap = e.selectFirst("figcaption, [class*=caption]");
                    if (cap != null) caption(cap);
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (node != root && isCaption(e)) {
                    flush();
                    caption(e);
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (tag.equals("img")) return FilterResult.CONTINUE;
                if (BLOCK_TAGS.contains(tag)) {
                    flush();
                    kinds.push(kindOf(tag));
                } else if (tag.equals("a")) {
                    linkStarts.push(text.length());
                    String href = e.attr("href"), url = addresses.resolve(e, href);
                    linkUrls.push(url);
                    // an in-page anchor or a script handler leads nowhere else
                    anchors.push(href.startsWith("#") || href.regionMatches(true, 0, "javascript:", 0, 11) ? "" : url);
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (!(node instanceof Element e)) return FilterResult.CONTINUE;
                String tag = e.normalName();
                if (BLOCK_TAGS.contains(tag)) {
                    flush();
                    if (!kinds.isEmpty()) kinds.pop();
                } else if (tag.equals("a")) {
                    if (!anchors.isEmpty()) anchors.pop();
                    String url = linkUrls.isEmpty() ? "" : linkUrls.pop();
                    if (linkStarts.isEmpty()) return FilterResult.CONTINUE;
                    int start = linkStarts.pop();
                    if (start <= text.length() && !url.isEmpty()) {
                        String linkText = inPre() ? text.substring(start).strip() : collapse(text.subSequence(start, text.length()));
                        if (!linkText.isEmpty()) links.add(new Page.Link(linkText, url));
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        flush();
    }

    private boolean inPre() {
        return kinds.contains(Page.Kind.CODE);
    }

    private void flush() {
        String s = inPre() ? text.toString().strip() : collapse(text);
        boolean withinLink = !anchors.isEmpty() && (linkStarts.isEmpty() || linkStarts.peekLast() == 0);
        if (!s.isEmpty() && withinLink && !anchors.peek().isEmpty() && links.isEmpty()) {
            links.add(new Page.Link(s, anchors.peek())); // a block inside a link: the whole block is its text
        }
        if (!s.isEmpty()) blocks.add(new Page.Block(s, kinds.isEmpty() ? Page.Kind.PARAGRAPH : kinds.peek(), links));
        text.setLength(0);
        links.clear();
        linkStarts.clear();
    }

    private static String collapse(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                space = !out.isEmpty();
            } else if (c == '\u200B' || c == '\u00AD') {
                continue; // a zero-width space or a soft hyphen shows nothing (as jsoup's text() drops them)
            } else {
                if (space) out.append(' ');
                out.append(c);
                space = false;
            }
        }
        return out.toString();
    }

    private static Page.Kind kindOf(String tag) {
        return switch (tag) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> Page.Kind.HEADING;
            case "li", "dt", "dd" -> Page.Kind.ITEM;
            case "blockquote" -> Page.Kind.QUOTE;
            case "pre" -> Page.Kind.CODE;
            case "td", "th", "tr", "table" -> Page.Kind.TABLE;
            default -> Page.Kind.PARAGRAPH;
        };
    }

    static boolean isReadAlso(Element e) {
        String cls = e.className(), id = e.id();
        if (cls.isEmpty() && id.isEmpty()) return false;
        String both = (cls + " " + id).toLowerCase(Locale.ROOT);
        for (String w : READ_ALSO) if (both.contains(w)) return true;
        return false;
    }

    /** A "read also" box: each of its links is a related story; the box leaves the body. */
    private void readAlso(Element box) {
        flush();
        List<Page.Link> found = new ArrayList<>();
        if (box.normalName().equals("a")) {
            addLink(box, found);
        } else {
            for (Element a : box.getElementsByTag("a")) addLink(a, found);
        }
        if (!found.isEmpty()) blocks.add(new Page.Block("", Page.Kind.RELATED, found));
    }

    private void addLink(Element a, List<Page.Link> found) {
        String t = a.text().strip(), url = addresses.resolve(a, a.attr("href"));
        if (!t.isEmpty() && !url.isEmpty()) found.add(new Page.Link(t, url));
    }

    private static boolean isCaption(Element e) {
        if (e.normalName().equals("figcaption")) return true;
        if (!BLOCK_TAGS.contains(e.normalName()) && !e.normalName().equals("span")) return false;
        String cls = e.className().toLowerCase(Locale.ROOT);
        for (String w : CAPTION_CLASSES) if (cls.contains(w)) return true;
        return false;
    }

    private void caption(Element cap) {
        Caption c = captionOf(cap);
        if (c != null) captions.add(c);
    }

    private static Matcher firstFound(String text, Pattern... patterns) {
        for (Pattern p : patterns) {
            Matcher m = p.matcher(text);
            if (m.find()) return m;
        }
        return null;
    }

    /** A caption, with its credit when the page marks or writes one; null when it is empty. */
    static Caption captionOf(Element cap) {
        Element creditEl = cap.selectFirst("[class*=credit], [class*=copyright], [class*=source], [class*=photographer]");
        String credit = creditEl == null ? null : creditEl.text().strip();
        String all = cap.text().strip();
        String text = credit == null || credit.isEmpty() ? all : all.replace(credit, "").strip();
        if (credit == null || credit.isEmpty()) {
            credit = null;
            Matcher m = firstFound(text, CREDIT_IN_PARENS, CREDIT_AFTER_SENTENCE, CREDIT_AFTER_LABEL);
            if (m != null && m.start() > 0) {
                credit = CREDIT_LABEL.matcher(m.group(1).strip()).replaceFirst("");
                text = text.substring(0, m.start()).strip();
            }
        }
        if (text.isEmpty() && credit == null) return null;
        return new Caption(text.isEmpty() ? null : text, credit);
    }
}
