package id.warta.quotes;

import java.util.Map;
import java.util.TreeMap;

/**
 * Who the text has been talking about, in order: the subjects of its sentences and the
 * speakers of its quotes. A pronoun ({@code ia}, {@code dia}, {@code beliau}), a {@code -nya}
 * ({@code katanya}) or a definite description ({@code laporan itu}, {@code sumber tadi})
 * points back to the latest fitting one, never further than {@value #MAX_SENTENCES_BACK}
 * sentences ({@value #MAX_SENTENCES_DESCRIBED} for a description): beyond, the speaker is
 * unknown rather than guessed.
 */
final class Discourse {
    static final int MAX_SENTENCES_BACK = 8;
    /** A definite description ({@code sumber tadi}, {@code laporan itu}) names what it points to, so it reaches further. */
    static final int MAX_SENTENCES_DESCRIBED = 20;

    private record Entry(int sentence, Who who) {
    }

    private final Passage passage;
    private final TreeMap<Integer, Entry> byOffset = new TreeMap<>();

    Discourse(Passage passage) {
        this.passage = passage;
    }

    void add(int offset, Who who) {
        if (who != null && who.type() != People.Type.PLACE) byOffset.put(offset, new Entry(passage.sentenceOf(offset), who));
    }

    /** What {@code ia}/{@code dia}/{@code beliau} point to: the latest person, or name of unknown kind, before {@code offset}. */
    Who person(int offset) {
        return latest(offset, x -> x.type() == People.Type.PERSON || x.type() == People.Type.UNKNOWN, MAX_SENTENCES_BACK);
    }

    /** What {@code -nya} points to: the latest person or body before {@code offset}. */
    Who anyone(int offset) {
        return latest(offset, x -> true, MAX_SENTENCES_BACK);
    }

    /** The latest organisation before {@code offset}: what {@code laporan itu} speaks for. */
    Who body(int offset) {
        return latest(offset, w -> w.type() == People.Type.ORG, MAX_SENTENCES_BACK);
    }

    /** The latest one described with {@code word} ({@code sumber tadi} → {@code seorang sumber yang ...}). */
    Who described(String word, int offset) {
        String key = " " + Words.key(word) + " ";
        return latest(offset, w -> w.role() != null && (" " + Words.key(w.role()) + " ").contains(key), MAX_SENTENCES_DESCRIBED);
    }

    private Who latest(int offset, java.util.function.Predicate<Who> fits, int maxSentencesBack) {
        int sentence = passage.sentenceOf(offset);
        for (Map.Entry<Integer, Entry> e : byOffset.headMap(offset, false).descendingMap().entrySet()) {
            if (sentence - e.getValue().sentence() > maxSentencesBack) return null;
            if (fits.test(e.getValue().who())) return e.getValue().who();
        }
        return null;
    }
}
