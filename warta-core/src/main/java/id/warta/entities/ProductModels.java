package id.warta.entities;

import id.warta.model.EntityType;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code Airbus A320}, {@code Yamaha M1}, {@code Samsung S24}: a maker's name closed by a model code (capitals, then
 * digits) is a product, and products name no one by the project's convention; the tagger reads the maker's body.
 * Only that mention goes: the maker named alone elsewhere ({@code pesawat buatan Airbus}) stays. An age group is
 * no model ({@code Timnas U22}, {@code Timnas U-23}).
 */
final class ProductModels {
    /** A model code: one to three capitals, a hyphen at most, digits, then letters or digits. */
    private static final Pattern MODEL = Pattern.compile("\\p{Lu}{1,3}-?\\d{1,4}[\\p{L}\\p{N}]*");
    private static final Pattern AGE_GROUP = Pattern.compile("U-?\\d\\d");

    private ProductModels() {
    }

    /** {@code found} without the organisations of two words or more closing with a model code; in place. */
    static void drop(String text, List<Found> found) {
        found.removeIf(f -> f.type() == EntityType.ORGANIZATION && isModel(f.textIn(text)));
    }

    static boolean isModel(String name) {
        int space = name.lastIndexOf(' ');
        if (space < 0) return false;
        String last = name.substring(space + 1);
        return MODEL.matcher(last).matches() && !AGE_GROUP.matcher(last).matches();
    }
}
