package id.warta.entities;

import id.warta.dates.MonthsAndYears;
import id.warta.dates.Weekdays;
import id.warta.language.Token;
import id.warta.lexicon.Lexicon;
import id.warta.model.EntityType;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code diterbitkan di jurnal Science Advances}, {@code riset dalam Jurnal Keteknikan Pertanian}: the capitalised
 * words after {@code jurnal} name a journal, a publication, so an organisation as the news's outlets are, which the
 * tagger often misses or takes for a person ({@code Nature Astronomy}). After the lower-case word the name is the
 * words that follow; a capitalised {@code Jurnal} or {@code Journal} opens the name itself, which then goes on past
 * {@code dan} ({@code Jurnal Ekonomi dan Kebijakan Publik}). A magazine is read the same way ({@code majalah Forbes},
 * {@code dimuat di Majalah Intisari}). Left alone: a name the tagger found running past the journal's, and sentences in Title Case (a headline's words are all capitalised).
 */
final class JournalNames {
    private static final Map<String, Set<String>> WORDS = Lexicon.classes(JournalNames.class, "journal-words.tsv");
    /** Asked of every word of the text. */
    private static final CueWords OPENERS = new CueWords(WORDS.get("opener"));
    private static final Set<String> JOINERS = WORDS.get("joiner");
    /** Lower-case words inside a name opening with a capitalised {@code Jurnal} ({@code Jurnal Ekonomi dan Kebijakan Publik}). */
    private static final Set<String> NAME_JOINERS = WORDS.get("joiner-id");
    /** A journal's name holds at most this many words ({@code Journal of the American Medical Association}). */
    private static final int MAX_WORDS = 8;

    private JournalNames() {
    }

    /** Adds the journals named after {@code jurnal} to {@code found} as organisations, for the names found inside them. */
    static void find(List<Sentence> sentences, List<Found> found) {
        boolean changed = false;
        for (Sentence s : sentences) {
            if (!s.cased()) continue;
            List<Token> tokens = s.tokens();
            for (int i = 0; i + 1 < tokens.size(); i++) {
                String word = tokens.get(i).text();
                if (!OPENERS.has(word)) continue;
                boolean opens = Character.isUpperCase(word.charAt(0));
                int end = nameEnd(tokens, i + 1, opens);
                if (end == i + 1) continue;
                Found journal = new Found(tokens.get(opens ? i : i + 1).start(), tokens.get(end - 1).end(), EntityType.ORGANIZATION, "journal");
                if (found.stream().anyMatch(f -> f.overlaps(journal) && (f.start() < journal.start() || f.end() > journal.end()))) continue;
                found.removeIf(journal::overlaps);
                found.add(journal);
                changed = true;
                i = end - 1;
            }
        }
        if (changed) found.sort((a, b) -> a.start() - b.start());
    }

    /** A weekday or a month's name ends a journal's name before it ({@code jurnal Nature Senin lalu}). */
    private static boolean endsName(String word) {
        return Weekdays.isName(word) || MonthsAndYears.isName(word);
    }

    /**
     * The token after a journal's name opening at token {@code first}: capitalised words, joiners between them, and
     * an Indonesian name's joiners too when a capitalised {@code Jurnal} opens it ({@code named}).
     */
    private static int nameEnd(List<Token> tokens, int first, boolean named) {
        int end = first;
        int words = 0;
        for (int k = first; k < tokens.size() && words < MAX_WORDS; k++) {
            Token t = tokens.get(k);
            String lower = t.text().toLowerCase(Locale.ROOT);
            if (t.isWord() && t.isCapitalised() && !endsName(lower)) {
                end = k + 1;
                words++;
            } else if (!(words > 0 && (JOINERS.contains(lower) || named && NAME_JOINERS.contains(lower)))) {
                break;
            }
        }
        return end;
    }
}
