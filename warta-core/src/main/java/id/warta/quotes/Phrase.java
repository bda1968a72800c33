package id.warta.quotes;

import static id.warta.quotes.AttributionWords.ORIGIN;

import id.warta.entities.Nicknames;
import id.warta.quotes.Words.Kind;
import java.util.Locale;
import java.util.Set;

/**
 * The words that name a speaker, read around a cue: after an inverted verb
 * ({@code kata ketua majelis hakim Rios Rahmanto di ...}, {@code tambah laporan itu},
 * {@code ucap dia}) or before an active one ({@code Presiden Dewa United, Ardian Satya Negara,
 * menyambut}). Token indices are {@code [start, end)}; {@code nameStart..nameEnd} is the person's
 * or body's own name inside it, or -1 when the phrase names only a role. The two readings are
 * {@link PhraseAfterCue} and {@link PhraseBeforeCue}; this record keeps what they share.
 */
record Phrase(Form form, int start, int end, int nameStart, int nameEnd) {
    enum Form { NAME, PRONOUN, ROLE, NONE }

    static final Phrase NONE = new Phrase(Form.NONE, -1, -1, -1, -1);
    /** A speaker phrase is short, but titles are long: {@code Direktur Treasury & Internasional Banking PT Bank ...}. */
    static final int MAX_TOKENS = 18;
    /** A place of saying ({@code di Gedung Merah Putih KPK}) runs at most this many words. */
    static final int MAX_PLACE_WORDS = 6;
    /** An aside before the place ({@code dalam keterangan tertulisnya}) runs at most this many words. */
    static final int MAX_ASIDE_WORDS = 4;
    /** A title before an affiliation word ({@code di}, {@code dari}) runs at most this many words ({@code Pengamat Ekonomi Energi}). */
    static final int MAX_TITLE_BEFORE_WORDS = 6;
    /** A relative clause between a subject and its verb ({@code yang bekerja sebagai buruh cuci}) runs at most this many tokens. */
    static final int MAX_RELATIVE_WORDS = 10;
    /** How many names of places a description's place may be followed by ({@code Kecamatan X, Kabupaten Y, Jawa Timur}). */
    static final int MAX_PLACE_PARTS = 4;

    /** The first token of the clause ending before token {@code c}: back to a mark, a paragraph or {@code floor}. */
    static int clauseStart(Passage p, int c, int floor) {
        int s = c - 1;
        while (s > floor && c - s < MAX_TOKENS && !p.isPunct(s - 1, ".!?;:,\"“”") && !p.paragraphBreakBefore(s)) s--;
        return s;
    }

    /** Whether token {@code i} gives or introduces a name ({@code disapa}, {@code bernama}, {@code yakni}). */
    static boolean isCalled(Passage p, int i) {
        return Nicknames.isVerb(p.lower(i)) || p.is(i, Kind.NAMING);
    }

    boolean hasName() {
        return nameStart >= 0;
    }

    /**
     * Whether the phrase is about the one it names, not about something of theirs: the name opens
     * it, or a title or a determiner does ({@code Peternak sapi potong Tim Marsh}, {@code Salah seorang warga
     * Sidoarum, Parjo}, the determiner written in two words), or a relative's word set off before it ({@code Suaminya,
     * Budi}); {@code pernyataan Hasto},
     * {@code Penerbitan Perppu Ciptaker} and {@code Suami Timang} are about something else.
     */
    boolean isAboutName(Passage p) {
        if (!hasName()) return false;
        if (start == nameStart) return true;
        String first = p.word(start);
        if (Words.is(first, Kind.ROLE) || Words.is(first, Kind.DETERMINER) || p.isTwoWords(start, Kind.DETERMINER)) return true;
        if (nameStart == start + 2 && p.isPunct(start + 1, ",") && isRelationOf(p.lower(start))) return true;
        for (int i = start; i < nameStart; i++) {
            if (Character.isLowerCase(p.word(i).codePointAt(0)) && !p.is(i, Kind.ROLE)) return false;
        }
        return NameWords.isNameWord(p, start);
    }

    /**
     * {@code Rekannya}, {@code Suaminya}, {@code Pengacaranya}: a relative or role of someone the text named before,
     * which, set off by a comma before a name ({@code Rekannya, Kate Cook, mengatakan}), is that name's description.
     */
    private static boolean isRelationOf(String lower) {
        if (!lower.endsWith("nya") || lower.length() <= 3) return false;
        String stem = lower.substring(0, lower.length() - 3);
        return Words.isKey(stem, Kind.KIN) || Words.isKey(stem, Kind.ROLE);
    }

    String text(Passage p) {
        return p.text.substring(p.token(start).start(), p.token(end - 1).end());
    }

    String name(Passage p) {
        return p.text.substring(p.token(nameStart).start(), p.token(nameEnd - 1).end());
    }

    /** Whether the phrase is definite ({@code sang Patriark}, {@code laporan itu}, {@code sumber tadi}): it points back. */
    boolean isDefinite(Passage p) {
        return p.lower(start).equals("sang") || p.is(end - 1, Kind.DEFINITE);
    }

    /** Whether the phrase names an account by its handle ({@code pemilik akun TikTok @abc}, {@code @abc}): see {@link AccountHandles}. */
    boolean isAccount(Passage p) {
        for (int k = start; k < end; k++) if (p.word(k).startsWith("@")) return true;
        return false;
    }

    /**
     * The role or report word the phrase is about ({@code Patriark}, {@code laporan}, {@code sumber}): the first,
     * as Indonesian puts the head before what qualifies it ({@code Ketua Harian Partai Gerindra ini} is a
     * chairman, not a daily); a qualifier before it is not it ({@code mantan Ketua} is a chairman too).
     */
    String head(Passage p) {
        int h = headIndex(p);
        if (h >= 0) return p.word(h);
        for (int i = start; i < end; i++) {
            if (!p.is(i, Kind.DETERMINER) && !p.is(i, Kind.DEFINITE)) return p.word(i);
        }
        return p.word(start);
    }

    private int headIndex(Passage p) {
        for (int i = start; i < end; i++) {
            if (p.is(i, Kind.ROLE) && !p.is(i, Kind.QUALIFIER) || p.is(i, Kind.REPORT)) return i;
        }
        return -1;
    }

    /**
     * Whether the phrase's head is a person's role ({@code pebalap}, {@code Ketua}): no report, no body's word
     * ({@code perusahaan}), no force's or staff's word that speaks as a body ({@code polisi}).
     */
    boolean isPersonsRole(Passage p) {
        int h = headIndex(p);
        return h >= 0 && p.is(h, Kind.ROLE) && !p.is(h, Kind.REPORT) && !p.is(h, Kind.ORG) && !p.is(h, Kind.GROUP);
    }

    /** Whether a qualifier stands before the head ({@code mantan Ketua Umum itu}): the role is one its holder had. */
    boolean isFormer(Passage p) {
        int h = headIndex(p);
        for (int i = start; i < h; i++) if (p.is(i, Kind.QUALIFIER)) return true;
        return false;
    }

    /** Whether the phrase names a report ({@code laporan itu}, {@code harian Kompas}) rather than a person. */
    boolean isReport(Passage p) {
        int h = headIndex(p);
        return h >= 0 && p.is(h, Kind.REPORT);
    }

    /**
     * The speaker named from token {@code i} on, as after an inverted cue (or at a sentence's start); reads no further
     * than {@code limit}, nor into another paragraph. Through a long title the last person's name wins ({@code Direktur
     * Treasury & Internasional Banking PT Bank Negara Indonesia Rico Rizal Budidarmo}).
     */
    static Phrase after(Passage p, int i, int limit) {
        limit = Math.min(limit, p.size());
        if (i >= limit) return NONE;
        if (Words.is(p.word(i), Kind.PRONOUN)) return pronoun(p, i);
        return PhraseAfterCue.read(p, i, limit);
    }

    /** The subject of the verb at token {@code verb}, read back no further than {@code floor} ({@link PhraseBeforeCue}). */
    static Phrase before(Passage p, int verb, int floor) {
        return PhraseBeforeCue.read(p, verb, floor);
    }

    static boolean isPerson(Passage p, Phrase ph) {
        return ph.hasName() && NameWords.nameStart(p, ph.nameStart(), ph.nameEnd()) < ph.nameEnd();
    }

    static Phrase pronoun(Passage p, int i) {
        return p.lower(i).equals("mereka") ? NONE : new Phrase(Form.PRONOUN, i, i + 1, -1, -1);
    }

    /** The most words of a place after {@code di} that says where a speaker is ({@code di Sungai Pusur}). */
    private static final int MAX_WHERE_WORDS = 2;

    /** What the words {@code [s, end)} name: the last person's name in them, else a body named whole, else a role. */
    static Phrase of(Passage p, int s, int end) {
        if (s >= end) return NONE;
        int nameStart = -1, nameEnd = -1, bodyStart = -1, bodyEnd = -1;
        for (int i = s; i < end; ) {
            if (!NameWords.isNameWord(p, i)) {
                i++;
                continue;
            }
            int e = Math.min(NameWords.runEnd(p, i), end);
            // "Siti di Tabanan", "(Ali,) pedagang buku di Kwitang": where a person named before or in apposition is,
            // known place or not, is no one (a short run only: "Ekonom di Oxford Economics Alex Holmes" names one);
            // "keterangan yang diterima Kompas": nor is the outlet that received the words; a name after a known place
            // in the run is still one's (di Indonesia Budi)
            int k = NameWords.nameStart(p, i, e);
            boolean where = i > s && p.lower(i - 1).equals("di") && e - i <= MAX_WHERE_WORDS && (nameStart >= 0 || e == end);
            if (k == i && (where || i > s && p.lower(i - 1).equals("diterima"))) {
                i = e;
                continue;
            }
            if (k < e) {
                nameStart = k;
                nameEnd = e;
            } else if (!hasRole(p, i, e)) {
                bodyStart = i;
                bodyEnd = e;
            }
            i = e;
        }
        if (nameStart < 0) {
            nameStart = bodyStart;
            nameEnd = bodyEnd;
        }
        if (nameStart >= 0 && nameStart == bodyStart && isOrigin(p, s, nameStart, nameEnd, end)) {
            return new Phrase(Form.ROLE, s, end, -1, -1); // "pria asal Surabaya itu": the one from there, not the place
        }
        if (nameStart >= 0) return new Phrase(Form.NAME, s, end, nameStart, nameEnd);
        for (int i = s; i < end; i++) {
            if (p.is(i, Kind.ROLE) || p.is(i, Kind.DETERMINER) && i == s) return new Phrase(Form.ROLE, s, end, -1, -1);
        }
        // "perusahaan itu", "organisasi tersebut": a body's word made definite points back to the body
        if (p.is(s, Kind.ORG) && !p.is(s, Kind.REPORT) && p.is(end - 1, Kind.DEFINITE)) return new Phrase(Form.ROLE, s, end, -1, -1);
        return NONE;
    }

    /**
     * Whether the phrase describes a body, no person: no name, no role or report word, and its first word past a
     * determiner is a body's ({@code Perusahaan asal Korea itu}, {@code sebuah pabrikan asal Jepang}).
     */
    boolean isBody(Passage p) {
        if (hasName() || headIndex(p) >= 0) return false;
        int i = p.isTwoWords(start, Kind.DETERMINER) ? start + 2 : p.is(start, Kind.DETERMINER) ? start + 1 : start;
        return i < end && p.is(i, Kind.ORG);
    }

    /** Whether {@code lower} stands between a description and where the one described comes from ({@code asal}). */
    static boolean isOriginWord(String lower) {
        return ORIGIN.contains(lower);
    }

    /**
     * Whether the words {@code [s, end)} describe someone by where they come from, the name {@code [a, b)} that place
     * or body: they open their clause in lower-case words (the first may be capitalised, roles may), an origin word stands
     * just before the name, and at most a word pointing back follows it ({@code Seorang pria asal Surabaya},
     * {@code remaja kelahiran Medan itu}).
     */
    private static boolean isOrigin(Passage p, int s, int a, int b, int end) {
        if (a - 1 <= s || !ORIGIN.contains(p.lower(a - 1))) return false;
        if (b < end && !(b + 1 == end && p.is(b, Kind.DEFINITE))) return false;
        if (s > 0 && p.sentenceStart(s) != s && !p.isPunct(s - 1, ",")) return false; // the description opens its clause
        for (int i = s; i < a - 1; i++) {
            String w = p.word(i);
            boolean described = Character.isLowerCase(w.codePointAt(0)) || Character.isDigit(w.codePointAt(0))
                    || i == s || p.is(i, Kind.ROLE);
            if (!described) return false;
        }
        return true;
    }

    /** The forces a rank names before its holder's name ({@code Brigjen TNI Lucky}, {@code Komisaris Polisi Onkoseno}). */
    private static final Set<String> FORCES = Set.of("tni", "polri", "polisi");

    /**
     * Whether the words {@code [a, b)} set after a name are its holder's title: a role word opens them and a body or
     * a place follows it ({@code Kanit Reskrim Polsek Cempaka}, {@code Kapolres Bogor}); a rank before a name
     * ({@code AKP Arif Rahman Hakim}, {@code Mayor Jenderal TNI Lucky Avianto}) has neither but its force.
     */
    static boolean isHoldersTitle(Passage p, int a, int b) {
        if (a >= b || !p.is(a, Kind.ROLE)) return false;
        for (int i = a + 1; i < b; i++) {
            if ((p.is(i, Kind.ORG) || p.is(i, Kind.PLACE)) && !FORCES.contains(p.lower(i))) return true;
        }
        return false;
    }

    /** Whether a role word lies among tokens {@code [a, e)}. */
    static boolean hasRole(Passage p, int a, int e) {
        for (int i = a; i < e; i++) if (p.is(i, Kind.ROLE)) return true;
        return false;
    }

    /**
     * {@code mengatakan}, {@code berseri-seri}, {@code dikonfirmasi}, {@code terlihat}: a word with a
     * verb's prefix, not a name, a role or a common noun that only looks like one ({@code diskusi}).
     */
    static boolean isVerbShaped(String w) {
        if (w.length() < 5 || !Character.isLowerCase(w.codePointAt(0))) return false;
        String k = w.toLowerCase(Locale.ROOT);
        if (Words.is(k, Kind.NOUN) || Words.is(k, Kind.ROLE) || Words.is(k, Kind.PRONOUN)) return false;
        return hasVerbPrefix(k);
    }

    static boolean hasVerbPrefix(String k) {
        if (k.length() < 3) return false;
        return switch (k.charAt(0)) {
            case 'm' -> k.charAt(1) == 'e' && "mnlrwy".indexOf(k.charAt(2)) >= 0;
            case 'b' -> k.startsWith("ber");
            case 't' -> k.startsWith("ter");
            case 'd' -> k.charAt(1) == 'i';
            case 'p' -> k.startsWith("per") && k.endsWith("kan");
            default -> false;
        };
    }
}
