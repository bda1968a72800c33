package id.warta.quotes;

import static id.warta.quotes.AttributionWords.SAID_BY;
import static id.warta.quotes.AttributionWords.THEN_JOIN;

import id.warta.language.SpeechCue;
import id.warta.model.Quote;
import id.warta.model.Span;
import id.warta.model.Speaker;
import id.warta.quotes.Phrase.Form;
import id.warta.quotes.Words.Kind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads an article once, in order, finding who says each direct quote and which sentences
 * report speech indirectly. For each quote, in this order:
 * <ol>
 *   <li>its own cue after it: {@code "...," kata X}, {@code "...," ujarnya}, {@code "...," X menambahkan};</li>
 *   <li>a cue before it in its sentence: {@code X mengatakan, "..."}, {@code Menurut X, "..."}, {@code X: "..."};</li>
 *   <li>the sentence just before, when it introduces it: {@code X merilis cuitan. "..."}, {@code X menyebut ...};</li>
 *   <li>no cue at all: the quote continues the one just before ({@code "A," kata X. "B."}) or opens
 *       the one just after ({@code "A." "B," ujarnya.}), and has its speaker ({@link UncuedQuotes}); else the
 *       speaker is unknown.</li>
 * </ol>
 * Pronouns and {@code -nya} point back through the {@link Discourse}, which the {@link Narration}, read in
 * step with the quotes, keeps up; {@link Referents} says who a speaker's phrase names.
 */
final class Attribution {
    /** "...," demikian ungkap X: the word that keeps a common-word cue a cue after it ({@link Narration}). */
    static final String DEMIKIAN = "demikian";
    /** "...," demikian X; "...," begitu pernyataan X: words for "so", leading to who speaks or to a document. */
    private static final Set<String> SO = Set.of(DEMIKIAN, "begitu");
    /** "...," bunyi pernyataan X: "reads", a cue only before a document ({@link Documents#document}). */
    private static final String BUNYI = "bunyi";

    private final Passage p;
    private final People people;
    private final Discourse discourse;
    private final Referents referents;
    private final Narration narration;
    /** Quotes that are a document's words, and who issued or wrote it. */
    private final Documents documents;
    /** Shorter capitalised words are initials and abbreviations, not names a quote speaks of. */
    private static final int MIN_NAME_LETTERS = 3;
    /** How many tokens after a quote's closing mark its cue may stand ({@code ," kata dia menambahkan}). */
    private static final int CUE_REACH = 6;

    private Attribution(Passage p, People people) {
        this.p = p;
        this.people = people;
        this.discourse = new Discourse(p);
        Who headline = people.headlinePerson();
        if (headline != null) discourse.seed(headline);
        this.referents = new Referents(p, people, discourse);
        this.narration = new Narration(p, people, discourse, referents);
        this.documents = new Documents(p, discourse, referents);
    }

    /** The direct quotes with their speakers, and the indirect ones, in text order. */
    static List<Quote> read(Passage p, People people, List<DirectQuote> quotes) {
        Attribution a = new Attribution(p, people);
        Found[] found = a.readInOrder(quotes);
        new UncuedQuotes(p, a.discourse, a.referents, a.narration).fill(quotes, found);
        List<Quote> reported = a.narration.reported();
        List<Quote> out = new ArrayList<>(quotes.size() + reported.size());
        for (int i = 0; i < quotes.size(); i++) {
            DirectQuote q = quotes.get(i);
            // a slogan, a term or a fragment of a sentence no one is found saying
            boolean narration = QuoteMarks.inNarration(p.text, q) || QuoteMarks.closesNarrationSentence(p.text, q);
            if (!found[i].known() && narration) continue;
            List<Span> pieces = QuoteMarks.paragraphPieces(p.text, q);
            // the cue is the own marker of the piece it stands by, after the last or before the first; the others have none
            int cued = found[i].speaker().start() >= q.close() || a.cueFollows(q, found[i].cue()) ? pieces.size() - 1 : 0;
            for (int k = 0; k < pieces.size(); k++) {
                Span piece = pieces.get(k);
                out.add(new Quote(p.text.substring(piece.start(), piece.end()), piece.start(), piece.end(), found[i].speaker(),
                        k == cued ? found[i].cue() : null, Quote.Kind.DIRECT));
            }
        }
        out.addAll(reported);
        out.sort(Comparator.comparingInt(Quote::start));
        return out;
    }

    /** Whether {@code cue} stands just after the quote's closing mark ({@code ," kata X}), not before its opening one. */
    private boolean cueFollows(DirectQuote q, String cue) {
        if (cue == null) return false;
        int at = p.tokenAt(q.close());
        for (int t = at; t >= 0 && t < p.size() && t < at + CUE_REACH; t++) if (p.word(t).equalsIgnoreCase(cue)) return true;
        return false;
    }

    private Found[] readInOrder(List<DirectQuote> quotes) {
        Found[] found = new Found[quotes.size()];
        int next = 0;
        for (int t = 0; t < p.size(); t++) {
            int offset = p.token(t).start();
            while (next < quotes.size() && quotes.get(next).open() <= offset) {
                DirectQuote q = quotes.get(next);
                Found f = found[next] = attribute(q, next + 1 < quotes.size() ? quotes.get(next + 1) : null);
                if (f.known()) {
                    discourse.add(f.speaker().start() >= 0 ? f.speaker().start() : q.open(), f.who(), true, false);
                    discourse.said(f.who(), q.start(), q.end());
                }
                next++;
            }
            narration.read(t); // after the quotes opening here: "...," ujarnya points back to who was talked about before
        }
        for (; next < quotes.size(); next++) found[next] = attribute(quotes.get(next), null);
        return found;
    }

    private Found attribute(DirectQuote q, DirectQuote following) {
        int limit = following == null ? p.size() : p.tokenAt(following.open());
        referents.quoteNames(namesIn(q));
        Found f = after(q, limit);
        if (!f.known() && f.cue() == null) f = before(q);
        if (!f.known() && f.cue() != null) return f; // cued as a text's wording (a law's): no one of the narration says it
        if (!f.known()) f = introducer(q);
        if (!f.known()) f = leadIn(q);
        if (!f.known()) f = documents.shown(q);
        referents.quoteNames(Set.of());
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

    /** Whether token {@code t} is a cue of its own, not {@code bunyi} or a word for "so" ({@link #SO}), which only lead on. */
    private boolean isVerbOfSaying(int t) {
        String w = p.lower(t);
        return !w.equals(BUNYI) && !SO.contains(w);
    }

    /** Whoever speaks is a person or a body: a name of unknown kind that speaks is a person from here on. */
    private Found speaking(Found f) {
        Who w = f.who();
        if (w.type() != NameType.UNKNOWN) return f;
        people.markPerson(w.name());
        return new Found(new Who(w.name(), w.entity(), NameType.PERSON, w.role()), f.speaker(), f.cue());
    }

    // ---- 1. the cue after the quote

    private Found after(DirectQuote q, int limit) {
        int i = p.tokenAt(q.close());
        // '*"...,"* kata X': a markdown emphasis mark closing an italic quote stands between it and its cue
        // '"...,' ujar X': the single mark that closed a quote opened with a double one (QuoteMarks) stands there too
        while (i < limit && (p.isPunct(i, ",-–—*") || !q.closed() && p.isPunct(i, "'’")) && !p.paragraphBreakBefore(i)) i++;
        if (i >= limit || !q.closed() && i > 0 && p.paragraphBreakBefore(i)) return Found.NONE;
        if (p.paragraphBreakBefore(i) && p.token(i).start() > q.close()) return Found.NONE;
        String w = p.lower(i);
        if (SO.contains(w) && i + 1 < limit) {
            Phrase ph = p.paragraphBreakBefore(i + 1) ? Phrase.NONE : Phrase.after(p, i + 1, limit); // "...," demikian X.
            if (ph.form() == Form.NAME && ph.start() == ph.nameStart()) return referents.found(ph, i, i + 1, false);
            if (documents.isDocument(i + 1, limit)) return documents.document(i, i + 1, limit, isVerbOfSaying(i)); // "...," demikian pernyataan X.
            Found agent = passiveAgentAfter(i + 1, limit);
            if (agent.known()) return agent;
            i++;
        }
        Speaker law = Laws.after(p, i + 1, limit, q.open()); // "...," bunyi Pasal 15 PP itu; "...," tulis aturan tersebut
        if (law != null && (p.lower(i).equals(BUNYI) || !p.lower(i).endsWith("nya") && p.invertedBase(i) != null)) {
            return new Found(null, law, p.word(i));
        }
        // "...," demikian bunyi putusan X: after the word for "so", the cue is the word after it
        if (p.lower(i).equals(BUNYI)) { // "...," bunyi surat X.: its issuer; "...," bunyi kalimat itu: a text's words, no one's
            return documents.isDocument(i + 1, limit) ? documents.document(i, i + 1, limit, isVerbOfSaying(i)) : new Found(null, Speaker.UNKNOWN, p.word(i));
        }
        boolean everyday = p.invertedBase(i) == null; // a cue that is also a common word (words.tsv afterquote)
        // capitalised after a quote closed by its own full stop, an everyday word opens the next sentence
        // ("...kematian."Respons Utara ..."), it cues nothing; after a comma it still does ("...," Pesan Iqbal)
        boolean opensSentence = Character.isUpperCase(p.word(i).codePointAt(0))
                && q.end() > q.start() && p.text.charAt(q.end() - 1) != ',';
        if (!everyday || p.is(i, Kind.AFTERQUOTE) && !opensSentence) { // "...," kata X; "...," pesan dia
            // an everyday word's -nya (klaimnya, sarannya) is its speaker: the words after it are not ("klaimnya yang dikutip")
            if (!p.lower(i).endsWith("nya") && documents.isDocument(i + 1, limit)) return documents.document(i, i + 1, limit, isVerbOfSaying(i)); // "...," tulis pernyataan X
            Phrase ph = p.paragraphBreakBefore(i + 1) || everyday && p.lower(i).endsWith("nya") ? Phrase.NONE
                    : Phrase.after(p, i + 1, limit);
            if (ph.form() == Form.NONE && i + 1 < limit && p.lower(i + 1).equals("mereka") && !p.paragraphBreakBefore(i + 1)) {
                Found group = group(q, i); // "...," kata mereka: the people the narration just listed
                if (group.known()) return group;
                Found pointed = referents.found(ph, i, i + 1, true);
                Found body = bodyForMereka(pointed, i);
                return body.known() ? body : pointed;
            }
            // a -nya on the cue (katanya, pesannya) points back, as a cue with no one after it does
            Found f = referents.found(ph, i, i + 1, p.lower(i).endsWith("nya") || ph.form() == Form.NONE);
            // after a verb of saying's -nya only a person named is its speaker (Ujarnya Scholz kepada parlemen); other
            // words open the next sentence, its full stop lost (ungkapnya Pihaknya saat ini ...), or a clause on the
            // quote (tulisnya yang dikutip dari X), read as a role: the -nya points back
            if (hasClitic(p.lower(i)) && ph.form() != Form.NONE
                    && (ph.form() == Form.ROLE || f.who() == null || f.who().type() != NameType.PERSON)) {
                return referents.found(Phrase.NONE, i, i + 1, true);
            }
            return f;
        }
        // "...," X menambahkan / "...," ia menjelaskan: the subject comes first
        for (int v = i; v < limit && v < i + 10 && !p.isPunct(v, ".!?\"“”"); v++) {
            if (p.isCue(v, SpeechCue.VERB) && v > i && !p.afterYang(v)) { // "Diikuti Jennie yang berkata, ...": the next quote's
                // "...dijembatani." Rina, analis, menilai pusat ...: a quote closed by its own full stop, then a
                // sentence whose verb of saying goes on to say something of its own, reports new speech
                if (q.end() > q.start() && ".!?".indexOf(p.text.charAt(q.end() - 1)) >= 0
                        && v + 1 < limit && !p.isPunct(v + 1, ".!?")) break;
                Phrase ph = Phrase.before(p, v, i);
                if (ph.form() != Form.NONE && ph.start() == i) return referents.found(ph, v, v + 1, false);
                break;
            }
        }
        return Found.NONE;
    }

    /**
     * {@code "...", demikian dikatakan Budi, ...}, {@code "...," begitu disampaikan oleh Kepala Dinas X}: a passive verb
     * of saying at token {@code v}, after the word for "so", names its agent right after it (past {@code oleh}); the
     * agent says the quote and the passive verb is the cue. {@link Found#NONE} when no one is named there.
     */
    private Found passiveAgentAfter(int v, int limit) {
        if (v >= limit || !SAID_BY.contains(p.lower(v)) || p.paragraphBreakBefore(v)) return Found.NONE;
        int from = v + 1 < limit && p.lower(v + 1).equals("oleh") ? v + 2 : v + 1;
        if (from >= limit || p.paragraphBreakBefore(from)) return Found.NONE;
        Phrase ph = Phrase.after(p, from, limit);
        if (ph.form() != Form.NAME && ph.form() != Form.ROLE || ph.start() != from) return Found.NONE;
        return referents.found(ph, v, v + 1, false);
    }

    /**
     * {@code "...," tegas mereka} with no list of people just before: {@code mereka} is many, so when the last voice
     * it points back to ({@code pointed}) is a single person, a body or team quoted a few sentences before says it
     * ({@link Discourse#spokenBody}); {@link Found#NONE} otherwise, leaving the usual pointing back.
     */
    private Found bodyForMereka(Found pointed, int cue) {
        int at = p.token(cue).start();
        if (!pointed.known() || pointed.who() == null || pointed.who().type() != NameType.PERSON) return Found.NONE;
        Who body = discourse.spokenBody(at);
        if (body == null || body.name().equals(pointed.who().name())) return Found.NONE;
        return new Found(body, body.at(at, p.token(cue).end()), p.word(cue));
    }

    /** The first person of a list of names the narration gave just before quote {@code q} ({@link Groups}), cued by token {@code cue}. */
    private Found group(DirectQuote q, int cue) {
        Phrase first = Groups.firstOfList(p, p.tokenAt(q.open()));
        if (first.form() == Form.NONE) return Found.NONE;
        Found f = referents.found(first, cue, cue + 1, false);
        boolean person = f.known() && (f.who().type() == NameType.PERSON || f.who().type() == NameType.UNKNOWN);
        return person ? f : Found.NONE;
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
                // "X menulis di Threads: "..."": a name after a preposition is where or to whom one speaks, not who
                boolean object = ph.start() > floor && p.is(ph.start() - 1, Kind.STOP);
                if (!object && (ph.form() == Form.NAME || ph.form() == Form.PRONOUN)) return referents.found(ph, -1, -1, false);
            }
            if (k.equals("berbunyi") || k.equals(BUNYI) && v == floor) {
                // Pasal 48 KUHP berbunyi, "..."; Bunyi ayat (1) pasal yang dimaksud yakni, "...": a law's words
                Speaker law = k.equals(BUNYI) ? Laws.after(p, v + 1, open, q.open()) : Laws.before(p, v, floor, q.open());
                if (law != null) return new Found(null, law, w);
            }
            Speaker stated = Laws.stating(p, v, open, floor, q.open()); // Dalam Pasal 39 UU Desa, diatur bahwa: "..."
            if (stated != null) return new Found(null, stated, w);
            // "pengguna bisa berkata, "..."": words one could say, an example, are no one's quote by that cue
            if (p.isCue(v, SpeechCue.VERB) && !p.afterYang(v) && !Unsaid.hypothetical(p, v)) {
                Phrase ph = Phrase.before(p, v, floor);
                if (ph.form() != Form.NONE) return referents.found(ph, v, v + 1, false);
                Found chained = chainedSaying(v, floor);
                if (chained != null) return chained;
            }
            if (p.isCue(v, SpeechCue.VERB) && p.afterYang(v) && v + 2 == open && p.isPunct(v + 1, ",:")) {
                // "Diikuti Jennie yang berkata, "..."": the one the clause is about says it
                Phrase ph = Phrase.before(p, v - 1, floor);
                if (ph.form() == Form.NAME) return referents.found(ph, v, v + 1, false);
            }
            if (SAID_BY.contains(k) && !p.afterYang(v)) {
                Found agent = agentLeadingIn(v, open);
                if (agent.known()) return agent;
            }
            if (k.equals("menurut") || k.equals("menurutnya")) {
                Phrase ph = k.equals("menurut") ? Phrase.after(p, v + 1, open) : Phrase.NONE;
                return referents.found(ph, v, v + 1, ph.form() == Form.NONE);
            }
            if (p.invertedBase(v) != null && v == floor) {
                Phrase ph = Phrase.after(p, v + 1, open);
                return referents.found(ph, v, v + 1, p.hasClitic(v) || ph.form() == Form.NONE);
            }
            if (p.invertedBase(v) != null && open >= 2 && p.isPunct(open - 1, ",:")) {
                // "Seperti kata Bung Hatta, "...", "kalo kata Socrates, "...": the cue and its speaker lead into the quote
                Phrase ph = Phrase.after(p, v + 1, open - 1);
                if ((ph.form() == Form.NAME || ph.form() == Form.PRONOUN) && ph.end() == open - 1) {
                    return referents.found(ph, v, v + 1, false);
                }
            }
        }
        return Found.NONE;
    }

    /**
     * {@code Saat itu Budi menghampiri warga dan berkata, "..."}: the verb of saying at token {@code v} goes on an
     * action after {@code dan}, {@code lalu}, {@code sambil}: the subject of the clause's first verb says the quote, and
     * the verb of saying is the cue. A subordinate clause between ({@code Budi terjatuh ketika seorang pria
     * mendekatinya dan berkata}) brings another subject: when that one is no name, who speaks is unknown, and the
     * first clause's subject is not taken. Null when no such chain leads to the verb.
     */
    private Found chainedSaying(int v, int floor) {
        if (v - 2 < floor || !THEN_JOIN.contains(p.lower(v - 1))) return null;
        for (int u = v - 2; u >= floor; u--) {
            if (p.inQuote(p.token(u).start()) || p.isPunct(u, ".;")) return null;
            if (p.is(u, Kind.SUBORDINATOR)) return new Found(null, Speaker.UNKNOWN, p.word(v));
            if (!p.isVerbShaped(u) || p.afterYang(u)) continue;
            Phrase ph = Phrase.before(p, u, floor);
            if (ph.form() == Form.NAME || ph.form() == Form.PRONOUN) return referents.found(ph, v, v + 1, false);
        }
        return null;
    }

    /**
     * {@code Hal ini juga disampaikan oleh Budi Santoso, staf ahli dinas, "..."}, {@code dikatakan Menag: "..."}: the
     * agent named right after a passive verb of saying at token {@code v}, its phrase running up to the comma or
     * colon that leads into the quote, says it; the passive verb is the cue.
     */
    private Found agentLeadingIn(int v, int open) {
        if (open < 2 || !p.isPunct(open - 1, ",:")) return Found.NONE;
        int from = v + 1 < open && p.lower(v + 1).equals("oleh") ? v + 2 : v + 1;
        Phrase ph = Phrase.after(p, from, open - 1);
        if (ph.start() != from || !(ph.form() == Form.NAME && ph.isAboutName(p) || ph.form() == Form.ROLE)) return Found.NONE;
        return referents.found(ph, v, v + 1, false);
    }

    // ---- 3. the sentence before, introducing the quote

    private Found introducer(DirectQuote q) {
        int open = p.tokenAt(q.open());
        if (open <= 0 || open >= p.size() || p.sentenceStart(open) != open) return Found.NONE;
        int end = open - 1;
        // "Budi menambahkan,⏎⏎"...": a lead-in closing its paragraph on a comma, the quote set as a paragraph of its own
        boolean comma = p.isPunct(end, ",") && p.paragraphBreakBefore(open);
        if (p.inQuote(p.token(end).start()) || !p.isPunct(end, ".:") && !comma) return Found.NONE;
        int floor = p.sentenceStart(end);
        for (int i = floor; i < end; i++) if (p.inQuote(p.token(i).start())) return Found.NONE;
        if (end - 2 >= floor && p.isCue(end - 1, SpeechCue.NOUN) && p.isVerbShaped(end - 2)) {
            Phrase ph = Phrase.before(p, end - 2, floor); // "David Beckham, merilis cuitan."
            if (ph.form() != Form.NONE) return referents.found(ph, end - 2, end, false);
        }
        for (int v = end - 1; v >= floor && (!comma || v == end - 1); v--) { // after a comma, only the verb right before it
            if (p.isCue(v, SpeechCue.VERB) && !p.afterYang(v)) {
                Phrase ph = Phrase.before(p, v, floor);
                if (ph.form() == Form.NAME || ph.form() == Form.PRONOUN) {
                    Found f = referents.found(ph, v, v + 1, false);
                    return p.word(end).equals(":") || comma ? f : new Found(f.who(), f.speaker(), null);
                }
            }
        }
        return Found.NONE;
    }

    /**
     * A quote the sentence leads into after a comma, its subject a name doing something
     * ({@code Lisa sempat menyapa penonton dengan penuh semangat, "What's up, Jakarta?"}): the subject
     * says it, though the verb is none of saying; the verb is the cue. After a colon the subject opens the
     * colon's clause ({@code Setelah lama tak dilirik, akun X membuat deklarasi: "..."}), and may be a body or an
     * account as well as a person: what a named subject announces with a colon is its own post or words.
     */
    /** How far into a sentence opened by a preposition its fronted phrase's comma may stand. */
    static final int MAX_FRONTED_LEAD_WORDS = 12;

    private Found leadIn(DirectQuote q) {
        int open = p.tokenAt(q.open());
        if (open < 2 || open >= p.size() || !p.isPunct(open - 1, ",:")) return Found.NONE;
        boolean colon = p.isPunct(open - 1, ":");
        int floor = p.sentenceStart(open);
        for (int i = floor; i < open; i++) if (p.inQuote(p.token(i).start())) return Found.NONE;
        Found setOff = nameSetOffBeforeVerb(floor, open, colon);
        if (setOff != null) return setOff;
        int subject = colon ? clauseStart(floor, open - 1) : floor;
        // "Di sela penampilan, Lisa sempat menyapa ...": past a short fronted phrase; a name before the comma opens
        // the subject ("Budi, warga Cimahi, berkata, ..."), unless a preposition opened the sentence: "Lewat akun
        // resmi di X, Meloni menyindir, ..." is fronted, name and all
        boolean fronted = p.is(floor, Kind.STOP);
        // a fronted phrase may be long ("Usai rapat tertutup di gedung DPR pada Senin sore, Hendra ..."); its comma
        // still ends it, and the name after it is the subject
        int reach = fronted ? MAX_FRONTED_LEAD_WORDS : Narration.MAX_TOPIC_WORDS;
        for (int i = floor; !colon && i < open && i <= floor + reach; i++) {
            if (p.isPunct(i, ",")) {
                subject = i + 1;
                break;
            }
            if (!fronted && NameWords.isNameWord(p, i)) break;
        }
        Phrase ph = Phrase.after(p, subject, open);
        if (ph.form() != Form.NAME || !ph.isAboutName(p) || !speaksLeadingIn(ph, colon)) return Found.NONE;
        int verb = ph.end();
        while (verb < open && p.is(verb, Kind.ADVERB)) verb++;
        if (verb >= open - 1 || !p.isVerbShaped(verb) || p.afterYang(verb)) return Found.NONE;
        return referents.found(ph, verb, verb + 1, false);
    }

    /**
     * {@code Warga lain, Sutarno, menanggapi, "..."}, {@code Juru bicara oposisi, Clara, menulis di Threads:
     * "..."}: a name set off by commas after its role, the verb right after the second comma: the name leads into the
     * quote, and the verb is the cue. Only the first name so set off in the lead-in is read; null when there is none
     * or it names no one who may speak.
     */
    private Found nameSetOffBeforeVerb(int floor, int open, boolean colon) {
        for (int c = floor + 1; c + 3 < open; c++) {
            if (!p.isPunct(c, ",") || !NameWords.isNameWord(p, c + 1)) continue;
            int e = NameWords.runEnd(p, c + 1);
            if (e + 1 >= open - 1 || !p.isPunct(e, ",") || !p.isVerbShaped(e + 1) || p.afterYang(e + 1)) continue;
            Phrase ph = Phrase.after(p, c + 1, e);
            if (ph.form() != Form.NAME || ph.end() != e || !ph.isAboutName(p) || !speaksLeadingIn(ph, colon)) return null;
            return referents.found(ph, e + 1, e + 2, false);
        }
        return null;
    }

    /** Where the clause ending at token {@code end} opens: after the last comma since {@code floor}, else {@code floor}. */
    private int clauseStart(int floor, int end) {
        for (int i = end - 1; i > floor; i--) if (p.isPunct(i, ",")) return i + 1;
        return floor;
    }

    /**
     * Whether a phrase's name may say the quote it leads into: a person's (a body leading into a quote after a comma
     * is more often quoting a text); after a colon anyone's but a place's.
     */
    private boolean speaksLeadingIn(Phrase ph, boolean colon) {
        People.Name n = people.resolve(ph.name(p), p.token(ph.nameStart()).start(), p.token(ph.nameEnd() - 1).end());
        return n.type() == NameType.PERSON || colon && n.type() != NameType.PLACE;
    }

    /** {@code ujarnya}, {@code ungkapnya}: a verb of saying with the clitic -nya, its speaker (not {@code tanya}, a cue ending so). */
    private static boolean hasClitic(String lower) {
        return lower.endsWith("nya") && Words.invertedBase(lower.substring(0, lower.length() - 3)) != null;
    }
}
