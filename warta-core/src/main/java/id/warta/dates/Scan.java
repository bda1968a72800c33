package id.warta.dates;

import id.warta.model.DateMention;
import id.warta.model.DateMention.Kind;
import id.warta.model.Moment;
import id.warta.model.Period;
import id.warta.model.Warning;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;

/**
 * One pass of {@link DateFinder} over one text: what its steps have found so far, the days they resolve against,
 * and the characters taken, so expressions never overlap.
 */
final class Scan {
    final String text;
    final Prefiltered.Openings openings;
    /** The day relative expressions resolve against: the publication date, else the article's own day. */
    LocalDate reference;
    /**
     * The article's own "today" when it has no publication date: its latest date given with a weekday,
     * not counting days it plans or ends a span with ({@link Plans#scheduled}), unless it gives no other.
     */
    LocalDate anchor;
    /** The latest day given with a weekday that the article plans or ends a span with: the anchor when it gives no other. */
    LocalDate scheduledAnchor;
    /** The days the article gives with their weekday ({@code Selasa (29/1)}). */
    final Set<LocalDate> weekdayDays = new HashSet<>();
    final LocalDate published;
    /**
     * Without a publication date, the latest day the article gives with its weekday and year ({@code Senin
     * (2/1/2023)}): the reporting day, set by {@link DayYears#resolve}; else null.
     */
    LocalDate datedDay;
    /** The page's year when there is no publication date ({@link DateFinder#find(String, Moment, Integer)}); else null. */
    final Integer pageYear;
    final LocalDate today;
    final BitSet taken = new BitSet();
    final List<DateMention> dates = new ArrayList<>();
    final List<Period> periods = new ArrayList<>();
    final List<Warning> warnings = new ArrayList<>();

    Scan(String text, Moment published, Integer pageYear, LocalDate today) {
        this.text = text;
        this.openings = new Prefiltered.Openings(text);
        this.published = published == null ? null : published.date();
        this.pageYear = published == null ? pageYear : null;
        this.reference = this.published;
        this.today = today;
    }

    /** The text's last {@code width} characters (or fewer) before {@code offset}. */
    String textBefore(int offset, int width) {
        return text.substring(Math.max(0, offset - width), offset);
    }

    /** The text's first {@code width} characters (or fewer) from {@code offset}. */
    String textAfter(int offset, int width) {
        return text.substring(offset, Math.min(text.length(), offset + width));
    }

    /** Where the sentence holding {@code offset} starts (after a full stop and space, a line break, or at the text's start). */
    int sentenceStart(int offset) {
        int stop = Math.max(text.lastIndexOf(". ", offset - 1), Math.max(text.lastIndexOf("? ", offset - 1),
                text.lastIndexOf('\n', offset - 1)));
        return stop < 0 ? 0 : text.charAt(stop) == '\n' ? stop + 1 : stop + 2;
    }

    /** The words of {@code start}'s sentence before it, at most {@code window} characters. */
    String sentenceBefore(int start, int window) {
        return text.substring(Math.max(start - window, sentenceStart(start)), start);
    }

    /** Where the sentence holding {@code offset} ends (a full stop and space, a line break, or the text's end). */
    int sentenceEnd(int offset) {
        int stop = text.indexOf(". ", offset), line = text.indexOf('\n', offset);
        if (stop < 0) stop = text.length();
        if (line < 0) line = text.length();
        return Math.min(stop, line);
    }

    /** The date (no relative one) that ends last at or before {@code offset}; null for none. */
    DateMention dateEndingBy(int offset) {
        return endingBy(offset, d -> d.kind() != Kind.RELATIVE);
    }

    /** The mention {@code which} accepts that ends last at or before {@code offset}; null for none. */
    DateMention endingBy(int offset, Predicate<DateMention> which) {
        DateMention last = null;
        for (DateMention d : dates) {
            if (d.end() <= offset && which.test(d) && (last == null || d.end() >= last.end())) last = d;
        }
        return last;
    }

    boolean isTaken(Matcher m) {
        int next = taken.nextSetBit(m.start());
        return next >= 0 && next < m.end();
    }

    void take(int start, int end) {
        taken.set(start, end);
    }
}
