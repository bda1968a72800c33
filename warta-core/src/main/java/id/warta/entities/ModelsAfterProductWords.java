package id.warta.entities;

import id.warta.entities.places.Places;
import id.warta.model.EntityType;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code mobil Toyota Rana}, {@code skuter Honda Lumo}, {@code dua unit Suzuki Kirana}, {@code ponsel Nusa Galaksi},
 * {@code chip Kora AI Max}: a maker's name and a model's name (or a product line's) after a word for a vehicle or a
 * device (or a count of units) is a product, which names no one by the project's convention;
 * the tagger reads the maker's body, or a person when the maker is one the alias lists know. Every mention of that name goes, also where no such word stands before it. The
 * maker named alone ({@code mobil Toyota}) stays, and so does a name holding a body's head or tail word, a place or a
 * legal form ({@code mobil PT Sinar Motor Indonesia}, {@code mobil Dinas Perhubungan}).
 */
final class ModelsAfterProductWords {
    private static final Pattern PRODUCT_WORD = Pattern.compile(
            "(?iu)(?<![\\p{L}\\p{N}])(?:mobil|(?:sepeda )?motor|skuter|skutik|SUV|MPV|LMPV|sedan|hatchback|pikap|crossover"
                    + "|ponsel|smartphone|handphone|laptop|notebook|tablet|chip|chipset|prosesor|SoC|GPU|smartwatch|jam tangan"
                    + "|konsol|kamera|(?:\\d+|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|beberapa) unit) $");
    /** How far before a name the product word is looked for. */
    private static final int REACH = 25;
    private static final int MOST_WORDS = 3;

    private ModelsAfterProductWords() {
    }

    /** Drops from {@code found} the organisations such a product's name is read as. */
    static void drop(String text, List<Found> found, Places places) {
        Set<String> models = new HashSet<>();
        for (Found f : found) {
            String name = f.textIn(text);
            if (f.type() != EntityType.ORGANIZATION && !(f.type() == EntityType.PERSON && listedMaker(name))) continue;
            // the name's shape first: most bodies are one word, and the pattern is searched from 25 characters back
            if (!mayBeModel(name, places) || !PRODUCT_WORD.matcher(text).region(Math.max(0, f.start() - REACH), f.start()).find()) continue;
            models.add(name);
        }
        if (models.isEmpty()) return;
        found.removeIf(f -> f.type() != EntityType.PLACE && models.contains(f.textIn(text)));
    }

    /** Whether the first word of {@code name} is a body the alias lists know ({@code Suzuki}), a maker. */
    private static boolean listedMaker(String name) {
        EntityLexicon.Alias maker = EntityLexicon.INSTANCE.listedExactly(name.substring(0, name.indexOf(' ') < 0 ? name.length() : name.indexOf(' ')));
        return maker != null && maker.type() == EntityType.ORGANIZATION;
    }

    /** Whether {@code name} is two or three words, none a body's word, a country or a legal form, none but the first a town. */
    private static boolean mayBeModel(String name, Places places) {
        String[] words = name.split(" ");
        if (words.length < 2 || words.length > MOST_WORDS || LegalForms.in(name)) return false;
        EntityLexicon lexicon = EntityLexicon.INSTANCE;
        if (lexicon.opensWithOrganisationHead(name) || lexicon.closesWithOrganisationTail(name)) return false;
        for (int i = 0; i < words.length; i++) { // a maker may share a town's name (Toyota), a model not
            String w = words[i];
            if (lexicon.isOrganisationHead(w) || places.countryCode(w) != null || i > 0 && places.namesTownOrLarger(w)) return false;
        }
        return true;
    }
}
