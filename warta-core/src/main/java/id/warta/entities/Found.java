package id.warta.entities;

import id.warta.model.EntityType;
import id.warta.model.Located;

/**
 * A name found in the text, before mentions are grouped into entities.
 *
 * @param via how it was found: {@code model} (the statistical tagger), {@code alias} (a listed
 *            form), {@code abbreviation} (defined in the article, {@code Russia Today (RT)}),
 *            {@code repeat} (a name found elsewhere in the article, here in another case)
 */
record Found(int start, int end, EntityType type, String via) implements Located {
    Found {
        Located.check(start, end);
    }

    /** The name as {@code text}, the text it was found in, writes it. */
    String textIn(String text) {
        return text.substring(start, end);
    }

    /** Whether the name stands alone in brackets after a space in {@code text}: {@code ... (LEO)}, {@code ... (PKPU)}. */
    boolean bracketedIn(String text) {
        return start >= 2 && end < text.length() && text.charAt(start - 1) == '(' && text.charAt(start - 2) == ' ' && text.charAt(end) == ')';
    }

    boolean overlaps(Located o) {
        return start < o.end() && o.start() < end;
    }
}
