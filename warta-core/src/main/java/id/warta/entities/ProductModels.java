package id.warta.entities;

import id.warta.model.EntityType;
import java.util.Arrays;
import java.util.HashSet;
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
 * <p>The tagger also reads a maker's product line as a person ({@code Shell Rimula R4X}, {@code Shell LubeMatch}): a
 * name opening with a word of a body the article names, then a model code or a word run together from two capitalised
 * ones ({@code LubeMatch}, {@code PlayStation}), names a product, not a person; family names so run together open
 * with a short particle ({@code McGinn}, {@code MacPherson}, {@code LeBron}, {@code DiMaria}, {@code VanZant}), which
 * is no such word. The line named without its model ({@code Shell Rimula}) goes with it, and the maker named alone,
 * which the tagger then reads as a person too ({@code Shell}), is the body.
 */
final class ProductModels {
    /** A model code: one to three capitals, a hyphen at most, digits, then letters or digits. */
    private static final Pattern MODEL = Pattern.compile("\\p{Lu}{1,3}-?\\d{1,4}[\\p{L}\\p{N}]*");
    /**
     * What a new model's name opens with in the makers' launches ({@code All New Kirana 125}, the maker's name before it
     * at most: {@code Yamaha All New Kirana}): a product, no body.
     */
    private static final String NEW_MODEL = " All New ";
    /** A model's generation as a bare number ({@code 17} of {@code Xiaomi 17 Max}). */
    private static final Pattern GENERATION = Pattern.compile("\\d{1,4}");
    private static final Pattern AGE_GROUP = Pattern.compile("U-?\\d\\d");
    /** The words that close a model's name after its code: its tier or its drive, never a body's word. */
    private static final Set<String> TIERS = Set.of("Pro", "Max", "Ultra", "Plus", "Lite", "Edge", "Mini", "FE", "EV", "GT",
            "Elite", "Neo", "SE");
    /** A word run together from two capitalised ones, the first of three letters or more ({@code LubeMatch}). */
    private static final Pattern RUN_TOGETHER = Pattern.compile("\\p{Lu}\\p{Ll}{2,}\\p{Lu}\\p{Ll}+");
    /** The particles that open a family name run together so ({@code MacPherson}, {@code VanZant}, {@code DelPiero}). */
    private static final Pattern FAMILY_PARTICLE = Pattern.compile("(?:Mac|Mc|Van|Von|Del|Des|Dos|Der|Den|Ten|Ter)\\p{Lu}.*");

    private ProductModels() {
    }

    /** {@code found} without the organisations of two words or more closing with a model code; in place. */
    static void drop(String text, List<Found> found) {
        Set<String> bodyWords = new HashSet<>();
        for (Found f : found) {
            if (f.type() == EntityType.ORGANIZATION) bodyWords.addAll(Arrays.asList(f.textIn(text).split(" ")));
        }
        Set<String> lines = new HashSet<>();
        for (Found f : found) {
            String name = f.type() == EntityType.PERSON ? withModel(text, f.textIn(text)) : f.textIn(text);
            if (f.type() == EntityType.PERSON ? isProductLine(name, bodyWords) : f.type() == EntityType.ORGANIZATION && isModel(name)) {
                lines.add(name + " ");
            }
        }
        found.removeIf(f -> f.type() == EntityType.ORGANIZATION && isModel(f.textIn(text))
                || f.type() != EntityType.PLACE && (" " + f.textIn(text)).contains(NEW_MODEL)
                || f.type() == EntityType.PERSON && (lines.contains(f.textIn(text) + " ")
                        || f.textIn(text).indexOf(' ') > 0 && opensAny(f.textIn(text), lines)));
        if (lines.isEmpty()) return;
        // the maker named alone, which the tagger read as the line's person too: the body
        found.replaceAll(f -> f.type() == EntityType.PERSON && f.textIn(text).indexOf(' ') < 0 && opensAny(f.textIn(text), lines)
                ? new Found(f.start(), f.end(), EntityType.ORGANIZATION, f.via()) : f);
    }

    /**
     * {@code name} with the model code written after it somewhere in {@code text} ({@code Petrona Marin X5}): the
     * tagger may stop before the code, or find the line only where it is named without one.
     */
    private static String withModel(String text, String name) {
        for (int at = text.indexOf(name + " "); at >= 0; at = text.indexOf(name + " ", at + 1)) {
            String model = nextModel(text, at + name.length());
            if (!model.isEmpty()) return name + model;
        }
        return name;
    }

    /** The model code written right after {@code end}, a space before it ({@code " X5"}), or "". */
    private static String nextModel(String text, int end) {
        if (end + 1 >= text.length() || text.charAt(end) != ' ') return "";
        int e = end + 1;
        while (e < text.length() && (Character.isLetterOrDigit(text.charAt(e)) || text.charAt(e) == '-')) e++;
        String word = text.substring(end + 1, e);
        return MODEL.matcher(word).matches() && !AGE_GROUP.matcher(word).matches() ? " " + word : "";
    }

    /** Whether {@code name} opens one of the product lines {@code lines} ({@code Shell Rimula}, {@code Shell}). */
    private static boolean opensAny(String name, Set<String> lines) {
        for (String line : lines) if (line.startsWith(name + " ")) return true;
        return false;
    }

    /** Whether {@code name}, read as a person's, opens with one of {@code bodyWords} and holds a product's word. */
    static boolean isProductLine(String name, Set<String> bodyWords) {
        String[] words = name.split(" ");
        if (words.length < 2 || !bodyWords.contains(words[0])) return false;
        for (int i = 1; i < words.length; i++) {
            String w = words[i];
            if (MODEL.matcher(w).matches() && !AGE_GROUP.matcher(w).matches()
                    || RUN_TOGETHER.matcher(w).matches() && !FAMILY_PARTICLE.matcher(w).matches()) {
                return true;
            }
        }
        return false;
    }

    static boolean isModel(String name) {
        String[] words = name.split(" ");
        int last = words.length - 1;
        while (last > 1 && TIERS.contains(words[last])) last--;
        if (last <= 0) return false;
        String code = words[last];
        // a bare number is a model's only with a tier after it (Xiaomi 17 Max): alone it may be a body's (SMA 1, Liga 1)
        return MODEL.matcher(code).matches() && !AGE_GROUP.matcher(code).matches()
                || last < words.length - 1 && GENERATION.matcher(code).matches();
    }
}
