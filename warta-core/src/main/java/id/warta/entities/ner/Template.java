package id.warta.entities.ner;

import static id.warta.entities.ner.Templates.DEFINED;
import static id.warta.entities.ner.Templates.NEXT_DEFINED;
import static id.warta.entities.ner.Templates.PREFIX;
import static id.warta.entities.ner.Templates.PREV_DEFINED;
import static id.warta.entities.ner.Templates.RUN_HEAD;
import static id.warta.entities.ner.Templates.RUN_HEAD_GAZ;
import static id.warta.entities.ner.Templates.SUFFIX;

/**
 * A template of features: {@code template} is their first hash part, {@code arg} what its kind
 * needs besides (a word class's level; the gazetteer's token, relative to the one described).
 * When {@code alone}, its features read the text of one token alone, the one at {@code offset}
 * from the token described (0 for itself; beyond the sentence's ends, the boundary): they are the
 * same wherever it stands, so tagging may keep their weights' sums per word. Whether such a
 * feature is made, and how many of its template, may depend on that token's text and on nothing
 * else. Otherwise (offset 0) it reads the sentence around the token described.
 */
record Template(int offset, boolean alone, Kind kind, long template, int arg) {
    /**
     * What a template reads. One switch over them ({@link Template#make}) rather than one lambda per
     * template: tagging calls some fifteen templates per token, and a call through forty lambda classes
     * the JIT cannot inline was a tenth of the tagger's time.
     */
    enum Kind {
        /** Reading one token alone, one feature of what it reads. */
        BIAS, WORD, NEUTRAL_SHAPE, LENGTH, CLASS, CLASS_UNMIXED, CASE_BUCKET, UPPER_BUCKET, FREQUENCY, CASED_WORD,
        SHAPE, SHORT_SHAPE, CAPITAL_CASE_BUCKET,
        /** Reading one token alone, a prefix and a suffix feature of each length. */
        AFFIXES,
        /** Reading the sentence around the token described. */
        BIGRAM_BEFORE, BIGRAM_AFTER, GAZETTEER, FIRST, DEFINED, SHAPE_BIGRAM_BEFORE, SHAPE_BIGRAM_AFTER, CAPS_WINDOW,
        CAPITAL_FIRST, RUN_HEAD
    }

    /** A template whose features read, by {@code kind}, the token at {@code offset}. */
    static Template reads(int offset, long template, Kind kind) {
        return new Template(offset, true, kind, template, 0);
    }

    static Template reads(int offset, long template, Kind kind, int arg) {
        return new Template(offset, true, kind, template, arg);
    }

    static Template around(Kind kind, long template) {
        return new Template(0, false, kind, template, 0);
    }

    static Template around(Kind kind, long template, int arg) {
        return new Template(0, false, kind, template, arg);
    }

    void make(Sentence s, int i, Emitter e) {
        int at = i + offset;
        switch (kind) {
            case BIAS -> e.add(template, 0);
            case WORD -> e.add(template, s.word(at));
            case NEUTRAL_SHAPE -> e.add(template, s.neutralShape(at));
            case LENGTH -> e.add(template, Math.min(s.lower[at].length(), 12));
            case CLASS -> e.add(template, Hashing.mix(arg, s.wordClass(at, arg)));
            case CLASS_UNMIXED -> e.add(template, s.wordClass(at, arg));
            case CASE_BUCKET -> e.add(template, s.caseBucket(at));
            case UPPER_BUCKET -> e.add(template, s.upperBucket(at));
            case FREQUENCY -> e.add(template, s.frequencyBucket(at));
            case CASED_WORD -> e.add(template, s.casedWord(at));
            case SHAPE -> e.add(template, s.shape(at));
            case SHORT_SHAPE -> e.add(template, s.shortShape(at));
            case CAPITAL_CASE_BUCKET -> e.add(template, Hashing.mix(s.capitalised(at) ? 1 : 0, s.caseBucket(at)));
            case AFFIXES -> {
                long[] affixes = s.affixes(at);
                for (int k = 0; k < affixes.length; k += 2) {
                    e.add(PREFIX, affixes[k]);
                    e.add(SUFFIX, affixes[k + 1]);
                }
            }
            case BIGRAM_BEFORE -> e.add(template, Hashing.mix(s.word(at - 1), s.word(at)));
            case BIGRAM_AFTER -> e.add(template, Hashing.mix(s.word(at), s.word(at + 1)));
            case GAZETTEER -> gazetteer(template, s, at + arg, e);
            case FIRST -> {
                if (at == 0) e.add(template, 0);
            }
            case DEFINED -> {
                if (s.defined[at] != Acronyms.NONE) e.add(DEFINED, s.defined[at]);
                if (at > 0 && s.defined[at - 1] != Acronyms.NONE) e.add(PREV_DEFINED, s.defined[at - 1]);
                if (at + 1 < s.n && s.defined[at + 1] != Acronyms.NONE) e.add(NEXT_DEFINED, s.defined[at + 1]);
            }
            case SHAPE_BIGRAM_BEFORE -> e.add(template, Hashing.mix(s.shortShape(at - 1), s.shortShape(at)));
            case SHAPE_BIGRAM_AFTER -> e.add(template, Hashing.mix(s.shortShape(at), s.shortShape(at + 1)));
            case CAPS_WINDOW -> e.add(template,
                    (s.capitalised(at - 1) ? 4 : 0) | (s.capitalised(at) ? 2 : 0) | (s.capitalised(at + 1) ? 1 : 0));
            case CAPITAL_FIRST -> {
                if (at == 0) e.add(template, Hashing.mix(s.capitalised(at) ? 1 : 0, s.caseBucket(at)));
            }
            case RUN_HEAD -> {
                int head = s.runStart[at];
                if (head >= 0 && head < at) {
                    e.add(RUN_HEAD, s.word(head));
                    gazetteer(RUN_HEAD_GAZ, s, head, e);
                }
            }
        }
    }

    private static void gazetteer(long template, Sentence s, int i, Emitter e) {
        if (i < 0 || i >= s.n) return;
        for (int w = 0; w < Gazetteer.WORDS_PER_TOKEN; w++) {
            long marks = s.gaz[i * Gazetteer.WORDS_PER_TOKEN + w];
            for (long m = marks; m != 0; m &= m - 1) e.add(template, w * 64L + Long.numberOfTrailingZeros(m));
        }
    }
}
