package id.warta.entities;

import id.warta.entities.ner.NerModel;
import id.warta.entities.places.Places;
import id.warta.language.Token;
import java.util.List;

/**
 * A country or a region the tagger read into the opening of a person's name, as its names are taken ({@link #opening},
 * {@link #bodyOpening}): a country after a description or a title ({@code fisikawan Prancis Pierre Curie}), a region
 * after a body the lists know by one word ({@code Ketua KONI Lampung M Ridho Ficardo}). A describing word and a country
 * tagged as a person of two words ({@code Militer Israel}) are read later, among the article's names, by {@link
 * TypesInContext#countriesAfterDescriptions}.
 */
final class PlacesTakenForPeople {
    /** Longest country or region name taken off the front of a person's ({@code Korea Selatan}). */
    private static final int MAX_PLACE_WORDS = 2;

    private final NerModel model;
    private final Places places;
    private final EntityLexicon lexicon = EntityLexicon.INSTANCE;

    PlacesTakenForPeople(NerModel model, Places places) {
        this.model = model;
        this.places = places;
    }

    /**
     * Whether the person's name {@code [start, end)} opens with a body the lists know by one word, then a region
     * ({@code KONI Lampung Hendri ...}): the body is a name of its own.
     */
    boolean bodyOpening(List<Token> tokens, int start, int end) {
        return start + 1 < end && lexicon.namesBodyAlone(tokens.get(start).text()) && regionAfterBody(tokens, start + 1, end) > 0;
    }

    /** How many words of a country or a region open the person's name {@code [start, end)}, a place of its own; zero when none. */
    int opening(List<Token> tokens, int start, int end) {
        return Math.max(countryBeforeName(tokens, start, end), regionAfterBody(tokens, start, end));
    }

    /**
     * How many words of a country open the person's name {@code [start, end)} the tagger found after a
     * description or title ({@code fisikawan Prancis Pierre Curie}, {@code kiper Korea Selatan Kim
     * Seung-gyu}, {@code Pelatih Jepang Hajime Moriyasu}): the country says where the person is
     * from, the name starts after it. Zero when no country opens it, nothing describes the person
     * before it, or fewer than two capitalised words follow ({@code pemain Israel Adesanya}).
     */
    private int countryBeforeName(List<Token> tokens, int start, int end) {
        if (start == 0) return 0;
        String before = tokens.get(start - 1).text(); // "kiper", "Kiper" opening the sentence, "Pelatih"
        if (!Character.isLowerCase(before.charAt(0)) && !model.commonInLowerCase(before) && !lexicon.titleEndsAt(tokens, start - 1)) {
            return 0;
        }
        for (int k = Math.min(MAX_PLACE_WORDS, end - start - 2); k >= 1; k--) {
            StringBuilder country = new StringBuilder(tokens.get(start).text());
            for (int i = start + 1; i < start + k; i++) country.append(' ').append(tokens.get(i).text());
            if (places.countryCode(country.toString()) == null) continue;
            for (int i = start + k; i < end; i++) if (tokens.get(i).isWord() && !tokens.get(i).isCapitalised()) return 0;
            return k;
        }
        return 0;
    }

    /**
     * How many words of a region open the person's name {@code [start, end)} after a body the lists
     * know by one word ({@code Ketua KONI Lampung M Ridho Ficardo}): the body's branch there, the name
     * starting after it. Zero when no listed body stands before, no region opens the name, or fewer than
     * two words follow.
     */
    private int regionAfterBody(List<Token> tokens, int start, int end) {
        if (start == 0 || end - start < 3 || !lexicon.namesBodyAlone(tokens.get(start - 1).text())) return 0;
        for (int k = Math.min(MAX_PLACE_WORDS, end - start - 2); k >= 1; k--) {
            String region = tokens.get(start).text() + (k == 2 ? " " + tokens.get(start + 1).text() : "");
            if (places.namesRegion(region)) return k;
        }
        return 0;
    }
}
