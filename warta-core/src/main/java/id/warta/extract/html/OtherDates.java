package id.warta.extract.html;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Whether a date on the page is another's than the article's: a comment's, a reply's, a related
 * article's ({@code date-classes.tsv}), the site's clock or masthead (the day the page was
 * fetched), a menu's or an archive's, a linked title's.
 */
final class OtherDates {
    /** Class and id words of elements that date something else: a comment, a reply. */
    private static final List<String> OTHER_CLASS = classWords("other");
    /** Whole class names and ids of a site's clock, which shows today's date ({@code <span id="uhr">}). */
    private static final Set<String> CLOCK = Set.copyOf(classWords("clock"));
    /** A blog's classes naming the post's category or tags ({@code category-der-kommentar}): what it is about, not what it is. */
    private static final Pattern TAXONOMY = Pattern.compile("category-|tag-");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** How far up a date looks for the comment or related article it may belong to (li.related > article > div > p > time). */
    private static final int OTHER_LEVELS = 5;
    /** A linked date line with more letters than this ("Montag, 14. September 2022") is a title. */
    private static final int MAX_LINKED_DATE_LETTERS = 20;
    /** A list of this many linked items is a menu or an archive, whose dates are other pages'. */
    private static final int MIN_MENU_LINKS = 3;
    /** An {@code <h1>} of this many words is a headline, not the site's name. */
    private static final int MIN_HEADLINE_WORDS = 3;

    private OtherDates() {
    }

    /**
     * Whether the element or one of its near ancestors is marked as a comment or reply, or as
     * the site's clock (the day the page was fetched, not written), or stands in the masthead.
     */
    static boolean datesOther(Element e) {
        if (inMasthead(e)) return true;
        for (int level = 0; e != null && level < OTHER_LEVELS; level++, e = e.parent()) {
            for (String name : WHITESPACE.split((e.className() + " " + e.id()).toLowerCase(Locale.ROOT))) {
                if (CLOCK.contains(name)) return true;
                if (TAXONOMY.matcher(name).lookingAt()) continue;
                if (namesOther(name)) return true;
            }
        }
        return false;
    }

    /** Whether a class name or id (in lower case) names what dates something else: {@code comment-date}. */
    static boolean namesOther(String name) {
        for (String w : OTHER_CLASS) if (name.contains(w)) return true;
        return false;
    }

    /** A linked title with a date in it is another page's ("Regelungen (zum 28.02.2017 gekündigt)"); a linked bare date is this one's. */
    static boolean linkedTitle(Element e) {
        return letters(e.ownText()) > MAX_LINKED_DATE_LETTERS && inLink(e);
    }

    /**
     * Whether the element is a link in a list of links, a menu or an archive's list
     * ({@code <li><a>WoB 31. Dezember 2021-06. Januar 2022</a></li>} among the other weeks' reports):
     * it names another page's date.
     */
    static boolean inMenu(Element e) {
        Element item = null;
        for (int level = 0; e != null && level < Thresholds.DATE_LINE_LEVELS; level++, e = e.parent()) {
            if (e.normalName().equals("li")) {
                item = e;
                break;
            }
        }
        if (item == null || item.selectFirst("a") == null || item.parent() == null) return false;
        int links = 0;
        for (Element sibling : item.parent().children()) {
            if (sibling.normalName().equals("li") && sibling.selectFirst("a") != null && ++links >= MIN_MENU_LINKS) return true;
        }
        return false;
    }

    /** The words of one kind of {@code date-classes.tsv}. */
    static List<String> classWords(String kind) {
        return Vocabulary.rows("date-classes.tsv").stream().filter(r -> r[0].equals(kind)).map(r -> r[1]).toList();
    }

    /**
     * Whether the element stands in the site's masthead, whose date is the day the page was
     * fetched ({@code <header><h1><a href="/">Logo</a></h1><span class="dlf-date">Mittwoch,
     * 26.02.2020</span><nav>...}): a page header outside the article and its main part that holds
     * the site's navigation but no headline. An article's own header ({@code <main><header>}, a
     * blog's hero header with the post's title) is left alone.
     */
    private static boolean inMasthead(Element e) {
        Element header = null;
        for (Element p = e; p != null; p = p.parent()) {
            String tag = p.normalName();
            if (tag.equals("article") || tag.equals("main")) return false;
            if (header == null && (tag.equals("header") || p.attr("role").equals("banner"))) header = p;
        }
        return header != null && header.selectFirst("nav") != null && !holdsHeadline(header);
    }

    private static boolean holdsHeadline(Element header) {
        for (Element h : header.select("h1")) if (WHITESPACE.split(h.text().strip()).length >= MIN_HEADLINE_WORDS) return true;
        return false;
    }

    private static boolean inLink(Element e) {
        for (int level = 0; e != null && level < Thresholds.DATE_LINE_LEVELS; level++, e = e.parent()) if (e.normalName().equals("a")) return true;
        return false;
    }

    private static int letters(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (Character.isLetter(s.charAt(i))) n++;
        return n;
    }
}
