package id.warta.quotes;

import static id.warta.quotes.AttributionWords.DOCUMENTS;
import static id.warta.quotes.AttributionWords.DOCUMENT_LINKS;
import static id.warta.quotes.AttributionWords.SHOWS;

import id.warta.quotes.Phrase.Form;
import id.warta.quotes.Words.Kind;

/**
 * Quotes that are a document's words, for {@link Attribution}: cued by a document's word after them ({@code "...,"
 * bunyi pernyataan resmi Klub X}, {@code "...," demikian keterangan pers Kementerian Y}), its issuer speaking; or shown
 * by a lead-in ending in a colon ({@code Begini isi surat itu:}), its writer speaking.
 */
final class Documents {
    /** How many sentences before a lead-in the document it shows may have been brought up. */
    private static final int MAX_DOCUMENT_SENTENCES_BACK = 3;

    private final Passage p;
    private final Discourse discourse;
    private final Referents referents;

    Documents(Passage p, Discourse discourse, Referents referents) {
        this.p = p;
        this.discourse = discourse;
        this.referents = referents;
    }

    /**
     * Whether a document's word ({@code pernyataan}, {@code keterangan}, {@code surat}, {@code unggahan}; attribution-words.tsv
     * {@code document}) is at token {@code i}, on the quote's paragraph. Outlets and accounts ({@code harian X},
     * {@code akun @x}) are not documents: the speaker phrase reads them.
     */
    boolean isDocument(int i, int limit) {
        return i < limit && !p.paragraphBreakBefore(i) && DOCUMENTS.contains(p.lower(i));
    }

    /**
     * "...," bunyi pernyataan resmi Klub X / "...," demikian keterangan pers Kementerian Y: the quote is the words of
     * the document at token {@code doc}, cued by token {@code cue}; its {@link #issuer} speaks. With none, the document
     * as written does: after a verb of saying as any phrase after it ({@code lanjut pernyataan tersebut}); after
     * {@code bunyi} or {@code demikian} only when pointing back to a body met before ({@code bunyi keterangan
     * tersebut}), else the narration may still say whose it is ({@code laporan Marca ... "...," demikian tulisan
     * yang dikutip ...}). {@code cueSays}: the cue is a verb of saying of its own, not {@code bunyi} or a word for "so".
     */
    Found document(int cue, int doc, int limit, boolean cueSays) {
        Phrase ph = issuer(doc, limit);
        if (ph.form() == Form.NAME && !p.is(ph.start(), Kind.ROLE)) {
            // "pernyataan kantor kepresidenan Brasil", "keterangan Bakom RI": a body of the place named issues it
            Found f = referents.found(ph, cue, cue + 1, false);
            if (!f.known() || f.who().type() != NameType.PLACE || f.who().name().equals(ph.text(p))) return f;
            Who body = new Who(ph.text(p), null, NameType.ORG, ph.text(p));
            return new Found(body, body.at(p.token(ph.start()).start(), p.token(ph.end() - 1).end()), f.cue());
        }
        if (ph.form() != Form.NONE) return referents.found(ph, cue, cue + 1, false);
        ph = Phrase.after(p, doc, limit);
        if (cueSays) return referents.found(ph, cue, cue + 1, ph.form() == Form.NONE);
        if (ph.form() != Form.ROLE || !ph.isDefinite(p) || !ph.isReport(p)
                || discourse.body(p.token(ph.start()).start()) == null) return Found.NONE;
        return referents.found(ph, cue, cue + 1, false);
    }

    /**
     * Who issued the document at token {@code doc}, named after it and the words linking them ({@code resmi},
     * {@code dari}, {@code laman}): a name ({@code pernyataan Mega}), a title or a body's common word
     * ({@code pernyataan keluarga}, {@code pernyataan resmi dari klub}); else {@link Phrase#NONE}. A force's bare
     * word ({@code pernyataan polisi}) is none: which force, the narration says ({@code Menurut Kepolisian Essex}).
     */
    private Phrase issuer(int doc, int limit) {
        int i = doc + 1;
        while (i < limit && (DOCUMENT_LINKS.contains(p.lower(i)) || p.is(i, Kind.REPORT) || p.isPunct(i, "*"))) i++;
        if (i >= limit || p.paragraphBreakBefore(i)
                || !NameWords.isNameWord(p, i) && !isBodyWord(i) && !p.is(i, Kind.DETERMINER)) return Phrase.NONE;
        Phrase ph = Phrase.after(p, i, limit);
        boolean bareForce = p.is(i, Kind.GROUP) && (ph.form() == Form.NONE || ph.form() == Form.ROLE && ph.end() == i + 1);
        if (ph.form() == Form.PRONOUN || bareForce) return Phrase.NONE;
        if (ph.form() != Form.NONE || !isBodyWord(i)) return ph;
        return new Phrase(Form.ROLE, i, i + 1 < limit && p.is(i + 1, Kind.DEFINITE) ? i + 2 : i + 1, -1, -1);
    }

    /** A lower-case word for a body or people ({@code klub}, {@code keluarga}, {@code perusahaan}, {@code polisi}). */
    private boolean isBodyWord(int i) {
        return Character.isLowerCase(p.word(i).codePointAt(0)) && !p.is(i, Kind.REPORT) && !p.is(i, Kind.STOP)
                && (p.is(i, Kind.ROLE) || p.is(i, Kind.ORG) || p.is(i, Kind.ORGPART) || p.is(i, Kind.GROUP) || p.is(i, Kind.KIN));
    }

    /**
     * A quote after a lead-in that shows a document's words ({@code isi}, {@code bunyi}, {@code berikut}) and ends in a
     * colon, with no verb of saying ({@code Begini sebagian isi surat itu:}, {@code Berikut isi pernyataannya:}): the words are the document's,
     * and its writer speaks. That is the issuer named after the document's word ({@code isi surat Kapolri:}); else
     * the one whose {@code -nya} it bears, the one last talked about; else the subject of a sentence shortly before
     * that brought the document up ({@code Ia mengirim surat terbuka kepada X.}), not whoever was named last.
     */
    Found shown(DirectQuote q) {
        int open = p.tokenAt(q.open());
        if (open < 2 || open >= p.size() || !p.isPunct(open - 1, ":")) return Found.NONE;
        int colon = open - 1, floor = p.sentenceStart(colon), doc = -1;
        boolean shows = false;
        for (int i = floor; i < colon; i++) {
            if (p.inQuote(p.token(i).start())) return Found.NONE;
            shows |= SHOWS.contains(p.lower(i));
            if (doc < 0 && DOCUMENTS.contains(withoutNya(p.lower(i)))) doc = i;
        }
        // not a scripture's chapter quoted in translation ("dalam surat Al-Hajj ayat 36 yang artinya:")
        if (doc < 0 || !shows) return Found.NONE;
        if (p.lower(doc).endsWith("nya") && !DOCUMENTS.contains(p.lower(doc))) {
            return referents.found(Phrase.NONE, doc, doc + 1, true);
        }
        Phrase issuer = issuer(doc, colon);
        if (issuer.form() != Form.NONE) return referents.found(issuer, doc, doc + 1, false);
        return writer(withoutNya(p.lower(doc)), doc, floor);
    }

    /**
     * Who wrote the document {@code word} shown at token {@code doc}: the subject, a name or a pronoun, of the latest
     * sentence of the {@value #MAX_DOCUMENT_SENTENCES_BACK} before the one opening at {@code floor} that names it,
     * after a fronted phrase's comma if one opens it ({@code Melalui surat itu, Dewi ...}); else no one.
     */
    private Found writer(String word, int doc, int floor) {
        int end = floor;
        for (int back = 0; back < MAX_DOCUMENT_SENTENCES_BACK && end > 0; back++) {
            int start = p.sentenceStart(end - 1);
            boolean names = false;
            for (int i = start; i < end && !names; i++) {
                names = !p.inQuote(p.token(i).start()) && withoutNya(p.lower(i)).equals(word);
            }
            if (names) {
                Phrase ph = Phrase.after(p, start, end);
                if (ph.form() == Form.NONE || ph.form() == Form.ROLE) ph = Phrase.after(p, clauseAfterFronted(start, end), end);
                boolean subject = ph.form() == Form.NAME && ph.isAboutName(p) || ph.form() == Form.PRONOUN;
                return subject ? referents.found(ph, doc, doc + 1, false) : Found.NONE;
            }
            end = start;
        }
        return Found.NONE;
    }

    /** The token after the comma of a short phrase fronted at {@code start} ({@code Melalui surat itu,}), else {@code start}. */
    private int clauseAfterFronted(int start, int end) {
        for (int i = start; i < end && i <= start + Attribution.MAX_FRONTED_LEAD_WORDS; i++) if (p.isPunct(i, ",")) return i + 1;
        return start;
    }

    private static String withoutNya(String lower) {
        return lower.endsWith("nya") && lower.length() > 3 ? lower.substring(0, lower.length() - 3) : lower;
    }
}
