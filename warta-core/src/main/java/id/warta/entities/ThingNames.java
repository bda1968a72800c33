package id.warta.entities;

import id.warta.model.EntityType;
import java.util.List;

/** Found names that are a thing's, no one's: a product's, a competition's, a term's, an award's, a ship's. */
final class ThingNames {
    /** The English maker's label: {@code Made in China}. */
    private static final String MADE_IN = "Made in ";

    private final ThingWords things = ThingWords.INSTANCE;

    /** Drops the found names that are things' ({@link #isThing}). */
    void drop(String text, List<Found> found) {
        found.removeIf(f -> isThing(text, f));
    }

    /**
     * Whether a found name is a thing's, no one's: a product's, a competition's, a term's, a kind of body, an award's,
     * a ship's, or what something is made in.
     */
    private boolean isThing(String text, Found f) {
        String name = f.textIn(text);
        return things.isProduct(name) || things.isCompetition(name) || things.isTerm(name) || BodyKinds.isKind(name)
                || madeIn(text, f) || f.type() == EntityType.ORGANIZATION && things.isAward(name)
                || productsLastWord(text, f.start(), name) || ship(text, f.start(), name)
                || ProductEditions.names(text, f); // "Legend 5 Limited Edition": a product
    }

    /**
     * Whether {@code name}, found at {@code at}, is a ship's ({@code MV Hondius}, {@code KRI Spica}; {@link
     * EntityLexicon#isVesselPrefix}): opening with the prefix and a capitalised word, or the name after it, one space
     * between ({@code Tunu Pratama Jaya} of {@code KMP Tunu Pratama Jaya}).
     */
    private boolean ship(String text, int at, String name) {
        int space = name.indexOf(' ');
        if (space > 0 && things.isVesselPrefix(name.substring(0, space)) && Character.isUpperCase(name.charAt(space + 1))) return true;
        return things.isVesselPrefix(Surroundings.wordBefore(text, at));
    }

    /**
     * Whether {@code name}, found at {@code at}, closes a product with the word right before it, one space
     * between ({@code Nino} of {@code El Nino}: a tagger may find the last word alone).
     */
    private boolean productsLastWord(String text, int at, String name) {
        String before = Surroundings.wordBefore(text, at);
        return !before.isEmpty() && things.isProduct(before + " " + name);
    }

    /**
     * {@code Made in China}: the English maker's label, whose first word the tagger reads as the Balinese name
     * {@code Made} ({@code I Made Wirata}); a name does not go on with the English {@code in}.
     */
    private static boolean madeIn(String text, Found f) {
        return text.startsWith(MADE_IN, f.start()) && f.end() <= f.start() + MADE_IN.length();
    }
}
