package id.warta.extract.html;

import id.warta.model.Moment;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Element;

/** The page's {@code <time datetime>} elements: the machine time each gives, and the day its text shows readers. */
final class TimeElements {
    /** How many {@code <time>} elements are read for an offset the page writes. */
    private static final int MAX_TIME_ELEMENTS = 10;

    private final List<Element> times;

    TimeElements(Markup markup) {
        this.times = markup.tagged("time", "time[datetime]");
    }

    /** The first marked as the publication time ({@code pubdate}, {@code class="entry-date"}), else the first at all; not a comment's. */
    Optional<Moment> published() {
        var own = times.stream().filter(t -> !OtherDates.datesOther(t)).toList();
        for (Element t : own) {
            String cls = (t.className() + " " + t.id()).toLowerCase(Locale.ROOT);
            if (t.hasAttr("pubdate") || cls.contains("publish") || cls.contains("entry-date")) {
                Optional<Moment> m = datetime(t);
                if (m.isPresent()) return m;
            }
        }
        for (Element t : own) {
            if (ChangeLabels.saysModified(t.parent() == null ? "" : t.parent().ownText())) continue;
            Optional<Moment> m = datetime(t);
            if (m.isPresent()) return m;
        }
        return Optional.empty();
    }

    /**
     * The time of the page's first {@code <time datetime>} (not a comment's, a related article's or
     * one called a change), when its text shows that day ({@code <time datetime="2022-03-09">09.03.2022</time>});
     * empty when the first shows another day or none ({@code 8h}).
     */
    Optional<Moment> firstShown() {
        for (Element t : times) {
            if (OtherDates.datesOther(t) || ChangeLabels.calledChange(t)) continue;
            Optional<Moment> m = datetime(t);
            if (m.isEmpty()) continue;
            Optional<Moment> shown = DateText.parse(t.text());
            return shown.isPresent() && m.get().date().equals(shown.get().date()) ? m : Optional.empty();
        }
        return Optional.empty();
    }

    /** The date the text of a {@code <time>} of this instant (to the minute) shows: {@code datetime="2019-12-26T23:07:45+00:00">26/12/2019}. */
    Optional<Moment> shownAt(Moment instant) {
        for (Element t : times) {
            Optional<Moment> m = datetime(t);
            if (m.isEmpty() || !m.get().equals(DateText.toMinute(instant))) continue;
            Optional<Moment> shown = DateText.parse(t.text());
            if (shown.isPresent()) return shown;
        }
        return Optional.empty();
    }

    /** The first few {@code datetime} values as written, where one may carry the page's offset. */
    List<String> written() {
        return times.stream().limit(MAX_TIME_ELEMENTS).map(t -> t.attr("datetime")).toList();
    }

    private static Optional<Moment> datetime(Element t) {
        return DateText.parse(t.attr("datetime"));
    }
}
