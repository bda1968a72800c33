package id.warta.quotes;

import static id.warta.quotes.AttributionWords.CONTACTED;
import static id.warta.quotes.AttributionWords.FRONTING_PREPOSITIONS;
import static id.warta.quotes.AttributionWords.JUDGED;
import static id.warta.quotes.AttributionWords.LIST_GOES_ON;
import static id.warta.quotes.AttributionWords.MODALS;
import static id.warta.quotes.AttributionWords.SAID_BY;

import id.warta.language.Abbreviations;
import id.warta.language.SpeechCue;
import id.warta.model.Quote;
import id.warta.model.Speaker;
import id.warta.quotes.Phrase.Form;
import id.warta.quotes.Words.Kind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * Follows who the narration (the text outside quotes) is about, token by token, and the speech it reports.
 * A quote's {@code ujarnya} or {@code kata dia} points back to the one the narration last talked about, so the
 * narration is read in step with the quotes: the subject of a sentence or of a verb, a person brought on by a
 * title, the agent of a passive verb of saying, the one a reporter reaches for comment all go into the
 * {@link Discourse}; {@code X mengatakan bahwa ...} and {@code Menurut X, ...} are indirect quotes.
 * A phrase resolves to someone through {@link Referents}, just as a quote's speaker does.
 */
final class Narration {
    /** How far into a sentence its topic's name may start ({@code Peternak sapi potong Tim Marsh}). */
    static final int MAX_TOPIC_WORDS = 5;
    /** How long a time or place phrase fronted before its comma may be ({@code Di hadapan wartawan usai pertandingan,}). */
    private static final int MAX_FRONTED_COMMA_WORDS = 12;
    /** How many words may stand between a verb of saying and its {@code bahwa} ({@code kepada Presiden Prabowo Subianto}). */
    private static final int MAX_ADDRESSEE_WORDS = 8;
    /** Of those, the ones opening a clause of time, which may have a subject of its own ({@code Saat Aditya lulus}). */
    private static final Set<String> TIME_PREPOSITIONS = Set.of("saat", "ketika", "usai", "seusai", "setelah", "sebelum",
            "sesudah", "selepas", "sejak");
    private static final int MAX_MODALS = 4;

    private final Passage p;
    private final People people;
    private final Discourse discourse;
    /** Who a phrase names, resolved as for a quote's speaker. */
    private final Referents speakers;
    private final List<Quote> reported = new ArrayList<>();
    /** Subjects inside reported speech ({@code Hakim mengatakan, pernyataan Hasto ...}) are not who the text is about. */
    private int reportedUntil = -1;

    Narration(Passage p, People people, Discourse discourse, Referents speakers) {
        this.p = p;
        this.people = people;
        this.discourse = discourse;
        this.speakers = speakers;
    }

    /**
     * Reads token {@code t}, after the quotes opening up to it are attributed: outside quotes, the topic a sentence
     * opens with and the subject of a verb; at a sentence's last token, the person the sentence brought on, in view
     * before the next sentence's quotes are read.
     */
    void read(int t) {
        if (!p.inQuote(p.token(t).start())) {
            if (p.sentenceStart(t) == t) noteTopic(t);
            noteSubject(t);
        }
        if (t + 1 < p.size() && p.sentenceStart(t + 1) == t + 1) notePresented(p.sentenceStart(t), t + 1);
    }

    /** The speech the narration reports ({@code X mengatakan bahwa ...}), as indirect quotes. */
    List<Quote> reported() {
        return Collections.unmodifiableList(reported);
    }

    /**
     * At a sentence start outside quotes: {@code Ia ...} keeps the one talked about in view;
     * {@code Tulsi awalnya tampak gugup}, {@code Peternak sapi potong Tim Marsh selalu waspada}: a
     * name opening the sentence, before its predicate, is who the sentence is about.
     */
    private void noteTopic(int t) {
        int offset = p.token(t).start();
        if (p.is(t, Kind.PRONOUN)) {
            discourse.add(offset, p.lower(t).equals("mereka") ? null : discourse.person(offset));
            return;
        }
        for (int restarts = 0; restarts < 2 && t < p.size(); restarts++) {
            // "Saat itu psikolog Rina Kusuma ... mengatakan": a time or place phrase fronted without its comma
            // ("Saat ini KemenPolhukam masih harus ...": only a person is taken for the topic there)
            int frontedEnd = restarts == 0 ? ClauseOpenings.frontedPhraseEnd(p, t) : -1;
            boolean afterFronted = frontedEnd > 0 && frontedEnd < p.size() && Character.isLetter(p.word(frontedEnd).codePointAt(0));
            if (afterFronted) t = frontedEnd;
            Phrase ph = Phrase.after(p, t, p.size());
            if (ph.form() == Form.NAME) {
                int next = ph.end() + 1 < p.size() && p.isPunct(ph.end(), ",") ? ph.end() + 1 : ph.end(); // "..., Hendra, optimistis"
                if (ph.isAboutName(p) && next < p.size() && Character.isLowerCase(p.word(next).codePointAt(0))) {
                    Who who = speakers.named(ph, false);
                    if (afterFronted && who.type() != NameType.PERSON) return;
                    if (tellsOfDeeds(t)) discourse.addActor(p.token(t).start(), who, judgedFrom(next));
                    else discourse.add(p.token(t).start(), who, false, judgedFrom(next));
                }
                return;
            }
            // "Sebagai informasi, Direktur Utama Bank Mandiri Kartika ...": the clause after a short opening phrase;
            // a time or place phrase a preposition opens may be longer and hold roles and verbs of its own ("Di
            // hadapan wartawan usai pertandingan, Wali Kota X tampak kecewa"), its comma still ends it. A name in it
            // only in a clause of time ("Saat Aditya lulus SMP, Mak Painah ..."): in a phrase of place or view
            // ("Di mata Alfian, Aries adalah ...") its one may be who the text goes on about
            boolean fronted = FRONTING_PREPOSITIONS.contains(p.lower(t));
            boolean ofTime = fronted && TIME_PREPOSITIONS.contains(p.lower(t));
            int reach = fronted ? MAX_FRONTED_COMMA_WORDS : MAX_TOPIC_WORDS, comma = t;
            while (comma < p.size() && comma < t + reach && !p.isClauseBreak(comma)) {
                if (NameWords.isNameWord(p, comma) && !ofTime || !fronted && (p.is(comma, Kind.ROLE) || p.isVerbShaped(comma)
                        || p.isCue(comma, SpeechCue.VERB))) return;
                comma++;
            }
            if (comma >= p.size() || !p.isPunct(comma, ",")) return;
            t = comma + 1;
        }
    }

    /** Whether the sentence from token {@code t} tells of deeds only: no verb of saying outside its quotes. */
    private boolean tellsOfDeeds(int t) {
        for (int i = t, end = sentenceEnd(t); i < end; i++) {
            if (!p.inQuote(p.token(i).start()) && (p.isCue(i, SpeechCue.VERB) || p.invertedBase(i) != null)) return false;
        }
        return true;
    }

    /**
     * A sentence of narration giving no subject that names one person, introduced by title and comma, after its
     * verb or with none ({@code Turut hadir pendiri Kopi Kita, Budi Santoso.}, {@code Salah satunya oleh Wakil Wali
     * Kota, Rina.}): it brings that person on, the one a following {@code ia} or {@code -nya} points to. A person
     * named in passing ({@code rekor milik Valentino Rossi}) is not brought on, nor one beside someone the
     * sentence points back to ({@code Dari informasi yang ia dapat, penyebabnya kunjungan Presiden Prancis,
     * Emmanuel Macron.}): that one stays the topic. A role set after the name brings the person on too.
     */
    private void notePresented(int from, int to) {
        for (int i = from; i < to; i++) if (p.inQuote(p.token(i).start()) || p.is(i, Kind.PRONOUN)) return;
        int start = p.token(from).start(), end = p.token(to - 1).end();
        if (discourse.anyoneIn(start, end)) return;
        var only = people.onlyPerson(start, end);
        if (only == null) return;
        int k = p.tokenAt(only.getKey());
        if (k > 0 && p.isPunct(k - 1, ",") && NameWords.roleBefore(p, k) >= 0 || roleSetAfter(k)) {
            discourse.add(only.getKey(), only.getValue());
        }
    }

    /** Words after which a name is the agent or the one a passage tells of ({@code Beda lagi kisah Ronald (51), pedagang}). */
    private static final Set<String> AGENT_BEFORE = Set.of("oleh", "dari", "kisah", "cerita", "pengalaman");

    /**
     * {@code Kondisi serupa dirasakan oleh Angga (36), pemilik usaha wisata}: the name at token {@code k}, its age in
     * brackets or none, then a comma and a role, introduces the person as surely as a title before the name.
     */
    private boolean roleSetAfter(int k) {
        if (k < 0 || k >= p.size() || !NameWords.isNameWord(p, k)) return false;
        // only a name opening its clause, the agent after "oleh", "dari" or a passive verb, or one whose story is told:
        // not one named in passing
        // ("tentang reputasi Zuckerberg, pekerja tersebut", "untuk menghormati Soekarno, Presiden pertama")
        if (k > 0 && Character.isLowerCase(p.word(k - 1).codePointAt(0)) && !AGENT_BEFORE.contains(p.lower(k - 1))
                && !(p.lower(k - 1).startsWith("di") && p.isVerbShaped(k - 1))) return false;
        int b = NameWords.runEnd(p, k);
        if (NameWords.isAgeInBrackets(p, b)) b += 3;
        return NameWords.roleAfter(p, b);
    }

    /** At a verb outside quotes: its subject becomes the latest one talked about; a verb of saying may report speech. */
    private void noteSubject(int t) {
        String w = p.word(t);
        // verbs and cues in narration are lower case; of the capitalised words only "Menurut" opens an attribution
        if (!Character.isLowerCase(w.charAt(0)) && !w.equalsIgnoreCase("menurut")) return;
        String k = p.lower(t);
        if (CONTACTED.contains(k) && !p.hasClitic(t)) noteContacted(t);
        if (k.equals("menurut")) noteMenurut(t);
        else if (p.invertedBase(t) != null && Character.isLowerCase(w.codePointAt(0)) && !p.hasClitic(t)) noteInvertedCue(t);
        else noteVerbsSubject(t, k);
    }

    /** {@code Menurut X, ...}: X, a law or someone, says what follows the comma. */
    private void noteMenurut(int t) {
        int comma = nextComma(t);
        Speaker law = comma > t + 1 ? Laws.after(p, t + 1, comma, p.token(t).start()) : null;
        // "Menurut Pasal 21 Ayat (4) KUHAP, ...": the law says it; not a phrase the comma cut inside its brackets
        // ("menurut ketentuan MABIMS (Brunei Darussalam, ..."): a body's name, spelled out
        if (law != null && law.name() != null && closesItsBrackets(law.name())) {
            reportLaw(law, t, comma + 1);
            return;
        }
        Phrase ph = comma > t ? Phrase.after(p, t + 1, comma) : Phrase.NONE;
        // "Menurut mantan Ketua Harian PP Amura, Syahril Osen, ...": a title naming its body or place, then its holder
        boolean titled = ph.form() == Form.NAME && ph.nameStart() > ph.start() && hasRoleWord(ph);
        int holderComma = ph.form() == Form.ROLE || titled ? nextComma(comma) : -1;
        Phrase holder = holderComma > comma ? Phrase.after(p, t + 1, holderComma) : Phrase.NONE;
        // "Menurut spesialis gizi, dr Rina, ...": the name set off after the title holds it (not one of a list: ", dan")
        if (holder.form() == Form.NAME && holder.nameStart() > comma && holder.end() == holderComma
                && !(holderComma + 1 < p.size() && LIST_GOES_ON.contains(p.lower(holderComma + 1)))
                && (!titled || isFullNameAlone(comma + 1, holderComma))) {
            ph = holder;
            comma = afterDegrees(holderComma);
        } else if (holderComma > comma + 1 && !holder.hasName() && hasRoleWord(ph)) {
            // "Menurut salah satu warga yang ikut mencari emas, Yahya, ...": a clause ended the title; the name
            // set off alone between the commas holds it (not after a thing that tells: "menurut sebuah laporan
            // dari The Information, Jeff Hulse, ..." opens what the report says of him)
            Phrase set = Phrase.of(p, comma + 1, holderComma);
            if (set.form() == Form.NAME && set.nameStart() == comma + 1 && set.nameEnd() == holderComma
                    && Phrase.isPerson(p, set)) {
                ph = set;
                comma = afterDegrees(holderComma);
            }
        }
        if (ph.form() == Form.NONE) return;
        Found f = speakers.found(ph, t, t + 1, false);
        if (f.known()) {
            discourse.add(p.token(ph.start()).start(), f.who());
            reportSpeech(f, t, comma + 1);
        }
    }

    /** {@code kata Rico ...} in narration: a cue before its speaker's name may report speech after it. */
    private void noteInvertedCue(int t) {
        Phrase ph = p.paragraphBreakBefore(t + 1) ? Phrase.NONE : Phrase.after(p, t + 1, p.size());
        if (commonWordInNarration(t, ph)) return;
        if (ph.form() == Form.NAME) { // "lantaran kata Rico saat ini ...": reported speech follows
            Found f = speakers.found(ph, t, t + 1, false);
            discourse.add(p.token(ph.start()).start(), f.who());
            // "..., kata Ketua RT." puts what was said before the cue: not read as reported speech yet;
            // '"...," kata Rosan dikutip dari ...' attributes the quote: what follows is no speech of its own
            if (t == 0 || !p.isPunct(t - 1, ",\"”'’»*")) reportSpeech(f, t, ph.end());
            reportedUntil = sentenceEnd(t);
        }
    }

    /** Any other verb: a name before it is the subject talked about; a verb of saying makes it a speaker. */
    private void noteVerbsSubject(int t, String k) {
        // "pernyataan yang disampaikan X": what X said is talked about, not X
        if (SAID_BY.contains(k) && !p.afterYang(t)) noteAgent(t);
        // "pengguna bisa menambahkan ...", "dokter dapat menilai ...": what one can or must say is no one's speech
        boolean speech = p.isCue(t, SpeechCue.VERB) && !Unsaid.hypothetical(p, t);
        if (!speech && !p.isVerbShaped(t) || p.afterYang(t) || t < reportedUntil) return;
        noteSomeoneOpening(t); // one person brought on unnamed ("Seorang warga di Bali mengaku")
        if (!speech && !nameJustBefore(t)) return; // only a name can be the subject of any other verb
        Phrase ph = Phrase.before(p, t, p.sentenceStart(t));
        int opening = ClauseOpenings.connectiveEnd(p, p.sentenceStart(t), t);
        // "Lebih lanjut Edwin menjelaskan": a connective without its comma is no part of the subject after it
        if (ph.form() == Form.NAME && ph.start() < opening) ph = Phrase.after(p, opening, t);
        // "Pada kesempatan itu Erick menjelaskan", "Saat itu ahli biologi Rina Kusuma mengatakan": a time or place phrase
        // fronted without its comma is no part of the subject after it, a name alone or a title and name
        int frontedEnd = ph.form() == Form.NAME ? ClauseOpenings.frontedPhraseEnd(p, p.sentenceStart(t)) : -1;
        boolean fronted = frontedEnd > 0 && frontedEnd <= ph.nameStart() && !ClauseOpenings.opensClause(p, ph.start());
        if (fronted) {
            Phrase subject = Phrase.after(p, frontedEnd, t);
            fronted = subject.form() == Form.NAME && subject.nameStart() == ph.nameStart();
            if (fronted) ph = subject;
        }
        Speaker law = speech && ph.form() != Form.NONE && Laws.isLawWord(p, ph.start()) && ClauseOpenings.opensClause(p, ph.start())
                ? Laws.before(p, t, ph.start(), p.token(t).start()) : null;
        if (law != null && law.name() != null) {
            // "Peraturan tersebut menjelaskan ...", "UU Nomor 5 Tahun 1999 menyatakan ...": a law speaks, by its fullest title
            if (p.isCue(t, SpeechCue.REPORT)) reportLaw(law, t, t + 1);
            reportedUntil = sentenceEnd(t);
            return;
        }
        if (ph.form() == Form.NONE || ph.form() == Form.ROLE && !speech || !fronted && !ClauseOpenings.opensClause(p, ph.start())
                || ph.form() == Form.NAME && !ph.isAboutName(p)) return;
        Found f = speakers.found(ph, t, t + 1, false, speech);
        if (!f.known()) return;
        if (speech && ph.form() == Form.NAME) people.markPerson(f.who().name());
        if (speech) {
            discourse.add(p.token(ph.start()).start(), f.who());
            // "Namun, ia tidak menjelaskan siapa pelakunya": what was not said is no speech reported
            if (p.isCue(t, SpeechCue.REPORT) && !Unsaid.negated(p, t)) reportSpeech(f, t, t + 1);
            reportedUntil = sentenceEnd(t);
        } else {
            discourse.addActor(p.token(ph.start()).start(), f.who(), judgedFrom(t));
        }
    }

    /**
     * {@code Hal tersebut disampaikan (oleh) Wakil Direktur PT X, Budi Santoso dalam ...}: the agent named
     * right after a passive verb of saying is who said it, the one a following {@code "...," ujarnya}
     * points back to; a phrase not opening there ({@code disampaikan kepada ...}) names no agent.
     */
    private void noteAgent(int t) {
        int from = t + 1 < p.size() && p.lower(t + 1).equals("oleh") ? t + 2 : t + 1;
        if (from >= p.size() || p.paragraphBreakBefore(from)) return;
        Phrase ph = Phrase.after(p, from, p.size());
        if (ph.form() != Form.NAME || ph.start() != from || !ph.isAboutName(p)) return;
        // "Demikian dikatakan Analis Sekuritas X, Jakarta, Selasa": a lone place word after a comma is the dateline's;
        // the agent is named before that comma
        if (ph.nameEnd() - ph.nameStart() == 1 && p.is(ph.nameStart(), Kind.PLACE) && p.isPunct(ph.nameStart() - 1, ",")) {
            ph = Phrase.after(p, from, ph.nameStart() - 1);
            if (ph.form() != Form.NAME || ph.start() != from || !ph.isAboutName(p)) return;
        }
        Found f = speakers.found(ph, t, t + 1, false);
        // only a person the entity layer found: through a long title ("Humas Badan Meteorologi, Klimatologi, dan
        // Geofisika (BMKG), Hari ...") the phrase may end on a word of a body's name, which no entity is
        Who who = f.known() ? f.who() : null;
        if (who != null && who.type() == NameType.PERSON && who.entity() != null) {
            discourse.add(p.token(ph.start()).start(), who);
        }
    }

    /**
     * {@code Kami menghubungi ahli biologi dari Universitas X, Profesor Budi Santoso}: the one reached for
     * comment, the first person the entity layer tags after the verb in its sentence, is talked about next, unless the one
     * reaching is a person too ({@code Andi menghubungi Budi}: either may speak next, the subject stays).
     */
    private void noteContacted(int t) {
        Phrase subject = Phrase.before(p, t, p.sentenceStart(t));
        if (subject.form() == Form.NAME && subject.isAboutName(p)) {
            Who s = speakers.named(subject, false);
            if (s != null && s.type() == NameType.PERSON) return;
        }
        int end = sentenceEnd(t);
        var reached = people.firstPerson(p.token(t).end(), p.token(end - 1).end());
        if (reached != null) discourse.add(reached.getKey(), reached.getValue());
    }

    /**
     * Whether the predicate opening at token {@code i} passes a judgement on its subject: a passive verb of
     * judging ({@code Henry dinilai pantas dihukum}, {@code dianggap}, {@code diminta}), or a {@code di-}
     * verb under a modal ({@code Tito tetap harus diberi peringatan}). Whoever judges is the one the text
     * quotes, not the one judged. A plain event ({@code Patty, seorang pekebun, digigit kutu}) is not one:
     * who undergoes it is often quoted next, telling it.
     */
    private boolean judgedFrom(int i) {
        int j = i;
        boolean modal = false;
        for (; j < p.size() && j < i + MAX_MODALS; j++) {
            if (MODALS.contains(p.lower(j))) modal = true;
            else if (!p.is(j, Kind.ADVERB)) break;
        }
        if (j >= p.size()) return false;
        String k = p.lower(j);
        return JUDGED.contains(k) || modal && k.startsWith("di") && p.isVerbShaped(j) && !p.isCue(j, SpeechCue.VERB);
    }

    /**
     * {@code Seorang warga Iran menggambarkan perasaannya. "...," ujarnya}: a sentence opening on one person brought on
     * unnamed ({@code seorang}, {@code salah seorang}), the subject of its first verb, is who the text goes on about, as
     * a name there is, when no person is in view: a person named or quoted nearby stays the one a pronoun means.
     */
    private void noteSomeoneOpening(int t) {
        int s = p.sentenceStart(t);
        if (s < 0 || t <= s + 1 || p.inQuote(p.token(s).start()) || !AttributionWords.ONE_UNNAMED.contains(p.lower(s))
                && !(p.isTwoWords(s, Kind.DETERMINER) && AttributionWords.ONE_UNNAMED.contains(p.lower(s) + " " + p.lower(s + 1)))) return;
        // t is the sentence's first verb, but for a relative clause on the one described ("yang ditemui di lokasi")
        int relative = -1;
        for (int i = s; i < t; i++) {
            if (relative < 0 && p.lower(i).equals("yang")) relative = i;
            if (relative < 0 && p.isVerbShaped(i) || p.isClauseBreak(i)) return;
        }
        Phrase ph = Phrase.after(p, s, relative > 0 ? relative : t);
        // "Seorang warganet di Reddit": the place after the description is where the one described is, not who
        if (ph.form() == Form.NAME && ph.nameStart() > s + 2 && p.is(ph.nameStart() - 1, Kind.STOP)) ph = Phrase.after(p, s, ph.nameStart() - 1);
        // what may follow the description before the verb ("... di pasar lama") holds no verb, as checked
        if (ph.form() != Form.ROLE || ph.start() != s || ph.end() > t) return;
        // only with no person in view: one named or quoted before stays the one the text is about
        int at = p.token(s).start();
        Who inView = discourse.person(at);
        if (inView != null && !isUnnamed(inView)) return;
        Found f = speakers.found(ph, -1, -1, false, false);
        if (f.known()) discourse.addActor(at, f.who(), false);
    }

    /** Whether {@code who} is one brought on unnamed ({@code seorang petugas}): a later one so brought on takes over. */
    private static boolean isUnnamed(Who who) {
        String key = Words.key(who.name());
        for (String w : AttributionWords.ONE_UNNAMED) if (key.startsWith(w + " ")) return true;
        return false;
    }

    /** Whether a name (or the comma or bracket closing one) stands just before token {@code t}, adverbs aside. */
    private boolean nameJustBefore(int t) {
        int j = t - 1;
        while (j >= 0 && p.is(j, Kind.ADVERB) && !NameWords.isNameWord(p, j)) j--;
        // a degree closes the name before it ("Dr Budi Santoso, MPd mengapresiasi")
        return j >= 0 && (NameWords.isNameWord(p, j) || p.isPunct(j, ",)") || Abbreviations.isDegree(p.word(j)));
    }

    private int sentenceEnd(int t) {
        int i = t + 1;
        while (i < p.size() && p.sentenceStart(i) == p.sentenceStart(t)) i++;
        return i;
    }

    /** {@code X mengatakan bahwa ...}, {@code Menurut X, ...}: the rest of the sentence, when it holds no quotation. */
    private void reportSpeech(Found f, int cue, int from) {
        report(f.who(), f.speaker(), cue, from);
    }

    /**
     * What a law says, reported ({@code Menurut Pasal 21 KUHAP, ...}): the law speaks, named by its fullest title
     * ({@link Laws}); it is no one the text talks about after.
     */
    private void reportLaw(Speaker law, int cue, int from) {
        report(null, law, cue, from);
    }

    /** Whether every bracket {@code name} opens it closes. */
    private static boolean closesItsBrackets(String name) {
        return name.chars().filter(c -> c == '(').count() == name.chars().filter(c -> c == ')').count();
    }

    /** {@code speaker}'s words reported from token {@code from} on; {@code who}, when someone, is noted as saying them. */
    private void report(Who who, Speaker speaker, int cue, int from) {
        int i = from;
        // "X melaporkan kepada Presiden bahwa ...": what was said opens after "bahwa"
        for (int j = from; j < p.size() && j < from + MAX_ADDRESSEE_WORDS && !p.isPunct(j, ".!?\"“”"); j++) {
            if (p.lower(j).equals("bahwa")) {
                i = j;
                break;
            }
        }
        while (i < p.size() && (p.isPunct(i, ",:") || p.lower(i).equals("bahwa"))) i++;
        if (i >= p.size() || p.paragraphBreakBefore(i) && i > from) return;
        int end = i;
        while (end < p.size() && !p.isPunct(end, ".!?") && (end == i || !p.paragraphBreakBefore(end))) {
            if (p.inQuote(p.token(end).start())) return; // a quotation inside: the direct quote says it
            end++;
        }
        if (end - i < QuoteMarks.MIN_WORDS) return;
        int start = p.token(i).start(), stop = p.token(end - 1).end();
        if (who != null) discourse.said(who, start, stop);
        reported.add(new Quote(p.text.substring(start, stop), start, stop, speaker,
                p.word(cue), Quote.Kind.INDIRECT));
    }

    /** The comma closing the degrees set off after a name's comma ({@code , SpPD, ...}, {@code , SpPD-KGEH, ...}); else {@code comma}. */
    private int afterDegrees(int comma) {
        int c = comma;
        while (c + 2 < p.size() && Abbreviations.isDegree(p.word(c + 1))) {
            int end = c + 2;
            // "SpPD-KGEH": the tokenizer cuts a subspecialty off at its dash; step over dash and word alike
            while (end + 1 < p.size() && p.isPunct(end, "-") && Character.isLetter(p.word(end + 1).codePointAt(0))) end += 2;
            if (!p.isPunct(end, ",")) break;
            c = end;
        }
        return c;
    }

    /** Whether a word of the phrase names what a person is ({@code warga}, {@code Direktur}), not only a determiner. */
    /** Whether the words {@code [s, end)} are a person's name of two words or more, and nothing else. */
    private boolean isFullNameAlone(int s, int end) {
        Phrase set = Phrase.of(p, s, end);
        return set.form() == Form.NAME && set.nameStart() == s && set.nameEnd() == end && end - s >= 2
                && Phrase.isPerson(p, set) && !p.is(s, Kind.ROLE);
    }

    private boolean hasRoleWord(Phrase ph) {
        for (int i = ph.start(); i < ph.end(); i++) if (p.is(i, Kind.ROLE)) return true;
        return false;
    }

    private int nextComma(int t) {
        for (int i = t + 1; i < p.size() && i < t + 12; i++) {
            if (p.isPunct(i, ",")) return i;
            if (p.isPunct(i, ".!?;:\"“”")) return -1;
        }
        return -1;
    }

    /**
     * "Capaian terbesarnya jelas Olimpiade", "tanggung jawab Kemenag", "Lebih lanjut Edwin menjelaskan": a cue that
     * is also a common word (words.tsv afterquote) is one only after a quotation or a comma ("...," tegas Aji), after
     * demikian ("...," demikian ungkap X) or with its speaker set off by a comma ("Pemerintah lanjut Deni, juga ...";
     * this also reads "menindak tegas Muhlis, anggota LSM" as a cue). Not after dan: "baca dan tulis SSD".
     */
    private boolean commonWordInNarration(int t, Phrase ph) {
        if (!p.is(t, Kind.AFTERQUOTE) || t == 0 || !Character.isLetterOrDigit(p.word(t - 1).codePointAt(0))) return false;
        if (Attribution.DEMIKIAN.equals(p.lower(t - 1))) return false;
        return ph.form() != Form.NAME || ph.end() >= p.size() || !p.isPunct(ph.end(), ",");
    }
}
