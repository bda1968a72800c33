package id.warta.extract.html;

/** Every number the web-page extractor decides by, named once. */
final class Thresholds {
    /** A body with fewer characters than this is too poor: the next step of the cascade runs. */
    static final int MIN_BODY_CHARS = 250;
    /** A named container holding at least this much text is taken without comparison. */
    static final int TRUSTED_BODY_CHARS = 3000;
    /** A known content container must hold at least this much text to be taken. */
    static final int MIN_CONTAINER_CHARS = 100;
    /** A match of the named container's tag and class holding this share of its text is another part of the body. */
    static final double MIN_PART_SHARE = 0.3;
    /** The scored candidate replaces the known container when it holds this many times more text. */
    static final double RESCUE_RATIO = 1.5;
    /** Paragraphs shorter than this do not vote for their ancestors when scoring candidates. */
    static final int MIN_SCORING_PARAGRAPH = 25;
    /** How many ancestor levels a paragraph's score reaches, each level earning less. */
    static final int SCORE_LEVELS = 3;
    /** A sibling joins the best candidate when its score reaches this share of the best score. */
    static final double SIBLING_SHARE = 0.2;
    /** Levels above the scored body and above another element of its tag and class within which both are one story's parts. */
    static final int MAX_PART_LEVELS = 5;
    /** A sibling paragraph without score joins when it is this long and has few links. */
    static final int SIBLING_PARAGRAPH_CHARS = 80;
    /** Above this share of characters inside links, a candidate or sibling is navigation. */
    static final double MAX_LINK_DENSITY = 0.25;
    /** A block whose links cover more than this share of its text is a link list, not prose. */
    static final double LINK_LIST_DENSITY = 0.8;
    /** A block whose links cover this share of its text is a link, in a section of links under a heading. */
    static final double LINK_SECTION_SHARE = 0.6;
    /** A heading the body ends on is a box's title ("Mehr zum Thema") when no longer than this. */
    static final int MAX_TRAILING_HEADING = 40;
    /** A block this long that ends a sentence is prose: short non-sentences after the last one leave the body. */
    static final int MIN_PROSE_CHARS = 150;
    /** A line after the body's last prose shorter than this, not ending a sentence, is a label. */
    static final int MAX_LABEL_CHARS = 100;
    /** An unlinked paragraph after the body's last prose is a label when shorter than this. */
    static final int MAX_BARE_LABEL_CHARS = 30;
    /** How many blocks at the body's end are read for the site's appeals to its readers ({@code appeals.tsv}). */
    static final int MAX_CLOSING_APPEALS = 4;
    /** A block longer than this is story, whatever it mentions. */
    static final int MAX_APPEAL_CHARS = 400;
    /** A note on the article ({@code notices.tsv}: a disclaimer, a medical review note) is no longer than this. */
    static final int MAX_NOTICE_CHARS = 700;
    /** Before the first prose, a line holding a date and at most this many other words is the page's date line. */
    static final int MAX_DATE_LINE_WORDS = 4;
    /** How many blocks at the body's end are read for the lines about the writer ({@code author-bios.tsv}). */
    static final int MAX_CLOSING_BIOS = 2;
    /** A block longer than this is story, however it opens. */
    static final int MAX_BIO_CHARS = 700;
    /** A line this short just before a plea for support ({@code support-appeals.tsv}) is the plea's heading. */
    static final int MAX_APPEAL_HEADING_CHARS = 40;
    /** Baseline rescue: a source (JSON-LD body, article element, paragraphs) giving more than this is taken. */
    static final int MIN_BASELINE_CHARS = 100;
    /** Baseline rescue: paragraphs shorter than this are left out. */
    static final int MIN_BASELINE_PARAGRAPH = 30;
    /** How many elements with date-like classes are read for a visible date before giving up. */
    static final int MAX_DATE_ELEMENTS = 40;
    /** How many short lines holding digits are read for a date, last resort, before giving up. */
    static final int MAX_DATE_LINES = 300;
    /** An element whose own text is longer than this is prose, not a date line. */
    static final int MAX_DATE_LINE_CHARS = 120;
    /** How far up a date line looks for the link, the menu or the label it may belong to. */
    static final int DATE_LINE_LEVELS = 3;
    /** An element marked as furniture that holds this share of its root's text is the article's wrapper. */
    static final double WRAPPER_SHARE = 0.5;
    /** Skipping furniture must keep this share of a root's text, else the root is read whole. */
    static final double MIN_PRUNED_SHARE = 1.0 / 7;
    /** Publication years outside this range are misreadings. */
    static final int MIN_YEAR = 1995;
    /** Days by which a page's publication time may differ from its address's date before the address wins. */
    static final int MAX_ADDRESS_DATE_GAP_DAYS = 2;
    /** A title longer than this is body text that was mistaken for one. */
    static final int MAX_TITLE_CHARS = 300;

    /** jusText: a block shorter than this is short, judged by its neighbours (trafilatura's setting). */
    static final int JT_LENGTH_LOW = 50;
    /** jusText: a block longer than this with stop words enough is good on its own. */
    static final int JT_LENGTH_HIGH = 150;
    /** jusText: below this share of stop words a block is bad. */
    static final double JT_STOPWORDS_LOW = 0.1;
    /** jusText: from this share of stop words a long block is good. */
    static final double JT_STOPWORDS_HIGH = 0.2;
    /** jusText: above this share of link text a block is bad. */
    static final double JT_MAX_LINK_DENSITY = 0.25;
    /** jusText: a heading at most this many characters above good text is good. */
    static final int JT_MAX_HEADING_DISTANCE = 150;
    /** Below this share of jusText's good text inside our body, a body under half its length missed the article. */
    static final double SECOND_OPINION_HALF_COVERED = 0.5;
    /** Above this share of link text our body is a list of links, and jusText's reading is taken. */
    static final double SECOND_OPINION_LINKED_BODY = 0.5;
    /** Below this share of jusText's good text inside our body, any shorter body missed the article. */
    static final double SECOND_OPINION_MISSED = 0.25;
    /** How much text above the body (and of the body's opening) the second opinion walks and judges. */
    static final int SECOND_OPINION_WINDOW_CHARS = 2000;
    /** Text of other blocks the second opinion steps over between the body and good prose above it. */
    static final int MAX_LEAD_GAP_CHARS = 200;
    /** jusText: whether headings get their own rules (trafilatura turns them off). */
    static final boolean JT_HEADINGS = false;

    private Thresholds() {
    }
}
