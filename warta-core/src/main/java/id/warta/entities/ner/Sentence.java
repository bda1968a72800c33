package id.warta.entities.ner;

import java.util.List;

/**
 * Per-token facts of one sentence, computed once and read by every template. What a token's text gives
 * alone is read from its {@link Features.Word}, not copied: tagging reads little of it (most of it is in the sums
 * kept per word), and the copies were most of a sentence's making.
 */
final class Sentence {
    private static final long START = Hashing.of("<s>"), END = Hashing.of("</s>"), NONE = Hashing.of("<none>");

    final int n;
    final String[] original;
    final String[] lower;
    private final Features.Word[] words;
    final long[] gaz;
    /** Where the {@link NameRuns run} each token is in starts, or -1; cased text only. */
    final int[] runStart;
    /** Each token's {@link Acronyms} mark. */
    final byte[] defined;
    /** Whether each token opens with a capital; cased text only. */
    private final boolean[] capitals;

    Sentence(List<String> tokens, Features.Word[] words, boolean withCase, Gazetteer gazetteer) {
        n = tokens.size();
        this.words = words;
        original = tokens.toArray(String[]::new);
        lower = new String[n];
        Gazetteer.Node[] gazetteerStarts = new Gazetteer.Node[n];
        for (int i = 0; i < n; i++) {
            lower[i] = words[i].lower();
            gazetteerStarts[i] = words[i].gazetteerStart();
        }
        gaz = gazetteer.match(lower, gazetteerStarts);
        if (withCase) {
            capitals = new boolean[n];
            for (int i = 0; i < n; i++) capitals[i] = Character.isUpperCase(original[i].charAt(0));
            runStart = NameRuns.starts(capitals, lower);
        } else {
            capitals = null;
            runStart = null;
        }
        defined = Acronyms.marks(original, lower);
    }

    long[] affixes(int i) {
        return words[i].affixes();
    }

    long word(int i) {
        return i < 0 ? START : i >= n ? END : words[i].lowerHash();
    }

    long casedWord(int i) {
        return i < 0 ? START : i >= n ? END : words[i].cased();
    }

    long neutralShape(int i) {
        return i < 0 ? START : i >= n ? END : words[i].neutralShape();
    }

    long shape(int i) {
        return i < 0 ? START : i >= n ? END : words[i].shape();
    }

    long shortShape(int i) {
        return i < 0 ? START : i >= n ? END : words[i].shortShape();
    }

    /** Read by the cased templates only. */
    boolean capitalised(int i) {
        return i >= 0 && i < n && capitals[i];
    }

    long wordClass(int i, int level) {
        if (i < 0) return START;
        if (i >= n) return END;
        WordTable.Info info = words[i].info();
        return info == null ? NONE : info.classes()[level];
    }

    long caseBucket(int i) {
        if (i < 0) return START;
        if (i >= n) return END;
        WordTable.Info info = words[i].info();
        return info == null ? WordTable.UNKNOWN : info.caseBucket();
    }

    long upperBucket(int i) {
        WordTable.Info info = words[i].info();
        return info == null ? WordTable.UNKNOWN : info.upperBucket();
    }

    long frequencyBucket(int i) {
        WordTable.Info info = words[i].info();
        return info == null ? 0 : info.frequencyBucket();
    }
}
