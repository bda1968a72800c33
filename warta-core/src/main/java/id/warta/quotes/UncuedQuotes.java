package id.warta.quotes;

import id.warta.model.Quote;
import id.warta.quotes.Phrase.Form;
import java.util.List;

/**
 * The speakers of direct quotes with no cue of their own, read once every quote's own cue has been looked for
 * ({@link Attribution}): a quote opening a sentence after one whose subject or reported speech is a person quoted
 * before, or a quote standing right by a neighbour whose speaker is known. Each pass fills only quotes still unknown,
 * in this order.
 */
final class UncuedQuotes {
    /** How many sentences after the one reporting a person's speech a quote with no cue still gives their words. */
    private static final int MAX_SENTENCES_AFTER_REPORT = 2;
    /** How many sentences of narration may stand between a speaker's quote and a quote in the first person going on with it. */
    private static final int MAX_SENTENCES_OF_NARRATION = 3;

    private final Passage p;
    private final Discourse discourse;
    private final Referents referents;
    private final Narration narration;

    UncuedQuotes(Passage p, Discourse discourse, Referents referents, Narration narration) {
        this.p = p;
        this.discourse = discourse;
        this.referents = referents;
        this.narration = narration;
    }

    /** Fills {@code found}, one per quote of {@code quotes}, where no cue gave the speaker. */
    void fill(List<DirectQuote> quotes, Found[] found) {
        fillAfterSpeakersDeed(quotes, found);
        fillAfterReportingSentence(quotes, found);
        fillFromNeighbours(quotes, found);
        fillAfterReportedSpeech(quotes, found);
        fillAfterNarrationOfSpeaker(quotes, found);
    }

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
            List<Quote> reported = narration.reported().stream().filter(r -> r.start() >= start && r.end() <= end).toList();
            Who topic = discourse.person(end);
            if (!reported.isEmpty() && reported.stream().allMatch(r -> r.speaker().name().equals(speaker))
                    && topic != null && topic.name().equals(speaker)) {
                found[i] = new Found(found[i - 1].who(), found[i - 1].speaker(), null);
            }
        }
    }

    /**
     * A quote with no cue opening a sentence right after one whose subject is a person quoted before in the article,
     * by name or pronoun, whatever that sentence's verb ({@code Andi ingin agar ilmu itu menjadi milik bersama. "..."}):
     * the narration
     * sums up that person's view and the quote gives it in their words. Read before the neighbours: that sentence
     * stands between the quote and the one before, whose speaker the quote does not continue.
     */
    private void fillAfterSpeakersDeed(List<DirectQuote> quotes, Found[] found) {
        for (int i = 1; i < quotes.size(); i++) {
            if (found[i].known() || found[i].cue() != null) continue;
            // "B." "C," ujar X: the quote opens the one after it (fillFromNeighbours)
            if (i + 1 < quotes.size() && found[i + 1].known() && adjacent(quotes.get(i), quotes.get(i + 1))) continue;
            int open = p.tokenAt(quotes.get(i).open());
            if (open >= p.size() || p.sentenceStart(open) != open || !p.isPunct(open - 1, ".")) continue;
            int floor = p.sentenceStart(open - 1);
            if (floor < p.tokenAt(quotes.get(i - 1).close())) continue; // the sentence holds the quote before
            Phrase ph = Phrase.after(p, floor, open - 1);
            // "Ia hanya menyesalkan ...": a pronoun opening the sentence is the person talked about, as their name is
            boolean subject = ph.form() == Form.NAME && ph.isAboutName(p) || ph.form() == Form.PRONOUN;
            if (!subject || ph.end() >= open - 1 || p.isPunct(ph.end(), ",")) continue;
            Found f = referents.found(ph, -1, -1, false);
            if (!f.known() || f.who().type() != People.Type.PERSON) continue;
            for (int j = 0; j < i; j++) {
                if (found[j].known() && found[j].who().name().equals(f.who().name())) {
                    found[i] = new Found(f.who(), f.speaker(), null);
                    break;
                }
            }
        }
    }

    /**
     * A quote with no cue opening a sentence soon after narration reporting what a person said, that person still the
     * one talked about and no quote between ({@code Ketua X, Arif mengatakan, ... . Seharusnya ... ."..."}): the
     * narration sums up the person's words and the quote goes on with them, one sentence between or none (the
     * {@link Attribution}'s introducer reads the sentence just before only when it introduces the quote itself).
     */
    private void fillAfterReportingSentence(List<DirectQuote> quotes, Found[] found) {
        for (int i = 0; i < quotes.size(); i++) {
            if (found[i].known() || found[i].cue() != null) continue;
            // "B." "C," ujar X: the quote opens the one after it (fillFromNeighbours)
            if (i + 1 < quotes.size() && found[i + 1].known() && adjacent(quotes.get(i), quotes.get(i + 1))) continue;
            DirectQuote q = quotes.get(i);
            int open = p.tokenAt(q.open());
            if (open >= p.size() || p.sentenceStart(open) != open) continue;
            // words quoted inside a sentence of narration ("..." - kalimat bijak yang ...) are a term or a saying, not speech
            if (QuoteMarks.inNarration(p.text, q) || QuoteMarks.closesNarrationSentence(p.text, q)) continue;
            int from = i > 0 ? quotes.get(i - 1).close() : 0;
            Quote last = null;
            for (Quote r : narration.reported()) if (r.start() >= from && r.end() <= q.open()) last = r;
            if (last == null || last.speaker().name() == null
                    || p.sentenceOf(q.open()) - p.sentenceOf(last.end()) > MAX_SENTENCES_AFTER_REPORT) continue;
            Who topic = discourse.person(q.open());
            if (topic != null && topic.type() == People.Type.PERSON && topic.name().equals(last.speaker().name())) {
                found[i] = new Found(topic, last.speaker(), null);
            }
        }
    }

    /**
     * A quote with no cue, in the first or second person, opening a sentence a few sentences of narration after the quote
     * before, whose speaker is still the person talked about ({@code "...," terang Rudi. Dua pemain melekat di ingatan
     * Rudi ... Kesan itu tersisa di pikirannya. "Ketika kecil, saya ..."}): the narration told of that speaker between
     * their words, and a quote saying {@code saya}/{@code kami} is someone's speech, not a slogan or a title.
     */
    private void fillAfterNarrationOfSpeaker(List<DirectQuote> quotes, Found[] found) {
        for (int i = 1; i < quotes.size(); i++) {
            if (found[i].known() || found[i].cue() != null || !found[i - 1].known()) continue;
            Who before = found[i - 1].who();
            if (before.type() != People.Type.PERSON) continue;
            DirectQuote q = quotes.get(i);
            int open = p.tokenAt(q.open());
            if (open >= p.size() || p.sentenceStart(open) != open) continue;
            if (QuoteMarks.inNarration(p.text, q) || !QuoteMarks.speaksAsOne(p.text.substring(q.start(), q.end()))) continue;
            if (sentencesBetween(quotes.get(i - 1), q) > MAX_SENTENCES_OF_NARRATION) continue;
            Who topic = discourse.person(q.open());
            if (topic != null && topic.name().equals(before.name())) found[i] = new Found(before, found[i - 1].speaker(), null);
        }
    }

    /** How many sentences of narration open between two quotes. */
    private int sentencesBetween(DirectQuote first, DirectQuote second) {
        int from = p.tokenAt(first.close()), to = p.tokenAt(second.open());
        int sentences = 0;
        for (int i = from; i < to; i++) if (p.startsSentence(i) && !p.inQuote(p.token(i).start())) sentences++;
        return sentences;
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
}
