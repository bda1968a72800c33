package id.warta.entities;

import id.warta.model.EntityType;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code Airbus A320}, {@code Yamaha M1}, {@code Samsung S24}: a maker's name closed by a model code (capitals, then
 * digits) is a product, and products name no one by the project's convention; the tagger reads the maker's body.
 * Only that mention goes: the maker named alone elsewhere ({@code pesawat buatan Airbus}) stays. An age group is
 * no model ({@code Timnas U22}, {@code Timnas U-23}). A model code may be followed by the words that name a model's
 * tier ({@code Jaecoo J5 EV}, {@code Galaxy S26 Ultra}, {@code Find X9 Pro}), but by no other word: a body may hold a
 * code inside its name ({@code Pertamina Enduro VR46 Racing Team}, {@code SD Kartika XII-1 Magelang}).
 */
final class ProductModels {
    /** A model code: one to three capitals, a hyphen at most, digits, then letters or digits. */
    private static final Pattern MODEL = Pattern.compile("\\p{Lu}{1,3}-?\\d{1,4}[\\p{L}\\p{N}]*");
    private static final Pattern AGE_GROUP = Pattern.compile("U-?\\d\\d");
    /** The words that close a model's name after its code: its tier or its drive, never a body's word. */
    private static final Set<String> TIERS = Set.of("Pro", "Max", "Ultra", "Plus", "Lite", "Edge", "Mini", "FE", "EV", "GT",
            "Elite", "Neo", "SE");

    private ProductModels() {
    }

    /** {@code found} without the organisations of two words or more closing with a model code; in place. */
    static void drop(String text, List<Found> found) {
        found.removeIf(f -> f.type() == EntityType.ORGANIZATION && isModel(f.textIn(text)));
    }

    static boolean isModel(String name) {
        String[] words = name.split(" ");
        int last = words.length - 1;
        while (last > 1 && TIERS.contains(words[last])) last--;
        return last > 0 && MODEL.matcher(words[last]).matches() && !AGE_GROUP.matcher(words[last]).matches();
    }
}
