package id.warta.eval;

import id.warta.dates.DateParser;
import id.warta.model.Moment;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.parser.Parser;

/**
 * How often the publication date is right to the day, twice: over every page whose gold gives a
 * date (the headline figure), and over the pages that carry their gold day, written somewhere
 * on the page or in its address ({@link WrittenDay}). A page is left out of the second when its
 * gold is no date ({@code 2022-29-11}) or when the gold day is nowhere on it (a day after every
 * date the page writes, a wiki's creation it never shows): no reader of the page could give it.
 *
 * @param dated      pages whose gold gives a publication date
 * @param right      of those, pages whose extracted date is the same day
 * @param notADate   pages whose gold does not read as a date
 * @param notOnPage  pages whose gold day is written nowhere on the page nor in its address
 * @param rightOnPage pages of the second figure whose extracted date is the same day
 */
public record DateScore(int dated, int right, int notADate, int notOnPage, int rightOnPage) {
    /** Right to the day over every dated page. */
    public double accuracy() {
        return dated == 0 ? 0 : (double) right / dated;
    }

    /** Pages that carry their gold day. */
    public int onPage() {
        return dated - notADate - notOnPage;
    }

    /** Right to the day over the pages that carry their gold day. */
    public double onPageAccuracy() {
        return onPage() == 0 ? 0 : (double) rightOnPage / onPage();
    }

    /** {@code date 0.9341 (680/728)  date on page 0.9700 (679/700; left out 28: 3 gold no date, 25 day not on page)}. */
    public String line() {
        return String.format(Locale.ROOT, "date %.4f (%d/%d)  date on page %.4f (%d/%d; left out %d: %d gold no date, %d day not on page)",
                accuracy(), right, dated, onPageAccuracy(), rightOnPage, onPage(), notADate + notOnPage, notADate, notOnPage);
    }

    static final String GOLD_NO_DATE = "gold no date", DAY_NOT_ON_PAGE = "day not on page";

    /**
     * One page's date.
     *
     * @param right   the extracted date is the gold's day
     * @param leftOut why the page is left out of the second figure ({@link #GOLD_NO_DATE}, {@link #DAY_NOT_ON_PAGE}), or null
     */
    record Verdict(boolean right, String leftOut) {
    }

    /** Counts the pages of one corpus. */
    static final class Tally {
        private int dated, right, notADate, notOnPage, rightOnPage;

        /**
         * @param gold      the gold publication date as the corpus writes it
         * @param extracted Warta's publication time, or null
         * @param page      the page's source, decoded; for a paginated article, all its pages
         * @param url       the page's address, or null
         */
        Verdict add(String gold, Moment extracted, String page, String url) {
            dated++;
            Optional<LocalDate> day = DateParser.parse(gold).map(Moment::date);
            boolean sameDay = day.isPresent() && extracted != null && day.get().equals(extracted.date());
            if (sameDay) right++;
            String leftOut = null;
            if (day.isEmpty()) {
                notADate++;
                leftOut = GOLD_NO_DATE;
            } else if (!WrittenDay.on(Parser.unescapeEntities(page, false), url, day.get())) {
                notOnPage++;
                leftOut = DAY_NOT_ON_PAGE;
            } else if (sameDay) {
                rightOnPage++;
            }
            return new Verdict(sameDay, leftOut);
        }

        DateScore score() {
            return new DateScore(dated, right, notADate, notOnPage, rightOnPage);
        }
    }
}
