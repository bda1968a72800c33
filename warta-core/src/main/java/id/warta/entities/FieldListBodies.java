package id.warta.entities;

import id.warta.entities.ner.NerModel;
import id.warta.entities.places.Places;
import id.warta.language.Token;
import id.warta.model.EntityType;
import java.util.List;
import java.util.Locale;

/**
 * {@code Kementerian Pendidikan, Kebudayaan, Riset, dan Teknologi}, {@code Dinas Pendidikan, Pemuda, dan Olahraga}: an
 * official body's name lists its fields with commas, the last after {@code dan}, and the tagger stops at the first
 * comma. A body's name opening with its head word ({@code heads.tsv}) and closing right before a comma goes on over
 * such a list: fields of one to three capitalised words the news also writes in lower case (not initials, a listed
 * name, a place or another head word, so a list of bodies, {@code Kementerian Keuangan, Bank Indonesia, dan OJK},
 * stays apart), closed by {@code dan} or {@code serta} and one more field. A body whose name closes with its place
 * ({@code Dinas Kesehatan Kota Bekasi}) lists no fields after it.
 */
final class FieldListBodies {
    /** Most words in one field ({@code Kawasan Permukiman}, {@code Usaha Mikro}). */
    private static final int LONGEST_FIELD = 3;

    private final NerModel model;
    private final Places places;
    private final EntityLexicon lexicon = EntityLexicon.INSTANCE;

    FieldListBodies(NerModel model, Places places) {
        this.model = model;
        this.places = places;
    }

    /** Widens the bodies {@code found} holds over the fields their names list after a comma; names inside are dropped. */
    void find(List<Sentence> sentences, List<Found> found) {
        for (int i = 0; i < found.size(); i++) {
            Found body = found.get(i);
            if (body.type() != EntityType.ORGANIZATION) continue;
            Sentence s = Sentence.containing(sentences, body.start());
            if (s == null) continue;
            int first = s.tokenAt(body.start()), last = s.tokenEndingAt(body.end());
            if (first < 0 || last <= first || !lexicon.isOrganisationHead(s.tokens().get(first).text())
                    || isPlace(s.tokens().get(last).text())) { // "Dinas Kesehatan Kota Bekasi, serta ...": the body's place closes it
                continue;
            }
            int end = listEnd(s.tokens(), last + 1);
            if (end < 0) continue;
            Found whole = new Found(body.start(), s.tokens().get(end).end(), EntityType.ORGANIZATION, body.via());
            found.removeIf(f -> f != body && whole.overlaps(f) && f.start() >= whole.start() && f.end() <= whole.end());
            i = found.indexOf(body);
            found.set(i, whole);
        }
    }

    /**
     * The last token of a list of fields opening with the comma at {@code at}: a field or more after commas, then
     * {@code dan} (after a comma or not) and the last field, which no capitalised word but a place's goes on from
     * ({@code ..., dan Pembinaan Kebudayaan Judi Wahjudin} is a person's name after the body's); or -1. A single field
     * after {@code , dan} may be another name in a list ({@code Direktorat Jenderal Perumahan, dan Pahala Nainggolan}).
     */
    private int listEnd(List<Token> tokens, int at) {
        int k = at, fields = 0;
        while (k < tokens.size() && tokens.get(k).text().equals(",")) {
            int next = k + 1;
            if (next < tokens.size() && isJoiner(tokens.get(next).text())) return fields > 0 ? lastField(tokens, next + 1) : -1;
            int end = fieldEnd(tokens, next);
            if (end < 0) return -1;
            fields++;
            if (end + 1 < tokens.size() && isJoiner(tokens.get(end + 1).text())) return lastField(tokens, end + 2);
            k = end + 1;
        }
        return -1;
    }

    /** The last token of the list's last field, opening at {@code at}, or -1 when a name other than a place's goes on after it. */
    private int lastField(List<Token> tokens, int at) {
        int end = fieldEnd(tokens, at);
        if (end < 0 || end + 1 >= tokens.size()) return end;
        Token after = tokens.get(end + 1);
        boolean placeAfter = isPlace(after.text()) || lexicon.heads.get(after.text().toLowerCase(Locale.ROOT)) == EntityType.PLACE; // Kabupaten X
        return after.isCapitalised() && !placeAfter ? -1 : end;
    }

    private boolean isPlace(String w) {
        return places.namesRegion(w) || places.countryCode(w) != null;
    }

    /** The last token of a field opening at {@code at}, or -1 when none opens there. */
    private int fieldEnd(List<Token> tokens, int at) {
        int k = at;
        while (k < tokens.size() && k - at < LONGEST_FIELD && isFieldWord(tokens.get(k))) k++;
        return k == at ? -1 : k - 1;
    }

    private boolean isFieldWord(Token t) {
        String w = t.text();
        return t.isCapitalised() && !w.equals(w.toUpperCase(Locale.ROOT)) && model.seenInLowerCase(w)
                && !lexicon.titleOrHeadWord(w) && !lexicon.aliases.containsKey(w)
                && !isPlace(w);
    }

    private static boolean isJoiner(String w) {
        return w.equals("dan") || w.equals("serta");
    }
}
