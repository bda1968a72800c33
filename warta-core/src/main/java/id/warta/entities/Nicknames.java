package id.warta.entities;

import id.warta.lexicon.Lexicon;
import id.warta.model.Entity;
import id.warta.model.EntityType;
import id.warta.model.Mention;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The names people go by, as news gives them after naming the person: {@code Hardiyanto Kenneth ... Pria yang akrab
 * disapa Bang Kent itu}, {@code Kartiko Wirjoatmodjo ... bankir yang biasa dipanggil Tiko} ({@code nicknames.tsv}).
 * Such a name is another name of the person named last before it. Read here once: the entity layer files a name the
 * tagger found there under its person, and quotes take the names the tagger missed ({@code kata Tiko}) for the person's.
 */
public final class Nicknames {
    /** The person a name is given to was named at most this many characters before it. */
    public static final int REACH = 300;
    /** The letters of a syllable a nickname says twice ({@code Jojo}, {@code Nana}). */
    private static final int DOUBLED_SYLLABLE = 2;
    private static final Map<String, Set<String>> WORDS = Lexicon.classes(Nicknames.class, "nicknames.tsv");
    /** The words {@code yang akrab disapa}, up to where the name opens. */
    private static final Pattern PHRASE = Pattern.compile("(?iu)\\byang\\s+(?:(?:" + words("adverb") + ")\\s+){0,2}"
            + "(?<verb>" + words("verb") + ")\\s+(?:(?:" + words("filler") + ")\\s+)*");
    /** A form of address the tagger may leave out of the name after the phrase ({@code Bang} in {@code Bang Kent}). */
    private static final Pattern ADDRESS = Pattern.compile("\\p{Lu}\\p{Ll}+\\s+");
    /** A capitalised name word of three letters or more, as a clipped short name is ({@code Emil}). */
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}\\p{Ll}{2,}(?![\\p{L}\\d])");

    /**
     * The calling phrase right after a nickname that points back to the person named before it ({@code Karwo sapaan
     * akrabnya}, {@code Emil, panggilan karibnya}): its qualifier carries {@code -nya}.
     */
    private static final Pattern CALLING_BACK = Pattern.compile("(?iu),?\\s+(?:(?:" + words("so") + ")\\s+)?(?:"
            + words("calling") + ")\\s+(?:"
            + String.join("|", WORDS.get("familiar").stream().filter(w -> w.endsWith("nya")).toList()) + ")\\b");

    /** A name given by the phrase whose verb stands at {@code verbAt}; the name opens at {@code nameAt}. */
    record Given(int verbAt, int nameAt) {
    }

    /** A name given to a person of the entity layer; it opens at {@code nameAt}. */
    public record GivenTo(int nameAt, Entity person) {
    }

    private Nicknames() {
    }

    private static String words(String kind) {
        return String.join("|", WORDS.get(kind));
    }

    /** Whether {@code lower}, a word in lower case, is a verb giving the name a person goes by ({@code disapa}). */
    public static boolean isVerb(String lower) {
        return WORDS.get("verb").contains(lower);
    }

    /**
     * Whether {@code noun} and {@code qualifier}, lower case, name what someone is called after the name's comma
     * ({@code Abe, sapaan akrab ...}, {@code Emil, panggilan karibnya, ...}).
     */
    public static boolean isCalling(String noun, String qualifier) {
        return WORDS.get("calling").contains(noun) && WORDS.get("familiar").contains(qualifier);
    }

    /** Whether {@code lower}, a word in lower case, may open the calling words after the comma ({@code demikian sapaan akrabnya}). */
    public static boolean isSo(String lower) {
        return WORDS.get("so").contains(lower);
    }

    /** Whether {@code lower}, a word in lower case, is a regional form of address ({@code cak}, {@code kang}). */
    static boolean isAddress(String lower) {
        return WORDS.get("address").contains(lower);
    }

    /** Whether {@code lower} may stand between {@code yang} and the name, beside the verb ({@code akrab}, {@code dengan}). */
    public static boolean isAroundVerb(String lower) {
        return WORDS.get("adverb").contains(lower) || WORDS.get("filler").contains(lower);
    }

    /** The syllable a one-word nickname says twice, in lower case ({@code jo} of {@code Jojo}), or null. */
    static String doubledSyllable(String nick) {
        String lower = nick.toLowerCase(Locale.ROOT);
        return lower.length() == 2 * DOUBLED_SYLLABLE && lower.startsWith(lower.substring(DOUBLED_SYLLABLE))
                ? lower.substring(DOUBLED_SYLLABLE) : null;
    }

    /**
     * Whether {@code nick}, a nickname saying one syllable twice ({@code Jojo}, {@code Nana}), cannot be the one named
     * {@code person}: no word of the name opens or closes with that syllable, as one such nickname is taken from the
     * name (Jonatan, Premana) and the person named last may be an opponent. False for any other nickname.
     */
    public static boolean notFromName(String nick, String person) {
        String syllable = doubledSyllable(nick);
        if (syllable == null) return false;
        for (String w : person.toLowerCase(Locale.ROOT).split(" ")) {
            if (w.length() > syllable.length() && (w.startsWith(syllable) || w.endsWith(syllable))) return false;
        }
        return true;
    }

    /** Whether the name ending at {@code end} of {@code text} is followed by a calling phrase pointing back ({@code sapaan akrabnya}). */
    static boolean calledBackAt(String text, int end) {
        // the phrase's first letter after the comma and spaces, asked first: most names go on otherwise, no matcher made
        int at = end < text.length() && text.charAt(end) == ',' ? end + 1 : end, word = at;
        while (word < text.length() && PATTERN_SPACES.indexOf(text.charAt(word)) >= 0) word++;
        if (word == at || word == text.length()) return false;
        char c = text.charAt(word);
        if (CALLING_FIRSTS != null && c < 128 && CALLING_FIRSTS.indexOf(Character.toLowerCase(c)) < 0) return false;
        return CALLING_BACK.matcher(text).region(end, text.length()).lookingAt();
    }

    /** What {@code \s} matches in {@link #CALLING_BACK} (no {@code UNICODE_CHARACTER_CLASS}). */
    private static final String PATTERN_SPACES = " \t\n\013\f\r";
    /**
     * The first letters of the calling words and the words that may open them ({@code demikian}), lower case, when
     * all are ASCII (an ASCII letter then matches one only when it is one, in either case); null otherwise, and every
     * name is matched.
     */
    private static final String CALLING_FIRSTS = callingFirsts();

    private static String callingFirsts() {
        StringBuilder b = new StringBuilder();
        for (String w : Stream.concat(WORDS.get("calling").stream(), WORDS.get("so").stream()).toList()) {
            char c = w.charAt(0);
            if (c >= 128) return null;
            b.append(Character.toLowerCase(c));
        }
        return b.toString();
    }

    /** Every name given in {@code text}, in text order. */
    static List<Given> in(String text) {
        List<Given> given = new ArrayList<>();
        // Every match opens with "yang": the phrase is tried where one stands, as find() would try it there (its \b
        // seeing the character before), rather than by find() at every position of the body, twice per article.
        Matcher m = PHRASE.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        for (int p = yangAt(text, 0); p >= 0; p = yangAt(text, p)) {
            m.region(p, text.length());
            if (m.lookingAt()) {
                given.add(new Given(m.start("verb"), m.end()));
                p = m.end();
            } else {
                p++;
            }
        }
        return given;
    }

    /** The first position from {@code from} where {@code yang} stands in any case, or -1. */
    private static int yangAt(String text, int from) {
        for (int p = from; p + 4 <= text.length(); p++) {
            if ((text.charAt(p) | 0x20) == 'y' && text.regionMatches(true, p, "yang", 0, 4)) return p;
        }
        return -1;
    }

    /** Whether a name given in {@code text} opens at {@code start}, or one word of address before it ({@code Bang Kent}). */
    static boolean opensAt(List<Given> given, String text, int start) {
        Matcher address = ADDRESS.matcher(text);
        for (Given g : given) {
            if (g.nameAt() == start || g.nameAt() < start && address.region(g.nameAt(), start).matches()) return true;
        }
        return false;
    }

    /**
     * The names given in an article's body, each with the person of {@code entities} mentioned last before its phrase
     * (within {@value #REACH} characters), in text order; a name given with no such person is left out.
     */
    public static List<GivenTo> givenTo(String body, List<Entity> entities) {
        List<Given> given = in(body);
        if (given.isEmpty()) return List.of();
        TreeMap<Integer, Entity> byStart = new TreeMap<>(); // one entity a mention start, the first listed
        for (Entity e : entities) {
            for (Mention m : e.mentions()) if (Mention.BODY.equals(m.in())) byStart.putIfAbsent(m.start(), e);
        }
        List<GivenTo> out = new ArrayList<>();
        for (Given g : given) {
            var named = byStart.headMap(g.verbAt(), false).descendingMap().entrySet().stream()
                    .filter(e -> e.getValue().type() == EntityType.PERSON).findFirst();
            if (named.isPresent() && g.verbAt() - named.get().getKey() <= REACH) {
                out.add(new GivenTo(g.nameAt(), named.get().getValue()));
            } else {
                Entity clipped = clippedFrom(body, g, byStart);
                if (clipped != null) out.add(new GivenTo(g.nameAt(), clipped));
            }
        }
        return out;
    }

    /**
     * {@code Atlet ... Emilia Nova membeberkan ... ujar wanita yang akrab disapa Emil}: a name given far from the
     * person's last mention is still that person's when it begins a longer word of exactly one person's name mentioned
     * before it (short names are clipped from the full one); null when no one or several fit.
     */
    private static Entity clippedFrom(String body, Given g, TreeMap<Integer, Entity> byStart) {
        Matcher word = NAME_WORD.matcher(body).region(g.nameAt(), body.length());
        if (!word.lookingAt()) return null;
        String nick = word.group().toLowerCase(Locale.ROOT);
        Entity only = null;
        for (Entity e : new LinkedHashSet<>(byStart.headMap(g.verbAt(), false).values())) {
            if (e.type() != EntityType.PERSON || e == only) continue;
            boolean fits = false;
            for (String w : e.name().toLowerCase(Locale.ROOT).split("\\s+")) fits |= w.length() > nick.length() && w.startsWith(nick);
            if (!fits) continue;
            if (only != null) return null;
            only = e;
        }
        return only;
    }
}
