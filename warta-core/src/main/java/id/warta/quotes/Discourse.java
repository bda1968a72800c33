package id.warta.quotes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Who the text has been talking about, in order: the subjects of its sentences and the
 * speakers of its quotes. A pronoun ({@code ia}, {@code dia}, {@code beliau}), a {@code -nya}
 * ({@code katanya}) or a definite description ({@code laporan itu}, {@code sumber tadi})
 * points back to the latest fitting one, never further than {@value #MAX_SENTENCES_BACK}
 * sentences ({@value #MAX_SENTENCES_DESCRIBED} for a description): beyond, the speaker is
 * unknown rather than guessed.
 */
final class Discourse {
    static final int MAX_SENTENCES_BACK = 8;
    /** A definite description ({@code sumber tadi}, {@code laporan itu}) names what it points to, so it reaches further. */
    static final int MAX_SENTENCES_DESCRIBED = 20;
    /** How far back a {@code -nya} looks for a person before it settles for the latest subject of any kind. */
    static final int MAX_SENTENCES_NYA_PERSON = 3;
    /**
     * How far back a {@code -nya} still finds the person last quoted, past bodies named since: a passage
     * quoting an official tells what the body does between the quotes ({@code Komdigi pun menyoroti ...
     * "...," ucapnya}), and the quotes stay the official's.
     */
    static final int MAX_SENTENCES_NYA_SPEAKER = 6;
    /** Shorter words of a name are initials, not the name a speaker tells of. */
    private static final int MIN_NAME_LETTERS = 3;

    /**
     * {@code quoted}: the speaker of a direct quote there; {@code patient}: the subject of a passive verb
     * ({@code Henry dinilai pantas dihukum}), someone acted upon rather than a voice of the text; {@code actor}:
     * only the subject of a verb other than saying there ({@code Budi kemudian memukul korban}).
     */
    private record Entry(int sentence, Who who, boolean quoted, boolean patient, boolean actor) {
    }

    /** Words someone was found saying, directly or reported: whom a speaker tells of. */
    private record Said(String speaker, int start, int end) {
    }

    private final Passage passage;
    private final TreeMap<Integer, Entry> byOffset = new TreeMap<>();
    private final List<Said> said = new ArrayList<>();

    Discourse(Passage passage) {
        this.passage = passage;
    }

    void add(int offset, Who who) {
        add(offset, who, false, false);
    }

    /**
     * {@link #add(int, Who)}; {@code quoted}: {@code who} is the speaker of a direct quote there;
     * {@code patient}: the subject of a passive verb there.
     */
    void add(int offset, Who who, boolean quoted, boolean patient) {
        add(offset, who, quoted, patient, false);
    }

    /** {@code who} is only the subject of a verb other than saying at {@code offset}; {@code patient}: a passive one. */
    void addActor(int offset, Who who, boolean patient) {
        add(offset, who, false, patient, true);
    }

    private void add(int offset, Who who, boolean quoted, boolean patient, boolean actor) {
        if (who != null && who.type() != NameType.PLACE) {
            // the narration reads a quote's attribution again ("...," kata X): X stays its speaker
            byOffset.merge(offset, new Entry(passage.sentenceOf(offset), who, quoted, patient, actor),
                    (was, now) -> new Entry(now.sentence(), now.who(), was.quoted() || now.quoted(),
                            was.patient() || now.patient(), was.actor() && now.actor()));
        }
    }

    /** {@code who} said the words in {@code [start, end)}, in quotation marks or reported. */
    void said(Who who, int start, int end) {
        said.add(new Said(who.name(), start, end));
    }

    /** Whether anyone is noted within {@code [from, to)}. */
    boolean anyoneIn(int from, int to) {
        return !byOffset.subMap(from, to).isEmpty();
    }

    /** Someone the text talks about before its first word: the person its headline names. */
    void seed(Who who) {
        byOffset.put(-1, new Entry(0, who, false, false, false));
    }

    /** What {@code ia}/{@code dia}/{@code beliau} point to: the latest person, or name of unknown kind, before {@code offset}. */
    Who person(int offset) {
        return person(offset, w -> false);
    }

    /** {@link #person(int)}, passing over anyone {@code outside} says cannot be meant, when someone else fits. */
    Who person(int offset, Predicate<Who> outside) {
        Predicate<Entry> fits = e -> e.who().type() == NameType.PERSON || e.who().type() == NameType.UNKNOWN;
        Entry e = latestEntry(offset, fits.and(x -> !outside.test(x.who())), MAX_SENTENCES_BACK);
        return voiceOver(offset, e != null ? e : latestEntry(offset, fits, MAX_SENTENCES_BACK));
    }

    /**
     * {@code found}'s one, unless it is only acted upon ({@code Mendagri Tito tetap harus diberi peringatan.
     * "...," jelas dia}) or is a force spoken of as a body ({@code Polisi mengatakan ... "...," jelasnya}: one
     * voice speaks, not the police) while a person quoted within {@value #MAX_SENTENCES_NYA_SPEAKER} sentences
     * speaks in the passage: then that person, the voice the narration reports.
     */
    private Who voiceOver(int offset, Entry found) {
        return voiceOver(offset, found, false);
    }

    /**
     * {@link #voiceOver(int, Entry)}; for a {@code -nya} ({@code nya}) also when {@code found} only acts in the
     * narration, has never spoken, and the person quoted since has named it in what they said: the one a
     * speaker tells of ({@code Budi menjelaskan Andi mabuk. Andi kemudian memukul korban. "...," jelasnya}) is
     * the story, the speaker goes on telling it.
     */
    private Who voiceOver(int offset, Entry found, boolean nya) {
        if (found == null) return null;
        boolean overruled = found.patient() || isGroup(found.who());
        boolean toldOf = !overruled && nya && found.actor() && !spoke(found.who(), offset);
        if (overruled || toldOf) {
            Entry voice = latestEntry(offset, e -> e.quoted() && e.who().type() == NameType.PERSON,
                    MAX_SENTENCES_NYA_SPEAKER);
            if (voice != null && (overruled || hasNamed(voice.who(), found.who(), offset))) return voice.who();
        }
        return found.who();
    }

    /** Whether {@code who} was noted before {@code offset} other than as the subject of a deed: quoted, or saying. */
    private boolean spoke(Who who, int offset) {
        for (Entry e : byOffset.subMap(0, offset).values()) { // not the headline's person, seeded before the text
            if (!e.actor() && e.who().name().equals(who.name())) return true;
        }
        return false;
    }

    /** Whether {@code speaker}, before {@code offset}, said a word of {@code who}'s name (a given or family name). */
    private boolean hasNamed(Who speaker, Who who, int offset) {
        if (speaker.name().equals(who.name())) return false;
        List<String> names = Arrays.stream(who.name().split(" "))
                .filter(w -> w.length() >= MIN_NAME_LETTERS && Character.isUpperCase(w.codePointAt(0))).toList();
        for (Said s : said) {
            if (s.end() > offset || !s.speaker().equals(speaker.name())) continue;
            for (String word : names) if (holdsWord(s, word)) return true;
        }
        return false;
    }

    /** Whether {@code word} stands whole in the words {@code s}. */
    private boolean holdsWord(Said s, String word) {
        int at = Passage.indexOfWord(passage.text, word, s.start());
        return at >= 0 && at + word.length() <= s.end();
    }

    /** Whether {@code who} is only a bare word for a force or staff ({@code Polisi}, {@code petugas}), no one named. */
    private static boolean isGroup(Who who) {
        return who.entity() == null && who.name().equals(who.role()) && who.name().indexOf(' ') < 0
                && Words.is(who.name(), Words.Kind.GROUP);
    }

    /**
     * What {@code -nya} points to: the latest person before {@code offset} within
     * {@value #MAX_SENTENCES_NYA_PERSON} sentences (the product or index a speaker talks about
     * is often the latest subject: {@code Harga Solar naik ... ," ungkapnya}), else the person last quoted
     * within {@value #MAX_SENTENCES_NYA_SPEAKER} sentences, else the latest person within
     * {@value #MAX_SENTENCES_BACK} when quoted before, else the latest one.
     */
    Who anyone(int offset) {
        return anyone(offset, w -> false);
    }

    /**
     * {@link #anyone(int)}, passing over anyone {@code outside} says cannot be meant (a person the quote
     * itself names: {@code "... (Alwi dan Ubed) ...," ujarnya} is not Alwi's) when someone else fits.
     */
    Who anyone(int offset, Predicate<Who> outside) {
        Who found = anyoneAmong(offset, w -> !outside.test(w));
        return found != null ? found : anyoneAmong(offset, w -> true);
    }

    private Who anyoneAmong(int offset, Predicate<Who> candidate) {
        Who person = voiceOver(offset, latestEntry(offset, e -> e.who().type() == NameType.PERSON
                && candidate.test(e.who()), MAX_SENTENCES_NYA_PERSON), true);
        if (person == null) person = who(latestEntry(offset, e -> e.quoted() && e.who().type() == NameType.PERSON
                && candidate.test(e.who()), MAX_SENTENCES_NYA_SPEAKER));
        if (person == null) person = lastVoice(offset, candidate);
        return person != null ? person : latest(offset, candidate, MAX_SENTENCES_BACK);
    }

    /**
     * The latest person within {@value #MAX_SENTENCES_BACK} sentences when that person has been quoted
     * before and no other person is named since: a passage telling what the speaker's company plans
     * between two quotes ({@code Ciptadana akan ... "...," sebutnya}) names bodies and products the
     * speaker talks about, and the -nya is still the speaker's.
     */
    private Who lastVoice(int offset, Predicate<Who> candidate) {
        Entry last = latestEntry(offset, e -> e.who().type() == NameType.PERSON, MAX_SENTENCES_BACK);
        if (last == null || !candidate.test(last.who())) return null;
        String name = last.who().name();
        for (Entry e : byOffset.headMap(offset, false).values()) {
            if (e.quoted() && e.who().name().equals(name)) return last.who();
        }
        return null;
    }

    /** The latest organisation before {@code offset}: what {@code laporan itu} speaks for. */
    Who body(int offset) {
        return latest(offset, w -> w.type() == NameType.ORG, MAX_SENTENCES_BACK);
    }

    /**
     * The latest body or team within {@value #MAX_SENTENCES_BACK} sentences before {@code offset} that has spoken (quoted, or
     * saying) before it: whom a plural {@code mereka} after a cue means when the last voice is a single person
     * ({@code "...," sambung mereka. ... Ketua X, "...". "...," tegas mereka}: the body again, not X).
     */
    Who spokenBody(int offset) {
        Entry e = latestEntry(offset, x -> x.quoted() && isMany(x.who()), MAX_SENTENCES_BACK);
        return who(e);
    }

    /** Whether {@code who} is a body, or a name opened by a word for a team or panel ({@code Tim Transisi}), many people. */
    private static boolean isMany(Who who) {
        int space = who.name().indexOf(' ');
        return who.type() == NameType.ORG
                || space > 0 && AttributionWords.COLLECTIVE.contains(Words.key(who.name().substring(0, space)));
    }

    /** The latest one described with {@code word} ({@code sumber tadi} → {@code seorang sumber yang ...}). */
    Who described(String word, int offset) {
        String key = " " + Words.key(word) + " ";
        return latest(offset, w -> w.role() != null && (" " + Words.key(w.role()) + " ").contains(key), MAX_SENTENCES_DESCRIBED);
    }

    private Who latest(int offset, Predicate<Who> fits, int maxSentencesBack) {
        return who(latestEntry(offset, e -> fits.test(e.who()), maxSentencesBack));
    }

    private static Who who(Entry e) {
        return e == null ? null : e.who();
    }

    private Entry latestEntry(int offset, Predicate<Entry> fits, int maxSentencesBack) {
        int sentence = passage.sentenceOf(offset);
        for (Map.Entry<Integer, Entry> e : byOffset.headMap(offset, false).descendingMap().entrySet()) {
            if (sentence - e.getValue().sentence() > maxSentencesBack) return null;
            if (fits.test(e.getValue())) return e.getValue();
        }
        return null;
    }
}
