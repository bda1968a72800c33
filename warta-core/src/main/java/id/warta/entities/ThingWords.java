package id.warta.entities;

import static id.warta.entities.EntityLexicon.isBlank;

import id.warta.lexicon.Lexicon;
import id.warta.model.EntityType;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words of things' names, which name no one: holidays ({@code events.tsv}), products ({@code products.tsv}),
 * documents' and conditions' terms ({@code term-tails.tsv}, {@code term-heads.tsv}), ships ({@code
 * vessel-prefixes.tsv}), contests and awards ({@code contest-words.tsv}). Loaded once; immutable.
 */
final class ThingWords {
    static final ThingWords INSTANCE = new ThingWords();
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /** Holidays and observances, lowercased words joined with spaces ({@code idul adha}): no names. */
    private final Set<String> events = new HashSet<>();
    /** Products, fuels, indices and rates, lowercased words joined with single spaces ({@code pertamina dex}): no names. */
    private final Set<String> products = new HashSet<>();
    /** Last words of a document's or a condition's name ({@code agreement}, {@code syndrome}), lowercased: no names. */
    private final Set<String> termTails = new HashSet<>();
    /** First words of a ruling family's line ({@code dinasti}; {@code term-heads.tsv}), lowercased: no names. */
    private final Set<String> termHeads = new HashSet<>();
    /** Prefixes of ships' names ({@code KMP}), as written: no names. */
    private final Set<String> vesselPrefixes = new HashSet<>();
    /** Words closing a tournament's, games' or summit's name ({@code cup}), lowercased: no names. */
    private final Set<String> contestTails = new HashSet<>();
    /** Words opening a tournament's name ({@code piala}), lowercased: no names. */
    private final Set<String> contestOpenings = new HashSet<>();
    /** A racing series' or a league's own name, opening a contest's name ({@code motogp}; {@code contest-words.tsv}), lowercased. */
    private final Set<String> seriesWords = new HashSet<>();
    /** Words opening a body named after a contest ({@code panitia}), lowercased: bodies, not contests. */
    private final Set<String> contestBodies = new HashSet<>();
    /** Words opening an award's category ({@code Best}; {@code contest-words.tsv}), lowercased. */
    private final Set<String> awardOpenings = new HashSet<>();
    /** Words closing an event's name when a year follows it ({@code Forum}; {@code contest-words.tsv}), lowercased. */
    private final Set<String> datedEventTails = new HashSet<>();

    private ThingWords() {
        readThings();
        readContestWords();
    }

    /** The lexicon of heads, asked whether a contest's name is a body's; read at a question, when both are loaded. */
    private static EntityLexicon lexicon() {
        return EntityLexicon.INSTANCE;
    }

    /** Reads the word lists of things that are no names (events, products, terms, ships' prefixes). */
    private void readThings() {
        for (String[] row : Lexicon.rows(ThingWords.class, "events.tsv")) events.add(row[0]);
        for (String[] row : Lexicon.rows(ThingWords.class, "products.tsv")) products.add(row[0]);
        for (String[] row : Lexicon.rows(ThingWords.class, "term-tails.tsv")) termTails.add(row[0]);
        termHeads.addAll(Lexicon.lines(ThingWords.class, "term-heads.tsv"));
        vesselPrefixes.addAll(Lexicon.lines(ThingWords.class, "vessel-prefixes.tsv"));
    }

    /** Reads the words of contests' and awards' names ({@code contest-words.tsv}) by where they stand. */
    private void readContestWords() {
        for (String[] row : Lexicon.rows(ThingWords.class, "contest-words.tsv")) {
            switch (row[1]) {
                case "last" -> contestTails.add(row[0]);
                case "first" -> contestOpenings.add(row[0]);
                case "body" -> contestBodies.add(row[0]);
                case "award" -> awardOpenings.add(row[0]);
                case "dated" -> datedEventTails.add(row[0]);
                case "series" -> seriesWords.add(row[0]);
                default -> throw new IllegalStateException("contest-words.tsv: unknown place " + row[1] + " for " + row[0]);
            }
        }
    }

    /** Whether {@code words} name a holiday ({@code Idul Adha}, {@code Hari Raya Idul Fitri}), in any case. */
    boolean isEvent(List<String> words) {
        String joined = String.join(" ", words).toLowerCase(Locale.ROOT);
        if (joined.startsWith("hari raya ")) joined = joined.substring("hari raya ".length());
        else if (joined.startsWith("hari ")) joined = joined.substring("hari ".length());
        return events.contains(joined);
    }

    /** Whether {@code name} is a product, fuel, index or rate ({@code Pertamina Dex}, {@code IHSG}), in any case. */
    boolean isProduct(String name) {
        return products.contains(spaced(name).toLowerCase(Locale.ROOT));
    }

    /**
     * Whether {@code name} is a document's, a condition's or a technical term's, two words or more closing with a word
     * of {@code term-tails.tsv} ({@code Paris Agreement}, {@code Down Syndrome}, {@code Tolerable Daily Intake}), in any case. Not an English name
     * with {@code of} or {@code for}, whose head comes before it ({@code Korean Society of Cardiometabolic Syndrome}).
     * Or a ruling family's line, two words or more opening with a word of {@code term-heads.tsv} ({@code Dinasti Joseon}).
     */
    boolean isTerm(String name) {
        String s = spaced(name);
        int space = s.lastIndexOf(' ');
        if (space > 0 && termHeads.contains(s.substring(0, s.indexOf(' ')).toLowerCase(Locale.ROOT))) return true;
        return space > 0 && isTermTail(s.substring(space + 1)) && !s.contains(" of ") && !s.contains(" for ");
    }

    /** Whether {@code word}, in any case, closes a document's, a condition's or a technical term's name ({@code Agreement}; {@code term-tails.tsv}). */
    boolean isTermTail(String word) {
        return termTails.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * A league named by its tier or kind beside the word for league ({@code Indonesia Super League}, {@code Liga
     * Primer Inggris}, {@code Liga Champions}, {@code Europa League}), or a race named for its sponsor or town
     * ({@code Maybank Marathon}, {@code Borobudur Maraton}, {@code Jakarta Fun Run}): a competition, which by the
     * project's convention names no one. A bare {@code Liga} or {@code League} may be a body ({@code Liga Arab}).
     */
    private static final Pattern COMPETITION = Pattern.compile(
            "(?i)\\b(?:(?:super|premier|primer|champions|europa|konferensi|conference) (?:liga|league)"
            + "|(?:liga|league) (?:super|premier|primer|champions|europa|konferensi|conference|\\d)"
            + "|marathon|maraton|fun run|night run)\\b");

    /** Whether {@code name} is a league's, a race's ({@link #COMPETITION}) or another contest's ({@link #isContest}) competition. */
    boolean isCompetition(String name) {
        // found anywhere: no .* on both sides to match whole
        return mayNameCompetition(name) && COMPETITION.matcher(spaced(name)).find() || isContest(name);
    }

    /** Letters every match of {@link #COMPETITION} holds, as its {@code (?i)} folds them to lower case. */
    private static final List<String> COMPETITION_WORDS = List.of("liga", "league", "marat", "run");

    /**
     * Whether {@code name} holds one of {@link #COMPETITION_WORDS} in any case: asked of every name found, most of
     * which hold none, and a search for them is cheaper than the pattern's, tried at every position.
     */
    private static boolean mayNameCompetition(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (String w : COMPETITION_WORDS) if (lower.contains(w)) return true;
        return false;
    }

    /** A year or a Roman numeral after a contest's name: {@code Asian Games 2018}, {@code Asian Games XVIII}. */
    private static final Pattern EDITION = Pattern.compile("\\d{4}|[IVXLC]+");

    /**
     * Whether {@code name} is a tournament's, a games' or a summit's ({@code contest-words.tsv}): opening with
     * {@code Piala}/{@code Olimpiade} ({@code Piala Dunia}), or two words or more closing with {@code Games}, {@code Cup},
     * {@code Summit}, {@code Open} ... ({@code Asian Games 2018}, {@code Indonesia Open}), in any case; or opening with a
     * series' own name ({@code MotoGP}, {@code MotoGP Aragon}; {@link #isSeries}). Not a body named
     * after one, opening with a body's head word ({@code Komite Olimpiade Indonesia}, {@code Panitia Pelaksana Asian Games}).
     */
    private boolean isContest(String name) {
        String[] words = spaced(name).split(" ");
        String first = words[0].toLowerCase(Locale.ROOT);
        if (contestOpenings.contains(first)) return true;
        if (seriesWords.contains(first)) { // "MotoGP Aragon", not the body "MotoGP Group"
            return words.length == 1 || lexicon().tails.get(words[words.length - 1].toLowerCase(Locale.ROOT)) != EntityType.ORGANIZATION;
        }
        int last = words.length - 1;
        if (last > 1 && EDITION.matcher(words[last]).matches()) last--;
        return last > 0 && contestTails.contains(words[last].toLowerCase(Locale.ROOT)) && !opensBody(first);
    }

    /** Whether {@code name}, of two words or more, names an award's category by its first word ({@code Best Savings Bank}). */
    boolean isAward(String name) {
        String s = spaced(name);
        int space = s.indexOf(' ');
        return space > 0 && awardOpenings.contains(s.substring(0, space).toLowerCase(Locale.ROOT));
    }

    /** Whether {@code word}, in any case, closes an event's name when a year follows ({@code Forum}; {@code contest-words.tsv}). */
    boolean isDatedEventTail(String word) {
        return datedEventTails.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether {@code word}, as written, opens a ship's name ({@code KMP}; {@code vessel-prefixes.tsv}). */
    boolean isVesselPrefix(String word) {
        return vesselPrefixes.contains(word);
    }

    /** Whether {@code word}, in any case, is a racing series' or a league's own name ({@code MotoGP}; {@code contest-words.tsv}). */
    boolean isSeries(String word) {
        return seriesWords.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether {@code word}, in any case, closes a contest's name ({@code Cup}; {@code contest-words.tsv}). */
    boolean isContestTail(String word) {
        return contestTails.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether a name opening with {@code first} (lowercased) is a body's, by its head word. */
    private boolean opensBody(String first) {
        return lexicon().isOrganisationHead(first) || contestBodies.contains(first) || lexicon().institutions.containsKey(first)
                || AbbreviatedNames.ABBREVIATED_HEADS.contains(first);
    }

    /**
     * {@code name} {@link String#strip stripped} (of any Unicode blank), each run of {@link #WHITESPACE}'s blanks one
     * space. Most names are that already and come back as they are, without a matcher: no blank at either end, and
     * within no blank but single spaces.
     */
    private static String spaced(String name) {
        boolean plain = name.isEmpty()
                || !Character.isWhitespace(name.charAt(0)) && !Character.isWhitespace(name.charAt(name.length() - 1));
        for (int i = 1; plain && i < name.length(); i++) { // the first is no blank
            char c = name.charAt(i);
            plain = !isBlank(c) || c == ' ' && name.charAt(i - 1) != ' ';
        }
        return plain ? name : WHITESPACE.matcher(name.strip()).replaceAll(" ");
    }
}
