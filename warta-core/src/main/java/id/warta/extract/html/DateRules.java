package id.warta.extract.html;

import id.warta.model.Moment;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * The rules that choose between the publication time the markup keeps and the dates the page
 * shows its readers, each giving the witnessed time back unchanged or the one it prefers.
 */
final class DateRules {
    private final ShownDates shown;
    private final TimeElements times;

    DateRules(ShownDates shown, TimeElements times) {
        this.shown = shown;
        this.times = times;
    }

    /**
     * The head's publication time or JSON-LD's, when the two name different days: the one whose
     * day the page shows its readers. A CMS that rewrites {@code article:published_time} at each
     * edit leaves JSON-LD's first publication standing, and the page's date line with it
     * ({@code Dec. 6, 2024, 10:00 PM UTC / Updated Dec. 7}); a JSON-LD date an SEO plugin got wrong
     * is shown nowhere, and the head stands. Asked only when the two disagree.
     */
    Witnessed shownOfTwo(Witnessed found, Optional<Moment> json) {
        if (!found.witness().equals("meta") || json.isEmpty() || json.get().date().equals(found.moment().date())) return found;
        Optional<Moment> day = shown.dateClassed().or(shown::anyDateLine);
        return day.isPresent() && day.get().date().equals(json.get().date()) ? new Witnessed("json-ld over meta", json.get()) : found;
    }

    /** The same local time with the offset another witness writes for it, when the first writes none. */
    static Witnessed zoned(Witnessed found, Optional<Moment> other) {
        Moment m = found.moment();
        if (m.zone() != null || other.isEmpty() || other.get().zone() == null) return found;
        Moment o = other.get();
        return o.date().equals(m.date()) && Objects.equals(o.time(), m.time()) ? new Witnessed(found.witness(), o) : found;
    }

    /**
     * The day the address gives ({@code /2017/7/12/}) over a publication time the page writes days
     * away from it: an address is minted once, when the article first goes out, while a CMS rewrites
     * its published time when the article is moved, republished or imported. Within a day or two the
     * page's time stands: the address may give the day in another time zone. So does a time whose
     * day the page shows its readers as its own, year and all ({@code /2022/05/02/} and
     * {@code <time>08 May 2022</time>}): a CMS that mints the address when the draft is opened
     * dates the article to the day it went out, and says so twice.
     */
    Witnessed addressed(Witnessed found, Optional<Moment> address) {
        if (address.isEmpty()) return found;
        long apart = Math.abs(ChronoUnit.DAYS.between(address.get().date(), found.moment().date()));
        if (apart <= Thresholds.MAX_ADDRESS_DATE_GAP_DAYS || shown.showsAsOwn(found.moment().date())) return found;
        return found.over("address", address.get());
    }

    /**
     * A page republished as new shows its readers the day of its last change as its date, never
     * the first publication its markup keeps ({@code article:published_time} 2021-11-29,
     * {@code article:modified_time} 2022-01-12, under the byline only {@code 12.01.2022}): the
     * change's time. A page that calls the day it shows an update keeps its publication.
     */
    Witnessed shownUpdate(Witnessed found, Moment modified) {
        if (modified == null || !found.hidden() || !shown.showsOnlyUpdate(found.moment().date(), modified.date())) return found;
        return found.over("shown update", modified);
    }

    /**
     * A publication time in the markup that the page shows nowhere, while its first {@code <time>}
     * element shows another day (a CMS's import stamp in the head): the {@code <time>}'s.
     */
    Witnessed shownTime(Witnessed found) {
        if (!found.hidden()) return found;
        Optional<Moment> time = times.firstShown();
        if (time.isEmpty() || time.get().date().equals(found.moment().date()) || shown.showsAnywhere(found.moment().date())) return found;
        return found.over("shown time", time.get());
    }

    /**
     * The publication time on the page's local clock; but a time written in UTC keeps its UTC day
     * where the page shows its readers that day (a site whose clock is UTC, or that writes its local
     * time as UTC, is dated as it dates itself), unless it is local midnight: a day entered without
     * a time, stored as UTC, is the local day.
     */
    Moment onPageDay(Moment published, Optional<ZoneId> zone) {
        Moment local = PageZone.localise(published, zone);
        boolean movedDay = local != published && !local.date().equals(published.date()) && !LocalTime.MIDNIGHT.equals(local.time());
        return movedDay && showsUtcDay(published) ? published : local;
    }

    /**
     * Whether the page shows the UTC day of a time written in UTC: the {@code <time>} element of
     * that instant writes it ({@code datetime="2019-12-26T23:07:45+00:00">26/12/2019}), or else the
     * first date-like element does.
     */
    private boolean showsUtcDay(Moment utc) {
        Optional<Moment> day = times.shownAt(utc).or(shown::dateClassed);
        return day.isPresent() && day.get().date().equals(utc.date());
    }
}
