package id.warta.quotes;

import id.warta.quotes.Words.Kind;

/**
 * Where the office introducing a holder's name starts, for {@link People} to record with {@link RoleHolders}: a title
 * with its short form in brackets before the holder's rank ({@code Kepala Staf Angkatan Darat (KSAD) Jenderal Budi}),
 * an office set off by a comma before ranks only ({@code Kapolsek Sukamaju Timur, Iptu Budi}).
 */
final class HolderOffices {
    /** How many words a title with its bracketed short form may run before the holder's role ({@code Kepala Staf TNI Angkatan Darat (KSAD)}). */
    private static final int SHORT_FORM_TITLE_REACH = 9;

    private HolderOffices() {
    }

    /**
     * {@code Kepala Staf Angkatan Darat (KSAD) Jenderal Budi}: a title's short form in brackets just before the role
     * starting at token {@code from} belongs to the holder's office with the title it shortens, so that {@code kata KSAD}
     * and {@code KSAD itu} find him; the start of that title (a role word opening a run of capitalised words), else
     * {@code from}.
     */
    static int titleBeforeShortForm(Passage p, int from) {
        if (from < 4 || !p.isPunct(from - 1, ")") || !p.isPunct(from - 3, "(") || !p.is(from - 2, Kind.ROLE)) return from;
        int title = from;
        for (int k = from - 4; k >= 0 && from - k <= SHORT_FORM_TITLE_REACH && !p.isClauseBreak(k)
                && (NameWords.isNameWord(p, k) || p.is(k, Kind.ROLE)); k--) {
            if (p.is(k, Kind.ROLE)) title = k;
        }
        return title;
    }

    /**
     * {@code Kapolsek Sukamaju Timur, Iptu Budi}: when the role words {@code [from, k)} before a name are ranks only
     * (a title's abbreviation may end in a full stop) and a comma stands before them, the office before that comma is
     * the holder's too, so that {@code kata Kapolsek} later finds him; the office's first token, else -1.
     */
    static int officeBeforeRanks(Passage p, int from, int k) {
        if (from < 2 || !p.isPunct(from - 1, ",")) return -1;
        for (int r = from; r < k; r++) if (!p.is(r, Kind.ROLE) && !p.isPunct(r, ".")) return -1;
        int office = NameWords.roleBefore(p, from - 1);
        // "kepada Gus Yahya, Pastor Budi": a title after a preposition names someone the sentence speaks to or of
        if (office < 0 || office > 0 && (p.is(office - 1, Kind.STOP) || p.is(office - 1, Kind.AFFILIATION))) return -1;
        for (int c = office; c < from - 1; c++) if (p.isPunct(c, ",")) return -1; // one title, set off by one comma
        while (office > 0 && p.is(office - 1, Kind.ROLE)) office--; // "Wakil Kapolda X, AKBP Budi": both words
        return office;
    }

    /** Whether a comma at token {@code b}, then ranks only, then a name follow: the holder of the office before them. */
    static boolean rankedHolderAfter(Passage p, int b) {
        if (b >= p.size() || !p.isPunct(b, ",")) return false;
        int k = b + 1;
        while (k < p.size() && (p.is(k, Kind.ROLE) || k > b + 1 && p.isPunct(k, "."))) k++;
        if (k == b + 1 || k >= p.size() || !NameWords.isNameWord(p, k)) return false;
        int e = NameWords.runEnd(p, k);
        return NameWords.nameStart(p, k, e) == k; // "Gus Irawan, Ketua Tim Kunjungan ...": a title follows, no rank
    }
}
