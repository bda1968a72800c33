package id.warta.quotes;

import static id.warta.quotes.AttributionWords.DEMONSTRATIVES;
import static id.warta.quotes.AttributionWords.FRONTING_PREPOSITIONS;
import static id.warta.quotes.AttributionWords.SENTENCE_CONNECTIVES;

import id.warta.quotes.Words.Kind;

/**
 * Where a clause's subject may open, for {@link Narration}: at a sentence's start, after a comma or a conjunction, after
 * a connective opening the sentence without its comma ({@code Lebih lanjut dia menambahkan}), or after a short time
 * or place phrase fronted without its comma ({@code Pada kesempatan itu Erick mengomentari}).
 */
final class ClauseOpenings {
    /** How long a time or place phrase fronted without a comma may be ({@code Dalam kesempatan yang sama itu}). */
    private static final int MAX_FRONTED_WORDS = 5;
    private static final int MAX_CONNECTIVE_WORDS = 3;

    private ClauseOpenings() {
    }

    /** The token after a sentence connective opening the sentence at {@code start} ({@code Lebih lanjut}) before {@code limit}, or -1. */
    static int connectiveEnd(Passage p, int start, int limit) {
        for (int end = start + 1; end <= limit && end - start <= MAX_CONNECTIVE_WORDS; end++) {
            if (isConnective(p, start, end)) return end;
        }
        return -1;
    }

    /** Whether tokens {@code [start, end)} are a sentence connective ({@code lebih lanjut}). */
    private static boolean isConnective(Passage p, int start, int end) {
        StringBuilder words = new StringBuilder();
        for (int j = start; j < end; j++) words.append(j > start ? " " : "").append(p.lower(j));
        return SENTENCE_CONNECTIVES.contains(words.toString());
    }

    /**
     * A subject opens its clause: a sentence, or what follows a comma or a conjunction ({@code namun}, {@code dan}),
     * or a connective opening the sentence without its comma ({@code Lebih lanjut dia menambahkan}); a second office after
     * a slash opens it where the first does.
     */
    static boolean opensClause(Passage p, int i) {
        int start = p.sentenceStart(i);
        if (start == i || i == 0) return true;
        if (p.isPunct(i - 1, "/") && p.is(i, Kind.ROLE)) {
            // "Menteri Investasi dan Hilirisasi/Kepala BKPM Rosan": two offices of one holder; the subject opens with the first
            int first = i - 1;
            while (first > start && (NameWords.isNameWord(p, first - 1) || p.is(first - 1, Kind.ROLE) || p.lower(first - 1).equals("dan"))) first--;
            return first < i - 1 && p.is(first, Kind.ROLE) && opensClause(p, first);
        }
        String before = p.lower(i - 1);
        if (p.isPunct(i - 1, ",;:\"“”") || before.equals("dan") || before.equals("namun") || before.equals("tetapi")
                || before.equals("tapi") || before.equals("sementara") || before.equals("sedangkan")) return true;
        return i - start <= MAX_CONNECTIVE_WORDS && isConnective(p, start, i);
    }

    /**
     * The token after a short time or place phrase fronted without its comma at the sentence opening at {@code start}
     * ({@code Saat itu} | {@code ahli biologi Rina Kusuma mengatakan ...}): a preposition opens it, the first
     * demonstrative closes it, only words between; -1 when the sentence opens with none.
     */
    static int frontedPhraseEnd(Passage p, int start) {
        if (start >= p.size() || !FRONTING_PREPOSITIONS.contains(p.lower(start))) return -1;
        for (int j = start; j < p.size() && j - start < MAX_FRONTED_WORDS; j++) {
            if (!Character.isLetter(p.word(j).codePointAt(0))) return -1;
            if (j > start && DEMONSTRATIVES.contains(p.lower(j))) return j + 1;
        }
        return -1;
    }
}
