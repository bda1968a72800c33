package id.warta.extract.html;

import id.warta.model.Moment;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * The dates a page shows its readers in short lines of its text ({@code Selasa, 26 Mei 2026
 * 09:07 WIB}): by the headline, in date-like elements, after a publication label, anywhere as a
 * last resort; never another's date ({@link OtherDates}). A date labelled as the last change
 * ({@link ChangeLabels}) is passed over, but for {@link #updatedLine}, which looks for it.
 */
final class ShownDates {
    /** What a page writes before its publication day ({@code Erschienen am:}), longest first ({@code published-labels.tsv}). */
    private static final List<String> PUBLISHED_LABELS = Vocabulary.words("published-labels.tsv").stream()
            .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    /** Class and id words of elements that show a date ({@code date-classes.tsv}); a plain search, run on every element of the page. */
    private static final List<String> DATE_CLASS = OtherDates.classWords("date");
    /** A machine timestamp written out as text ({@code <time itemprop="datePublished">2021-10-27T20:35:36+01:00</time>}). */
    private static final Pattern MACHINE_TIME = Pattern.compile("\\s*\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");
    /** A date line is at least this long. */
    private static final int MIN_DATE_LINE = 6;
    private static final Set<String> LISTS = Set.of("ul", "ol", "nav", "menu");
    private static final Pattern SENTENCE_WORD = Pattern.compile("\\p{L}{2,}");
    /** A mark of a bibliographic reference before a number ({@code reference-marks.tsv}): {@code DOI 10.1126}, {@code Vol. 371}. */
    private static final Pattern REFERENCE = Pattern.compile("(?iu)(?<![\\p{L}\\d])(?:" + String.join("|",
            Vocabulary.words("reference-marks.tsv").stream().map(Pattern::quote).toList()) + ")[\\s:]{1,3}\\d");
    /** The number a numbered heading or list item opens with ({@code 2. Welche neuen Umlagen gelten seit dem 1. Oktober 2022?}). */
    private static final Pattern ENUMERATOR = Pattern.compile("^\\d{1,2}[.)]\\s+(?=\\p{L})");
    /** Words before the date that make a line ending in a full stop a sentence. */
    private static final int MIN_SENTENCE_WORDS = 4;
    /** How much of a paragraph that opens with a digit is read for its date. */
    private static final int OPENING_DATE_CHARS = 24;
    /** A dateline before a bar that opens a paragraph is no longer than this. */
    private static final int MAX_DATELINE_HEAD = 60;

    private final Markup markup;
    /** Asked by several witnesses and rules of one page, each read once. */
    private Optional<Moment> dateClassed, anyDateLine;
    /** The elements whose own short text shows a date, read so far ({@link #shownLine}), and the page's elements left to read. */
    private final List<Shown> shownLines = new ArrayList<>();
    private Iterator<Element> unread;

    ShownDates(Markup markup) {
        this.markup = markup;
    }

    /**
     * The date line set right before or after the page's headline, as a kicker or a byline
     * ({@code <p class="subline">21. Jan 2022 // Dominik Ricker</p><h1>}): the article's own,
     * before any date-like element further on, which may be a teaser card's.
     */
    Optional<Moment> byHeadline() {
        List<Element> h1s = markup.tagged("h1");
        if (h1s.isEmpty()) return Optional.empty();
        Element h1 = h1s.get(0);
        for (Element near : new Element[] {h1.previousElementSibling(), h1.nextElementSibling()}) {
            if (near == null || LISTS.contains(near.normalName())) continue; // a menu's or an archive's dates are other pages'
            String text = near.text();
            if (!isShort(text) || !DateText.hasYear(text) || notTheArticles(near, text) || ChangeLabels.datedAsModified(text)) continue;
            Optional<Moment> m = DateText.parse(text);
            if (m.isPresent()) return m;
        }
        return Optional.empty();
    }

    /** Dates written out in elements whose class or id speaks of dates: {@code <div class="detail__date">}. */
    Optional<Moment> dateClassed() {
        if (dateClassed == null) dateClassed = readDateClassed();
        return dateClassed;
    }

    private Optional<Moment> readDateClassed() {
        int looked = 0;
        Map<String, Boolean> dateLike = new HashMap<>(); // pages repeat their class names
        Optional<Moment> withShortYear = Optional.empty();
        for (Element e : markup.inBody()) {
            String className = e.className(), id = e.id();
            if (className.isEmpty() && id.isEmpty()) continue;
            if (!dateLike.computeIfAbsent(className + "#" + id,
                    k -> speaksOfDates(k.toLowerCase(Locale.ROOT)))) continue;
            String text = e.text();
            if (text.isEmpty() || text.length() > Thresholds.MAX_DATE_LINE_CHARS) continue;
            if (++looked > Thresholds.MAX_DATE_ELEMENTS) break;
            if (ChangeLabels.saysModified(text) || ChangeLabels.datedAsModified(text) || ChangeLabels.labelledModified(e)
                    || OtherDates.datesOther(e)) continue;
            Optional<Moment> m = DateText.parse(text);
            if (m.isEmpty() && e.childrenSize() > 0) m = DateText.parse(spaced(e));
            if (m.isPresent()) return m;
            if (withShortYear.isEmpty()) withShortYear = DateText.withShortYear(text);
        }
        return withShortYear; // a full year anywhere is the surer witness
    }

    /**
     * The day a label of {@code published-labels.tsv} gives, wherever it stands on the page (a
     * review site's footer, {@code Letzte Änderung: 31.10.2023<br>Erschienen am: 01.11.2023}): a
     * text that opens with the label and goes on with the date, or a label standing alone before it
     * ({@code <span>Erschienen am:</span><h2>13.10.2021</h2>}). Not a comment's, nor the masthead's.
     */
    Optional<Moment> afterPublishedLabel() {
        for (Element e : markup.inBody()) {
            for (int i = 0; i < e.childNodeSize(); i++) {
                if (!(e.childNode(i) instanceof TextNode t)) continue;
                String text = t.text().strip();
                String label = publishedLabel(text);
                if (label == null || OtherDates.datesOther(e)) continue;
                String rest = text.substring(label.length());
                // a word going on ("Erschienen im Verlag") is no label; a colon or a space then the date is
                if (!rest.isEmpty() && Character.isLetter(rest.charAt(0))) continue;
                if (rest.strip().length() <= 1) rest = nextText(t);
                if (rest.length() > Thresholds.MAX_DATE_LINE_CHARS) rest = rest.substring(0, Thresholds.MAX_DATE_LINE_CHARS);
                Optional<Moment> m = DateText.parse(rest);
                if (m.isPresent()) return m;
            }
        }
        return Optional.empty();
    }

    /** Last resort: the first short line of the page that is a date ({@code Veröffentlicht am 25.01.2022}). */
    Optional<Moment> anyDateLine() {
        if (anyDateLine == null) anyDateLine = readAnyDateLine();
        return anyDateLine;
    }

    private Optional<Moment> readAnyDateLine() {
        Stream<Line> lines = markup.inBody().stream()
                .filter(e -> e.hasText() && !OtherDates.linkedTitle(e))
                .map(e -> new Line(e, e.ownText().length() > Thresholds.MAX_DATE_LINE_CHARS ? opening(e.ownText()) : e.ownText()))
                .filter(line -> line.mayDate() && !OtherDates.inMenu(line.element()));
        return firstDate(lines, line -> !notTheArticles(line.element(), line.text()) && !ChangeLabels.labelledModified(line.element()));
    }

    /** The first short line of the page that says when it was updated ({@code Aktualisiert: 30.12.2016}). */
    Optional<Moment> updatedLine() {
        Stream<Line> lines = markup.inBody().stream().map(e -> new Line(e, e.ownText())).filter(Line::mayDate);
        return firstDate(lines, line -> (ChangeLabels.saysModified(line.text()) || ChangeLabels.opensWithModified(line.element())
                || ChangeLabels.labelledModified(line.element())) && !OtherDates.datesOther(line.element()));
    }

    /** A line of the page's text, and the element it is the own text of. */
    private record Line(Element element, String text) {
        /** Whether it is short and holds digits: a line that may be a date line, and counts as one looked at. */
        boolean mayDate() {
            return isShort(text) && DateText.hasDigit(text);
        }
    }

    /** The date of the first line that {@code dates} takes, of the first {@link Thresholds#MAX_DATE_LINES} lines that may date the page. */
    private static Optional<Moment> firstDate(Stream<Line> lines, Predicate<Line> dates) {
        return lines.limit(Thresholds.MAX_DATE_LINES).filter(dates).flatMap(line -> DateText.parse(line.text()).stream()).findFirst();
    }

    /**
     * Whether the page shows its readers the day of its last change, without calling it a change,
     * and nowhere the day of its publication: a date line that says {@code Updated}, a linked
     * title's or a comment's date shows no such thing.
     */
    boolean showsOnlyUpdate(LocalDate published, LocalDate modified) {
        if (published.equals(modified)) return false;
        boolean showsModified = false;
        Shown s;
        for (int i = 0; i < Thresholds.MAX_DATE_LINES && (s = shownLine(i)) != null; i++) {
            LocalDate d = s.moment().date();
            if (d.equals(published)) return false;
            if (d.equals(modified) && datesArticle(s.element())) showsModified = true;
        }
        return showsModified;
    }

    /**
     * Whether a short line of the page shows its readers the day as the article's own: not a
     * comment's or a related article's, not a linked title, not called a change.
     */
    boolean showsAsOwn(LocalDate day) {
        Shown s;
        for (int i = 0; i < Thresholds.MAX_DATE_LINES && (s = shownLine(i)) != null; i++) {
            if (s.moment().date().equals(day) && datesArticle(s.element())) return true;
        }
        return false;
    }

    /** Whether a shown date line dates the article itself: not a comment's or a related article's, not a linked title, not called a change. */
    private static boolean datesArticle(Element line) {
        return !OtherDates.datesOther(line) && !ChangeLabels.calledChange(line) && !OtherDates.linkedTitle(line);
    }

    /** Whether any short line of the page shows its readers the day. */
    boolean showsAnywhere(LocalDate day) {
        Shown s;
        for (int i = 0; i <= Thresholds.MAX_DATE_LINES && (s = shownLine(i)) != null; i++) {
            if (s.moment().date().equals(day)) return true;
        }
        return false;
    }

    /** An element whose own short text shows a date, and the date. */
    private record Shown(Element element, Moment moment) {
    }

    /**
     * The page's {@code i}-th element (from 0) whose own short text shows a date, or null: the
     * page is read as far as the rules ask, and once for all of them.
     */
    private Shown shownLine(int i) {
        if (unread == null) unread = markup.inBody().iterator();
        while (shownLines.size() <= i && unread.hasNext()) {
            Element e = unread.next();
            shownDate(e).ifPresent(m -> shownLines.add(new Shown(e, m)));
        }
        return i < shownLines.size() ? shownLines.get(i) : null;
    }

    /**
     * The date an element's own short text shows its readers; a machine timestamp written out as
     * text ({@code <time itemprop="datePublished">2021-10-27T20:35:36+01:00</time>}) is markup, not for readers.
     */
    private static Optional<Moment> shownDate(Element e) {
        String own = e.ownText();
        if (!isShort(own) || !DateText.hasYear(own) || MACHINE_TIME.matcher(own).lookingAt()) return Optional.empty();
        return DateText.parse(own);
    }

    /** Whether a text is as long as a date line: longer is prose. */
    private static boolean isShort(String text) {
        return text.length() >= MIN_DATE_LINE && text.length() <= Thresholds.MAX_DATE_LINE_CHARS;
    }

    /**
     * Whether a line with a date in it dates something other than the article's publication: it
     * says it is the last change, stands in another's part of the page, is a sentence that
     * mentions a date, or a bibliographic reference.
     */
    private static boolean notTheArticles(Element e, String line) {
        return ChangeLabels.saysModified(line) || ChangeLabels.opensWithModified(e) || OtherDates.datesOther(e)
                || isSentence(line) || REFERENCE.matcher(line).find();
    }

    private static boolean speaksOfDates(String name) {
        if (OtherDates.namesOther(name)) return false;
        for (String w : DATE_CLASS) if (name.contains(w)) return true;
        return false;
    }

    /**
     * The element's text with a space between the texts of its parts: a date widget writes day,
     * month and year in elements of their own that the page lays out apart but whose texts touch
     * ({@code <span class="tag">18</span><span class="jahr">2009</span>}).
     */
    private static String spaced(Element e) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode t) out.append(t.text()).append(' ');
        }, e);
        return out.toString();
    }

    private static String publishedLabel(String text) {
        if (text.isEmpty() || !Character.isLetter(text.charAt(0))) return null;
        for (String label : PUBLISHED_LABELS) if (text.regionMatches(true, 0, label, 0, label.length())) return label;
        return null;
    }

    /** The text after a label standing alone: the next sibling's, or its parent's next sibling's. */
    private static String nextText(TextNode label) {
        Node next = label.nextSibling();
        if (next == null && label.parent() != null && label.parent().childNodeSize() == 1) next = label.parent().nextSibling();
        for (; next != null; next = next.nextSibling()) {
            String text = next instanceof TextNode t ? t.text() : next instanceof Element el ? el.text() : "";
            if (!text.isBlank()) return text;
        }
        return "";
    }

    /**
     * A sentence that mentions a date ({@code Die nächste Ausgabe erscheint am 6. November 2023.}),
     * not a date line: several words before its first digit (after the number of a numbered
     * heading), and a full stop, a question or an exclamation mark at its end.
     */
    private static boolean isSentence(String line) {
        String s = ENUMERATOR.matcher(line.strip()).replaceFirst("");
        if (s.isEmpty() || ".!?".indexOf(s.charAt(s.length() - 1)) < 0) return false;
        int digit = 0;
        while (digit < s.length() && !Character.isDigit(s.charAt(digit))) digit++;
        return SENTENCE_WORD.matcher(s.substring(0, digit)).results().count() >= MIN_SENTENCE_WORDS;
    }

    /**
     * The date a paragraph may open with: {@code 01.02.2022 „Der Arbeitsmarkt ist ...}, in brackets
     * ({@code (21. November 2022) Energieverbraucher erhalten ...}), or a
     * dateline before a bar, {@code Pressemitteilung vom 25. Januar 2022 | Berlin – ...}; else "".
     */
    private static String opening(String paragraph) {
        if (Character.isDigit(paragraph.charAt(0))) return paragraph.substring(0, OPENING_DATE_CHARS);
        if (paragraph.charAt(0) == '(' && Character.isDigit(paragraph.charAt(1))) {
            int close = paragraph.indexOf(')');
            return close > 0 && close <= OPENING_DATE_CHARS ? paragraph.substring(1, close) : "";
        }
        int bar = paragraph.indexOf('|');
        return bar > 0 && bar <= MAX_DATELINE_HEAD ? paragraph.substring(0, bar) : "";
    }
}
