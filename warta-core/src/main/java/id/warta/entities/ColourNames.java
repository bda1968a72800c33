package id.warta.entities;

import id.warta.language.CaseFolded;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code tersedia dalam pilihan warna Misty Titanium dan Obsidian Black}: a product's colours, named the makers' English
 * way, are no one's names, though the tagger reads people or bodies in them. Two signs, each read with the word
 * {@code warna} (or {@code shade}): the names listed right after it, joined by commas and {@code dan}/{@code serta}/
 * {@code hingga}/{@code atau}; and, anywhere in its sentence, a name of two or three words closing with a colour word
 * ({@code 18 warna yang tersedia seperti Vibrant Blue}), or that is a colour word alone ({@code pilihan warna bodi
 * yang modis, seperti Purple, Green, hingga Silver}) listed beside another ({@code Rose, Lisa} stay). A colour word in another sentence stays ({@code James Brown},
 * {@code Joss Gray}, {@code Silver}); every other mention of a name so read goes with it ({@code varian Obsidian
 * Black}).
 */
final class ColourNames {
    /** The word for colour and what may stand between it and the first colour listed. */
    private static final Pattern LIST_OPENING = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:warna|warnanya|shade)(?: (?:elegan|menarik|baru|yang tersedia))?,?"
                    + "(?: (?:yakni|yaitu|seperti|meliputi|antara lain|mulai dari))?:? $");
    /** What joins two colours of one list. */
    private static final Pattern LIST_JOINT = Pattern.compile("(?iu)/|, ?|,? (?:dan juga|dan|serta|hingga|atau) ");
    private static final Pattern COLOUR_WORD_NEAR = Pattern.compile("(?iu)(?<![\\p{L}])(?:warna|warnanya|shade)(?![\\p{L}])");
    /** English colour words the makers close a colour's name with ({@code Obsidian Black}, {@code Titanium Grey}). */
    private static final Set<String> COLOURS = Set.of("black", "white", "grey", "gray", "blue", "green", "red", "silver",
            "gold", "purple", "pink", "violet", "orange", "yellow", "beige", "titanium", "graphite", "bronze", "navy",
            "olive", "ivory", "cream", "mint", "lavender", "teal", "cyan", "rose", "brown", "champagne", "charcoal");
    /** A list's joint, then a capitalised colour word; and the same before a name. */
    private static final Pattern COLOUR_AFTER = Pattern.compile("(?:/|, ?|,? (?:dan|serta|hingga|atau) )" + colourWord() + "(?![\\p{L}])");
    private static final Pattern COLOUR_BEFORE = Pattern.compile("(?<![\\p{L}])" + colourWord() + "(?:/|, ?|,? (?:dan|serta|hingga|atau) )$");
    /** How far before a name the word for colour may stand. */
    private static final int REACH = 40;
    private static final int MOST_WORDS = 3;

    private ColourNames() {
    }

    /** Drops from {@code found} (in text order) the colours of products; in place. */
    static void drop(List<Sentence> sentences, String text, List<Found> found) {
        // both signs read the word for colour, in any case, even inside a word: most texts have none (a search for its
        // letters, not a case-blind pattern tried at every character)
        if (!CaseFolded.contains(text, "warna") && !CaseFolded.contains(text, "shade")) return;
        List<Found> colours = new ArrayList<>();
        Found previous = null;
        for (Found f : found) {
            boolean listed = listOpensBefore(text, f.start())
                    || previous != null && colours.contains(previous) && joins(text, previous.end(), f.start());
            if (listed && words(f.textIn(text)) <= MOST_WORDS
                    || (closesWithColour(f.textIn(text)) || colourListedBeside(text, f)) && colourSentence(sentences, f)) {
                colours.add(f);
            }
            previous = f;
        }
        if (colours.isEmpty()) return;
        Set<String> named = new HashSet<>(); // "varian Obsidian Black": the colour listed elsewhere, named alone
        for (Found c : colours) named.add(c.textIn(text));
        found.removeIf(f -> named.contains(f.textIn(text)));
    }

    private static boolean listOpensBefore(String text, int at) {
        return LIST_OPENING.matcher(text).region(Math.max(0, at - REACH), at).find();
    }

    private static boolean joins(String text, int from, int to) {
        return from <= to && to - from <= 12 && LIST_JOINT.matcher(text).region(from, to).matches();
    }

    private static boolean closesWithColour(String name) {
        int n = words(name);
        if (n < 2 || n > MOST_WORDS) return false;
        return COLOURS.contains(name.substring(name.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT));
    }

    /** Whether the name is a colour word alone, listed right before or after another colour word. */
    private static boolean colourListedBeside(String text, Found f) {
        String name = f.textIn(text);
        if (name.indexOf(' ') >= 0 || !COLOURS.contains(name.toLowerCase(Locale.ROOT))) return false;
        return COLOUR_AFTER.matcher(text).region(f.end(), Math.min(text.length(), f.end() + REACH)).lookingAt()
                || COLOUR_BEFORE.matcher(text).region(Math.max(0, f.start() - REACH), f.start()).find();
    }

    private static boolean colourSentence(List<Sentence> sentences, Found f) {
        Sentence s = Sentence.containing(sentences, f.start());
        return s != null && COLOUR_WORD_NEAR.matcher(s.text()).region(s.start(), s.end()).find();
    }

    /** The colour words, capitalised, as one alternation. */
    private static String colourWord() {
        StringBuilder b = new StringBuilder("(?:");
        for (String c : COLOURS) b.append(b.length() > 3 ? "|" : "").append(Character.toUpperCase(c.charAt(0))).append(c.substring(1));
        return b.append(')').toString();
    }

    private static int words(String name) {
        return name.split(" ").length;
    }
}
