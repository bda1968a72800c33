package id.warta.entities;

import id.warta.entities.ner.NerModel;
import id.warta.language.Token;
import id.warta.lexicon.WordBits;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The listed aliases the tagger missed ({@code KPK}, {@code Negeri Rhein}; {@link EntityLexicon#aliases}), put in the found names. */
final class ListedAliases {
    /** A listed name written in lower case as a web site's is ({@code detikcom}, {@code merdeka.com}). */
    private static final Pattern LOWER_CASE_SITE = Pattern.compile("\\p{Ll}+\\.?com");

    /**
     * The first words of the listed names ({@link EntityLexicon#aliases}'s keys), in a table read once per token: most
     * tokens open none, and a miss costs one read of a small array, where the map's table and nodes did not stay cached.
     */
    private static final WordBits FIRST_WORDS = new WordBits(EntityLexicon.INSTANCE.aliases.keySet().stream()
            .collect(Collectors.toMap(w -> w, w -> 1)));

    private final NerModel model;
    private final EntityLexicon lexicon = EntityLexicon.INSTANCE;

    ListedAliases(NerModel model) {
        this.model = model;
    }

    /** Adds the listed aliases the sentences name ({@link #aliases}), in place of the found names they replace. */
    void add(List<Sentence> sentences, List<Found> found) {
        List<Found> aliases = new ArrayList<>();
        Set<Found> replaced = new HashSet<>();
        Occupied taken = new Occupied(found);
        for (Sentence s : sentences) aliases(s, found, taken, aliases, replaced);
        if (!replaced.isEmpty()) found.removeIf(replaced::contains);
        found.addAll(aliases);
    }

    /**
     * Listed names in the sentence that no found name covers; a listed name of several words
     * replaces found names lying inside it ({@code Pakta Pertahanan Atlantik Utara} over
     * {@code Atlantik Utara}).
     */
    private void aliases(Sentence s, List<Found> found, Occupied taken, List<Found> into, Set<Found> replaced) {
        List<Token> tokens = s.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            String word = tokens.get(i).text();
            if (!mayOpenListedName(word)) continue;
            List<EntityLexicon.Alias> candidates = lexicon.aliases.get(word);
            if (candidates == null) continue;
            for (EntityLexicon.Alias a : candidates) {
                int end = i + a.words().size();
                if (end > tokens.size() || !matches(tokens, i, a.words())) continue;
                Found f = new Found(tokens.get(i).start(), tokens.get(end - 1).end(), a.type(), "alias");
                if (!trustworthy(tokens, i, a)) break;
                if (taken.overlaps(f)) {
                    if (a.words().size() < 2) break;
                    Found same = sameSpan(f, found);
                    if (same != null) { // "Arema FC" tagged a person: the list knows the club
                        if (same.type() != f.type()) {
                            replaced.add(same);
                            into.add(f);
                        }
                        i = end - 1;
                        break;
                    }
                    List<Found> inside = inside(f, found);
                    if (inside.isEmpty()) break;
                    replaced.addAll(inside);
                }
                taken.add(f);
                into.add(f);
                i = end - 1;
                break;
            }
        }
    }

    /** Whether a listed name opens with {@code word}. */
    static boolean mayOpenListedName(String word) {
        return FIRST_WORDS.of(word) != 0;
    }

    /**
     * The found names {@code f} overlaps, when they all lie within it and are shorter; else
     * none. {@code found} is in text order.
     */
    private static List<Found> inside(Found f, List<Found> found) {
        List<Found> inside = new ArrayList<>();
        for (int k = firstEndingAfter(found, f.start()); k < found.size() && found.get(k).start() < f.end(); k++) {
            Found o = found.get(k);
            if (o.start() < f.start() || o.end() > f.end() || o.end() - o.start() == f.end() - f.start()) return List.of();
            inside.add(o);
        }
        return inside;
    }

    /** The found name with exactly the span of {@code f}, or null. */
    private static Found sameSpan(Found f, List<Found> found) {
        for (int k = firstEndingAfter(found, f.start()); k < found.size() && found.get(k).start() <= f.start(); k++) {
            if (found.get(k).start() == f.start() && found.get(k).end() == f.end()) return found.get(k);
        }
        return null;
    }

    /** The index of the first found name ending after {@code offset}; {@code found} is in text order. */
    private static int firstEndingAfter(List<Found> found, int offset) {
        int lo = 0, hi = found.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (found.get(mid).end() <= offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    private static boolean matches(List<Token> tokens, int at, List<String> words) {
        for (int k = 0; k < words.size(); k++) {
            if (!tokens.get(at + k).text().equals(words.get(k))) return false;
        }
        return true;
    }

    /**
     * A one-word alias is read as a name when written in capitals, in a brand's camel case
     * ({@code detikSulsel}), or capitalised away from a sentence start and not a word news mostly
     * writes in lower case ({@code Antara}).
     */
    private boolean trustworthy(List<Token> tokens, int at, EntityLexicon.Alias a) {
        if (a.words().size() > 1) return true;
        String w = a.words().getFirst();
        if (w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT))) return true;
        if (Character.isLowerCase(w.charAt(0)) && !w.equals(w.toLowerCase(Locale.ROOT))) return true; // detikSulsel
        if (LOWER_CASE_SITE.matcher(w).matches()) return true; // detikcom, merdeka.com: a site's name is no word of the language
        return at > 0 && !model.commonInLowerCase(w);
    }
}
