package id.warta.quotes;

import id.warta.model.EntityType;
import id.warta.quotes.Words.Kind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an article's runs of capitalised words into {@link People}: each run's name and its kind (a person's after a
 * role, a body's or a place's named whole), the roles introducing people, and the short forms in brackets after a run.
 */
final class NameRuns {
    /** How many words before a bracketed acronym may be spelt by it. */
    private static final int ALIAS_REACH = 12;

    private final Passage p;
    private final People people;

    private NameRuns(Passage p, People people) {
        this.p = p;
        this.people = people;
    }

    /** Reads every run of name words in {@code p} into {@code people}. */
    static void read(Passage p, People people) {
        new NameRuns(p, people).readNames();
    }

    /** Counts the names the runs hold (a long run's tail written alone starts its name), then reads each run. */
    private void readNames() {
        Map<String, Integer> standalone = new HashMap<>();
        List<int[]> runs = new ArrayList<>();
        for (int i = 0; i < p.size(); ) {
            if (!NameWords.isNameWord(p, i)) {
                i++;
                continue;
            }
            int a = i, b = NameWords.runEnd(p, i);
            i = b;
            runs.add(new int[] {a, b});
            int k = NameWords.nameStart(p, a, b);
            if (k < b) standalone.merge(Words.key(p.text.substring(p.token(k).start(), p.token(b - 1).end())), 1, Integer::sum);
        }
        for (int[] run : runs) readRun(run[0], run[1], standalone);
    }

    /** Reads the run {@code [a, b)}: a holder's name after a role, or a body or place named whole, and its short form. */
    private void readRun(int a, int b, Map<String, Integer> standalone) {
        // "Menteri Pendidikan dan Kebudayaan (Mendikbud), Muhadjir": organisation words just after a title's "dan"
        // go on with the title; they are no one the title introduces
        if (NameWords.continuesTitle(p, a) && allOrgParts(p, a, b)) return;
        int k = pastBodyName(attestedStart(p, NameWords.nameStart(p, a, b), b, standalone), b);
        // "Menpora Timor Leste": the words after a role end a place's name the entity layer tags whole; the title
        // names the office's country, and its last word ("Leste") is no holder
        if (k > a && k < b && people.endsPlaceName(p.token(k).start(), p.token(b - 1).end())) return;
        if (k < b) {
            String name = p.text.substring(p.token(k).start(), p.token(b - 1).end());
            // "Sekretariat Wakil Presiden (Setwapres)": a word alone in brackets is the short form of what precedes it
            int role = bracketedAlone(p, k, b) ? -1 : NameWords.roleBefore(p, k);
            if (role >= 0 && role == k - 1 && b - k == 1 && p.is(role, Kind.GROUP) && (role == 0 || !p.is(role - 1, Kind.ROLE))) {
                // "Polisi Merseyside": one word after a bare force's word names the force (its place), no officer
                people.register(p.text.substring(p.token(role).start(), p.token(b - 1).end()), NameType.ORG);
                return;
            }
            // "Kapolres Lahat, AKBP Budi": the word after the office is its place when a ranked holder follows the comma
            if (role >= 0 && !HolderOffices.rankedHolderAfter(p, b)) {
                int from = role;
                while (from > 0 && p.is(from - 1, Kind.ROLE)) from--; // "Wakil Presiden Budi": the office is both words
                from = HolderOffices.titleBeforeShortForm(p, from);
                people.roleHolders().introduce(p, from, k, k, name);
                int office = HolderOffices.officeBeforeRanks(p, from, k);
                if (office >= 0) people.roleHolders().introduce(p, office, from - 1, k, name);
            }
            people.register(name, role >= 0 || NameWords.roleAfter(p, b) ? NameType.PERSON : NameType.UNKNOWN);
            readAlias(b, name);
        } else if (!Phrase.hasRole(p, a, b)) { // a body or a place, named whole: Wilmar International Limited, Jawa Barat
            String name = p.text.substring(p.token(a).start(), p.token(b - 1).end());
            people.register(name, allPlaces(p, a, b) ? NameType.PLACE : NameType.ORG);
            readAlias(b, name);
        }
    }

    /**
     * Where a person's name starting at token {@code k} of the run ending before {@code b} starts when its first words
     * end the name of a body the entity layer tags ({@code Anggota Fraksi Partai Keadilan Sejahtera Hendra Kusuma}: the
     * party's last word is no word of his): after that name, when a word of the run is left; else {@code k}.
     */
    private int pastBodyName(int k, int b) {
        if (k >= b) return k;
        int start = p.token(k).start();
        EntityMention m = people.mentionBefore(start);
        if (m == null || m.entity().type() == EntityType.PERSON) return k;
        int end = m.mention().end();
        if (end <= start || end >= p.token(b - 1).end()) return k;
        int after = k;
        while (after < b && p.token(after).start() < end) after++;
        return after < b && NameWords.isNameWord(p, after) ? after : k;
    }

    /**
     * A long name part whose tail the article also uses alone starts at that tail: {@code PDI
     * Perjuangan Hasto Kristiyanto} with {@code Hasto Kristiyanto} elsewhere. The tail keeps two
     * words at least: a single word used alone is as often a surname ({@code Olaf Scholz}).
     */
    private static int attestedStart(Passage p, int k, int b, Map<String, Integer> standalone) {
        for (int s = k + 1; s < b - 1; s++) {
            String tail = Words.key(p.text.substring(p.token(s).start(), p.token(b - 1).end()));
            if (standalone.getOrDefault(tail, 0) > 0) return s;
        }
        return k;
    }

    /** Whether the name {@code [k, b)} is one word alone in brackets: what comes before it calls itself so. */
    private static boolean bracketedAlone(Passage p, int k, int b) {
        return b == k + 1 && k > 0 && b < p.size() && p.word(k - 1).equals("(") && p.word(b).equals(")");
    }

    private static boolean allOrgParts(Passage p, int a, int b) {
        for (int i = a; i < b; i++) if (!p.is(i, Kind.ORGPART)) return false;
        return true;
    }

    private static boolean allPlaces(Passage p, int a, int b) {
        for (int i = a; i < b; i++) if (!p.is(i, Kind.PLACE)) return false;
        return true;
    }

    /**
     * {@code Bambang Soesatyo (Bamsoet)}, {@code Kementerian Agama (Kemenag)}: the bracketed word is another
     * name for the run. An acronym names the words before it whose capitals spell it
     * ({@code Gereja Protestan di Indonesia bagian Barat (GPIB)}); one they do not spell is not an alias
     * ({@code Jakarta (ANTARA)}).
     */
    private void readAlias(int b, String name) {
        if (b + 2 >= p.size() || !p.word(b).equals("(") || !p.word(b + 2).equals(")") || !NameWords.isNameWord(p, b + 1)) return;
        String alias = p.word(b + 1);
        if (!NameWords.isAcronym(alias)) {
            people.addAlias(Words.key(alias), name);
            return;
        }
        StringBuilder initials = new StringBuilder();
        for (int s = b - 1; s >= 0 && b - s <= ALIAS_REACH && !p.isClauseBreak(s); s--) {
            String w = p.word(s);
            if (Character.isUpperCase(w.codePointAt(0))) initials.insert(0, NameWords.isAcronym(w) ? w : w.substring(0, 1));
            if (initials.toString().equals(alias) && Character.isUpperCase(w.codePointAt(0))) {
                String full = p.text.substring(p.token(s).start(), p.token(b - 1).end());
                people.addAlias(Words.key(alias), full);
                people.register(full, NameType.ORG);
                return;
            }
        }
    }
}
