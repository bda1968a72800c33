package id.warta.entities;

/**
 * What the entity layer knows of contests and products, for the stages after it: names that call no one, so no one
 * speaks by them ({@code MotoGP}, {@code Piala Dunia}, {@code Pertamina Dex}). Read from this package's lexicons.
 */
public final class Contests {
    private Contests() {
    }

    /** Whether {@code word}, in any case, is a racing series' or a league's own name ({@code MotoGP}, {@code Bundesliga}). */
    public static boolean isSeries(String word) {
        return ThingWords.INSTANCE.isSeries(word);
    }

    /** Whether {@code name} is a contest's ({@code MotoGP}, {@code World Cup}, {@code Liga Champions}) or a product's name. */
    public static boolean namesNoOne(String name) {
        return ThingWords.INSTANCE.isCompetition(name) || ThingWords.INSTANCE.isProduct(name);
    }
}
