package id.warta.entities;

import id.warta.entities.ner.NerModel;
import id.warta.entities.places.Places;
import id.warta.language.CaseFolded;
import id.warta.model.EntityType;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code GT Banyumanik}, {@code Gerbang Tol Kebon Nanas}, {@code GT Slipi 2}: a toll gate, named by its head and its own
 * capitalised words, is a site (a place), as mudik and traffic news lists them. The tagger misses most of them, above
 * all in a flattened list whose next item opens with a capital ({@code - GT Warugunung Kendaraan menuju Surabaya}):
 * a later word news writes in lower case, with a lower-case word, a number or another such word after it, opens the
 * next sentence and ends the name; so do a place's head word and a town ({@code GT Kalihurip Utama Jalan Tol ...},
 * {@code Gerbang Tol Banyu Urip Surabaya}). The bare {@code GT} counts only in an article that speaks of a toll road
 * ({@code tol}), not of GT racing.
 */
final class TollGates {
    /** How the names this finds were found. */
    static final String VIA = "toll gate";
    private static final Pattern HEAD = Pattern.compile("(?<![\\p{L}\\p{N}])(?:GT|[Gg]erbang [Tt]ol) (?=\\p{Lu})");
    private static final Pattern TOLL_ROAD = Pattern.compile("(?iu)(?<!\\p{L})tol(?!\\p{L})");
    private static final Pattern WORD = Pattern.compile("\\p{Lu}\\p{L}*|\\d{1,2}(?![\\d.,]\\d)(?!\\p{L})");
    /** Words a gate's name goes on with though news writes them in lower case too ({@code Kejapanan Utama}). */
    private static final Set<String> NAME_WORDS = Set.of("Utama", "Barat", "Timur", "Utara", "Selatan");
    /** Words that, first after the head, make it a kind of gate, no gate's name ({@code gerbang tol dalam kota}). */
    private static final Set<String> KIND_WORDS = Set.of("Utama", "Dalam", "Luar");
    /** Roman numerals after a word: a vehicle class ({@code Golongan I}), not the gate's. */
    private static final Pattern ROMAN = Pattern.compile("[IV]{1,3}(?!\\p{L})");
    /** A gate's own name holds at most this many words, a number besides. */
    private static final int MAX_WORDS = 3;

    private final NerModel model;
    private final Places places;
    private final EntityLexicon lexicon = EntityLexicon.INSTANCE;

    TollGates(NerModel model, Places places) {
        this.model = model;
        this.places = places;
    }

    /** Adds to {@code found} (kept in text order) each toll gate of {@code text}, over the names inside it. */
    void find(String text, List<Found> found) {
        if (text.indexOf("ol ") < 0 && text.indexOf("GT ") < 0) return; // no gate can stand in the text
        Boolean tollRoad = null; // asked only of a bare "GT": most texts have none
        Matcher head = HEAD.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        Matcher word = WORD.matcher(text);
        boolean changed = false;
        // tried where a head's first word stands, not at every character (no head opens inside another)
        for (int at = nextHead(text, 0); at >= 0; at = nextHead(text, at + 1)) {
            if (!head.region(at, text.length()).lookingAt()) continue;
            if (text.charAt(head.start()) == 'G' && text.charAt(head.start() + 1) == 'T') {
                if (tollRoad == null) tollRoad = speaksOfTollRoad(text);
                if (!tollRoad) continue;
            }
            int end = ownNameEnd(text, head.end(), word);
            if (end > head.end()) changed |= put(found, new Found(head.start(), end, EntityType.PLACE, VIA));
        }
        if (changed) found.sort((a, b) -> a.start() - b.start());
    }

    /** Where {@code GT} or {@code gerbang} (capitalised or not), a space after, next stands at or after {@code from}; -1 for nowhere. */
    private static int nextHead(String text, int from) {
        int gt = text.indexOf("GT ", from), gate = from;
        while ((gate = text.indexOf("erbang ", gate + 1)) > 0 && text.charAt(gate - 1) != 'G' && text.charAt(gate - 1) != 'g') {
        }
        if (gate > 0) gate--;
        return gt < 0 ? gate : gate < 0 ? gt : Math.min(gt, gate);
    }

    /**
     * Whether {@link #TOLL_ROAD} stands anywhere in {@code text}: tried only where its letters stand, in any case
     * ({@link CaseFolded}), not at every character; its lookarounds see the text on either side.
     */
    private static boolean speaksOfTollRoad(String text) {
        Matcher m = TOLL_ROAD.matcher(text).useTransparentBounds(true);
        for (int at = CaseFolded.indexOf(text, "tol", 0); at >= 0; at = CaseFolded.indexOf(text, "tol", at + 1)) {
            if (m.region(at, text.length()).lookingAt()) return true;
        }
        return false;
    }

    /** Where the gate's own name opening at {@code from} ends; {@code from} when it has none. */
    private int ownNameEnd(String text, int from, Matcher word) {
        int end = from, words = 0;
        for (int at = from; at < text.length() && word.region(at, text.length()).lookingAt(); ) {
            String w = word.group();
            boolean number = Character.isDigit(w.charAt(0));
            if (number) {
                if (words == 0) break;
                end = word.end();
                break;
            }
            if (words == 0 && KIND_WORDS.contains(w)) break; // "Gerbang Tol Utama, yakni ...": no own name
            if (words > 0 && endsName(text, w, word.end())) break;
            end = word.end();
            if (++words == MAX_WORDS || end + 1 >= text.length() || text.charAt(end) != ' ') break;
            at = end + 1;
        }
        return end;
    }

    /** Whether the later word {@code w}, ending at {@code at}, is no longer the gate's. */
    private boolean endsName(String text, String w, int at) {
        if (NAME_WORDS.contains(w)) return false;
        if (lexicon.heads.get(w.toLowerCase(Locale.ROOT)) == EntityType.PLACE || places.namesTownOrLarger(w)) return true;
        return model.commonInLowerCase(w) && opensClause(text, at);
    }

    /**
     * Whether a lower-case word, a number, a roman numeral or a word written in lower case too follows one space at
     * {@code at}: the word before opened a sentence or a phrase of its own.
     */
    private boolean opensClause(String text, int at) {
        if (at + 1 >= text.length() || text.charAt(at) != ' ') return false;
        char c = text.charAt(at + 1);
        if (Character.isLowerCase(c) || Character.isDigit(c)) return true;
        int end = at + 1;
        while (end < text.length() && Character.isLetter(text.charAt(end))) end++;
        String next = text.substring(at + 1, end);
        return !next.isEmpty() && (model.commonInLowerCase(next) || ROMAN.matcher(next).matches());
    }

    /** Puts {@code gate} in place of the names within it; false when a name runs into it from outside or is it already. */
    private static boolean put(List<Found> found, Found gate) {
        for (Found f : found) {
            if (!f.overlaps(gate)) continue;
            if (f.start() < gate.start() || f.end() > gate.end()) return false;
            if (f.start() == gate.start() && f.end() == gate.end()) return false;
        }
        found.removeIf(f -> f.overlaps(gate));
        found.add(gate);
        return true;
    }
}
