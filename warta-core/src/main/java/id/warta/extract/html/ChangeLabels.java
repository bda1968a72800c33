package id.warta.extract.html;

import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Whether a date on the page is labelled as its last change rather than its publication
 * ({@code modified-labels.tsv}: {@code Terakhir diperbarui}, {@code This page was last edited on},
 * {@code Aktualisiert am}): in its own text, in a label before it, in its line of labels and values.
 */
final class ChangeLabels {
    /** How many words may stand before the marker of the last change ("This page was last edited"). */
    private static final int MAX_WORDS_BEFORE_MODIFIED = 4;
    /** A label before a date ("Zuletzt geändert am:") is no longer than this. */
    private static final int MAX_LABEL = 40;
    /** What separates the parts of a line of labels and values ({@code page revision: 8, last edited: ...}). */
    private static final String LABEL_SEPARATORS = ",;|·";
    private static final List<String[]> ROWS = Vocabulary.rows("modified-labels.tsv");
    /** A text that says its date is the last change. */
    private static final Pattern MODIFIED_WORDS = modifiedWords();
    /** A change word anywhere in a text: {@code November 28, 2013 -- Updated 0203 GMT}. */
    private static final Pattern CHANGE_WORD = Pattern.compile("(?iu)(?<!\\p{L})(?:" + alternatives("change") + ")");

    private ChangeLabels() {
    }

    /** Whether the text opens by saying its date is the last change ({@code Aktualisiert: 30.12.2016}). */
    static boolean saysModified(String text) {
        return MODIFIED_WORDS.matcher(text).find();
    }

    /**
     * Whether the date's line calls it a change: a change word in the element
     * ({@code November 28, 2013 -- Updated 0203 GMT}), in its parent's short text
     * ({@code Updated <time>Jul 24, 2018</time>}) or in a label just before it.
     */
    static boolean calledChange(Element e) {
        String line = e.text();
        if (CHANGE_WORD.matcher(line.length() <= Thresholds.MAX_DATE_LINE_CHARS ? line : e.ownText()).find()) return true;
        Element parent = e.parent();
        return parent != null && parent.ownText().length() <= MAX_LABEL && CHANGE_WORD.matcher(parent.ownText()).find()
                || e.previousElementSibling() != null && isModifiedLabel(e.previousElementSibling().text());
    }

    /**
     * Whether a label just before the element or one of its near ancestors says it is the last
     * change: {@code <h4>Zuletzt geändert am:</h4><ul><li>15.10.2021</li></ul>},
     * {@code <dt>Diperbarui</dt><dd>27 November 2025</dd>}, or the text just before it, after the
     * last separator: {@code page revision: 8, last edited: <span class="odate">17 Jun 2018</span>}.
     */
    static boolean labelledModified(Element e) {
        for (int level = 0; e != null && level < Thresholds.DATE_LINE_LEVELS; level++, e = e.parent()) {
            if (e.previousSibling() instanceof TextNode before && isModifiedLabel(lastPart(before.text()))) return true;
            Element label = e.previousElementSibling();
            if (label != null && isModifiedLabel(label.text())) return true; // a label, not a date line of its own
        }
        return false;
    }

    /**
     * Whether the first part of a line of labels and values that gives a date is labelled as the
     * last change: {@code page revision: 8, last edited: 17 Jun 2018 15:15}. A date that the
     * separators cut ({@code Montag, 14. September 2022}) gives none alone, and the line stands.
     */
    static boolean datedAsModified(String text) {
        int from = 0;
        while (from < text.length()) {
            int cut = text.length();
            for (char c : LABEL_SEPARATORS.toCharArray()) {
                int at = text.indexOf(c, from);
                if (at >= 0) cut = Math.min(cut, at);
            }
            if (from == 0 && cut == text.length()) return false; // one part: the line itself, already asked
            String part = text.substring(from, cut);
            if (DateText.parse(part).isPresent()) return saysModified(part);
            from = cut + 1;
        }
        return false;
    }

    /** Whether the element's text opens with a label of the last change set in a part of its own: {@code <p><b>Aktualisiert am </b>17.01.2021.</p>}. */
    static boolean opensWithModified(Element e) {
        Element first = e.firstElementChild();
        return first != null && first.siblingIndex() <= 1 && saysModified(e.text());
    }

    private static boolean isModifiedLabel(String text) {
        return text.length() <= MAX_LABEL && !DateText.hasDigit(text) && saysModified(text);
    }

    /** What follows the last separator of a text ({@code , ; | ·}): the label of what comes next. */
    private static String lastPart(String text) {
        int cut = -1;
        for (char c : LABEL_SEPARATORS.toCharArray()) cut = Math.max(cut, text.lastIndexOf(c));
        return text.substring(cut + 1);
    }

    private static Pattern modifiedWords() {
        // words before the marker only with the marker: "This page was edited" alone is no label
        return Pattern.compile("(?iu)^\\s*(?:(?:\\p{L}+\\s+){0," + MAX_WORDS_BEFORE_MODIFIED + "}(?:" + alternatives("marker") + ")\\s+)?(?:"
                + alternatives("change") + ")");
    }

    /** The words of one kind of {@code modified-labels.tsv}, as alternatives of a pattern. */
    private static String alternatives(String kind) {
        return String.join("|", ROWS.stream().filter(r -> r[0].equals(kind)).map(r -> Pattern.quote(r[1])).toList());
    }
}
