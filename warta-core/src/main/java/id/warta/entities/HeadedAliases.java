package id.warta.entities;

import id.warta.model.EntityType;

/**
 * {@code Bank BNI}, {@code Bank BRI}, {@code Partai PDIP}: a body's listed short form written after the word its full
 * name opens with ({@code BNI} is {@code Bank Negara Indonesia}) is the body again, not a body of its own. News writes
 * banks so more often than not; the word before must be the full name's first word, so {@code Kantor BNI} (an office)
 * or {@code Direksi BNI} stay what they are.
 */
final class HeadedAliases {
    private HeadedAliases() {
    }

    /** The listed body {@code surface} names as its head word and short form, or null. */
    static EntityLexicon.Alias of(String surface, EntityLexicon lexicon) {
        int space = surface.indexOf(' ');
        if (space <= 0 || surface.indexOf(' ', space + 1) >= 0) return null; // two words: the head and the short form
        EntityLexicon.Alias listed = lexicon.listed(surface.substring(space + 1));
        if (listed == null || listed.canonical() == null || listed.type() != EntityType.ORGANIZATION) return null;
        String head = surface.substring(0, space + 1);
        String full = listed.canonical();
        return full.length() > head.length() && full.regionMatches(true, 0, head, 0, head.length()) ? listed : null;
    }
}
