package id.warta.quotes;

import static id.warta.quotes.Phrase.MAX_PLACE_PARTS;
import static id.warta.quotes.Phrase.MAX_RELATIVE_WORDS;
import static id.warta.quotes.Phrase.MAX_TITLE_BEFORE_WORDS;
import static id.warta.quotes.Phrase.MAX_TOKENS;
import static id.warta.quotes.Phrase.NONE;
import static id.warta.quotes.Phrase.clauseStart;
import static id.warta.quotes.Phrase.hasRole;
import static id.warta.quotes.Phrase.isHoldersTitle;
import static id.warta.quotes.Phrase.isPerson;
import static id.warta.quotes.Phrase.of;
import static id.warta.quotes.Phrase.pronoun;

import id.warta.language.SpeechCue;
import id.warta.quotes.Phrase.Form;
import id.warta.quotes.Words.Kind;
import java.util.Set;

/**
 * Reads the words that name a speaker before an active verb of saying, back from the verb: {@code Hasto menilai},
 * {@code Presiden Dewa United, Ardian Satya Negara, menyambut}, a description with its {@code yang} clause.
 */
final class PhraseBeforeCue {
    private PhraseBeforeCue() {
    }

    /**
     * The subject of the verb at token {@code verb}, read back no further than {@code floor}:
     * {@code Hasto menilai}, {@code Presiden Dewa United, Ardian Satya Negara, menyambut},
     * {@code Seorang sumber yang mengerti jalannya diskusi mengungkapkan}, {@code Ia menjelaskan}.
     * A subject holds no preposition and no verb, except inside a {@code yang} clause.
     */
    static Phrase read(Passage p, int verb, int floor) {
        int j = verb - 1;
        while (j >= floor && p.is(j, Kind.ADVERB) && !NameWords.isNameWord(p, j)) j--;
        j = AsidesBeforeCue.beforeCircumstance(p, j, floor);
        j = AsidesBeforeCue.beforeCitation(p, j, floor);
        j = AsidesBeforeCue.beforeDegrees(p, j, floor);
        // a name described by its age or a relative clause is the subject of saying; of other verbs only as before,
        // since lists of victims by age ("Nabila (25) mengalami luka") name no voices of the text
        if (p.isCue(verb, SpeechCue.VERB)) j = beforeAge(p, beforeRelative(p, j, floor), floor);
        if (j < floor) return NONE;
        Phrase emphasised = emphasised(p, j, floor);
        if (emphasised != NONE) return emphasised;
        if (p.word(j).equals(",")) return appositive(p, j, floor);
        if (p.is(j, Kind.PRONOUN) && (j == floor || !p.lower(j - 1).equals("yang"))) {
            return pronoun(p, j); // "Lebih lanjut dia menambahkan": a pronoun is the whole subject, not the words before it
        }
        int end = j + 1, s = end;
        while (s > floor && end - s < MAX_TOKENS) {
            int t = s - 1;
            String w = p.word(t);
            if (s < end && p.paragraphBreakBefore(s)) break;
            if (NameWords.isNameWord(p, t) || p.isPunct(t, "()")) {
                s = t;
            } else if (isAgeBeforeOrigin(p, t, floor, end)) {
                s = t - (AGE_WORDS - 1); // "Seorang ibu berusia 40 tahun asal Medan": the age describes the one from there
            } else if (!Character.isLetter(w.codePointAt(0))) {
                break;
            } else if (p.is(t, Kind.ROLE) || p.is(t, Kind.DETERMINER) || p.is(t, Kind.DEFINITE)
                    || p.is(t, Kind.REPORT) || p.lower(t).equals("yang")) {
                s = t;
            } else if (p.is(t, Kind.TITLEJOIN) && !p.is(t, Kind.CLAUSEJOIN) && s < end && p.is(s, Kind.ROLE)) {
                s = t; // "Pakar imunologi sekaligus Ketua Perhimpunan X, Budi": one holder's two titles
            } else if (s < end && p.lower(t).equals("dan") && fieldsTitleStart(p, t, floor) >= 0) {
                s = fieldsTitleStart(p, t, floor); // "Spesialis obstetri dan ginekologi dr Rina": one title's two fields
            } else if (p.is(t, Kind.STOP) && t > floor && p.isTwoWords(t - 1, Kind.ROLE)) {
                s = t - 1; // "spesialis penyakit dalam dr Rina": a title's two words, the second a preposition elsewhere
            } else if (p.is(t, Kind.STOP) || p.is(t, Kind.PRONOUN) && s < end) {
                // "Pengamat BUMN dari Universitas Indonesia Toto Pranoto memberikan": the title reaches across
                int title = s < end && p.is(t, Kind.AFFILIATION) ? titleBefore(p, t, floor) : -1;
                int place = p.lower(t).equals("di") ? t : t > floor && p.lower(t - 1).equals("di") ? t - 1 : -1; // di sekitar
                int described = s < end && title < 0 && place >= 0 ? describedBeforePlace(p, place, floor) : -1;
                if (title >= 0) s = title;
                // "Elizabeth Baldwin dari Departemen Pertanian AS mengatakan": a person named alone before where they
                // work speaks, not the body after "dari"/"di"
                Phrase worker = title < 0 && s < end && p.is(t, Kind.AFFILIATION) && allNameWords(p, s, end)
                        && !isPerson(p, of(p, s, end)) ? nameBeforeAffiliation(p, t, floor) : NONE;
                if (worker != NONE) return new Phrase(Form.NAME, worker.start(), end, worker.nameStart(), worker.nameEnd());
                if (described >= 0) { // "Seorang siswi di kawasan tersebut mengaku": the one described, not the place
                    s = described;
                    end = place;
                    // "Hannah Wakeford, seorang peneliti di Pusat X mengatakan": the description is of the name before
                    Phrase named = s - 1 > floor && p.isPunct(s - 1, ",") ? of(p, clauseStart(p, s - 1, floor), s - 1) : NONE;
                    if (isPerson(p, named) && named.nameEnd() == s - 1) {
                        return new Phrase(Form.NAME, named.start(), end, named.nameStart(), named.nameEnd());
                    }
                }
                break;
            } else if (p.isVerbShaped(t) || p.isCue(t, SpeechCue.VERB)) {
                if (t - 1 < floor || !p.lower(t - 1).equals("yang")) break; // "yang mengerti ..." belongs
                s = t;
            } else {
                s = t;
            }
        }
        Phrase subject = subject(p, s, end, floor);
        return p.isCue(verb, SpeechCue.VERB) ? firstOfPair(p, subject, floor) : subject;
    }

    /**
     * {@code Sutrisno dan Bagus mengaku}, {@code Lucy, Robert dan Tim mengungkapkan}: names joined by {@code dan} or
     * {@code serta} speak together, and gold-dev gives a group its first named member ({@code tulis Syed dan
     * koleganya}); the list opens its clause. Else the subject as read.
     */
    private static Phrase firstOfPair(Passage p, Phrase subject, int floor) {
        int and = subject.nameStart() - 1;
        if (subject.form() != Form.NAME || subject.nameStart() != subject.start() || and - 1 < floor
                || !p.lower(and).equals("dan") && !p.lower(and).equals("serta")) return subject;
        int first = nameRunStart(p, p.isPunct(and - 1, ",") ? and - 1 : and, floor);
        for (int earlier; first - 2 >= floor && p.isPunct(first - 1, ",") && (earlier = nameRunStart(p, first - 1, floor)) >= 0; ) {
            first = earlier; // "Lucy, Robert dan Tim"
        }
        if (first < 0 || !(first == floor || p.sentenceStart(first) == first || p.isPunct(first - 1, ",")
                || p.is(first - 1, Kind.CLAUSEJOIN))) return subject;
        // "Direktur Jenderal Penyelenggaraan Haji dan Umrah Hilman": the conjunction inside a title joins no people
        int firstEnd = NameWords.runEnd(p, first);
        if (NameWords.continuesTitle(p, subject.start()) || hasRole(p, first, firstEnd)) return subject;
        for (int i = first; i < firstEnd; i++) if (p.is(i, Kind.ORG) || p.is(i, Kind.ORGPART) || p.is(i, Kind.PLACE)) return subject;
        Phrase firstName = of(p, first, firstEnd);
        return isPerson(p, firstName) && firstName.nameStart() == first ? new Phrase(Form.NAME, first, subject.end(), firstName.nameStart(), firstName.nameEnd())
                : subject;
    }

    /** The first token of the run of name words ending just before token {@code end}, or -1 when none ends there. */
    private static int nameRunStart(Passage p, int end, int floor) {
        int i = end;
        while (i > floor && NameWords.isNameWord(p, i - 1) && !p.paragraphBreakBefore(i)) i--;
        return i < end ? i : -1;
    }

    /**
     * The subject the words {@code [s, end)} read back from the verb hold, past opening brackets and {@code yang}; or,
     * when they are a bare name or a title, the holder named before them ({@link #holderBeforePlaces},
     * {@link #nameBeforeTitle}) down to {@code floor}.
     */
    private static Phrase subject(Passage p, int s, int end, int floor) {
        while (s < end && (p.isPunct(s, "()") || p.lower(s).equals("yang"))) s++;
        if (s >= end) return NONE;
        if (end - s == 1 && p.is(s, Kind.PRONOUN)) return pronoun(p, s);
        Phrase subject = relative(p, of(p, s, end));
        if (allNameWords(p, s, end)) {
            Phrase holder = holderBeforePlaces(p, s, floor);
            if (holder != NONE) return new Phrase(Form.NAME, holder.start(), end, holder.nameStart(), holder.nameEnd());
        }
        // a title opens the subject, or names no one in it (Corporate Secretary Jasa Marga): its holder may stand before the comma
        if (p.is(s, Kind.ROLE) || !isPerson(p, subject) && hasRole(p, s, end)) {
            Phrase holder = nameBeforeTitle(p, s, floor);
            if (holder != NONE) return new Phrase(Form.NAME, holder.start(), end, holder.nameStart(), holder.nameEnd());
        }
        return subject;
    }

    /**
     * {@code *NME* menulis}, {@code **Kompas** melaporkan}: a name set in Markdown emphasis, its marks ending at token
     * {@code j} just before a verb, is the subject (a publication's name is written in italics), when it opens its
     * clause; NONE when no such name ends there.
     */
    private static Phrase emphasised(Passage p, int j, int floor) {
        if (!Character.isLetter(p.word(j + 1).codePointAt(0))) return NONE; // "menulis di *X*:": a colon's, no verb's
        int close = j;
        while (close >= floor && p.isPunct(close, "*")) close--;
        if (close == j) return NONE;
        int s = close;
        while (s >= floor && !p.isPunct(s, "*") && Character.isUpperCase(p.word(s).codePointAt(0))) s--;
        // the name opens its clause ("Dalam ulasannya, *NME* menulis"), not an object's ("mengutip *Reuters* menulis")
        if (s < floor || s == close || !p.isPunct(s, "*") || s > floor && !p.isPunct(s - 1, ",") && p.sentenceStart(s) != s) {
            return NONE;
        }
        Phrase ph = of(p, s + 1, close + 1);
        return ph.form() == Form.NAME ? ph : NONE;
    }

    /** How many lower-case words a field of a title may run ({@code penyakit dalam}). */
    private static final int MAX_FIELD_WORDS = 3;

    /**
     * The start of a title whose field is two fields joined by the {@code dan} at token {@code dan} ({@code Spesialis
     * obstetri dan ginekologi}, {@code dokter spesialis kulit dan kelamin}): lower-case words on both sides, a role word
     * before the first opening its clause; -1 when there is none. Without it the subject would open at the second field.
     */
    private static int fieldsTitleStart(Passage p, int dan, int floor) {
        // a role after it is a second one's ("Polisi dan warga setempat mengatakan")
        if (dan + 1 >= p.size() || !isField(p, dan + 1) || p.is(dan + 1, Kind.ROLE)) return -1;
        int k = dan - 1;
        while (k >= floor && dan - k <= MAX_FIELD_WORDS && isField(p, k) && !p.is(k, Kind.ROLE)) k--;
        if (k == dan - 1 || k < floor || !p.is(k, Kind.ROLE)) return -1;
        while (k > floor && p.is(k - 1, Kind.ROLE)) k--;
        return k == floor || p.sentenceStart(k) == k || p.isPunct(k - 1, ",") ? k : -1;
    }

    /** Whether token {@code i} is a lower-case word that may name a field ({@code ginekologi}): no function word, no verb. */
    private static boolean isField(Passage p, int i) {
        String w = p.word(i);
        return Character.isLowerCase(w.codePointAt(0)) && w.chars().allMatch(Character::isLetter) && !p.is(i, Kind.STOP)
                && !p.is(i, Kind.PRONOUN) && !p.is(i, Kind.DEFINITE) && !p.isVerbShaped(i) && !p.isCue(i, SpeechCue.VERB);
    }

    /** How many words a description of someone unnamed before a place phrase may run ({@code salah satu pedagang}). */
    private static final int MAX_DESCRIBED_WORDS = 4;

    /**
     * The start of a description of someone unnamed opening the clause just before the place phrase at token {@code at}
     * ({@code Seorang siswi} | {@code di kawasan tersebut}, {@code Warga} | {@code di sekitar lokasi}): lower-case words,
     * no verb, opened by a determiner or holding a role; -1 when there is none.
     */
    private static int describedBeforePlace(Passage p, int at, int floor) {
        int k = at - 1, ageWords = 0;
        while (k >= floor && at - k - ageWords <= MAX_DESCRIBED_WORDS) {
            if (isAgeEnd(p, k, floor)) { // "Seorang remaja berusia 17 tahun di Teheran": the age describes too
                k -= AGE_WORDS;
                ageWords += AGE_WORDS;
                continue;
            }
            if (!Character.isLetter(p.word(k).codePointAt(0)) || p.is(k, Kind.STOP) || p.isVerbShaped(k)
                    || !Character.isLowerCase(p.word(k).codePointAt(0)) && p.sentenceStart(k) != k) break;
            k--;
        }
        int start = k + 1;
        if (start >= at || !(start == floor || p.sentenceStart(start) == start || p.isPunct(start - 1, ","))) return -1;
        return p.is(start, Kind.DETERMINER) || p.isTwoWords(start, Kind.DETERMINER) || hasRole(p, start, at) ? start : -1;
    }

    /**
     * Whether token {@code t} ends an age in years ({@code berusia 40 tahun}) that an origin word follows
     * ({@code asal Medan}) inside the subject ending before {@code end}: the age and the origin describe one person.
     * An age closing a description ({@code Pembalap berusia 36 tahun ini}) is read as before.
     */
    private static boolean isAgeBeforeOrigin(Passage p, int t, int floor, int end) {
        return t + 1 < end && isAgeEnd(p, t, floor) && Phrase.isOriginWord(p.lower(t + 1));
    }

    /** The words of an age in years: {@code berusia 17 tahun}. */
    private static final int AGE_WORDS = 3;

    /** Whether token {@code k} ends an age in years ({@code berusia 17 tahun}) read back no further than {@code floor}. */
    private static boolean isAgeEnd(Passage p, int k, int floor) {
        return k - 2 >= floor && p.lower(k).equals("tahun") && p.word(k - 1).chars().allMatch(Character::isDigit)
                && p.is(k - 2, Kind.AGE);
    }

    /**
     * {@code Ayah ZR mengatakan}, {@code paman Budi Santoso menyebut}: a subject that is a kin word and a name is the
     * unnamed relative, a role, as {@code ujar keponakan Timang} is after a cue; else the subject as read. The kin word
     * opens the subject: inside a title it is no relative ({@code Pelatih ganda putri Herman}).
     */
    private static Phrase relative(Passage p, Phrase subject) {
        if (subject.form() != Form.NAME || subject.nameEnd() != subject.end() || !p.is(subject.start(), Kind.KIN)) return subject;
        // a kin word opening a sentence may run into the initials a child or a victim goes by (Ayah ZR)
        boolean initials = subject.nameStart() == subject.start() && subject.end() - subject.start() == 2
                && NameWords.isAcronym(p.word(subject.start() + 1));
        if (subject.nameStart() != subject.start() + 1 && !initials) return subject;
        return new Phrase(Form.ROLE, subject.start(), subject.end(), -1, -1);
    }

    /**
     * The person a title starting at token {@code title} follows after a comma, the comma that would close the title
     * lost ({@code Hendra Wijaya, Direktur Utama PT Jasa Marga mengatakan}): the words from the clause's start to the
     * comma must be that person's name alone; else {@link #NONE}.
     */
    private static Phrase nameBeforeTitle(Passage p, int title, int floor) {
        int c = title - 1;
        if (c <= floor || !p.isPunct(c, ",")) return NONE;
        int s = clauseStart(p, c, floor);
        int end = c - 3 > s && NameWords.isAgeInBrackets(p, c - 3) ? c - 3 : c; // "Budi (45), warga ..."
        Phrase name = of(p, s, end);
        return isPerson(p, name) && name.nameStart() == s && name.nameEnd() == end ? name : NONE;
    }

    /**
     * The person whose full name, and nothing else, runs from the clause's start to the affiliation word at token
     * {@code at} ({@code Elizabeth Baldwin} | {@code dari ...}, {@code Dr Andrea Dunaif} | {@code dari ...}); else
     * {@link #NONE}. One word alone may be a common word opening the sentence ({@code Analisis dari McKinsey}); after a
     * name and its comma the words are that name's title ({@code Santi, Health Specialist di X}), not a name.
     */
    private static Phrase nameBeforeAffiliation(Passage p, int at, int floor) {
        if (at - 1 < floor || !NameWords.isNameWord(p, at - 1)) return NONE;
        int s = clauseStart(p, at, floor);
        if (s - 2 >= floor && p.isPunct(s - 1, ",") && NameWords.isNameWord(p, s - 2) && !p.is(s - 2, Kind.CLAUSEJOIN)
                && !p.is(s - 2, Kind.ADVERB)) return NONE; // "Namun, Rachel Richardson dari X" is no title
        Phrase name = of(p, s, at);
        boolean full = name.nameEnd() - name.nameStart() >= 2;
        return full && isPerson(p, name) && name.nameEnd() == at && allNameWords(p, s, at) ? name : NONE;
    }

    /**
     * The start of a title ending just before token {@code at} ({@code Pengamat BUMN} | {@code dari ...}): a
     * role word opening the clause, then names, roles and body words only; -1 when there is none.
     */
    private static int titleBefore(Passage p, int at, int floor) {
        int k = at - 1;
        while (k >= floor && at - k <= MAX_TITLE_BEFORE_WORDS && (NameWords.isNameWord(p, k) || p.is(k, Kind.ROLE)
                || p.is(k, Kind.ORG))) k--;
        int start = k + 1;
        if (start >= at || !p.is(start, Kind.ROLE)) return -1;
        return start == floor || p.sentenceStart(start) == start || p.isPunct(start - 1, ",") ? start : -1;
    }

    /**
     * The name a relative clause describes, when the clause stands between the name and its verb ({@code Sumi (52)
     * yang bekerja sebagai buruh cuci mengaku}, {@code Budi yang menjabat ketua RT mengatakan}): the token before
     * the {@code yang}; else {@code j}. The name opens its clause and is no bare role ({@code Artis yang ...}); the
     * clause opens in lower case and runs without punctuation but brackets, and without a conjunction opening another
     * clause ({@code logat Australia yang kental saat salah satu pelaku mengucapkan}). A title closed by
     * {@code itu}/{@code ini} is a description pointing back ({@code Pebalap Yamaha yang memimpin klasemen itu}).
     */
    private static int beforeRelative(Passage p, int j, int floor) {
        for (int y = j; y > floor && j - y < MAX_RELATIVE_WORDS; y--) {
            String k = p.lower(y);
            if (k.equals("yang")) {
                int name = beforeAge(p, y - 1, floor);
                if (name < floor || !NameWords.isNameWord(p, name) || p.is(name, Kind.ROLE) || y == j
                        || !Character.isLowerCase(p.word(y + 1).codePointAt(0))) return j;
                int run = name;
                while (run > floor && NameWords.isNameWord(p, run - 1)) run--;
                boolean opens = run == floor || p.sentenceStart(run) == run || p.isPunct(run - 1, ",")
                        || p.is(run - 1, Kind.CLAUSEJOIN);
                boolean description = p.is(run, Kind.ROLE) && p.is(j, Kind.DEFINITE);
                return opens && !description ? y - 1 : j;
            }
            if (p.is(y, Kind.CLAUSEJOIN) || p.is(y, Kind.SUBORDINATOR)
                    || !Character.isLetterOrDigit(p.word(y).codePointAt(0)) && !p.isPunct(y, "()")) return j;
        }
        return j;
    }

    /** The name before an age in brackets ({@code Darto (47) mengatakan}, {@code Sumi (52) yang}); else {@code j}. */
    private static int beforeAge(Passage p, int j, int floor) {
        return j - 3 >= floor && NameWords.isAgeInBrackets(p, j - 2) && NameWords.isNameWord(p, j - 3) ? j - 3 : j;
    }

    /**
     * A subject set off by commas: {@code Presiden Dewa United, Ardian Satya Negara, menyambut} (role,
     * name) or {@code Patty O'Brien-Carrier, seorang pekebun, digigit} (name, role). The person's name wins.
     */
    private static Phrase appositive(Passage p, int comma, int floor) {
        int c = comma - 1;
        while (c > floor && comma - c < MAX_TOKENS && !p.isPunct(c, ".!?;:,\"“”") && !p.paragraphBreakBefore(c + 1)) c--;
        if (c <= floor || !p.isPunct(c, ",")) return NONE;
        int s = clauseStart(p, c, floor);
        Phrase inner = of(p, c + 1, comma), outer = of(p, s, c);
        // "Rina, yang keluar dari PT X pada 2024, bersaksi": a relative clause set off describes the name before it,
        // whatever names it holds
        if (p.lower(c + 1).equals("yang") && isPerson(p, outer)) {
            return new Phrase(Form.NAME, s, comma, outer.nameStart(), outer.nameEnd());
        }
        if (isPerson(p, outer) && isHoldersTitle(p, c + 1, comma)) {
            return new Phrase(Form.NAME, s, comma, outer.nameStart(), outer.nameEnd()); // "Ipda Budi, Kanit Reskrim Polsek X,"
        }
        // "Budi (45), warga Desa X, Bandung Barat, mengaku": the places after a description are its place's, before
        // its title could take the last of them for a name
        if (allNameWords(p, c + 1, comma)) {
            Phrase holder = holderBeforePlaces(p, c + 1, floor);
            if (holder != NONE) return new Phrase(Form.NAME, holder.start(), comma, holder.nameStart(), holder.nameEnd());
        }
        if (hasRole(p, s, c) && NameWords.runEnd(p, c + 1) == comma) { // a title, then a name taken whole
            return new Phrase(Form.NAME, s, comma, c + 1, comma);
        }
        // "Derek Grossman, profesor di University of Southern California, memperingatkan": a lowercase role opening
        // the words between the commas describes the name before them, whatever names the description holds
        // "Aryan Warga Dalam, Ketua APKI, menyatakan": so does a capitalised title after a bare name when the one
        // word it ends on is its body's short name, no second person's full name
        boolean described = p.is(c + 1, Kind.ROLE) && (Character.isLowerCase(p.word(c + 1).codePointAt(0))
                || isBareName(p, outer) && inner.hasName() && inner.nameEnd() - inner.nameStart() == 1);
        Phrase name = described && isPerson(p, outer) ? outer
                : isPerson(p, inner) ? inner : isPerson(p, outer) ? outer : inner.hasName() ? inner : outer;
        if (!name.hasName()) return NONE;
        return new Phrase(Form.NAME, s, comma, name.nameStart(), name.nameEnd());
    }

    /**
     * {@code Warno, staf Desa Sukorejo, Kecamatan Plaosan, Kabupaten Magetan, Jawa Timur mengatakan}: the names set
     * off by commas from token {@code s} back to a lowercase description ending on a name ({@code staf Desa
     * Sukorejo}) go on that description's place, and the one described is the name before it, which speaks; NONE
     * when the words before {@code s} are no such chain.
     */
    private static Phrase holderBeforePlaces(Passage p, int s, int floor) {
        int c = s - 1;
        for (int parts = 0; parts < MAX_PLACE_PARTS && c > floor && p.isPunct(c, ","); parts++) {
            int a = clauseStart(p, c, floor);
            if (a >= c || p.paragraphBreakBefore(c)) return NONE;
            // a description in lower case or opened by a title ("Kepala Dusun II Mekarsari")
            if (Character.isLowerCase(p.word(a).codePointAt(0)) || p.is(a, Kind.ROLE) && a < c - 1) {
                // "Dinas Pendidikan, Pemuda, dan Olahraga Rohul": a list of a body's fields, no description
                if (LIST_JOINS.contains(p.lower(a)) || !NameWords.isNameWord(p, c - 1)) return NONE;
                return nameBeforeTitle(p, a, floor);
            }
            if (!allNameWords(p, a, c)) return NONE;
            c = a - 1;
        }
        return NONE;
    }

    private static final Set<String> LIST_JOINS = Set.of("dan", "serta", "atau");

    private static boolean allNameWords(Passage p, int a, int b) {
        if (a >= b) return false;
        for (int i = a; i < b; i++) if (!NameWords.isNameWord(p, i)) return false;
        return true;
    }

    /** Whether the phrase is a person's name alone, no title or role among its words. */
    private static boolean isBareName(Passage p, Phrase ph) {
        return isPerson(p, ph) && ph.nameStart() == ph.start() && ph.nameEnd() == ph.end() && !hasRole(p, ph.start(), ph.end());
    }
}
