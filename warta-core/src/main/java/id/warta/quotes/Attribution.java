package id.warta.quotes;

import id.warta.extract.Outlets;
import id.warta.language.Abbreviations;
import id.warta.language.SpeechCue;
import id.warta.lexicon.Lexicon;
import id.warta.model.Quote;
import id.warta.model.Speaker;
import id.warta.quotes.Phrase.Form;
import id.warta.quotes.Words.Kind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Reads an article once, in order, finding who says each direct quote and which sentences
 * report speech indirectly. For each quote, in this order:
 * <ol>
 *   <li>its own cue after it: {@code "...," kata X}, {@code "...," ujarnya}, {@code "...," X menambahkan};</li>
 *   <li>a cue before it in its sentence: {@code X mengatakan, "..."}, {@code Menurut X, "..."}, {@code X: "..."};</li>
 *   <li>the sentence just before, when it introduces it: {@code X merilis cuitan. "..."}, {@code X menyebut ...};</li>
 *   <li>no cue at all: the quote continues the one just before ({@code "A," kata X. "B."}) or opens
 *       the one just after ({@code "A." "B," ujarnya.}), and has its speaker; else the speaker is unknown.</li>
 * </ol>
 * Pronouns and {@code -nya} point back through the {@link Discourse}; names resolve to their
 * fullest form through {@link People}.
 */
final class Attribution {
    /** What attributed a quote: its speaker (as met in the text) and cue. */
    private record Found(Who who, Speaker speaker, String cue) {
        static final Found NONE = new Found(null, Speaker.UNKNOWN, null);

        boolean known() {
            return who != null;
        }
    }

    /** How many words may stand between a verb of saying and its {@code bahwa} ({@code kepada Presiden Prabowo Subianto}). */
    private static final int MAX_ADDRESSEE_WORDS = 8;
    /** How far into a sentence its topic's name may start ({@code Peternak sapi potong Tim Marsh}). */
    private static final int MAX_TOPIC_WORDS = 5;
    /** How long a time or place phrase fronted without a comma may be ({@code Dalam kesempatan yang sama itu}). */
    private static final int MAX_FRONTED_WORDS = 5;
    /** The word classes of {@code attribution-words.tsv}: class to its words. */
    private static final Map<String, Set<String>> WORDS = Lexicon.classes(Attribution.class, "attribution-words.tsv");
    /** Prepositions opening a fronted time or place phrase ({@code Pada kesempatan itu}, {@code Di tempat itu}). */
    private static final Set<String> FRONTING_PREPOSITIONS = WORDS.get("fronting");
    /** Connectives that open a sentence, often without their comma, before its subject ({@code Lebih lanjut dia ...}). */
    private static final Set<String> SENTENCE_CONNECTIVES = WORDS.get("connective");
    private static final int MAX_CONNECTIVE_WORDS = 3;
    /** Words between a subject and its verb that say how it must or should be ({@code harus diberi}). */
    private static final Set<String> MODALS = WORDS.get("modal");
    private static final int MAX_MODALS = 4;
    /** Passive verbs of judging someone: their subject is judged by the one who speaks. */
    private static final Set<String> JUDGED = WORDS.get("judged");
    /**
     * Verbs by which the narration (the outlet, its reporter, {@code kami}) reaches someone for comment:
     * the one reached is who the following quotes are from ({@code detikcom menghubungi pakar gizi X. "...,"
     * jelasnya}), though the sentence's subject is the one reaching.
     */
    private static final Set<String> CONTACTED = WORDS.get("contacted");
    /**
     * Passive verbs of saying, their agent named right after them ({@code Hal itu disampaikan Direktur PT X,
     * Budi Santoso}, {@code diungkapkan oleh ...}): the one who said it is talked about next.
     */
    private static final Set<String> SAID_BY = WORDS.get("saidby");
    /** Words closing such a phrase. */
    private static final Set<String> DEMONSTRATIVES = WORDS.get("demonstrative");
    /** Words after a name's comma that make it one of a list ({@code , Albert Einstein, dan Socrates}). */
    private static final Set<String> LIST_GOES_ON = WORDS.get("listgoeson");
    /** Determiners pointing back ({@code sang}, {@code si}): they open no description of someone new. */
    private static final Set<String> POINTING_BACK = WORDS.get("pointsback");
    /** A body's side ({@code pihak Roma}): the body speaks through it. */
    private static final Set<String> SIDES = WORDS.get("side");
    /** Words closing a description of someone else than the one described before ({@code warganet lain}). */
    private static final Set<String> OTHER = WORDS.get("other");
    /** "...," demikian ungkap X: the word that keeps a common-word cue a cue after it ({@link #commonWordInNarration}). */
    private static final String DEMIKIAN = "demikian";
    /** "...," demikian X; "...," begitu pernyataan X: words for "so", leading to who speaks or to a document. */
    private static final Set<String> SO = Set.of(DEMIKIAN, "begitu");
    /** "...," bunyi pernyataan X: "reads", a cue only before a document ({@link #document}). */
    private static final String BUNYI = "bunyi";
    /** Documents whose words a quote may be ({@code "...," bunyi pernyataan X}): see {@link #document}. */
    private static final Set<String> DOCUMENTS = WORDS.get("document");
    /** Words between a document's word and its issuer ({@code pernyataan resmi dari X}, {@code keterangan pers X}). */
    private static final Set<String> DOCUMENT_LINKS = WORDS.get("documentlink");

    private final Passage p;
    private final People people;
    private final Discourse discourse;
    private final List<Quote> indirect = new ArrayList<>();
    private final Map<String, Optional<Outlets.Outlet>> outlets = new HashMap<>();
    /** The names the quote being attributed speaks of; empty while the narration is read. */
    private Set<String> namedInQuote = Set.of();
    /** Letters a name's last word has before a capital inside it, at least, for the word to be two glued ({@link #nameEnd}). */
    private static final int MIN_GLUED_HEAD = 3;
    /** Shorter capitalised words are initials and abbreviations, not names a quote speaks of. */
    private static final int MIN_NAME_LETTERS = 3;
    /** Subjects inside reported speech ({@code Hakim mengatakan, pernyataan Hasto ...}) are not who the text is about. */
    private int reportedUntil = -1;

    private Attribution(Passage p, People people) {
        this.p = p;
        this.people = people;
        this.discourse = new Discourse(p);
        Who headline = people.headlinePerson();
        if (headline != null) discourse.seed(headline);
    }

    /** The direct quotes with their speakers, and the indirect ones, in text order. */
    static List<Quote> read(Passage p, People people, List<DirectQuote> quotes) {
        Attribution a = new Attribution(p, people);
        Found[] found = a.readInOrder(quotes);
        a.fillFromNeighbours(quotes, found);
        a.fillAfterReportedSpeech(quotes, found);
        List<Quote> out = new ArrayList<>(quotes.size() + a.indirect.size());
        for (int i = 0; i < quotes.size(); i++) {
            DirectQuote q = quotes.get(i);
            if (!found[i].known() && QuoteMarks.inNarration(p.text, q)) continue; // a slogan or term no one is found saying
            out.add(new Quote(p.text.substring(q.start(), q.end()), q.start(), q.end(), found[i].speaker(), found[i].cue(),
                    Quote.Kind.DIRECT));
        }
        out.addAll(a.indirect);
        out.sort(Comparator.comparingInt(Quote::start));
        return out;
    }

    private Found[] readInOrder(List<DirectQuote> quotes) {
        Found[] found = new Found[quotes.size()];
        int next = 0;
        for (int t = 0; t < p.size(); t++) {
            int offset = p.token(t).start();
            if (t > 0 && p.sentenceStart(t) == t) notePresented(p.sentenceStart(t - 1), t);
            while (next < quotes.size() && quotes.get(next).open() <= offset) {
                DirectQuote q = quotes.get(next);
                Found f = found[next] = attribute(q, next + 1 < quotes.size() ? quotes.get(next + 1) : null);
                if (f.known()) {
                    discourse.add(f.speaker().start() >= 0 ? f.speaker().start() : q.open(), f.who(), true, false);
                    discourse.said(f.who(), q.start(), q.end());
                }
                next++;
            }
            if (!p.inQuote(offset)) {
                if (p.sentenceStart(t) == t) noteTopic(t);
                noteSubject(t);
            }
        }
        for (; next < quotes.size(); next++) found[next] = attribute(quotes.get(next), null);
        return found;
    }

    private Found attribute(DirectQuote q, DirectQuote following) {
        int limit = following == null ? p.size() : p.tokenAt(following.open());
        namedInQuote = namesIn(q);
        Found f = after(q, limit);
        if (!f.known() && f.cue() == null) f = before(q);
        if (!f.known() && f.cue() != null) return f; // cued as a text's wording (a law's): no one of the narration says it
        if (!f.known()) f = introducer(q);
        if (!f.known()) f = leadIn(q);
        namedInQuote = Set.of();
        return f.known() ? speaking(f) : f;
    }

    /**
     * The capitalised words of a quote, lower-cased: names it speaks of ({@code Alwi dan Ubed}), or to: a name
     * opening it before a comma is the one addressed ({@code "Dimas, kamu salah naik bus," kata sang penerjemah}).
     */
    private Set<String> namesIn(DirectQuote q) {
        Set<String> names = new HashSet<>();
        int first = p.tokenAt(q.start());
        for (int i = first; i < p.size() && p.token(i).start() < q.end(); i++) {
            String w = p.word(i);
            boolean addressed = i == first && i + 1 < p.size() && p.isPunct(i + 1, ",") && NameWords.isNameWord(p, i);
            if (w.length() >= MIN_NAME_LETTERS && Character.isUpperCase(w.codePointAt(0)) && (!p.startsSentence(i) || addressed)) {
                names.add(p.lower(i));
            }
        }
        return names;
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
     * Whether a document's word ({@code pernyataan}, {@code keterangan}, {@code surat}, {@code unggahan}; attribution-words.tsv
     * {@code document}) is at token {@code i}, on the quote's paragraph. Outlets and accounts ({@code harian X},
     * {@code akun @x}) are not documents: the speaker phrase reads them.
     */
    private boolean isDocument(int i, int limit) {
        return i < limit && !p.paragraphBreakBefore(i) && DOCUMENTS.contains(p.lower(i));
    }

    /**
     * "...," bunyi pernyataan resmi Klub X / "...," demikian keterangan pers Kementerian Y: the quote is the words of
     * the document at token {@code doc}, cued by token {@code cue}; its {@link #issuer} speaks. With none, the document
     * as written does: after a verb of saying as any phrase after it ({@code lanjut pernyataan tersebut}); after
     * {@code bunyi} or {@code demikian} only when pointing back to a body met before ({@code bunyi keterangan
     * tersebut}), else the narration may still say whose it is ({@code laporan Marca ... "...," demikian tulisan
     * yang dikutip ...}).
     */
    private Found document(int cue, int doc, int limit) {
        Phrase ph = issuer(doc, limit);
        if (ph.form() == Form.NAME && !p.is(ph.start(), Kind.ROLE)) {
            // "pernyataan kantor kepresidenan Brasil", "keterangan Bakom RI": a body of the place named issues it
            Found f = found(ph, cue, cue + 1, false);
            if (!f.known() || f.who().type() != People.Type.PLACE || f.who().name().equals(ph.text(p))) return f;
            Who body = new Who(ph.text(p), null, People.Type.ORG, ph.text(p));
            return new Found(body, body.at(p.token(ph.start()).start(), p.token(ph.end() - 1).end()), f.cue());
        }
        if (ph.form() != Form.NONE) return found(ph, cue, cue + 1, false);
        ph = Phrase.after(p, doc, limit);
        if (isVerbOfSaying(cue)) return found(ph, cue, cue + 1, ph.form() == Form.NONE);
        if (ph.form() != Form.ROLE || !ph.isDefinite(p) || !ph.isReport(p)
                || discourse.body(p.token(ph.start()).start()) == null) return Found.NONE;
        return found(ph, cue, cue + 1, false);
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

    /** Whether token {@code t} is a cue of its own, not {@code bunyi} or a word for "so" ({@link #SO}), which only lead on. */
    private boolean isVerbOfSaying(int t) {
        String w = p.lower(t);
        return !w.equals(BUNYI) && !SO.contains(w);
    }

    /** Whoever speaks is a person or a body: a name of unknown kind that speaks is a person from here on. */
    private Found speaking(Found f) {
        Who w = f.who();
        if (w.type() != People.Type.UNKNOWN) return f;
        people.markPerson(w.name());
        return new Found(new Who(w.name(), w.entity(), People.Type.PERSON, w.role()), f.speaker(), f.cue());
    }

    // ---- 1. the cue after the quote

    private Found after(DirectQuote q, int limit) {
        int i = p.tokenAt(q.close());
        // '*"...,"* kata X': a markdown emphasis mark closing an italic quote stands between it and its cue
        while (i < limit && p.isPunct(i, ",-–—*") && !p.paragraphBreakBefore(i)) i++;
        if (i >= limit || !q.closed() && i > 0 && p.paragraphBreakBefore(i)) return Found.NONE;
        if (p.paragraphBreakBefore(i) && p.token(i).start() > q.close()) return Found.NONE;
        String w = p.lower(i);
        if (SO.contains(w) && i + 1 < limit) {
            Phrase ph = p.paragraphBreakBefore(i + 1) ? Phrase.NONE : Phrase.after(p, i + 1, limit); // "...," demikian X.
            if (ph.form() == Form.NAME && ph.start() == ph.nameStart()) return found(ph, i, i + 1, false);
            if (isDocument(i + 1, limit)) return document(i, i + 1, limit); // "...," demikian pernyataan X.
            i++;
        }
        Speaker law = Laws.after(p, i + 1, limit, q.open()); // "...," bunyi Pasal 15 PP itu; "...," tulis aturan tersebut
        if (law != null && (p.lower(i).equals(BUNYI) || !p.lower(i).endsWith("nya") && p.invertedBase(i) != null)) {
            return new Found(null, law, p.word(i));
        }
        if (w.equals(BUNYI)) { // "...," bunyi surat X.: its issuer; "...," bunyi kalimat itu: a text's words, no one's
            return isDocument(i + 1, limit) ? document(i, i + 1, limit) : new Found(null, Speaker.UNKNOWN, p.word(i));
        }
        boolean everyday = p.invertedBase(i) == null; // a cue that is also a common word (words.tsv afterquote)
        // capitalised after a quote closed by its own full stop, an everyday word opens the next sentence
        // ("...kematian."Respons Utara ..."), it cues nothing; after a comma it still does ("...," Pesan Iqbal)
        boolean opensSentence = Character.isUpperCase(p.word(i).codePointAt(0))
                && q.end() > q.start() && p.text.charAt(q.end() - 1) != ',';
        if (!everyday || p.is(i, Kind.AFTERQUOTE) && !opensSentence) { // "...," kata X; "...," pesan dia
            // an everyday word's -nya (klaimnya, sarannya) is its speaker: the words after it are not ("klaimnya yang dikutip")
            if (!p.lower(i).endsWith("nya") && isDocument(i + 1, limit)) return document(i, i + 1, limit); // "...," tulis pernyataan X
            Phrase ph = p.paragraphBreakBefore(i + 1) || everyday && p.lower(i).endsWith("nya") ? Phrase.NONE
                    : Phrase.after(p, i + 1, limit);
            // a -nya on the cue (katanya, pesannya) points back, as a cue with no one after it does
            Found f = found(ph, i, i + 1, p.lower(i).endsWith("nya") || ph.form() == Form.NONE);
            // after a verb of saying's -nya only a person named is its speaker (Ujarnya Scholz kepada parlemen); other
            // words open the next sentence, its full stop lost (ungkapnya Pihaknya saat ini ...), or a clause on the
            // quote (tulisnya yang dikutip dari X), read as a role: the -nya points back
            if (hasClitic(p.lower(i)) && ph.form() != Form.NONE
                    && (ph.form() == Form.ROLE || f.who() == null || f.who().type() != People.Type.PERSON)) {
                return found(Phrase.NONE, i, i + 1, true);
            }
            return f;
        }
        // "...," X menambahkan / "...," ia menjelaskan: the subject comes first
        for (int v = i; v < limit && v < i + 10 && !p.isPunct(v, ".!?\"“”"); v++) {
            if (p.isCue(v, SpeechCue.VERB) && v > i && !precededByYang(v)) { // "Diikuti Jennie yang berkata, ...": the next quote's
                // "...dijembatani." Rina, analis, menilai pusat ...: a quote closed by its own full stop, then a
                // sentence whose verb of saying goes on to say something of its own, reports new speech
                if (q.end() > q.start() && ".!?".indexOf(p.text.charAt(q.end() - 1)) >= 0
                        && v + 1 < limit && !p.isPunct(v + 1, ".!?")) break;
                Phrase ph = Phrase.before(p, v, i);
                if (ph.form() != Form.NONE && ph.start() == i) return found(ph, v, v + 1, false);
                break;
            }
        }
        return Found.NONE;
    }

    // ---- 2. a cue before the quote, in its sentence

    private Found before(DirectQuote q) {
        int open = p.tokenAt(q.open());
        if (open >= p.size()) return Found.NONE;
        int floor = p.sentenceStart(open);
        for (int v = open - 1; v >= floor; v--) {
            if (p.inQuote(p.token(v).start())) continue;
            String w = p.word(v);
            String k = p.lower(v);
            if (w.equals(":") && v == open - 1) {
                Phrase ph = Phrase.before(p, v, floor);
                if (ph.form() == Form.NAME || ph.form() == Form.PRONOUN) return found(ph, -1, -1, false);
            }
            if (k.equals("berbunyi") || k.equals(BUNYI) && v == floor) {
                // Pasal 48 KUHP berbunyi, "..."; Bunyi ayat (1) pasal yang dimaksud yakni, "...": a law's words
                Speaker law = k.equals(BUNYI) ? Laws.after(p, v + 1, open, q.open()) : Laws.before(p, v, floor, q.open());
                if (law != null) return new Found(null, law, w);
            }
            if (p.isCue(v, SpeechCue.VERB) && !precededByYang(v)) {
                Phrase ph = Phrase.before(p, v, floor);
                if (ph.form() != Form.NONE) return found(ph, v, v + 1, false);
            }
            if (p.isCue(v, SpeechCue.VERB) && precededByYang(v) && v + 2 == open && p.isPunct(v + 1, ",:")) {
                // "Diikuti Jennie yang berkata, "..."": the one the clause is about says it
                Phrase ph = Phrase.before(p, v - 1, floor);
                if (ph.form() == Form.NAME) return found(ph, v, v + 1, false);
            }
            if (k.equals("menurut") || k.equals("menurutnya")) {
                Phrase ph = k.equals("menurut") ? Phrase.after(p, v + 1, open) : Phrase.NONE;
                return found(ph, v, v + 1, ph.form() == Form.NONE);
            }
            if (p.invertedBase(v) != null && v == floor) {
                Phrase ph = Phrase.after(p, v + 1, open);
                return found(ph, v, v + 1, p.hasClitic(v) || ph.form() == Form.NONE);
            }
            if (p.invertedBase(v) != null && open >= 2 && p.isPunct(open - 1, ",:")) {
                // "Seperti kata Bung Hatta, "...", "kalo kata Socrates, "...": the cue and its speaker lead into the quote
                Phrase ph = Phrase.after(p, v + 1, open - 1);
                if ((ph.form() == Form.NAME || ph.form() == Form.PRONOUN) && ph.end() == open - 1) {
                    return found(ph, v, v + 1, false);
                }
            }
        }
        return Found.NONE;
    }

    // ---- 3. the sentence before, introducing the quote

    private Found introducer(DirectQuote q) {
        int open = p.tokenAt(q.open());
        if (open <= 0 || open >= p.size() || p.sentenceStart(open) != open) return Found.NONE;
        int end = open - 1;
        if (p.inQuote(p.token(end).start()) || !p.isPunct(end, ".:")) return Found.NONE;
        int floor = p.sentenceStart(end);
        for (int i = floor; i < end; i++) if (p.inQuote(p.token(i).start())) return Found.NONE;
        if (end - 2 >= floor && p.isCue(end - 1, SpeechCue.NOUN) && p.isVerbShaped(end - 2)) {
            Phrase ph = Phrase.before(p, end - 2, floor); // "David Beckham, merilis cuitan."
            if (ph.form() != Form.NONE) return found(ph, end - 2, end, false);
        }
        for (int v = end - 1; v >= floor; v--) {
            if (p.isCue(v, SpeechCue.VERB) && !precededByYang(v)) {
                Phrase ph = Phrase.before(p, v, floor);
                if (ph.form() == Form.NAME || ph.form() == Form.PRONOUN) {
                    Found f = found(ph, v, v + 1, false);
                    return p.word(end).equals(":") ? f : new Found(f.who(), f.speaker(), null);
                }
            }
        }
        return Found.NONE;
    }

    /**
     * A quote the sentence leads into after a comma, its subject a name doing something
     * ({@code Lisa sempat menyapa penonton dengan penuh semangat, "What's up, Jakarta?"}): the subject
     * says it, though the verb is none of saying; the verb is the cue.
     */
    private Found leadIn(DirectQuote q) {
        int open = p.tokenAt(q.open());
        if (open < 2 || open >= p.size() || !p.isPunct(open - 1, ",")) return Found.NONE;
        int floor = p.sentenceStart(open);
        for (int i = floor; i < open; i++) if (p.inQuote(p.token(i).start())) return Found.NONE;
        int subject = floor; // "Di sela penampilan, Lisa sempat menyapa ...": past a short fronted phrase
        // a name before the comma opens the subject ("Budi, warga Cimahi, berkata, ..."), unless a preposition
        // opened the sentence: "Lewat akun resmi di X, Meloni menyindir, ..." is fronted, name and all
        boolean fronted = p.is(floor, Kind.STOP);
        for (int i = floor; i < open && i <= floor + MAX_TOPIC_WORDS; i++) {
            if (p.isPunct(i, ",")) {
                subject = i + 1;
                break;
            }
            if (!fronted && NameWords.isNameWord(p, i)) break;
        }
        Phrase ph = Phrase.after(p, subject, open);
        if (ph.form() != Form.NAME || !ph.isAboutName(p) || !isPersonName(ph)) return Found.NONE;
        int verb = ph.end();
        while (verb < open && p.is(verb, Kind.ADVERB)) verb++;
        if (verb >= open - 1 || !p.isVerbShaped(verb) || precededByYang(verb)) return Found.NONE;
        return found(ph, verb, verb + 1, false);
    }

    /** Whether a phrase's name is a person's (a body leading into a quote is more often quoting a text). */
    private boolean isPersonName(Phrase ph) {
        People.Name n = people.resolve(ph.name(p), p.token(ph.nameStart()).start(), p.token(ph.nameEnd() - 1).end());
        return n.type() == People.Type.PERSON;
    }

    // ---- 4. neighbours

    /** A quote with no cue of its own continues the quote just before it, or opens the one just after. */
    private void fillFromNeighbours(List<DirectQuote> quotes, Found[] found) {
        for (int i = 0; i < quotes.size(); i++) {
            if (found[i].known() || found[i].cue() != null) continue;
            if (i > 0 && found[i - 1].known() && adjacent(quotes.get(i - 1), quotes.get(i))) {
                found[i] = new Found(found[i - 1].who(), found[i - 1].speaker(), null);
            } else if (i + 1 < quotes.size() && found[i + 1].known() && adjacent(quotes.get(i), quotes.get(i + 1))) {
                found[i] = new Found(found[i + 1].who(), found[i + 1].speaker(), null);
            }
        }
    }

    /**
     * A quote with no cue opening a sentence after narration that reports the speech of the one quoted just
     * before, and no one else's, that one still the person talked about ({@code "...," ujarnya. Menurut dia, ...
     * Namun, dia ... "..."}): that one goes on speaking.
     */
    private void fillAfterReportedSpeech(List<DirectQuote> quotes, Found[] found) {
        for (int i = 1; i < quotes.size(); i++) {
            if (found[i].known() || found[i].cue() != null || !found[i - 1].known()) continue;
            int open = p.tokenAt(quotes.get(i).open());
            if (open >= p.size() || p.sentenceStart(open) != open) continue;
            int start = quotes.get(i - 1).close(), end = quotes.get(i).open();
            String speaker = found[i - 1].who().name();
            List<Quote> reported = indirect.stream().filter(r -> r.start() >= start && r.end() <= end).toList();
            Who topic = discourse.person(end);
            if (!reported.isEmpty() && reported.stream().allMatch(r -> r.speaker().name().equals(speaker))
                    && topic != null && topic.name().equals(speaker)) {
                found[i] = new Found(found[i - 1].who(), found[i - 1].speaker(), null);
            }
        }
    }

    /** Whether nothing but the first quote's own attribution stands between two quotes. */
    private boolean adjacent(DirectQuote first, DirectQuote second) {
        int from = p.tokenAt(first.close()), to = p.tokenAt(second.open());
        int sentences = 0;
        for (int i = from; i < to; i++) {
            if (p.startsSentence(i) && !p.inQuote(p.token(i).start()) && ++sentences > 1) return false;
        }
        return true;
    }

    // ---- the discourse: subjects of sentences, reported speech

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
            Phrase ph = Phrase.after(p, t, p.size());
            if (ph.form() == Form.NAME) {
                int next = ph.end() + 1 < p.size() && p.isPunct(ph.end(), ",") ? ph.end() + 1 : ph.end(); // "..., Hendra, optimistis"
                if (ph.isAboutName(p) && next < p.size() && Character.isLowerCase(p.word(next).codePointAt(0))) {
                    Who who = named(ph, false);
                    if (tellsOfDeeds(t)) discourse.addActor(p.token(t).start(), who, judgedFrom(next));
                    else discourse.add(p.token(t).start(), who, false, judgedFrom(next));
                }
                return;
            }
            // "Sebagai informasi, Direktur Utama Bank Mandiri Kartika ...": the clause after a short opening phrase
            int comma = t;
            while (comma < p.size() && comma < t + MAX_TOPIC_WORDS && !p.isClauseBreak(comma)) {
                String w = p.word(comma);
                if (NameWords.isNameWord(p, comma) || p.is(comma, Kind.ROLE) || p.isVerbShaped(comma)
                        || p.isCue(comma, SpeechCue.VERB)) return;
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
        if (b + 2 < p.size() && p.isPunct(b, "(") && Character.isDigit(p.word(b + 1).codePointAt(0)) && p.isPunct(b + 2, ")")) {
            b += 3;
        }
        return NameWords.roleAfter(p, b);
    }

    /** At a verb outside quotes: its subject becomes the latest one talked about; a verb of saying may report speech. */
    private void noteSubject(int t) {
        String w = p.word(t);
        // verbs and cues in narration are lower case; of the capitalised words only "Menurut" opens an attribution
        if (!Character.isLowerCase(w.charAt(0)) && !w.equalsIgnoreCase("menurut")) return;
        String k = p.lower(t);
        if (CONTACTED.contains(k) && !p.hasClitic(t)) noteContacted(t);
        if (k.equals("menurut")) {
            int comma = nextComma(t);
            Phrase ph = comma > t ? Phrase.after(p, t + 1, comma) : Phrase.NONE;
            int holderComma = ph.form() == Form.ROLE ? nextComma(comma) : -1;
            Phrase holder = holderComma > comma ? Phrase.after(p, t + 1, holderComma) : Phrase.NONE;
            // "Menurut spesialis gizi, dr Rina, ...": the name set off after the title holds it (not one of a list: ", dan")
            if (holder.form() == Form.NAME && holder.nameStart() > comma && holder.end() == holderComma
                    && !(holderComma + 1 < p.size() && LIST_GOES_ON.contains(p.lower(holderComma + 1)))) {
                ph = holder;
                comma = afterDegrees(holderComma);
            }
            if (ph.form() == Form.NONE) return;
            Found f = found(ph, t, t + 1, false);
            if (f.known()) {
                discourse.add(p.token(ph.start()).start(), f.who());
                reportSpeech(f, t, comma + 1);
            }
            return;
        }
        if (p.invertedBase(t) != null && Character.isLowerCase(w.codePointAt(0)) && !p.hasClitic(t)) {
            Phrase ph = p.paragraphBreakBefore(t + 1) ? Phrase.NONE : Phrase.after(p, t + 1, p.size());
            if (commonWordInNarration(t, ph)) return;
            if (ph.form() == Form.NAME) { // "lantaran kata Rico saat ini ...": reported speech follows
                Found f = found(ph, t, t + 1, false);
                discourse.add(p.token(ph.start()).start(), f.who());
                // "..., kata Ketua RT." puts what was said before the cue: not read as reported speech yet;
                // '"...," kata Rosan dikutip dari ...' attributes the quote: what follows is no speech of its own
                if (t == 0 || !p.isPunct(t - 1, ",\"”'’»*")) reportSpeech(f, t, ph.end());
                reportedUntil = sentenceEnd(t);
            }
            return;
        }
        // "pernyataan yang disampaikan X": what X said is talked about, not X
        if (SAID_BY.contains(k) && !precededByYang(t)) noteAgent(t);
        boolean speech = p.isCue(t, SpeechCue.VERB);
        if (!speech && !p.isVerbShaped(t) || precededByYang(t) || t < reportedUntil) return;
        if (!speech && !nameJustBefore(t)) return; // only a name can be the subject of any other verb
        Phrase ph = Phrase.before(p, t, p.sentenceStart(t));
        int opening = connectiveEnd(p.sentenceStart(t), t);
        // "Lebih lanjut Edwin menjelaskan": a connective without its comma is no part of the subject after it
        if (ph.form() == Form.NAME && ph.start() < opening) ph = Phrase.after(p, opening, t);
        boolean fronted = ph.form() == Form.NAME && !opensClause(ph.start()) && afterFrontedPhrase(ph.nameStart());
        if (fronted) ph = Phrase.after(p, ph.nameStart(), t); // the name alone, without the phrase before it
        if (ph.form() == Form.NONE || ph.form() == Form.ROLE && !speech || !fronted && !opensClause(ph.start())
                || ph.form() == Form.NAME && !ph.isAboutName(p)) return;
        Found f = found(ph, t, t + 1, false, speech);
        if (!f.known()) return;
        if (speech && ph.form() == Form.NAME) people.markPerson(f.who().name());
        if (speech) {
            discourse.add(p.token(ph.start()).start(), f.who());
            if (p.isCue(t, SpeechCue.REPORT)) reportSpeech(f, t, t + 1);
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
        Found f = found(ph, t, t + 1, false);
        // only a person the entity layer found: through a long title ("Humas Badan Meteorologi, Klimatologi, dan
        // Geofisika (BMKG), Hari ...") the phrase may end on a word of a body's name, which no entity is
        Who who = f.known() ? f.who() : null;
        if (who != null && who.type() == People.Type.PERSON && who.entity() != null) {
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
            Who s = named(subject, false);
            if (s != null && s.type() == People.Type.PERSON) return;
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

    /** Whether a name (or the comma or bracket closing one) stands just before token {@code t}, adverbs aside. */
    private boolean nameJustBefore(int t) {
        int j = t - 1;
        while (j >= 0 && p.is(j, Kind.ADVERB) && !NameWords.isNameWord(p, j)) j--;
        return j >= 0 && (NameWords.isNameWord(p, j) || p.isPunct(j, ",)"));
    }

    /** The token after a sentence connective opening the sentence at {@code start} ({@code Lebih lanjut}) before {@code limit}, or -1. */
    private int connectiveEnd(int start, int limit) {
        for (int end = start + 1; end <= limit && end - start <= MAX_CONNECTIVE_WORDS; end++) {
            if (isConnective(start, end)) return end;
        }
        return -1;
    }

    /** Whether tokens {@code [start, end)} are a sentence connective ({@code lebih lanjut}). */
    private boolean isConnective(int start, int end) {
        StringBuilder words = new StringBuilder();
        for (int j = start; j < end; j++) words.append(j > start ? " " : "").append(p.lower(j));
        return SENTENCE_CONNECTIVES.contains(words.toString());
    }

    /**
     * A subject opens its clause: a sentence, or what follows a comma or a conjunction ({@code namun}, {@code dan}),
     * or a connective opening the sentence without its comma ({@code Lebih lanjut dia menambahkan}).
     */
    private boolean opensClause(int i) {
        int start = p.sentenceStart(i);
        if (start == i || i == 0) return true;
        String before = p.lower(i - 1);
        if (p.isPunct(i - 1, ",;:\"“”") || before.equals("dan") || before.equals("namun") || before.equals("tetapi")
                || before.equals("tapi") || before.equals("sementara") || before.equals("sedangkan")) return true;
        return i - start <= MAX_CONNECTIVE_WORDS && isConnective(start, i);
    }

    /**
     * Whether a short time or place phrase, fronted without its comma, stands before token {@code i}
     * ({@code Pada kesempatan itu} | {@code Erick turut mengomentari ...}): a preposition opens the
     * sentence, a demonstrative closes the phrase, only words between.
     */
    private boolean afterFrontedPhrase(int i) {
        int last = i - 1;
        if (last < 0 || !DEMONSTRATIVES.contains(p.lower(last))) return false;
        int start = p.sentenceStart(last);
        if (last - start >= MAX_FRONTED_WORDS || !FRONTING_PREPOSITIONS.contains(p.lower(start))) return false;
        for (int j = start; j <= last; j++) if (!Character.isLetter(p.word(j).codePointAt(0))) return false;
        return true;
    }

    private int sentenceEnd(int t) {
        int i = t + 1;
        while (i < p.size() && p.sentenceStart(i) == p.sentenceStart(t)) i++;
        return i;
    }

    /** {@code X mengatakan bahwa ...}, {@code Menurut X, ...}: the rest of the sentence, when it holds no quotation. */
    private void reportSpeech(Found f, int cue, int from) {
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
        discourse.said(f.who(), start, stop);
        indirect.add(new Quote(p.text.substring(start, stop), start, stop, f.speaker(),
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

    private int nextComma(int t) {
        for (int i = t + 1; i < p.size() && i < t + 12; i++) {
            if (p.isPunct(i, ",")) return i;
            if (p.isPunct(i, ".!?;:\"“”")) return -1;
        }
        return -1;
    }

    private boolean precededByYang(int v) {
        return v > 0 && p.lower(v - 1).equals("yang");
    }

    // ---- resolving a phrase to someone

    /** {@code ujarnya}, {@code ungkapnya}: a verb of saying with the clitic -nya, its speaker (not {@code tanya}, a cue ending so). */
    private static boolean hasClitic(String lower) {
        return lower.endsWith("nya") && Words.invertedBase(lower.substring(0, lower.length() - 3)) != null;
    }

    /**
     * The speaker a phrase names, cued by tokens {@code [cueStart, cueEnd)} (or -1). A phrase naming
     * no one, with a {@code -nya} cue ({@code pointsBack}), is the latest one talked about.
     */
    private Found found(Phrase ph, int cueStart, int cueEnd, boolean pointsBack) {
        return found(ph, cueStart, cueEnd, pointsBack, true);
    }

    /** {@link #found(Phrase, int, int, boolean)}; {@code speaks} says whether the phrase is the subject of saying. */
    private Found found(Phrase ph, int cueStart, int cueEnd, boolean pointsBack, boolean speaks) {
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
    private Who named(Phrase ph, boolean speaks) {
        int start = p.token(ph.nameStart()).start(), end = nameEnd(ph);
        String surface = p.text.substring(start, end);
        if (p.is(ph.start(), Kind.ROLE)) { // "ujar Bupati Purwakarta": the office, held by someone named before
            String holder = people.holderOf(ph.text(p), start);
            if (holder != null) return new Who(holder, null, People.Type.PERSON, ph.text(p));
        }
        People.Name n = people.resolve(surface, start, end);
        if ((n.type() != People.Type.PERSON || n.entity() == null) && p.is(ph.start(), Kind.ROLE) && ph.isDefinite(p) && ph.nameEnd() < ph.end()) {
            // "Ketua Umum Partai Maju itu menilai", "Mantan bek kanan MU itu": a role of the body or place named,
            // made definite, points back to its holder, as a description does; the body does not speak (unless
            // the entity layer tags the name a person's: "Presiden Joko Widodo itu")
            return role(ph, start);
        }
        if (n.type() == People.Type.PLACE && ph.nameStart() > 0 && p.isPunct(ph.nameStart() - 1, ",")
                && (p.is(ph.start(), Kind.ROLE) && ph.nameStart() > ph.start()
                    || NameWords.roleBefore(p, ph.nameStart()) >= 0 && !ph.isDefinite(p))) { // not "Menteri asal X, Madura itu"
            // "Koordinator Yayasan GSN Bangkalan, Muhari, menegaskan", "Salah seorang warga Wonosari, Kandar, mengaku":
            // the name a title's comma brings is the title holder's, whatever type the entity layer gave the word
            return new Who(n.name(), n.entity(), People.Type.PERSON, ph.text(p));
        }
        if (speaks && n.type() == People.Type.PLACE && ph.start() < ph.nameStart()) {
            // "kata militer China", "Pihak Roma menegaskan", "sejumlah politikus Jerman": a body or people
            // of the place speak, not the place
            People.Type speaking = speakingForPlace(ph);
            if (speaking != null) return new Who(ph.text(p), null, speaking, ph.text(p));
        }
        if (speaks && p.is(ph.start(), Kind.GROUP) && ph.nameStart() == ph.start() + 1
                && (n.type() == People.Type.PLACE || n.type() == People.Type.UNKNOWN && n.entity() == null)) {
            // "Polisi Merseyside mengatakan", "kepolisian Thailand": a place (or a word unknown) after a force's
            // word names the force, which speaks as a body; no officer of that name, nor the place
            return new Who(ph.text(p), null, People.Type.ORG, ph.text(p));
        }
        if (speaks && describesUnnamed(ph) && (n.type() != People.Type.PERSON || n.entity() == null)) {
            // "kata seorang pejabat Gedung Putih", "tulis salah satu pengguna X": someone described by the body or
            // platform they belong to, whom the entity layer names no person: the description speaks, not the body
            return new Who(ph.text(p), null, People.Type.PERSON, ph.text(p));
        }
        Optional<Outlets.Outlet> outlet = outlets.computeIfAbsent(surface, Outlets::find);
        People.Type type = outlet.isPresent() || outlets.computeIfAbsent(n.name(), Outlets::find).isPresent()
                ? People.Type.ORG : n.type();
        String name = outlet.map(Outlets.Outlet::name).orElse(n.name());
        return new Who(name, n.entity(), type, ph.text(p));
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
     * Who speaks for the place a phrase names: a body when the word just before it heads one
     * ({@code militer China}, {@code Pihak Roma}), people when it is a role ({@code politikus Jerman});
     * else null ({@code Khusus bencana banjir Sumatera} names no speaker).
     */
    private People.Type speakingForPlace(Phrase ph) {
        int before = ph.nameStart() - 1;
        if (p.is(before, Kind.ORG) || SIDES.contains(p.lower(before))) return People.Type.ORG;
        return p.is(before, Kind.ROLE) ? People.Type.PERSON : null;
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
     * {@code seorang warga} as given. {@code sang Patriark}, {@code laporan itu}, {@code sumber tadi},
     * {@code Ketua DPR RI ke-20 ini} point back; a bare office ({@code ujar Menag}) is its one holder.
     */
    private Who role(Phrase ph, int at) {
        String text = ph.text(p);
        String head = ph.head(p);
        if (ph.isDefinite(p)) {
            if (ph.isReport(p)) {
                Who body = discourse.body(at);
                if (body != null) return body;
            }
            // "kata mantan ketua umum PPP itu": one introduced as a former chair, if any, before the present one
            String person = ph.isFormer(p) ? people.formerHolderOf(head, at) : null;
            if (person == null) person = people.introducedAs(head, at);
            // "ucap mantan pebalap Toro Rosso ini" after "Mantan pebalap Formula 1, Jean-Eric Vergne": a person's
            // role points back to a person, never to a body, a place or a capitalised word the tagger names no one
            boolean persons = ph.isPersonsRole(p);
            Predicate<String> fits = name -> !persons || !people.namesNoPerson(name);
            if (person != null && fits.test(person)) {
                return new Who(people.fullName(person), null, People.Type.PERSON, text);
            }
            Who described = discourse.described(head, at);
            if (described != null && fits.test(described.name())) return described;
            // "ujar sembilan kali juara dunia itu", "kata pria asal Bandung tersebut": whatever its words, a
            // description pointing back names someone already in the text, never itself; when none of its
            // words was met before, the person the text is about is the one it points to, unless the quote
            // names that person, as one it speaks to ("Dimas, kamu salah naik bus," kata sang penerjemah)
            Who topic = discourse.person(at);
            if (topic != null && topic.type() == People.Type.PERSON && !isNamedInQuote(topic)
                    && fits.test(topic.name())) return topic;
        } else if (ph.end() - ph.start() == 1 && Character.isUpperCase(text.codePointAt(0))) {
            String holder = people.holderOf(text, at);
            if (holder != null) return new Who(holder, null, People.Type.PERSON, text);
        } else if (!p.is(ph.start(), Kind.DETERMINER) && !OTHER.contains(p.lower(ph.end() - 1)) && !ph.isAccount(p)) {
            // "kata jaksa penuntut umum (JPU)" before the article names "jaksa Syahnan": the one it ever
            // introduces with that office (none or several: the role as given); "ucap Presiden Ukraina" with
            // Russia's president named too: the office with its place or body first, held by one of them;
            // "sahut pengguna lain" is someone else than any one introduced so; "tulis pemilik akun TikTok @abc" is
            // the account's owner, whatever holder of "pemilik" the text names
            String holder = ph.isFormer(p) ? people.formerHolderOf(head, Integer.MAX_VALUE) : null;
            if (holder == null && isOfficeOfPlace(ph)) holder = people.holderOf(text, Integer.MAX_VALUE);
            if (holder == null) holder = people.holderOf(head, Integer.MAX_VALUE);
            if (holder != null) return new Who(holder, null, People.Type.PERSON, text);
        }
        return new Who(text, null, ph.isReport(p) ? People.Type.ORG : People.Type.PERSON, text);
    }

    /**
     * "Capaian terbesarnya jelas Olimpiade", "tanggung jawab Kemenag", "Lebih lanjut Edwin menjelaskan": a cue that
     * is also a common word (words.tsv afterquote) is one only after a quotation or a comma ("...," tegas Aji), after
     * demikian ("...," demikian ungkap X) or with its speaker set off by a comma ("Pemerintah lanjut Deni, juga ...";
     * this also reads "menindak tegas Muhlis, anggota LSM" as a cue). Not after dan: "baca dan tulis SSD".
     */
    private boolean commonWordInNarration(int t, Phrase ph) {
        if (!p.is(t, Kind.AFTERQUOTE) || t == 0 || !Character.isLetterOrDigit(p.word(t - 1).codePointAt(0))) return false;
        if (DEMIKIAN.equals(p.lower(t - 1))) return false;
        return ph.form() != Form.NAME || ph.end() >= p.size() || !p.isPunct(ph.end(), ",");
    }
}
