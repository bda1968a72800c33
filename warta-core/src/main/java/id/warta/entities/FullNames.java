package id.warta.entities;

import static id.warta.entities.EntityLexicon.shouted;

import id.warta.entities.ner.NerModel;
import id.warta.entities.places.Places;
import id.warta.model.EntityType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The people one article names in full (two words or more), and the shorter names that are theirs: a run of a
 * full name's words ({@code Baerbock} → Annalena Baerbock), and a family name the tagger took alone for a place
 * or a body ({@code Bagnaia} after {@code Francesco Bagnaia}, {@code Douglas} after {@code Karen Douglas}).
 * What the article says of the names it found decides against a family name: a place after a locative
 * ({@code di Madinah}) is none; a full name the tagger took for a body or a place at least as often as for a
 * person ({@code Suzuki Ciaz}), or whose first words the article uses alone for a body or a place
 * ({@code Suzuki}, {@code Gresini}: a brand's model, a team), is no one's.
 */
final class FullNames {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final NerModel model;
    private final Places places;
    private final EntityLexicon lexicon = EntityLexicon.INSTANCE;
    /** Each word of a person's full name, lowercased, to the full names (as written) it is a word of. */
    private final Map<String, List<String>> people = new HashMap<>();
    /** Each person's full name (as written) to its words, lowercased. */
    private final Map<String, List<String>> lowercaseWords = new HashMap<>();
    /** Names found as no person after a locative ({@code di Madinah}): no family names. */
    private final Set<String> located = new HashSet<>();
    /** Per name as written, the times it was found as a person less the times as anything else. */
    private final Map<String, Integer> personVotes = new HashMap<>();

    /** The full names among {@code found}, the names of one article's {@code text}. */
    FullNames(NerModel model, Places places, String text, List<Found> found) {
        this.model = model;
        this.places = places;
        for (Found f : found) {
            String surface = f.textIn(text);
            if (f.type() != EntityType.PERSON) continue;
            if (surface.contains(" ")) addFullName(surface);
            else addFullName(listedFullName(surface));
        }
        for (Found f : found) {
            String surface = f.textIn(text);
            if (f.type() != EntityType.PERSON && Canonicalizer.afterLocative(text, f.start())) located.add(surface);
            personVotes.merge(surface, f.type() == EntityType.PERSON ? 1 : -1, Integer::sum);
        }
    }

    private void addFullName(String name) {
        if (name == null) return;
        List<String> words = lowercaseWords.computeIfAbsent(name, k -> words(k.toLowerCase(Locale.ROOT)));
        for (String w : words) {
            List<String> named = people.computeIfAbsent(w, k -> new ArrayList<>());
            if (!named.contains(name)) named.add(name);
        }
    }

    /**
     * {@code Joko Widodo} of {@code Jokowi}: the full name a listed person's one-word nickname stands for, so that a
     * word of it written alone ({@code Presiden Joko}) is that person too; null when the word is no such nickname. A
     * word of the full name itself ({@code Prabowo}) keeps its listed name and adds none.
     */
    private String listedFullName(String surface) {
        EntityLexicon.Alias listed = lexicon.listed(surface);
        if (listed == null || listed.type() != EntityType.PERSON || listed.canonical() == null) return null;
        List<String> words = List.of(WHITESPACE.split(listed.canonical().toLowerCase(Locale.ROOT)));
        return words.size() > 1 && !words.contains(surface.toLowerCase(Locale.ROOT)) ? listed.canonical() : null;
    }

    /**
     * {@code WHITESPACE.split(name)}: a name with none of the pattern's blanks ({@code \s}: space, tab, line breaks) is
     * itself, as the pattern splits it, without a matcher made (most names found are one word).
     */
    private static List<String> words(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (" \t\n\013\f\r".indexOf(name.charAt(i)) >= 0) return List.of(WHITESPACE.split(name));
        }
        return List.of(name);
    }

    /** The longest person name in the article that contains every word of {@code surface}, or null. */
    String containing(String surface) {
        List<String> words = lowercaseWords.get(surface); // a person's full name found: cut once, when listed
        if (words == null) words = words(surface.toLowerCase(Locale.ROOT));
        String best = null;
        for (String p : people.getOrDefault(words.getFirst(), List.of())) {
            List<String> pw = lowercaseWords.get(p);
            if (pw.size() > words.size() && containsRun(pw, words) && (best == null || p.length() > best.length())) {
                best = p;
            }
        }
        if (best != null && words.size() == 1 && nicknameOfAnother(surface, best)) return null;
        return best != null || words.size() < 2 ? best : spanning(surface);
    }

    /**
     * {@code Jokowi} beside {@code Iriana Jokowi}: a listed person's one-word nickname ({@link #listedFullName}) that is
     * the last word of someone else's full name, as a wife is named with her husband's name, is still that listed
     * person when written alone, not the one whose name ends with it. A full name sharing a word with the listed one
     * ({@code Volodymyr Zelenskyy} beside the listed {@code Zelenskyy}) is the listed person spelt otherwise.
     */
    private boolean nicknameOfAnother(String surface, String fullName) {
        String listedFull = listedFullName(surface);
        if (listedFull == null) return false;
        List<String> words = lowercaseWords.get(fullName);
        List<String> listedWords = List.of(WHITESPACE.split(listedFull.toLowerCase(Locale.ROOT)));
        return words.getLast().equals(surface.toLowerCase(Locale.ROOT))
                && words.subList(0, words.size() - 1).stream().noneMatch(listedWords::contains);
    }

    /** A blend takes at least this many opening letters of each word it is made of ({@code Bu-was}). */
    private static final int BLEND_PART = 2;

    /**
     * The one person named in full whose name {@code surface}, one word, blends: the opening letters of the full
     * name's first word, then of its last ({@code Zulhas} for Zulkifli Hasan, {@code Buwas} for Budi Waseso), as
     * Indonesian news shortens public figures' names; null when none or several are, or when the tagger took
     * {@code f} for no person and the name for a person less often than for anything else ({@code Busan}: a
     * place five times, a person once).
     */
    String blending(Found f, String surface) {
        if (surface.indexOf(' ') >= 0 || shouted(surface)) return null;
        if (f.type() != EntityType.PERSON && personVotes.getOrDefault(surface, 0) < 0) return null;
        String lower = surface.toLowerCase(Locale.ROOT);
        if (people.containsKey(lower)) return null; // a word of someone's name is no blend of it
        String only = null;
        for (Map.Entry<String, List<String>> e : lowercaseWords.entrySet()) {
            List<String> words = e.getValue();
            if (!blends(lower, words.getFirst(), words.getLast())) continue;
            if (only != null && !EntityKeys.of(only).equals(EntityKeys.of(e.getKey()))) return null;
            if (only == null || e.getKey().length() > only.length()) only = e.getKey();
        }
        return only;
    }

    /** A clipped given name keeps at least this many letters, and drops at least {@link #CLIPPED_OFF} ({@code Thila}). */
    private static final int SHORTEST_CLIP = 4;
    private static final int CLIPPED_OFF = 2;

    /**
     * The one person named in full whose first word {@code surface}, one word the tagger took for a person, clips
     * ({@code Thila} for Thilagavathy Nadason, {@code Sandi} for Sandiaga Uno, {@code Anton} for Antonius Budi), as
     * the news calls people by the opening of their given name; null when none or several are, or when the word is
     * itself a word of someone's name the article gives ({@code Emil} beside {@code Emil Dardak}).
     */
    String clipping(Found f, String surface) {
        if (f.type() != EntityType.PERSON || surface.indexOf(' ') >= 0 || shouted(surface)
                || surface.length() < SHORTEST_CLIP) {
            return null;
        }
        String lower = surface.toLowerCase(Locale.ROOT);
        if (people.containsKey(lower)) return null;
        String only = null;
        for (Map.Entry<String, List<String>> e : lowercaseWords.entrySet()) {
            String given = e.getValue().getFirst();
            if (given.length() < lower.length() + CLIPPED_OFF || !given.startsWith(lower)) continue;
            if (only != null && !EntityKeys.of(only).equals(EntityKeys.of(e.getKey()))) return null;
            if (only == null || e.getKey().length() > only.length()) only = e.getKey();
        }
        return only;
    }

    private static boolean blends(String blend, String first, String last) {
        for (int cut = BLEND_PART; cut < first.length() && blend.length() - cut >= BLEND_PART; cut++) {
            if (!blend.regionMatches(0, first, 0, cut)) return false;
            if (last.startsWith(blend.substring(cut))) return true;
        }
        return false;
    }

    /** A hyphen or a space between the words of a name ({@code al-Jufri}, {@code Al Jufri}). */
    private static final Pattern NAME_BREAK = Pattern.compile("[\\s-]+");

    /**
     * The one person named in full whose first and last words {@code surface} opens and closes with, its other words
     * among the full name's in order ({@code Rudi Wibowo} for {@code Rudi Hartono Wibowo}, {@code Umar Al Jufri} for
     * {@code Umar bin Ahmad bin Salim al-Jufri}: a name given short, as the news repeats it), or null when none or
     * several are.
     */
    private String spanning(String surface) {
        List<String> part = List.of(NAME_BREAK.split(surface.toLowerCase(Locale.ROOT)));
        String only = null;
        for (String p : people.getOrDefault(part.getFirst(), List.of())) {
            List<String> whole = List.of(NAME_BREAK.split(p.toLowerCase(Locale.ROOT)));
            if (whole.size() <= part.size() || !whole.getFirst().equals(part.getFirst())
                    || !whole.getLast().equals(part.getLast()) || !inOrder(whole, part)) {
                continue;
            }
            if (only != null && !only.equals(p)) return null;
            only = p;
        }
        return only;
    }

    private static boolean inOrder(List<String> whole, List<String> part) {
        int at = 0;
        for (String w : whole) if (at < part.size() && w.equals(part.get(at))) at++;
        return at == part.size();
    }

    /**
     * The one person named in full whose last word {@code surface} is, when the tagger ({@code f.via()} model)
     * took that word alone for a place or a body; null when it is no such name, more than one person bears it,
     * it is in capitals, a region or a country, the words before it in the full name do not read as a
     * person's ({@code Movistar Yamaha}, {@code Masjid Istiqlal}: the tagger's mistake), or the article says
     * otherwise (see the class).
     */
    String bearingFamilyName(Found f, String surface) {
        if (!f.via().equals("model") || located.contains(surface)) return null;
        String bearer = bearer(surface);
        return bearer != null && readsAsPerson(bearer) ? bearer : null;
    }

    private String bearer(String surface) {
        if (surface.indexOf(' ') >= 0 || shouted(surface)) return null;
        List<String> named = people.get(surface.toLowerCase(Locale.ROOT));
        if (named == null) return null;
        String bearer = null;
        for (String p : named) {
            if (!p.endsWith(" " + surface)) continue;
            if (bearer != null && !EntityKeys.of(bearer).equals(EntityKeys.of(p)) && !p.contains(bearer)
                    && !bearer.contains(p)) {
                return null;
            }
            if (bearer == null || p.length() > bearer.length()) bearer = p;
        }
        if (bearer == null || places.countryCode(surface) != null || places.namesRegion(surface)) return null;
        String[] given = WHITESPACE.split(bearer);
        for (int i = 0; i < given.length - 1; i++) { // "Movistar Yamaha", "BYD Seagull", "Masjid Istiqlal": no person's name
            String w = given[i];
            if (shouted(w) || lexicon.aliases.containsKey(w) || lexicon.heads.containsKey(w.toLowerCase(Locale.ROOT))
                    || model.commonInLowerCase(w)) {
                return null;
            }
        }
        return bearer;
    }

    /** Whether the tagger took {@code fullName} for a person more often than not, and none of its first words alone for anything else. */
    private boolean readsAsPerson(String fullName) {
        if (personVotes.getOrDefault(fullName, 0) <= 0) return false;
        String[] words = WHITESPACE.split(fullName);
        for (int i = 0; i < words.length - 1; i++) if (personVotes.getOrDefault(words[i], 0) < 0) return false;
        return true;
    }

    private static boolean containsRun(List<String> whole, List<String> part) {
        for (int i = 0; i + part.size() <= whole.size(); i++) {
            if (whole.subList(i, i + part.size()).equals(part)) return true;
        }
        return false;
    }
}
