package id.warta.language;

import id.warta.lexicon.Lexicon;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reduces an Indonesian word to its root, for search and matching: {@code menulis}, {@code ditulis},
 * {@code penulis}, {@code tulisannya} all become {@code tulis}; {@code negara-negara} becomes
 * {@code negara}. Handles the particles {@code -lah -kah -tah -pun}, the possessives
 * {@code -ku -mu -nya}, the proclitics {@code ku- kau-}, the suffixes {@code -kan -an -i} and up to three
 * prefixes ({@code di- ke- se- meN- peN- ber- ter- per-}), undoing the nasal assimilation of
 * {@code meN-}/{@code peN-} ({@code memukul} → {@code pukul}, {@code mengirim} → {@code kirim}).
 *
 * <p>Of all the readings the rules allow ({@link Affixes}), the stemmer takes the one that cuts
 * the fewest pieces and leaves a known root (the more frequent one on a tie); a known root is a
 * word of {@code roots.tsv}, a list induced from the vocabulary of MIT- and CC-licensed Indonesian
 * news corpora ({@link RootInduction}). Names in it are roots of themselves only.
 * A word with no known root is stemmed by the rules alone, cautiously. Pure and thread-safe.
 */
public final class Stemmer {
    /** Shortest root a reading may leave, unless the word itself is that short. */
    private static final int MIN_ROOT = 3;

    /** How often each known root occurs in the corpora it was induced from. */
    private final Map<String, Integer> counts;
    /** Known roots that are names ({@code jakarta}, {@code berta}): roots of themselves, never of a longer word. */
    private final Set<String> names;

    Stemmer(Map<String, Integer> counts, Set<String> names) {
        this.counts = Map.copyOf(counts);
        this.names = Set.copyOf(names);
    }

    /** The stemmer with Warta's list of known roots. */
    public static Stemmer indonesian() {
        return Shipped.STEMMER;
    }

    private static final class Shipped {
        static final Stemmer STEMMER = load();

        private static Stemmer load() {
            Map<String, Integer> counts = new HashMap<>();
            Set<String> names = new HashSet<>();
            for (String[] row : Lexicon.rows(Stemmer.class, RootInduction.FILE).stream().skip(1).toList()) {
                counts.put(row[0], Integer.parseInt(row[1]));
                if (row[2].equals("name")) names.add(row[0]);
            }
            return new Stemmer(counts, names);
        }
    }

    /**
     * The root of {@code word}; words that are not lowercase letters (numbers, names written with
     * capitals, URLs) come back as they are, so lowercase first.
     */
    public String stem(String word) {
        if (word.indexOf('-') > 0) return stemHyphenated(word);
        if (word.length() < MIN_ROOT || !isLowercaseLetters(word)) return word;
        return analyze(word).root();
    }

    /** Whether {@code word} (lowercase) is a root this stemmer knows. */
    public boolean knows(String word) {
        return counts.containsKey(word);
    }

    /**
     * Whether {@code word} (lowercase) is a word of the language or made of one with its affixes ({@code soroti},
     * {@code pastikan}, {@code terbakar}): its root is known and is no name.
     */
    public boolean isCommonWord(String word) {
        String root = stem(word);
        return counts.containsKey(root) && !names.contains(root);
    }

    /** {@code negara-negara} → negara, {@code berlari-lari} → lari, {@code e-ktp} → e-ktp. */
    private String stemHyphenated(String word) {
        String base = reduplicationBase(word);
        if (base != null) return base;
        String[] parts = word.split("-", -1);
        StringBuilder out = new StringBuilder(word.length());
        for (String part : parts) {
            if (!out.isEmpty()) out.append('-');
            out.append(part.length() >= MIN_ROOT && isLowercaseLetters(part) ? analyze(part).root() : part);
        }
        return out.toString();
    }

    /**
     * The root a reduplicated word repeats ({@code negara-negara}, {@code anak-anaknya},
     * {@code tembak-menembak}, {@code kemerah-merahan}), or null when {@code word} is no reduplication.
     */
    String reduplicationBase(String word) {
        int hyphen = word.indexOf('-');
        if (hyphen <= 0 || hyphen != word.lastIndexOf('-') || hyphen == word.length() - 1) return null;
        String a = word.substring(0, hyphen).toLowerCase(Locale.ROOT);
        String b = word.substring(hyphen + 1).toLowerCase(Locale.ROOT);
        if (!isLowercaseLetters(a) || !isLowercaseLetters(b)) return null;
        if (a.equals(b)) return a.length() >= MIN_ROOT ? analyze(a).root() : a;
        String ra = a.length() >= MIN_ROOT ? analyze(a).root() : a;
        String rb = b.length() >= MIN_ROOT ? analyze(b).root() : b;
        return ra.equals(rb) ? ra : null;
    }

    /** The reading of {@code word} (lowercase letters) that this stemmer takes. */
    Affixes.Reading analyze(String word) {
        List<Affixes.Reading> readings = Affixes.readings(word);
        if (counts.containsKey(word)) return readings.getFirst();
        Affixes.Reading best = null;
        for (Affixes.Reading r : readings) {
            if (r.pieces() > 0 && r.root().length() >= MIN_ROOT && counts.containsKey(r.root())
                    && !names.contains(r.root()) && likelier(r, best)) {
                best = r;
            }
        }
        return best != null ? best : guess(readings);
    }

    /**
     * Fewer pieces cut; then, between a clitic and an affix ({@code dita-nya} or {@code di-tanya}), the
     * more frequent root; then fewer prefixes ({@code beri-kan}, not {@code ber-ikan}); then the more
     * frequent root, then the longer; on a tie the rules' order.
     */
    private boolean likelier(Affixes.Reading r, Affixes.Reading best) {
        if (best == null) return true;
        if (r.pieces() != best.pieces()) return r.pieces() < best.pieces();
        int count = counts.get(r.root()), bestCount = counts.get(best.root());
        if (r.onlyClitics() != best.onlyClitics() && count != bestCount) return count > bestCount;
        if (r.prefixes().size() != best.prefixes().size()) return r.prefixes().size() < best.prefixes().size();
        return count != bestCount ? count > bestCount : r.root().length() > best.root().length();
    }

    /**
     * Without a known root, the reading that cuts the most pieces while leaving a root of two
     * syllables or more that Indonesian could begin with; proclitics ({@code ku-}) only with a
     * known root. With no such reading, the word as it is.
     */
    static Affixes.Reading guess(List<Affixes.Reading> readings) {
        Affixes.Reading best = readings.getFirst();
        for (Affixes.Reading r : readings) {
            if (r.pieces() > best.pieces() && r.proclitic().isEmpty() && r.prefixes().size() <= 2
                    && Affixes.vowels(r.root()) >= 2 && r.root().length() >= MIN_ROOT && canBegin(r.root())
                    && !(r.suffix().equals("i") && r.root().endsWith("s"))) {
                best = r;
            }
        }
        return best;
    }

    /** Whether a root may start this way: a vowel, a consonant and a vowel, or a common cluster. */
    private static boolean canBegin(String root) {
        if (Affixes.isVowel(root.charAt(0)) || Affixes.isVowel(root.charAt(1))) return true;
        return CLUSTERS.contains(root.substring(0, 2));
    }

    private static final Set<String> CLUSTERS = Set.of("ny", "ng", "sy", "kh", "bl", "br", "dr", "fl", "fr", "gl",
            "gr", "kl", "kr", "pl", "pr", "sk", "sl", "sp", "st", "sw", "tr");

    static boolean isLowercaseLetters(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < 'a' || c > 'z') return false;
        }
        return true;
    }
}
