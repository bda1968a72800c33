package id.warta.entities;

import id.warta.language.Token;
import id.warta.model.EntityType;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code Goa Rangko}, {@code jalan Sudirman}, {@code Bandara Adisucipto}: a name right after a place's head word
 * ({@code heads.tsv}) that the tagger took for a person's is the place's name, since streets, airports and villages
 * are named for people and the tagger reads the name alone. The head joins the name when it is capitalised; a
 * title ending with it ({@code Kepala Desa}) names a holder, who stays a person. So is a name right after a body's
 * head word, capitalised, the body's ({@code Ponpes Darul Ulum}, {@code PT Hadji Kalla}, {@code Universitas Sam Ratulangi}).
 */
final class PeopleAfterHeads {
    private final EntityLexicon lexicon;

    private PeopleAfterHeads(EntityLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Each person of {@code found} named right after a place's or a body's head made that place's or body's name; in place. */
    static void retype(List<Sentence> sentences, List<Found> found, EntityLexicon lexicon) {
        new PeopleAfterHeads(lexicon).retype(sentences, found);
    }

    private void retype(List<Sentence> sentences, List<Found> found) {
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            if (f.type() != EntityType.PERSON) continue;
            Sentence s = Sentence.containing(sentences, f.start());
            int at = s == null ? -1 : s.tokenAt(f.start());
            if (at < 1) continue;
            int h = placeHeadBefore(s.tokens(), at);
            Token head = s.tokens().get(h);
            EntityType type = lexicon.heads.get(head.text().toLowerCase(Locale.ROOT));
            if (type == null || lexicon.titleEndsAt(s.tokens(), h)
                    || type == EntityType.ORGANIZATION && !opensBody(s.text(), s.tokens(), h, f, found)) {
                continue;
            }
            int start = head.isCapitalised() ? s.tokens().get(lexicon.headStart(s.tokens(), h)).start() : s.tokens().get(h + 1).start();
            found.set(i, new Found(start, f.end(), type, f.via()));
        }
        hyphenedPlaces(sentences, found);
        namesakesCutAfterTheirFirstWord(sentences, found);
    }

    /**
     * The heads of the sites named for people in full, titles and all ({@code Bandara Sultan Hasanuddin}, {@code GOR
     * Susy Susanti}); not a region's ({@code Kabupaten Bogor Yudi Santosa} is the regency, then its official).
     */
    private static final Set<String> NAMESAKE_SITES = Set.of("bandara", "airport", "stadion", "masjid", "stasiun", "terminal",
            "pelabuhan", "sirkuit", "gor", "rs", "rsu", "rsud", "rsup");

    /**
     * {@code mendarat di Bandara Amir Mohammad bin Abdul Aziz}: a place opening with a place's head and one more word,
     * then right after it, one space between, a person's name: the tagger cut the name of the person the place is named
     * for after its first word (a title or a given name it read into the place). One place, unless a capitalised word
     * or a title ends right before it, whose holder the person is ({@code Kepala Bagian Protokoler Masjid Raya Budi
     * Santoso}), or the place or its word is a listed name.
     */
    private void namesakesCutAfterTheirFirstWord(List<Sentence> sentences, List<Found> found) {
        for (int i = 1; i < found.size(); i++) {
            Found f = found.get(i);
            Found g = found.get(i - 1);
            if (f.type() != EntityType.PERSON || g.type() != EntityType.PLACE || g.end() != f.start() - 1) continue;
            Sentence s = Sentence.containing(sentences, g.start());
            int at = s == null ? -1 : s.tokenAt(g.start());
            if (at < 0 || s.tokenAt(f.start()) != at + 2 || !NAMESAKE_SITES.contains(s.tokens().get(at).text().toLowerCase(Locale.ROOT))
                    || s.tokens().get(at + 1).end() != g.end() || at > 0 && (s.tokens().get(at - 1).isCapitalised() || lexicon.titleEndsAt(s.tokens(), at - 1))
                    || lexicon.listed(g.textIn(s.text())) != null || lexicon.listed(s.tokens().get(at + 1).text()) != null) {
                continue;
            }
            found.set(i - 1, new Found(g.start(), f.end(), EntityType.PLACE, g.via()));
            found.remove(i--);
        }
    }

    /** Most titles and initials between a place's head and the person it is named for ({@code Jl. Jend. Gatot Subroto}). */
    private static final int MAX_NAMESAKE_TITLES = 4;
    /** A word qualifying a place's head before its namesake: {@code Bandara Internasional I Gusti Ngurah Rai}. */
    private static final Set<String> QUALIFIERS = Set.of("Internasional", "International");

    /**
     * {@code Jalan Jenderal Sudirman}, {@code underpass DI Panjaitan}, {@code Jalan KH Abdullah Bin Nuh}: the token of a
     * place's head before the titles, initials and qualifiers ({@code Bandara Internasional Soekarno-Hatta}) of the person
     * at {@code at} the place is named for; else the token
     * right before the person. Only a place's head is looked for over them: a body's ({@code Universitas}) is not.
     */
    private int placeHeadBefore(List<Token> tokens, int at) {
        for (int k = at - 1; k >= 1 && at - k <= MAX_NAMESAKE_TITLES; k--) {
            String w = tokens.get(k).text();
            boolean title = w.equals(".") || lexicon.title(List.of(w)) != null || w.length() <= 3 && Initials.written(w.replace(".", ""), 1)
                    || QUALIFIERS.contains(w);
            if (!title) break;
            if (isPlaceHead(tokens.get(k - 1).text())) return k - 1;
        }
        return at - 1;
    }

    /** Whether {@code word}, in any case and a closing full stop aside ({@code Jl.}), is a place's head word. */
    private boolean isPlaceHead(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return lexicon.heads.get(w.endsWith(".") ? w.substring(0, w.length() - 1) : w) == EntityType.PLACE;
    }

    /**
     * {@code Bandara Soekarno-Hatta}: a person's name the tagger found right after a hyphen that closes a place opening
     * with a place's head ({@code heads.tsv}) is the rest of that place's name, which is named for two people.
     */
    private void hyphenedPlaces(List<Sentence> sentences, List<Found> found) {
        if (sentences.isEmpty()) return;
        String text = sentences.getFirst().text();
        found.sort((a, b) -> a.start() - b.start());
        for (int i = 1; i < found.size(); i++) {
            Found f = found.get(i);
            Found g = found.get(i - 1);
            if (f.type() != EntityType.PERSON || g.type() != EntityType.PLACE || g.end() != f.start() - 1
                    || text.charAt(g.end()) != '-') {
                continue;
            }
            int space = text.indexOf(' ', g.start());
            if (!isPlaceHead(text.substring(g.start(), space < 0 || space > g.end() ? g.end() : space))) continue;
            found.set(i - 1, new Found(g.start(), f.end(), EntityType.PLACE, g.via()));
            found.remove(i--);
        }
    }

    /**
     * Whether the body's head at token {@code head} opens a body's name that the person {@code f} after it is the rest of:
     * the head capitalised and not the last word of a name before it ({@code Permata Bank Josua Pardede}), not a government's or an army's,
     * named for its leader or country ({@code Pemerintah Jokowi}; {@code institutions.tsv}), and the person's last word
     * no person's name elsewhere ({@code Universitas Udayana Ngakan Putu Sueca}, then {@code tutur Sueca}).
     */
    private boolean opensBody(String text, List<Token> tokens, int head, Found f, List<Found> found) {
        Token h = tokens.get(head);
        String lower = h.text().toLowerCase(Locale.ROOT);
        if (!h.isCapitalised() || lexicon.institutions.containsKey(lower)
                || lexicon.tails.containsKey(lower) && head > 0 && tokens.get(head - 1).isCapitalised()) { // "Permata Bank"
            return false;
        }
        String last = text.substring(text.lastIndexOf(' ', f.end() - 1) + 1, f.end());
        for (Found o : found) {
            if (o == f || o.type() != EntityType.PERSON || o.end() - o.start() < last.length()) continue;
            String other = text.substring(o.start(), o.end());
            if (other.equals(last) || other.endsWith(" " + last)) return false;
        }
        return true;
    }
}
