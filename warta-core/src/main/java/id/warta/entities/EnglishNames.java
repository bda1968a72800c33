package id.warta.entities;

import id.warta.entities.ner.NerModel;
import id.warta.language.Token;
import id.warta.lexicon.Lexicon;
import id.warta.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Institutions named the English way inside Indonesian text, which a tagger trained on
 * Indonesian cuts apart: {@code University of Oklahoma}, {@code People's Bank of China},
 * {@code Institute for Development of Economics and Finance}, {@code Olympic Council of Asia}.
 * A run of capitalised words joined by {@code of}, {@code for}, {@code on}, {@code the},
 * {@code and} or {@code &} is one organisation when a word of it just before its first
 * {@code of}/{@code for} is an English head word ({@code heads.tsv}, the words that type a name
 * from its end); so is a run of capitalised words closed by such a word ({@code New York Mercantile
 * Exchange}, {@code First Asia Capital}, {@code Continuum Economics}), or by such a word and a region
 * ({@code ICE Futures Europe}). Titles before it ({@code Ekonom Centre of Reform}) and
 * Indonesian words ({@code Menurut Institute for ...}) are not part of it.
 */
final class EnglishNames {
    /** Lower-case words that join the parts of an English name. */
    private static final Set<String> JOINERS = Set.of("of", "for", "on", "the", "and", "&");
    /** How a name was found: head, then of ({@code University of Oklahoma}); capitalised words, then a head ({@code Musim Mas Group}). */
    static final String OF_NAME = "english", TAIL_NAME = "english-tail";
    /** Joiners that follow the head: {@code University of}, {@code Institute for}. */
    private static final Set<String> AFTER_HEAD = Set.of("of", "for");
    /** Regions an English name may put after its head word ({@code ICE Futures Europe}), as written. */
    private static final Set<String> REGIONS = Set.copyOf(Lexicon.lines(EnglishNames.class, "english-regions.tsv"));

    /** English words ending a person's title ({@code Officer}), lowercased. */
    private static final Set<String> ROLES = Lexicon.rows(EnglishNames.class, "english-roles.tsv").stream()
            .map(row -> row[0]).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private final EntityLexicon lexicon;
    private final NerModel model;

    EnglishNames(EntityLexicon lexicon, NerModel model) {
        this.lexicon = lexicon;
        this.model = model;
    }

    /** The English institution names in the sentence, in order. */
    List<Found> find(Sentence s) {
        List<Token> tokens = s.tokens();
        List<Found> names = new ArrayList<>();
        for (int i = 1; i + 1 < tokens.size(); i++) {
            if (!AFTER_HEAD.contains(tokens.get(i).text()) || !isHead(tokens.get(i - 1))
                    || !tokens.get(i + 1).isCapitalised()) continue;
            int first = i - 1;
            while (first > 0 && opensWith(tokens, first - 1) && adjacent(tokens.get(first - 1), tokens.get(first))) {
                first--;
            }
            int last = i + 1;
            for (int k = i + 2; k < tokens.size(); k++) {
                Token t = tokens.get(k);
                if (t.isCapitalised()) {
                    last = k;
                } else if (!JOINERS.contains(t.text()) || k + 1 >= tokens.size()) {
                    break;
                }
            }
            names.add(new Found(tokens.get(first).start(), tokens.get(last).end(), EntityType.ORGANIZATION, OF_NAME));
            i = last;
        }
        for (int k = 1; k < tokens.size(); k++) { // "New York Mercantile Exchange", "First Asia Capital"
            if (!isTail(tokens.get(k)) || k + 1 < tokens.size() && AFTER_HEAD.contains(tokens.get(k + 1).text())) continue;
            int first = k;
            while (first > 0 && opensWith(tokens, first - 1) && adjacent(tokens.get(first - 1), tokens.get(first))) {
                first--;
            }
            int last = k + 1 < tokens.size() && REGIONS.contains(tokens.get(k + 1).text())
                    && adjacent(tokens.get(k), tokens.get(k + 1)) ? k + 1 : k;
            if (first < k) names.add(new Found(tokens.get(first).start(), tokens.get(last).end(), EntityType.ORGANIZATION, TAIL_NAME));
        }
        names.sort((a, b) -> a.start() - b.start());
        return names;
    }

    /** Whether {@code word}, in any case, is an English word ending a person's title ({@code Officer}; {@code english-roles.tsv}). */
    static boolean isRole(String word) {
        return ROLES.contains(word.toLowerCase(Locale.ROOT));
    }

    private boolean isTail(Token t) {
        return t.isCapitalised() && lexicon.tails.get(t.text().toLowerCase(Locale.ROOT)) == EntityType.ORGANIZATION;
    }

    private boolean isHead(Token t) {
        String lower = t.text().toLowerCase(Locale.ROOT);
        return t.isCapitalised() && (lexicon.tails.get(lower) == EntityType.ORGANIZATION || lexicon.headsBeforeOf.contains(lower));
    }

    /** A series' number ({@code obligasi berkelanjutan II Sentosa Kapital}), which closes what comes before, opening no name. */
    private static final Pattern ROMAN_NUMERAL = Pattern.compile("[IVX]+");

    /**
     * Whether the name may open with token {@code c}: a capitalised word, not a word Indonesian
     * writes in lower case, no Roman numeral, not the end of a title ({@code General Manager Vista Land Group}).
     */
    private boolean opensWith(List<Token> tokens, int c) {
        Token t = tokens.get(c);
        if (!t.isCapitalised() || model.commonInLowerCase(t.text()) || ROMAN_NUMERAL.matcher(t.text()).matches()) return false;
        if (ROLES.contains(t.text().toLowerCase(Locale.ROOT))) return false;
        return !lexicon.titleEndsAt(tokens, c);
    }

    /** Only spaces between two tokens: no comma, no line break. */
    private static boolean adjacent(Token a, Token b) {
        return b.start() - a.end() <= 1;
    }
}
