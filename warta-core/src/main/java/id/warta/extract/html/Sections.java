package id.warta.extract.html;

import id.warta.dates.DateParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Trims what a body's container drags along at its edges, as trafilatura's extractor does:
 * headings the body ends on ("Empfehlungen aus der Redaktion", "Vos réactions") and sections
 * that are only lists of links under their heading (further reading, most read); and what a site
 * says to its readers instead of the story: pleas for support and notes on the article (disclaimers)
 * wherever they stand, appeals and the
 * writer's bio at the end, labels and date lines above the first prose.
 */
final class Sections {
    private static final Set<String> CLOSING_HEADINGS = Set.copyOf(Vocabulary.words("closing-headings.tsv"));
    private static final WordStartPatterns APPEAL = new WordStartPatterns("appeals.tsv");
    private static final Pattern AUTHOR_BIO = Pattern.compile(Vocabulary.rows("author-bios.tsv").stream()
            .map(r -> "(?:" + r[0] + ")").collect(Collectors.joining("|")), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final WordStartPatterns SUPPORT_APPEAL = new WordStartPatterns("support-appeals.tsv");
    private static final WordStartPatterns NOTICE = new WordStartPatterns("notices.tsv");
    private static final List<String> SIGN_OFFS = Vocabulary.words("sign-offs.tsv");

    private Sections() {
    }

    /** Whether {@code text} is short enough to be a plea for support and holds one ({@code support-appeals.tsv}). */
    static boolean isSupportAppeal(String text) {
        return text.length() <= Thresholds.MAX_APPEAL_CHARS && SUPPORT_APPEAL.in(text);
    }

    static Blocks.Result trim(Blocks.Result found) {
        List<Page.Block> blocks = found.blocks();
        List<Page.Block> kept = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            Page.Block b = blocks.get(i);
            if (b.kind() == Page.Kind.HEADING) {
                int end = i + 1;
                while (end < blocks.size() && blocks.get(end).kind() != Page.Kind.HEADING) end++;
                if (linksOnly(blocks.subList(i + 1, end))) {
                    for (int j = i + 1; j < end; j++) if (blocks.get(j).kind() == Page.Kind.RELATED) kept.add(blocks.get(j));
                    i = end - 1;
                    continue;
                }
            }
            kept.add(b);
        }
        dropClosingSection(kept);
        dropSupportAppeals(kept);
        dropNotices(kept);
        dropClosingAppeals(kept);
        dropClosingBios(kept);
        dropEdgeLabels(kept);
        if (kept.size() > 1 && kept.getLast().kind() == Page.Kind.HEADING
                && kept.get(kept.size() - 2).kind() != Page.Kind.HEADING
                && kept.getLast().text().length() <= Thresholds.MAX_TRAILING_HEADING) {
            kept.removeLast();
        }
        return kept.size() == blocks.size() ? found : new Blocks.Result(kept, found.captions());
    }

    /**
     * Before the first paragraph of prose and after the last, short lines that do not read as
     * sentences are the page's furniture (breadcrumbs, "Noch mehr Infos für dich", "Keine
     * Kommentare"), as jusText judges a short block whose neighbours are the body's edge and
     * boilerplate. Headings before the first prose stay: they are the title and subtitle; and so
     * does the writer's sign-off after the last ("x Franzi"). Date lines leave both edges ("Created
     * 03-10-2004 - Last Modified: 03-10-2004").
     */
    private static void dropEdgeLabels(List<Page.Block> kept) {
        int lastProse = -1;
        for (int i = 0; i < kept.size(); i++) if (isProse(kept.get(i))) lastProse = i;
        if (lastProse < 0) return;
        int firstProse = 0;
        while (!isProse(kept.get(firstProse))) firstProse++;
        for (int i = firstProse - 1; i >= 0; i--) {
            // before the first prose: breadcrumbs, category links, "Opinion", date lines; headings stay (title, subtitle)
            Page.Block b = kept.get(i);
            if (b.kind() == Page.Kind.PARAGRAPH && (isLabel(b) || isDateLine(b.text()))) kept.remove(i);
        }
        lastProse = -1;
        for (int i = 0; i < kept.size(); i++) if (isProse(kept.get(i))) lastProse = i;
        for (int i = kept.size() - 1; i > lastProse; i--) {
            Page.Block b = kept.get(i);
            if (b.kind() == Page.Kind.PARAGRAPH && isDateLine(b.text())) {
                kept.remove(i); // the post's stamp below it: "Created 03-10-2004 - Last Modified: 03-10-2004"
                continue;
            }
            if (b.kind() == Page.Kind.RELATED || !isLabel(b) || isSignOff(b)) continue;
            // a heading or a colon's announcement over text that stays belongs to the body
            boolean announces = b.kind() == Page.Kind.HEADING || b.text().endsWith(":");
            boolean introducesText = announces && i + 1 < kept.size()
                    && kept.get(i + 1).kind() != Page.Kind.RELATED && !isLinkList(kept.get(i + 1));
            if (!introducesText) kept.remove(i);
        }
    }

    /**
     * The site's words to its readers that end the body ({@code appeals.tsv}: "Mit unserem Newsletter ...",
     * "Follow us on Twitter", "Subscribe now for the full story").
     */
    private static void dropClosingAppeals(List<Page.Block> kept) {
        dropFromEnd(kept, Thresholds.MAX_CLOSING_APPEALS, Thresholds.MAX_APPEAL_CHARS, t -> APPEAL.in(t), 0);
    }

    /**
     * The lines about the writer that end an article ({@code author-bios.tsv}: "The author is a reporter at ...", "Penulis adalah
     * dosen ..."), each opening like one; the body's first block always stays.
     */
    private static void dropClosingBios(List<Page.Block> kept) {
        dropFromEnd(kept, Thresholds.MAX_CLOSING_BIOS, Thresholds.MAX_BIO_CHARS, t -> AUTHOR_BIO.matcher(t).lookingAt(), 1);
    }

    /**
     * From the body's end, labels and related boxes stepped over, each block of at most {@code maxChars}
     * that {@code is} leaves; the first that is not stops the walk, as does the {@code looks}-th block
     * looked at. The first {@code keep} blocks always stay.
     */
    private static void dropFromEnd(List<Page.Block> kept, int looks, int maxChars, Predicate<String> is, int keep) {
        int looked = 0;
        for (int i = kept.size() - 1; i >= keep && looked < looks; i--) {
            Page.Block b = kept.get(i);
            if (b.kind() == Page.Kind.RELATED || isLabel(b)) continue;
            looked++;
            if (b.text().length() > maxChars || !is.test(b.text())) return;
            kept.remove(i);
        }
    }

    /**
     * Pleas for the readers' money or membership ({@code support-appeals.tsv}: "We rely on your support ...", "Jede kleine
     * Spende hilft ...", "Dukung jurnalisme ...") leave wherever they stand, with the short line just above that heads them.
     */
    private static void dropSupportAppeals(List<Page.Block> kept) {
        for (int i = kept.size() - 1; i >= 0; i--) {
            Page.Block b = kept.get(i);
            if (b.kind() == Page.Kind.RELATED || !isSupportAppeal(b.text())) continue;
            kept.remove(i);
            if (i > 0 && kept.get(i - 1).kind() != Page.Kind.RELATED
                    && kept.get(i - 1).text().length() <= Thresholds.MAX_APPEAL_HEADING_CHARS) {
                kept.remove(--i);
            }
        }
    }

    /**
     * Notes on the article rather than the article ({@code notices.tsv}: "Dieser Beitrag gibt die Meinung des
     * Autors wieder", "Our Standards: The Thomson Reuters Trust Principles", "Tulisan ini sepenuhnya tanggung
     * jawab penulis") leave wherever they stand.
     */
    private static void dropNotices(List<Page.Block> kept) {
        kept.removeIf(b -> b.kind() != Page.Kind.RELATED && b.text().length() <= Thresholds.MAX_NOTICE_CHARS && NOTICE.in(b.text()));
    }

    /**
     * After the first prose, a heading (or a line alone) that opens what follows an article ("Über den Autor",
     * "Tentang Penulis": {@code closing-headings.tsv}) ends the body: it and everything below it leave.
     */
    private static void dropClosingSection(List<Page.Block> kept) {
        boolean prose = false;
        for (int i = 0; i < kept.size(); i++) {
            Page.Block b = kept.get(i);
            if (prose && b.kind() != Page.Kind.RELATED && isClosingHeading(b.text())) {
                kept.subList(i, kept.size()).clear();
                return;
            }
            prose |= isProse(b);
        }
    }

    private static boolean isClosingHeading(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.endsWith(":")) t = t.substring(0, t.length() - 1).strip();
        return CLOSING_HEADINGS.contains(t);
    }

    /** A section's label and the date standing as one line above the story ("Pressemitteilung Aktuell 02. November 2021"). */
    private static boolean isDateLine(String t) {
        if (t.length() >= Thresholds.MAX_LABEL_CHARS || endsSentence(t) || !hasDigit(t)) return false;
        int words = 0;
        for (String w : t.split("[\\s|,·•/–-]+")) {
            if (!w.isEmpty() && Character.isLetter(w.charAt(0))) words++;
        }
        // the month's and weekday's names count among the words: a date written out spends two of them
        return words <= Thresholds.MAX_DATE_LINE_WORDS + 2 && DateParser.parse(t).isPresent();
    }

    private static boolean hasDigit(String t) {
        for (int i = 0; i < t.length(); i++) if (Character.isDigit(t.charAt(i))) return true;
        return false;
    }

    /** A short line without links that opens as a writer signs a post ({@code sign-offs.tsv}: "x Franzi", "Euer HansEhrlich"). */
    private static boolean isSignOff(Page.Block b) {
        if (b.kind() != Page.Kind.PARAGRAPH || !b.links().isEmpty()) return false;
        String t = b.text().strip().toLowerCase(Locale.ROOT);
        for (String word : SIGN_OFFS) {
            if (t.startsWith(word) && (t.length() == word.length() || t.charAt(word.length()) == ',' || t.charAt(word.length()) == ' ')) {
                return true;
            }
        }
        return false;
    }

    /** A heading or a linked line that is no sentence, or a bare word or two ("Keine Kommentare"). */
    private static boolean isLabel(Page.Block b) {
        String t = b.text();
        // "Pewarta: A", "Baca juga: B": credits and teasers the paragraph cleaning files, not drops;
        // a line ending on its colon ("Weitere Informationen:") only announces what follows
        if (t.isEmpty() || t.length() >= Thresholds.MAX_LABEL_CHARS || endsSentence(t)
                || t.indexOf(':') >= 0 && t.indexOf(':') < t.length() - 1) return false;
        return switch (b.kind()) {
            case HEADING -> true;
            case PARAGRAPH -> !b.links().isEmpty() || t.length() < Thresholds.MAX_BARE_LABEL_CHARS;
            default -> false;
        };
    }

    private static boolean isProse(Page.Block b) {
        return b.kind() == Page.Kind.PARAGRAPH && b.text().length() >= Thresholds.MIN_PROSE_CHARS && endsSentence(b.text())
                && !isLinkList(b);
    }

    private static boolean endsSentence(String s) {
        if (s.isEmpty()) return false;
        char last = s.charAt(s.length() - 1);
        return ".!?\"”’»)…".indexOf(last) >= 0;
    }

    /** Whether a heading's section holds text blocks and each is mostly link text. */
    private static boolean linksOnly(List<Page.Block> section) {
        int text = 0;
        for (Page.Block b : section) {
            if (b.kind() == Page.Kind.RELATED) continue;
            text++;
            if (!isLinkList(b)) return false;
        }
        return text > 0;
    }

    static boolean isLinkList(Page.Block b) {
        int linked = 0;
        for (Page.Link l : b.links()) linked += l.text().length();
        return linked >= b.text().length() * Thresholds.LINK_SECTION_SHARE;
    }
}
