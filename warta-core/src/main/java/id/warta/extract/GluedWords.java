package id.warta.extract;

import id.warta.language.Stemmer;
import id.warta.lexicon.Lexicon;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Splits the words that flattened scrapes glue to a link's text: a known word before a name
 * ({@code presenterSarah}, {@code kontraNew}) and a common word after one ({@code Ricemengaku},
 * {@code RMmasih}). Both sides come from word lists, so brands such as {@code detikNews},
 * {@code iPhone} or {@code WhatsApp} stay whole. It also splits the seams that removed markup
 * leaves between a heading or a teaser and the next paragraph: before a capitalised word that
 * opens sentences ({@code ProduksiSementara itu}; {@code sentence-openers.tsv}), and between a lower-case
 * dictionary word of four letters or more and a capitalised word ({@code lagaPiala},
 * {@code katanyaDengan}); brands open capitalised ({@code MacBook}, {@code PeduliLindungi}), with a
 * short lower-case part ({@code iPhone}) or a listed one ({@code detikNews}). A link glued on both
 * sides ({@code seniorAri Wibowomembagikan}) also loses the meN- verb after the name.
 */
final class GluedWords {
    /** A run of letters at least this long may hold a name and a glued word. */
    private static final int MIN_CANDIDATE = 5;
    /** Where a lowercase letter meets an uppercase one: the seam of a glued link. */
    private static final Pattern SEAM = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})");
    /** The least a name keeps once a glued word is cut from its end, unless it is an initialism ({@code RMmasih}). */
    private static final int MIN_NAME = 3;
    /** A word glued after a name shorter than this is cut only from a known name ({@code Madriditu}, not {@code Sebayang}). */
    private static final int MIN_TRUSTED_TAIL = 5;

    /** A word glued after a name shorter than {@link #MIN_TRUSTED_TAIL} needs a known name at least this long. */
    private static final int MIN_KNOWN_NAME = 5;

    private static final List<String[]> BEFORE_ROWS = Lexicon.rows(GluedWords.class, "glued-before.tsv");
    private static final Set<String> BEFORE_NAME = BEFORE_ROWS.stream().map(row -> row[0]).collect(Collectors.toUnmodifiableSet());
    /** Roles may open a glued word capitalised ({@code PresenterRuben}); other words only as written in lowercase. */
    private static final Set<String> ROLES = BEFORE_ROWS.stream().filter(row -> row[1].equals("role"))
            .map(row -> row[0]).collect(Collectors.toUnmodifiableSet());
    private static final List<String> AFTER_NAME = Lexicon.lines(GluedWords.class, "glued-after.tsv").stream()
            .sorted((a, b) -> b.length() - a.length()).toList();
    private static final Stemmer STEMMER = Stemmer.indonesian();
    private static final Map<String, Set<String>> SEAM_WORDS = Lexicon.classes(GluedWords.class, "glued-seams.tsv");
    /** Words that open sentences, less those that also run inside brand names ({@code AdaKami}). */
    private static final Set<String> OPENERS = Lexicon.rows(GluedWords.class, "sentence-openers.tsv").stream()
            .filter(row -> row.length == 1).map(row -> row[0]).collect(Collectors.toUnmodifiableSet());
    private static final Set<String> BRAND_PREFIXES = SEAM_WORDS.get("brand");
    private static final Set<String> CLITICS = SEAM_WORDS.get("clitic");
    /** A verb glued after a name is cut off only when this long ({@code membagikan}, {@code memimpin}). */
    private static final int MIN_GLUED_VERB = 7;
    /** ... and only when its root is this long. */
    private static final int MIN_VERB_ROOT = 4;
    /** A lower-case word glued before a capitalised one is split off when it is a known word this long. */
    private static final int MIN_GLUED_WORD = 4;
    /** A capitalised word split off at a seam is at least this long ({@code Piala}, not {@code Di}). */
    private static final int MIN_SEAM_WORD = 3;
    /** Characters before a word that make it part of a handle, tag or address ({@code @ligaIndonesia}). */
    private static final String HANDLE_MARKS = "@#/._=:";
    /** How many closing letters of a word are compared with the tails' before anything else. */
    private static final int TAIL_ENDING = 3;
    private static final Set<String> TAIL_ENDINGS = AFTER_NAME.stream()
            .map(tail -> tail.substring(tail.length() - TAIL_ENDING)).collect(Collectors.toUnmodifiableSet());
    /** How many words {@link #MENDED} keeps before forgetting them all at once. */
    private static final int REMEMBERED = 1 << 16;
    /**
     * The words {@link #splitToken} was asked about, and what it made of them, in running text and in a handle:
     * the same names and headings come back article after article, and each paragraph is split twice (as
     * assembled, then mended), while splitting one takes a regex split, lookups and stemming.
     */
    private static final List<Map<String, String>> MENDED = List.of(new ConcurrentHashMap<>(), new ConcurrentHashMap<>());

    private GluedWords() {
    }

    /** {@code s} with each glued link text split from the words around it. */
    static String split(String s) {
        StringBuilder out = null;
        int at = 0;
        for (int i = 0, n = s.length(); i < n; ) {
            if (!Character.isLetter(s.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && Character.isLetter(s.charAt(i))) i++;
            // most words carry neither a seam nor a listed tail: tell them cheaply, before any splitting
            if (i - start < MIN_CANDIDATE || !hasSeam(s, start, i) && !endsInTail(s, start, i) && !mayHoldVerb(s, start, i)) continue;
            String token = s.substring(start, i);
            boolean handle = start > 0 && HANDLE_MARKS.indexOf(s.charAt(start - 1)) >= 0;
            String mended = mended(token, handle);
            if (mended.equals(token)) continue;
            if (out == null) out = new StringBuilder(s.length() + 16);
            out.append(s, at, start).append(mended);
            at = i;
        }
        return out == null ? s : out.append(s, at, s.length()).toString();
    }

    /** {@link #splitToken}'s answer, remembered. */
    private static String mended(String token, boolean handle) {
        Map<String, String> known = MENDED.get(handle ? 1 : 0);
        String mended = known.get(token);
        if (mended == null) {
            mended = splitToken(token, handle);
            if (known.size() >= REMEMBERED) known.clear();
            known.put(token, mended);
        }
        return mended;
    }

    private static String splitToken(String token, boolean handle) {
        List<String> pieces = new ArrayList<>();
        for (String part : SEAM.split(token)) {
            if (!pieces.isEmpty() && part.length() >= 2) {
                String last = pieces.getLast();
                String lastWord = last.substring(last.lastIndexOf(' ') + 1);
                if (precedesName(lastWord, pieces.size() == 1) || !handle && opensNext(lastWord, part)) pieces.add(" ");
            }
            pieces.add(splitTail(part));
        }
        return String.join("", pieces);
    }

    /** {@code Ricemengaku} → {@code Rice mengaku}; a word such as {@code Kebijakan} stays whole. */
    private static String splitTail(String part) {
        if (part.length() < MIN_NAME + 2 || !Character.isUpperCase(part.charAt(0))) return part;
        String lower = part.toLowerCase(Locale.ROOT);
        for (String tail : AFTER_NAME) {
            int cut = part.length() - tail.length();
            if (cut < 2 || !lower.endsWith(tail) || !Character.isLowerCase(part.charAt(cut))) continue;
            String name = part.substring(0, cut);
            if (cut < MIN_NAME && !hasInnerCapital(name)) continue;
            if (isWord(lower)) return part;
            boolean trusted = tail.length() >= MIN_TRUSTED_TAIL || hasInnerCapital(name)
                    || name.length() >= MIN_KNOWN_NAME && STEMMER.knows(name.toLowerCase(Locale.ROOT));
            return trusted ? name + " " + part.substring(cut) : part;
        }
        return splitVerb(part, lower);
    }

    /**
     * {@code Wibowomembagikan} → {@code Wibowo membagikan}: a name glued before a verb with the prefix
     * meN-, which the stemmer reduces to a known root; the whole is no word itself. Not ber-: too many
     * names hold it ({@code Sumberagung}, {@code Chamberlain}, {@code Timberwolves}).
     */
    private static String splitVerb(String part, String lower) {
        if (part.length() < MIN_NAME + MIN_GLUED_VERB || isWord(lower)) return part;
        for (int cut = MIN_NAME; cut <= part.length() - MIN_GLUED_VERB; cut++) {
            if (!lower.startsWith("me", cut)) continue;
            String verb = lower.substring(cut);
            String root = STEMMER.stem(verb);
            // the prefix itself must go: "mentasi" (argumentasi) and "menterian" (kementerian) only lose an ending
            if (root.length() >= MIN_VERB_ROOT && !root.startsWith("me") && STEMMER.knows(root)) {
                return part.substring(0, cut) + " " + part.substring(cut);
            }
        }
        return part;
    }

    /**
     * A listed word before a name, or a common word just cut from one ({@code Qatardibungkam|Bosnia});
     * capitalised only for a role that opens the glued word.
     */
    private static boolean precedesName(String word, boolean opensToken) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (!word.equals(lower)) return opensToken && ROLES.contains(lower);
        return BEFORE_NAME.contains(word) || AFTER_NAME.contains(word);
    }

    /**
     * Whether a capitalised word glued after {@code before} starts the next text: it opens sentences
     * ({@code ProduksiSementara}), or {@code before} is a lower-case dictionary word, which brands do
     * not open ({@code lagaPiala}, not {@code MacBook}, {@code iPhone}, {@code detikNews}).
     */
    private static boolean opensNext(String before, String word) {
        if (word.length() < MIN_SEAM_WORD || !word.substring(1).equals(word.substring(1).toLowerCase(Locale.ROOT))
                || CLITICS.contains(word)) return false;
        if (OPENERS.contains(word)) return before.length() >= MIN_SEAM_WORD;
        return before.length() >= MIN_GLUED_WORD && before.equals(before.toLowerCase(Locale.ROOT))
                && !BRAND_PREFIXES.contains(before) && isWord(before);
    }

    /** Where a lowercase letter meets an uppercase one in {@code s[start, end)}: the seam of a glued link. */
    private static boolean hasSeam(String s, int start, int end) {
        for (int i = start + 1; i < end; i++) {
            if (Character.isUpperCase(s.charAt(i)) && Character.isLowerCase(s.charAt(i - 1))) return true;
        }
        return false;
    }

    /** A capitalised word long enough to hold a name and a glued verb, with meN- inside. */
    private static boolean mayHoldVerb(String s, int start, int end) {
        if (end - start < MIN_NAME + MIN_GLUED_VERB || !Character.isUpperCase(s.charAt(start))) return false;
        for (int i = start + MIN_NAME; i + 1 < end; i++) {
            if (s.charAt(i) == 'm' && s.charAt(i + 1) == 'e') return true;
        }
        return false;
    }

    /** A capitalised word whose last letters are those of a listed tail ({@code Ricemengaku}). */
    private static boolean endsInTail(String s, int start, int end) {
        return Character.isUpperCase(s.charAt(start))
                && TAIL_ENDINGS.contains(s.substring(end - TAIL_ENDING, end).toLowerCase(Locale.ROOT));
    }

    private static boolean isWord(String lower) {
        return STEMMER.knows(lower) || STEMMER.knows(STEMMER.stem(lower));
    }

    private static boolean hasInnerCapital(String name) {
        return name.codePoints().skip(1).anyMatch(Character::isUpperCase);
    }
}
