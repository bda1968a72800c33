package id.warta.entities.ner;

import id.warta.entities.ner.Template.Kind;
import id.warta.entities.ner.KnownWords.Known;
import java.util.ArrayList;
import java.util.List;

/**
 * The feature templates of the tagger, each list in the order training makes their features (the
 * hash parts and the orders are part of the model: {@code scripts/check-model.sh} says a retrain
 * builds the model shipped), and what tagging reads of a list: the templates reading one token alone
 * at each offset, and those whose features it adds straight to a token's scores.
 */
final class Templates {
    /** Each template's first hash part. The values are part of the model: never reuse one. */
    static final long BIAS = 1, WORD = 2, PREV_WORD = 3, NEXT_WORD = 4, PREV2_WORD = 5, NEXT2_WORD = 6,
            PREV_BIGRAM = 7, NEXT_BIGRAM = 8, PREFIX = 9, SUFFIX = 10, NEUTRAL_SHAPE = 11, PREV_NEUTRAL_SHAPE = 12,
            NEXT_NEUTRAL_SHAPE = 13, LENGTH = 14, CLASS = 15, PREV_CLASS = 16, NEXT_CLASS = 17, CASE_SHARE = 18,
            PREV_CASE_SHARE = 19, NEXT_CASE_SHARE = 20, UPPER_SHARE = 21, FREQUENCY = 22, GAZ = 23, PREV_GAZ = 24,
            NEXT_GAZ = 25, FIRST = 26, CASED_WORD = 27, SHAPE = 28, PREV_SHAPE = 29, NEXT_SHAPE = 30,
            SHORT_SHAPE = 31, PREV_SHAPE_BIGRAM = 32, NEXT_SHAPE_BIGRAM = 33, CAPS_WINDOW = 34, CAP_CASE_SHARE = 35,
            CAP_FIRST = 36, PREV2_CLASS = 37, NEXT2_CLASS = 38, CASED_PREV_WORD = 39, CASED_NEXT_WORD = 40,
            PREV2_GAZ = 41, NEXT2_GAZ = 42, DEFINED = 43, PREV_DEFINED = 44, NEXT_DEFINED = 45,
            RUN_HEAD = 46, RUN_HEAD_GAZ = 47;

    final Template[] all;
    /** By offset ({@code offset + REACH}): the templates reading the token there alone, in order. */
    private final Template[][] reading;
    /**
     * By how many tokens stand before and after the one described (up to REACH each): the
     * templates reading the sentence around it or beyond its ends, in order.
     */
    private final Template[][][] direct;

    /** Every token's templates. */
    static Templates plain(int levels) {
        return new Templates(plainTemplates(levels));
    }

    /** The templates of cased text. */
    static Templates cased() {
        return new Templates(casedTemplates());
    }

    private Templates(List<Template> templates) {
        all = templates.toArray(Template[]::new);
        int offsets = 2 * Known.REACH + 1;
        reading = new Template[offsets][];
        for (int r = 0; r < offsets; r++) {
            int offset = r - Known.REACH;
            reading[r] = templates.stream().filter(t -> t.alone() && t.offset() == offset).toArray(Template[]::new);
        }
        direct = new Template[Known.REACH + 1][Known.REACH + 1][];
        for (int before = 0; before <= Known.REACH; before++) {
            for (int after = 0; after <= Known.REACH; after++) {
                int from = -before, to = after;
                direct[before][after] = templates.stream()
                        .filter(t -> !t.alone() || t.offset() < from || t.offset() > to).toArray(Template[]::new);
            }
        }
    }

    Template[] reading(int offset) {
        return reading[offset + Known.REACH];
    }

    /** What is added straight to token {@code i}'s scores in a sentence of {@code n}: its sentence's features and the boundary's. */
    Template[] direct(int i, int n) {
        return direct[Math.min(i, Known.REACH)][Math.min(n - 1 - i, Known.REACH)];
    }

    /** Every token's features, in the order training makes them (the order is part of the model). */
    private static List<Template> plainTemplates(int levels) {
        List<Template> t = new ArrayList<>();
        t.add(Template.reads(0, BIAS, Kind.BIAS));
        t.add(Template.reads(0, WORD, Kind.WORD));
        t.add(Template.reads(-1, PREV_WORD, Kind.WORD));
        t.add(Template.reads(1, NEXT_WORD, Kind.WORD));
        t.add(Template.reads(-2, PREV2_WORD, Kind.WORD));
        t.add(Template.reads(2, NEXT2_WORD, Kind.WORD));
        t.add(Template.around(Kind.BIGRAM_BEFORE, PREV_BIGRAM));
        t.add(Template.around(Kind.BIGRAM_AFTER, NEXT_BIGRAM));
        t.add(Template.reads(0, PREFIX, Kind.AFFIXES));
        t.add(Template.reads(0, NEUTRAL_SHAPE, Kind.NEUTRAL_SHAPE));
        t.add(Template.reads(-1, PREV_NEUTRAL_SHAPE, Kind.NEUTRAL_SHAPE));
        t.add(Template.reads(1, NEXT_NEUTRAL_SHAPE, Kind.NEUTRAL_SHAPE));
        t.add(Template.reads(0, LENGTH, Kind.LENGTH));
        for (int level = 0; level < levels; level++) {
            t.add(Template.reads(0, CLASS, Kind.CLASS, level));
            t.add(Template.reads(-1, PREV_CLASS, Kind.CLASS, level));
            t.add(Template.reads(1, NEXT_CLASS, Kind.CLASS, level));
        }
        if (levels > 1) {
            t.add(Template.reads(-2, PREV2_CLASS, Kind.CLASS_UNMIXED, 1));
            t.add(Template.reads(2, NEXT2_CLASS, Kind.CLASS_UNMIXED, 1));
        }
        t.add(Template.reads(0, CASE_SHARE, Kind.CASE_BUCKET));
        t.add(Template.reads(-1, PREV_CASE_SHARE, Kind.CASE_BUCKET));
        t.add(Template.reads(1, NEXT_CASE_SHARE, Kind.CASE_BUCKET));
        t.add(Template.reads(0, UPPER_SHARE, Kind.UPPER_BUCKET));
        t.add(Template.reads(0, FREQUENCY, Kind.FREQUENCY));
        t.add(Template.around(Kind.GAZETTEER, GAZ, 0));
        t.add(Template.around(Kind.GAZETTEER, PREV_GAZ, -1));
        t.add(Template.around(Kind.GAZETTEER, NEXT_GAZ, 1));
        t.add(Template.around(Kind.FIRST, FIRST));
        t.add(Template.around(Kind.GAZETTEER, PREV2_GAZ, -2));
        t.add(Template.around(Kind.GAZETTEER, NEXT2_GAZ, 2));
        t.add(Template.around(Kind.DEFINED, DEFINED));
        return t;
    }

    /** The features of cased text, in the order training makes them after the others. */
    private static List<Template> casedTemplates() {
        List<Template> t = new ArrayList<>();
        t.add(Template.reads(0, CASED_WORD, Kind.CASED_WORD));
        t.add(Template.reads(-1, CASED_PREV_WORD, Kind.CASED_WORD));
        t.add(Template.reads(1, CASED_NEXT_WORD, Kind.CASED_WORD));
        t.add(Template.reads(0, SHAPE, Kind.SHAPE));
        t.add(Template.reads(-1, PREV_SHAPE, Kind.SHAPE));
        t.add(Template.reads(1, NEXT_SHAPE, Kind.SHAPE));
        t.add(Template.reads(0, SHORT_SHAPE, Kind.SHORT_SHAPE));
        t.add(Template.around(Kind.SHAPE_BIGRAM_BEFORE, PREV_SHAPE_BIGRAM));
        t.add(Template.around(Kind.SHAPE_BIGRAM_AFTER, NEXT_SHAPE_BIGRAM));
        t.add(Template.around(Kind.CAPS_WINDOW, CAPS_WINDOW));
        t.add(Template.reads(0, CAP_CASE_SHARE, Kind.CAPITAL_CASE_BUCKET));
        t.add(Template.around(Kind.CAPITAL_FIRST, CAP_FIRST));
        t.add(Template.around(Kind.RUN_HEAD, RUN_HEAD));
        return t;
    }
}
