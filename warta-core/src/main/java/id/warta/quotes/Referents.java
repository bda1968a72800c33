package id.warta.quotes;

import static id.warta.quotes.AttributionWords.COLLECTIVE;
import static id.warta.quotes.AttributionWords.DOCUMENTS;
import static id.warta.quotes.AttributionWords.OTHER;
import static id.warta.quotes.AttributionWords.POINTING_BACK;
import static id.warta.quotes.AttributionWords.SIDES;

import id.warta.entities.Contests;
import id.warta.entities.places.Places;
import id.warta.extract.Outlets;
import id.warta.model.Speaker;
import id.warta.quotes.Phrase.Form;
import id.warta.quotes.Words.Kind;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Who a phrase names: a name resolved to its fullest form through {@link People}, a pronoun or {@code -nya} to the one
 * the {@link Discourse} last talked about, a role to its holder ({@link RoleHolders}). {@link Attribution} asks it for a quote's speaker,
 * {@link Narration} for the subjects it meets; both read the text in the same order, so both get the same answer.
 */
final class Referents {
    /** The gazetteer, for the regions a comma adds after a place ({@link #widerPlace}). */
    private static final Places PLACES = Places.shipped();
    /** Letters a name's last word has before a capital inside it, at least, for the word to be two glued ({@link #nameEnd}). */
    private static final int MIN_GLUED_HEAD = 3;

    private final Passage p;
    private final People people;
    private final RoleHolders holders;
    private final Discourse discourse;
    private final Map<String, Optional<Outlets.Outlet>> outlets = new HashMap<>();
    /** The names the quote being attributed speaks of; empty while the narration is read. */
    private Set<String> namedInQuote = Set.of();

    Referents(Passage p, People people, Discourse discourse) {
        this.p = p;
        this.people = people;
        this.holders = people.roleHolders();
        this.discourse = discourse;
    }

    /** Whether the lower-case word is a determiner pointing back ({@code sang}, {@code si}), opening no one new. */
    static boolean pointsBack(String lower) {
        return POINTING_BACK.contains(lower);
    }

    /** Sets the names the quote being attributed speaks of ({@link #isNamedInQuote}); empty while the narration is read. */
    void quoteNames(Set<String> names) {
        namedInQuote = names;
    }

    /**
     * Whether a quote names {@code who} as someone else, by the first or last word of the name (a given name
     * or a family name: {@code Alwi}, {@code Strickland}): then it is not who speaks. Words inside a name may
     * be its holder's company, which its holder may well name ({@code ... Frisian Flag Kanya Ramyacitta}).
     */
    private boolean isNamedInQuote(Who who) {
        if (namedInQuote.isEmpty() || who == null) return false;
        if (isNamedInQuote(who.name())) return true;
        // "Permadi Arya alias Abu Janda": a quote naming "Abu Janda" names him too
        for (String nick : people.nicknamesOf(who.name())) if (isNamedInQuote(nick)) return true;
        return false;
    }

    private boolean isNamedInQuote(String name) {
        String[] words = name.split(" ");
        return namedInQuote.contains(Passage.lowerCase(words[0]))
                || namedInQuote.contains(Passage.lowerCase(words[words.length - 1]));
    }

    /**
     * The speaker a phrase names, cued by tokens {@code [cueStart, cueEnd)} (or -1). A phrase naming
     * no one, with a {@code -nya} cue ({@code pointsBack}), is the latest one talked about.
     */
    Found found(Phrase ph, int cueStart, int cueEnd, boolean pointsBack) {
        return found(ph, cueStart, cueEnd, pointsBack, true);
    }

    /** {@link #found(Phrase, int, int, boolean)}; {@code speaks} says whether the phrase is the subject of saying. */
    Found found(Phrase ph, int cueStart, int cueEnd, boolean pointsBack, boolean speaks) {
        String cue = cueStart < 0 ? null : p.text.substring(p.token(cueStart).start(), p.token(cueEnd - 1).end());
        int at = p.token(ph.form() == Form.NONE ? Math.max(cueStart, 0) : ph.start()).start();
        Who who = switch (ph.form()) {
            case NAME -> named(ph, speaks);
            case PRONOUN -> discourse.person(at, this::isNamedInQuote);
            case ROLE -> role(ph, at);
            case NONE -> pointsBack && cueStart >= 0 ? discourse.anyone(at, this::isNamedInQuote) : null;
        };
        if (who == null) return Found.NONE;
        Speaker speaker = switch (ph.form()) {
            case NAME -> who.name().equals(ph.text(p)) // the whole phrase speaks ("Polda Kalimantan Selatan")
                    ? who.at(p.token(ph.start()).start(), p.token(ph.end() - 1).end())
                    : who.at(p.token(ph.nameStart()).start(), nameEnd(ph));
            case NONE -> who.at(p.token(cueStart).start(), p.token(cueEnd - 1).end());
            default -> who.at(p.token(ph.start()).start(), p.token(ph.end() - 1).end());
        };
        return new Found(who, speaker, cue);
    }

    /**
     * Who a phrase names. When {@code speaks}, the phrase is the subject of saying: a place there is
     * the body or people speaking for it ({@code militer China}); elsewhere it is only a place
     * ({@code investor Prancis akan disambut}).
     */
    Who named(Phrase ph, boolean speaks) {
        int start = p.token(ph.nameStart()).start(), end = nameEnd(ph);
        String surface = p.text.substring(start, end);
        if (p.is(ph.start(), Kind.ROLE)) { // "ujar Bupati Purwakarta": the office, held by someone named before
            String holder = holders.holderOf(ph.text(p), start);
            if (holder != null) return new Who(holder, null, NameType.PERSON, ph.text(p));
        }
        People.Name n = people.resolve(surface, start, end);
        if (n.type() != NameType.PERSON && n.type() != NameType.ORG) {
            // "Tim peneliti yang menggunakan observatorium Matahari menyimpulkan": the group, not the place in its description
            Who group = group(ph, start);
            if (group != null) return group;
        }
        if (speaks && ph.nameStart() > ph.start() && n.entity() == null && Contests.namesNoOne(surface)) {
            // "sebut juara dunia MotoGP dua kali itu", "kata juara World Cup enam kali ini": a contest calls no one;
            // the words around its name describe the person who speaks, the one the text is about when they point back
            if (pointsBackAfter(ph)) {
                Who topic = discourse.person(start);
                if (topic != null && topic.type() == NameType.PERSON && !isNamedInQuote(topic)) return topic;
            }
            return new Who(ph.text(p), null, NameType.PERSON, ph.text(p));
        }
        if ((n.type() != NameType.PERSON || n.entity() == null) && p.is(ph.start(), Kind.ROLE) && ph.isDefinite(p) && ph.nameEnd() < ph.end()) {
            // "Ketua Umum Partai Maju itu menilai", "Mantan bek kanan MU itu": a role of the body or place named,
            // made definite, points back to its holder, as a description does; the body does not speak (unless
            // the entity layer tags the name a person's: "Presiden Joko Widodo itu")
            return role(ph, start);
        }
        if (n.type() == NameType.PLACE && ph.nameStart() > 0 && p.isPunct(ph.nameStart() - 1, ",")
                && !widerPlace(ph, surface)
                && (p.is(ph.start(), Kind.ROLE) && ph.nameStart() > ph.start()
                    || NameWords.roleBefore(p, ph.nameStart()) >= 0 && !ph.isDefinite(p))) { // not "Menteri asal X, Madura itu"
            // "Koordinator Yayasan GSN Bangkalan, Muhari, menegaskan", "Salah seorang warga Wonosari, Kandar, mengaku":
            // the name a title's comma brings is the title holder's, whatever type the entity layer gave the word
            return new Who(n.name(), n.entity(), NameType.PERSON, ph.text(p));
        }
        if (speaks && n.type() == NameType.PLACE && ph.start() < ph.nameStart()) {
            // "kata militer China", "Pihak Roma menegaskan", "sejumlah politikus Jerman": a body or people
            // of the place speak, not the place
            NameType speaking = speakingForPlace(ph);
            if (speaking != null) return new Who(ph.text(p), null, speaking, ph.text(p));
        }
        if (speaks && p.is(ph.start(), Kind.GROUP) && ph.nameStart() == ph.start() + 1
                && (n.type() == NameType.PLACE || n.type() == NameType.UNKNOWN && n.entity() == null)) {
            // "Polisi Merseyside mengatakan", "kepolisian Thailand": a place (or a word unknown) after a force's
            // word names the force, which speaks as a body; no officer of that name, nor the place
            return new Who(ph.text(p), null, NameType.ORG, ph.text(p));
        }
        if (speaks && describesUnnamed(ph) && (n.type() != NameType.PERSON || n.entity() == null)) {
            // "kata seorang pejabat Gedung Putih", "tulis salah satu pengguna X": someone described by the body or
            // platform they belong to, whom the entity layer names no person: the description speaks, not the body
            return new Who(ph.text(p), null, NameType.PERSON, ph.text(p));
        }
        Optional<Outlets.Outlet> outlet = outlets.computeIfAbsent(surface, Outlets::find);
        NameType type = outlet.isPresent() || outlets.computeIfAbsent(n.name(), Outlets::find).isPresent()
                ? NameType.ORG : n.type();
        String name = outlet.map(Outlets.Outlet::name).orElse(n.name());
        return new Who(name, n.entity(), type, ph.text(p));
    }

    /**
     * Whether the phrase's name, after a comma, is the wider place of the place before that comma ({@code hakim
     * Pengadilan Tipikor di Pekanbaru, Riau, memutus}): a province, regency or country the gazetteer knows, after a
     * place the entity layer tags. No title holder is named there, as one is in {@code warga Wonosari, Kandar}.
     */
    private boolean widerPlace(Phrase ph, String surface) {
        int comma = ph.nameStart() - 1;
        return comma > 0 && people.placeEndsAt(p.token(comma - 1).end()) && PLACES.namesRegencyOrLarger(surface);
    }

    /** How far after a phrase a word pointing back may close its description ({@code MotoGP dua kali itu}). */
    private static final int POINTING_REACH = 3;

    /** Whether {@code itu}, {@code ini} or {@code tersebut} closes the description within a few words after the phrase. */
    private boolean pointsBackAfter(Phrase ph) {
        for (int k = ph.end(); k < p.size() && k < ph.end() + POINTING_REACH; k++) {
            if (p.is(k, Kind.DEFINITE)) return true;
            if (p.isClauseBreak(k)) return false;
        }
        return false;
    }

    /**
     * Where a phrase's name ends. Its last word may have run into the next sentence's first, the full stop and space
     * lost ({@code ," sebut PancaIa berharap ...}): then the name ends at the capital inside that word, when the letters
     * before it are written as a word of their own elsewhere in the article and the glued word nowhere else
     * ({@code McAfee}, {@code LinkedIn} stay whole). Else the name ends with its last token.
     */
    private int nameEnd(Phrase ph) {
        int last = ph.nameEnd() - 1;
        int end = p.token(last).end(), from = p.token(last).start();
        String w = p.word(last);
        for (int k = MIN_GLUED_HEAD; k + 1 < w.length(); k++) {
            if (!Character.isLetter(w.charAt(k - 1))) return end;
            if (!Character.isLowerCase(w.charAt(k - 1)) || !Character.isUpperCase(w.charAt(k))) continue;
            boolean glued = Passage.indexOfWord(p.text, w, 0) == from && Passage.indexOfWord(p.text, w, end) < 0
                    && Passage.indexOfWord(p.text, w.substring(0, k), 0) >= 0;
            return glued ? from + k : end;
        }
        return end;
    }

    /**
     * Whether a phrase describes someone new before the name in it, with no comma or naming word bringing their own
     * name: an indefinite determiner ({@code seorang}, {@code salah satu}, {@code para}; not {@code sang} or {@code si},
     * which point back, nor {@code pihak}, a body's side) and a description ({@code seorang karyawan Meta}).
     */
    private boolean describesUnnamed(Phrase ph) {
        int first = ph.start();
        if (first >= ph.nameStart() || POINTING_BACK.contains(p.lower(first))
                || !p.is(first, Kind.DETERMINER) && !p.isTwoWords(first, Kind.DETERMINER)) return false;
        for (int i = first; i < ph.nameStart(); i++) {
            if (p.isPunct(i, ",") || SIDES.contains(p.lower(i))) return false;
        }
        return !Phrase.isCalled(p, ph.nameStart() - 1); // "seorang warga bernama Rudi": named after all
    }

    /**
     * Whether an indefinite determiner stands inside the phrase ({@code sayangnya salah satu staf kantor}): someone
     * new, never the one holder of the office the article introduced.
     */
    private boolean holdsIndefinite(Phrase ph) {
        for (int i = ph.start(); i < ph.end(); i++) {
            if (INDEFINITE.contains(p.lower(i)) || i + 1 < ph.end() && INDEFINITE.contains(p.lower(i) + " " + p.lower(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The group a description headed by a word for a group names ({@code Tim peneliti yang memakai data satelit},
     * {@code tim tersebut}, {@code kesimpulan tim itu}), speaking as a body; null when no such word heads it. Made
     * definite, it points back to the group described with that word before, else it is the group as written; it
     * never names one person, neither a holder of the role inside it ({@code peneliti}) nor the one the text is about.
     */
    private Who group(Phrase ph, int at) {
        int first = p.isTwoWords(ph.start(), Kind.DETERMINER) ? ph.start() + 2 : p.is(ph.start(), Kind.DETERMINER) ? ph.start() + 1 : ph.start();
        // "kesimpulan tim tersebut", "laporan kelompok itu": the group's own words
        int k = first < ph.end() && (p.is(first, Kind.REPORT) || DOCUMENTS.contains(p.lower(first))) ? first + 1 : first;
        if (k >= ph.end() || !COLLECTIVE.contains(p.lower(k)) || ph.hasName() && k >= ph.nameStart()) return null; // not "Tim Cook"
        if (ph.isDefinite(p)) {
            Who described = discourse.described(p.word(k), at);
            if (described != null) return described;
        }
        String text = p.text.substring(p.token(k).start(), p.token(ph.end() - 1).end());
        return new Who(text, null, NameType.ORG, text);
    }

    /** Determiners that bring someone not met before (not {@code sang}, {@code pihak} or {@code kedua}). */
    private static final Set<String> INDEFINITE = Set.of("seorang", "salah satu", "salah seorang", "sejumlah", "beberapa",
            "sebagian", "para");

    /**
     * Who speaks for the place a phrase names: a body when the word just before it heads one
     * ({@code militer China}, {@code Pihak Roma}), people when it is a role ({@code politikus Jerman});
     * else null ({@code Khusus bencana banjir Sumatera} names no speaker).
     */
    private NameType speakingForPlace(Phrase ph) {
        int before = ph.nameStart() - 1;
        if (p.is(before, Kind.ORG) || SIDES.contains(p.lower(before))) return NameType.ORG;
        return p.is(before, Kind.ROLE) ? NameType.PERSON : null;
    }

    /** A country's or region's office: role and place words only ({@code Presiden Ukraina}, {@code Perdana Menteri Jepang}). */
    private boolean isOfficeOfPlace(Phrase ph) {
        boolean place = false;
        for (int i = ph.start(); i < ph.end(); i++) {
            if (p.is(i, Kind.PLACE)) place = true;
            else if (!p.is(i, Kind.ROLE)) return false;
        }
        return place;
    }

    /**
     * {@code "...," kata Jack Miller. "...," ujar pebalap Australia itu} after two riders were introduced (the other
     * last): of several introduced with the description's head, it points to the one the text is talking about, not
     * to the one introduced last ({@code last}), unless a further word of the description is of that one's role
     * ({@code pebalap Ducati itu} for the one introduced as {@code pebalap Ducati}). Null when the last one stands.
     */
    private Who aboutOfThoseIntroducedAs(Phrase ph, String head, String last, int at) {
        Who topic = discourse.person(at);
        if (topic == null || topic.type() != NameType.PERSON || isNamedInQuote(topic)
                || people.fullName(topic.name()).equals(people.fullName(last)) || !holders.holds(topic.name(), head, at)) return null;
        for (int i = ph.start(); i < ph.end(); i++) {
            String w = p.word(i);
            if (w.equalsIgnoreCase(head) || p.is(i, Kind.DEFINITE) || p.is(i, Kind.DETERMINER)) continue;
            if (holders.introducedWithWord(last, w, at)) return null;
        }
        return topic;
    }

    /**
     * {@code seorang warga} as given. {@code sang Patriark}, {@code laporan itu}, {@code sumber tadi},
     * {@code Ketua DPR RI ke-20 ini} point back; a bare office ({@code ujar Menag}) is its one holder.
     */
    private Who role(Phrase ph, int at) {
        String text = ph.text(p);
        String head = ph.head(p);
        Who group = group(ph, at);
        if (group != null) return group;
        if (ph.isBody(p)) {
            // "Perusahaan asal Korea itu mengatakan", "tulis perusahaan tersebut": a body described speaks as a body,
            // the one named before when the description points back, else as described
            Who body = ph.isDefinite(p) ? discourse.body(at) : null;
            return body != null ? body : new Who(text, null, NameType.ORG, text);
        }
        if (ph.isDefinite(p)) {
            if (ph.isReport(p)) {
                Who body = discourse.body(at);
                if (body != null) return body;
            }
            // "kata mantan ketua umum PPP itu": one introduced as a former chair, if any, before the present one
            String person = ph.isFormer(p) ? holders.formerHolderOf(head, at) : null;
            // "ucap mantan pebalap Toro Rosso ini" after "Mantan pebalap Formula 1, Jean-Eric Vergne": a person's
            // role points back to a person, never to a body, a place or a capitalised word the tagger names no one
            boolean persons = ph.isPersonsRole(p);
            Predicate<String> fits = name -> !persons || !people.namesNoPerson(name);
            if (person == null) {
                person = holders.introducedAs(head, at);
                Who about = person == null ? null : aboutOfThoseIntroducedAs(ph, head, person, at);
                if (about != null && fits.test(about.name())) return about;
            }
            if (person != null && fits.test(person)) {
                return new Who(people.fullName(person), null, NameType.PERSON, text);
            }
            Who described = discourse.described(head, at);
            if (described != null && fits.test(described.name())) return described;
            // "ujar sembilan kali juara dunia itu", "kata pria asal Bandung tersebut": whatever its words, a
            // description pointing back names someone already in the text, never itself; when none of its
            // words was met before, the person the text is about is the one it points to, unless the quote
            // names that person, as one it speaks to ("Dimas, kamu salah naik bus," kata sang penerjemah)
            Who topic = discourse.person(at);
            if (topic != null && topic.type() == NameType.PERSON && !isNamedInQuote(topic)
                    && fits.test(topic.name())) return topic;
        } else if (ph.end() - ph.start() == 1 && Character.isUpperCase(text.codePointAt(0))) {
            String holder = holders.holderOf(text, at);
            if (holder != null) return new Who(holder, null, NameType.PERSON, text);
        } else if (!p.is(ph.start(), Kind.DETERMINER) && !OTHER.contains(p.lower(ph.end() - 1)) && !ph.isAccount(p)
                && !holdsIndefinite(ph)) {
            // "kata jaksa penuntut umum (JPU)" before the article names "jaksa Syahnan": the one it ever
            // introduces with that office (none or several: the role as given); "ucap Presiden Ukraina" with
            // Russia's president named too: the office with its place or body first, held by one of them;
            // "sahut pengguna lain" is someone else than any one introduced so; "tulis pemilik akun TikTok @abc" is
            // the account's owner, whatever holder of "pemilik" the text names
            String holder = ph.isFormer(p) ? holders.formerHolderOf(head, Integer.MAX_VALUE) : null;
            if (holder == null && isOfficeOfPlace(ph)) holder = holders.holderOf(text, Integer.MAX_VALUE, at);
            // "ujar Kepala Negara": a title of several words written for one office, whose head alone is none
            if (holder == null && RoleHolders.isListedOffice(text)) holder = holders.holderOf(text, Integer.MAX_VALUE, at);
            if (holder == null && RoleHolders.isListedOffice(text)) { // several hold it: the one the text is about, if one of them
                Who topic = discourse.person(at);
                if (topic != null && topic.type() == NameType.PERSON && holders.holds(topic.name(), text, at)) holder = topic.name();
            }
            if (holder == null) holder = holders.holderOf(head, Integer.MAX_VALUE, at);
            if (holder != null) return new Who(holder, null, NameType.PERSON, text);
        }
        return new Who(text, null, ph.isReport(p) ? NameType.ORG : NameType.PERSON, text);
    }
}
