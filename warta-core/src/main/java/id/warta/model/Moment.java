package id.warta.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A point in time known to the day, and possibly to the minute with its time zone, as
 * news pages give it ({@code Sabtu 07 Desember 2024}, {@code 26 Mei 2026 09:07 WIB}).
 * Serialised as ISO 8601: {@code 2024-12-07} or {@code 2026-05-26T09:07+07:00}.
 */
public record Moment(LocalDate date, LocalTime time, ZoneOffset zone) {
    public Moment {
        if (date == null) throw new IllegalArgumentException("a moment needs a date");
        if (time == null && zone != null) throw new IllegalArgumentException("a zone needs a time");
    }

    public static Moment of(LocalDate date) {
        return new Moment(date, null, null);
    }

    public static Moment of(OffsetDateTime dateTime) {
        return new Moment(dateTime.toLocalDate(), dateTime.toLocalTime(), dateTime.getOffset());
    }

    /** Reads the ISO 8601 form {@link #iso()} writes: a day, or a day and time with or without a zone. */
    @JsonCreator
    public static Moment parse(String iso) {
        if (iso.indexOf('T') < 0) return of(LocalDate.parse(iso));
        boolean zoned = iso.endsWith("Z") || iso.lastIndexOf('+') > iso.indexOf('T') || iso.lastIndexOf('-') > iso.indexOf('T');
        if (zoned) return of(OffsetDateTime.parse(iso));
        LocalDateTime local = LocalDateTime.parse(iso);
        return new Moment(local.toLocalDate(), local.toLocalTime(), null);
    }

    @JsonValue
    public String iso() {
        if (time == null) return date.toString();
        String t = time.withNano(0).format(time.getSecond() == 0
                ? DateTimeFormatter.ofPattern("HH:mm") : DateTimeFormatter.ISO_LOCAL_TIME);
        return date + "T" + t + (zone == null ? "" : zone.getId().equals("Z") ? "Z" : zone.getId());
    }

    @Override
    public String toString() {
        return iso();
    }
}
