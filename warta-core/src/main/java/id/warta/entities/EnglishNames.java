package id.warta.entities;

import id.warta.entities.ner.NerModel;
import id.warta.language.Token;
import id.warta.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Institutions named the English way inside Indonesian text, which a tagger trained on
 * Indonesian cuts apart: {@code University of Oklahoma}, {@code People's Bank of China},
 * {@code Institute for Development of Economics and Finance}, {@code Olympic Council of Asia}.
 * A run of capitalised words joined by {@code of}, {@code for}, {@code on}, {@code the},
 * {@code and} or {@code &} is one organisation when a word of it just before its first
 * {@code of}/{@code for} is an English head word ({@code heads.tsv}, the words that type a name
 * from its end). Titles before it ({@code Ekonom Centre of Reform}) and Indonesian words
 * ({@code Menurut Institute for ...}) are not part of it.
 */
final class EnglishNames {
    /** Lower-case words that join the parts of an English name. */
    private static final Set<String> JOINERS = Set.of("of", "for", "on", "the", "and", "&");
    /** Joiners that follow the head: {@code University of}, {@code Institute for}. */
    private static final Set<String> AFTER_HEAD = Set.of("of", "for");

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
                    || !capitalised(tokens.get(i + 1))) continue;
            int first = i - 1;
            while (first > 0 && opensWith(tokens.get(first - 1)) && adjacent(tokens.get(first - 1), tokens.get(first))) {
                first--;
            }
            int last = i + 1;
            for (int k = i + 2; k < tokens.size(); k++) {
                Token t = tokens.get(k);
                if (capitalised(t)) {
                    last = k;
                } else if (!JOINERS.contains(t.text()) || k + 1 >= tokens.size()) {
                    break;
                }
            }
            names.add(new Found(tokens.get(first).start(), tokens.get(last).end(), EntityType.ORGANIZATION, "english"));
            i = last;
        }
        return names;
    }

    private boolean isHead(Token t) {
        String lower = t.text().toLowerCase(Locale.ROOT);
        return capitalised(t) && (lexicon.tails.get(lower) == EntityType.ORGANIZATION || lexicon.headsBeforeOf.contains(lower));
    }

    /** A word the name may open with: capitalised, neither a title nor a word Indonesian writes in lower case. */
    private boolean opensWith(Token t) {
        return capitalised(t) && lexicon.title(List.of(t.text())) == null && !model.commonInLowerCase(t.text());
    }

    /** A word written with a capital: {@code Bank}, {@code People's}, {@code MIT}. */
    private static boolean capitalised(Token t) {
        String w = t.text();
        return t.isWord() && Character.isUpperCase(w.codePointAt(0));
    }

    /** Only spaces between two tokens: no comma, no line break. */
    private static boolean adjacent(Token a, Token b) {
        return b.start() - a.end() <= 1;
    }
}
