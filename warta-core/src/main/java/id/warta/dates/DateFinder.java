package id.warta.dates;

import id.warta.model.DateMention;
import id.warta.model.Document;
import id.warta.model.Moment;
import id.warta.model.Period;
import id.warta.model.Warning;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the date expressions of an Indonesian article and resolves them against its
 * publication date: full dates ({@code Rabu 04 Desember 2024}, {@code 4 Des 2024}), numeric
 * ones ({@code Selasa (21/10/2025)}, {@code (21/10)}), relative days ({@code kemarin},
 * {@code lusa}), and coarser periods ({@code pada 2024}, {@code dua bulan lagi}).
 * A weekday that contradicts its date is reported as a warning; the date wins.
 * <p>
 * The steps, in order, each over one {@link Scan} that keeps expressions from overlapping:
 * {@link DayExpressions} (days written with their month), {@link DayYears} (their years),
 * {@link ArticleDay} (the article's own day, without a publication date), {@link RelativeDays},
 * {@link Weekdays} and {@link MonthsAndYears}.
 */
public final class DateFinder {
    /** Every pattern the finder scans with. */
    static final List<Prefiltered> PATTERNS = List.of(DayExpressions.WRITTEN, DayExpressions.NUMERIC_PAREN,
            DayExpressions.NUMERIC_BARE, DayYears.YEAR_NUMBER, RelativeDays.RELATIVE_DAY, RelativeDays.RELATIVE_SPAN,
            Weekdays.WEEKDAY, Weekdays.HABITUAL, MonthsAndYears.MONTH_YEAR, MonthsAndYears.YEAR, ArticleDay.HOLIDAY);

    private DateFinder() {
    }

    /** The date expressions of {@code text}, in text order. */
    public record Result(List<DateMention> dates, List<Period> periods, List<Warning> warnings) {
    }

    /**
     * Finds and resolves the dates of {@code text}.
     *
     * @param published the publication date relative expressions resolve against; may be
     *                  null, in which case the latest date the article gives with its weekday
     *                  ({@code Senin (20/10/2025)}, the usual mark of the reporting day) anchors them
     */
    public static Result find(String text, Moment published) {
        return find(text, published, null);
    }

    /** The dates of an extracted document's text, dated by its publication date, else by its copyright year. */
    public static Result find(Document doc) {
        return find(doc.text(), doc.published(), doc.credits().copyrightYear());
    }

    /**
     * As {@link #find(String, Moment)}, knowing the page's year ({@code Copyright © ANTARA 2025}; may be null): without
     * a publication date it is the year of the days the text gives without one, before any year the text only names.
     */
    public static Result find(String text, Moment published, Integer pageYear) {
        return find(text, published, pageYear, LocalDate.now());
    }

    /** As {@link #find(String, Moment, Integer)}, with the day taken as today (the latest year a weekday may point to). */
    static Result find(String text, Moment published, Integer pageYear, LocalDate today) {
        Scan scan = new Scan(text, published, pageYear, today);
        DayYears.resolve(scan, DayExpressions.find(scan));
        ArticleDay.settle(scan);
        RelativeDays.find(scan);
        Weekdays.find(scan);
        MonthsAndYears.find(scan);
        scan.dates.sort(Comparator.comparingInt(DateMention::start));
        scan.periods.sort(Comparator.comparingInt(Period::start));
        scan.warnings.sort(Comparator.comparingInt(Warning::start));
        return new Result(scan.dates, scan.periods, scan.warnings);
    }
}
