package id.warta.entities;

import id.warta.entities.ner.NerModel;
import id.warta.language.Token;
import id.warta.model.EntityType;
import java.util.List;
import java.util.Locale;

/**
 * {@code Analis Sinar Sekuritas Budi Hartono}, {@code CEO Arka Plc Dimas Wirawan}: news names an office's body, closing
 * with a word that closes bodies' names ({@code heads.tsv}, {@code last}), then its holder, and the tagger may read both
 * as one person. A person's name holds no such word inside it: the words up to it are the body (of the type that word
 * gives: a hospital is a place), the capitalised words after it the holder when they read as a person's name, two
 * words or more; else the whole is the body's name ({@code Elora Hospitals TB Simatupang}, a hospital's branch named
 * after its street; {@code Ina Sekuritas Indonesia}). Such a word opening the person ({@code Rajawali Group Sinta
 * Dewi}, the tagger finding the firm's first word alone) closes the body right before it instead. Not a place's word
 * opening a name ({@code Park Ji-hoon}): only a body's word opens a person so.
 */
final class TailsInsidePeople {
    /** A holder's name after the body holds at least this many words (one word is as often the branch: {@code Indonesia}). */
    private static final int MIN_HOLDER_WORDS = 2;

    private final NerModel model;
    private final EntityLexicon lexicon = EntityLexicon.INSTANCE;

    TailsInsidePeople(NerModel model) {
        this.model = model;
    }

    /** {@code found}, sorted by start, with such people split or retyped; in place, sorted after. */
    void split(List<Sentence> sentences, List<Found> found) {
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            if (f.type() != EntityType.PERSON) continue;
            Sentence s = Sentence.containing(sentences, f.start());
            if (s == null || !s.cased()) continue;
            int first = s.tokenAt(f.start()), last = s.tokenEndingAt(f.end());
            if (first < 0 || last <= first) continue;
            int tail = firstTail(s.tokens(), first, last);
            if (tail < 0) i = withoutTail(s, found, i, first, last);
            else if (tail > first) i = tailInside(found, i, cut(s.tokens(), f, tail, last));
            else i = tailOpening(s.tokens(), found, i, first, cut(s.tokens(), f, tail, last));
        }
        found.sort((a, b) -> a.start() - b.start());
    }

    /**
     * How a person's name splits at its tail: the body's type and where the body ends, and its holder after the tail
     * (null when the words after it are the body's rest, an all-capitals or common word); {@code oneNameWord}: a
     * single name-like word follows the tail.
     */
    private record Cut(EntityType body, int bodyEnd, Found holder, boolean oneNameWord) {
    }

    /** The first token of {@code [first, last)} closing bodies' names, or -1. */
    private int firstTail(List<Token> tokens, int first, int last) {
        for (int k = first; k < last; k++) if (tailType(tokens.get(k).text()) != null) return k;
        return -1;
    }

    /** How the person {@code f}, tokens {@code [.., last]}, splits at the tail at token {@code tail}. */
    private Cut cut(List<Token> tokens, Found f, int tail, int last) {
        boolean personAfter = last > tail && readsAsPersonName(tokens, tail + 1, last + 1);
        boolean holder = personAfter && last - tail >= MIN_HOLDER_WORDS;
        Found person = holder ? new Found(tokens.get(tail + 1).start(), f.end(), EntityType.PERSON, f.via()) : null;
        int bodyEnd = holder ? tokens.get(tail).end() : f.end();
        return new Cut(tailType(tokens.get(tail).text()), bodyEnd, person, personAfter && !holder);
    }

    /**
     * No tail inside the person {@code found[i]}: it may be the rest of the body found right before it
     * ({@link #restOfBody}, then it goes) or close a body named whole elsewhere ({@link #bodyNamedElsewhere}).
     * Returns the index the loop goes on from.
     */
    private int withoutTail(Sentence s, List<Found> found, int i, int first, int last) {
        if (restOfBody(s, found, i, first, last)) {
            found.remove(i);
            return i - 1;
        }
        bodyNamedElsewhere(s.text(), found, i);
        return i;
    }

    /**
     * A tail inside the person {@code found[i]} ({@code Analis Sinar Sekuritas Budi Hartono}): the body up to it, then
     * its holder.
     */
    private static int tailInside(List<Found> found, int i, Cut cut) {
        return bodyThenHolder(found, i, found.get(i).start(), cut);
    }

    /**
     * A tail opening the person {@code found[i]}, token {@code first} ({@code Rajawali Group Sinta Dewi}): it closes
     * the body the tagger found right before, or the capitalised word there. When one name-like word follows it, or a
     * tail that is no body's opens a longer name ({@code Park Ji-hoon}), the whole is a person's name of its own.
     * Returns the index the loop goes on from.
     */
    private int tailOpening(List<Token> tokens, List<Found> found, int i, int first, Cut cut) {
        if (cut.oneNameWord() || cut.holder() != null && cut.body() != EntityType.ORGANIZATION || first == 0) return i;
        Found f = found.get(i);
        Token before = tokens.get(first - 1);
        if (before.end() + 1 != f.start() || !before.isCapitalised()) return i;
        Found previous = i > 0 ? found.get(i - 1) : null;
        if (previous != null && previous.end() == before.end()) {
            if (previous.type() != EntityType.ORGANIZATION && previous.type() != cut.body()) return i;
            found.set(i - 1, new Found(previous.start(), cut.bodyEnd(), cut.body(), previous.via()));
            if (cut.holder() != null) found.set(i, cut.holder());
            else found.remove(i--);
            return i;
        }
        if (lexicon.titleEndsAt(tokens, first - 1) || EnglishNames.isRole(before.text())
                || model.commonInLowerCase(before.text())) {
            return i;
        }
        return bodyThenHolder(found, i, before.start(), cut);
    }

    /**
     * {@code found[i]} becomes the body from {@code start} to the cut, its holder (if any) added after it; returns where
     * the loop goes on.
     */
    private static int bodyThenHolder(List<Found> found, int i, int start, Cut cut) {
        found.set(i, new Found(start, cut.bodyEnd(), cut.body(), found.get(i).via()));
        if (cut.holder() != null) found.add(++i, cut.holder());
        return i;
    }

    /**
     * Whether the person {@code found[i]}, tokens {@code [first, last]}, is the rest of the body's name found right
     * before it, closing with a tail ({@code Elora Hospitals} | {@code TB Simatupang}): opening with a word in capitals,
     * as a street named after someone by his initials does, one space between. The body is widened over it. A name of
     * words ({@code Oxford Economics} | {@code Alex Holmes}) is the holder, whatever the lists say of its words.
     */
    private boolean restOfBody(Sentence s, List<Found> found, int i, int first, int last) {
        if (i == 0 || first == 0 || !inCapitals(s.tokens().get(first).text())) return false;
        Found previous = found.get(i - 1), f = found.get(i);
        Token before = s.tokens().get(first - 1);
        if (previous.end() != before.end() || before.end() + 1 != f.start() || previous.type() == EntityType.PERSON
                || tailType(before.text()) == null) {
            return false;
        }
        found.set(i - 1, new Found(previous.start(), f.end(), previous.type(), previous.via()));
        return true;
    }

    /**
     * The person {@code found[i]} closing, right there, a body's or a place's name the article gives elsewhere with a
     * tail before it ({@code Tim Aritmia Elora Hospitals} | {@code TB Simatupang}, the hospital named whole before): that
     * name, unless another name found runs into it.
     */
    private void bodyNamedElsewhere(String text, List<Found> found, int i) {
        Found f = found.get(i);
        String name = f.textIn(text);
        for (Found o : found) {
            if (o.type() == EntityType.PERSON) continue;
            String other = o.textIn(text);
            int start = f.end() - other.length();
            if (!other.endsWith(" " + name) || start < 0 || !text.startsWith(other, start)) continue;
            String rest = other.substring(0, other.length() - name.length() - 1);
            if (tailType(rest.substring(rest.lastIndexOf(' ') + 1)) == null) continue;
            Found whole = new Found(start, f.end(), o.type(), f.via());
            if (found.stream().anyMatch(g -> g != f && g.overlaps(whole))) return;
            found.set(i, whole);
            return;
        }
    }

    /** Whether {@code word} is two capitals or more and nothing else ({@code TB}). */
    private static boolean inCapitals(String word) {
        return word.length() >= 2 && word.chars().allMatch(c -> c >= 'A' && c <= 'Z');
    }

    /** The type a word closing bodies' names gives ({@code Sekuritas}, {@code Hospitals}), or null. */
    private EntityType tailType(String word) {
        return Character.isUpperCase(word.charAt(0)) ? lexicon.tails.get(word.toLowerCase(Locale.ROOT)) : null;
    }

    /** Whether tokens {@code [from, to)} read as a person's name: capitalised words, no capitals alone, no common or head word. */
    private boolean readsAsPersonName(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            String w = tokens.get(i).text();
            if (w.length() < 2 || !Character.isUpperCase(w.charAt(0)) || w.equals(w.toUpperCase(Locale.ROOT))
                    || model.commonInLowerCase(w) || lexicon.heads.containsKey(w.toLowerCase(Locale.ROOT))
                    || tailType(w) != null || lexicon.aliases.containsKey(w)) {
                return false;
            }
        }
        return true;
    }
}
