package id.warta.model;

/**
 * The dateline that opened the body ({@code JAKARTA, KOMPAS.com -}), cut from the text.
 *
 * @param text   the dateline as it appeared, separators included
 * @param place  the place it names, or null
 * @param outlet the outlet or agency it names ({@code KOMPAS.com}, {@code ANTARA}), or null
 * @param date   the date it gives, or null
 */
public record Dateline(String text, String place, String outlet, Moment date) {
}
