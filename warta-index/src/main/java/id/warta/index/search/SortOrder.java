package id.warta.index.search;

import java.util.Locale;

/** How results are ordered. */
public enum SortOrder {
    /** Best match first; ties newest first. */
    RELEVANCE,
    /** Newest first; articles without a date last. */
    NEWEST,
    /** Oldest first; articles without a date last. */
    OLDEST;

    public static SortOrder parse(String s) {
        if (s == null || s.isBlank()) return RELEVANCE;
        try {
            return valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("unknown sort '" + s + "': use relevance, newest or oldest");
        }
    }
}
