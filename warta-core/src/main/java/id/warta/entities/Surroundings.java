package id.warta.entities;

import id.warta.model.EntityType;
import java.util.List;

/**
 * What stands around a stretch of text: the word right before or after it, the found name over it. Many
 * passes decide by a name's neighbours ({@code indeks} before {@code Hang Seng}, {@code KM} before
 * a vessel's name), so they ask here rather than each walking the text its own way.
 */
final class Surroundings {
    private Surroundings() {}

    /** The letters right before the space before {@code at} ({@code El} of {@code El Nino}), or "" when none stand there. */
    static String wordBefore(String text, int at) {
        if (at < 2 || text.charAt(at - 1) != ' ') return "";
        int start = at - 1;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) start--;
        return text.substring(start, at - 1);
    }

    /** The letters right after the space after {@code end} ({@code mengatakan} of {@code Candy mengatakan}), or "" when none. */
    static String wordAfter(String text, int end) {
        if (end + 1 >= text.length() || text.charAt(end) != ' ') return "";
        int stop = end + 1;
        while (stop < text.length() && Character.isLetter(text.charAt(stop))) stop++;
        return text.substring(end + 1, stop);
    }

    /** The type of a found name overlapping {@code [start, end)}, a person's first; null when none. */
    static EntityType typeCovering(int start, int end, List<Found> found) {
        EntityType type = null;
        for (Found f : found) {
            if (f.start() >= end || start >= f.end()) continue;
            if (f.type() == EntityType.PERSON) return f.type();
            type = f.type();
        }
        return type;
    }
}
