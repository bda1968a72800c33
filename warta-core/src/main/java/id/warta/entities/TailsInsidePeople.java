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
 * words or more; else the whole is the body's name ({@code Mitra Hospitals TB Simatupang}, a hospital's branch named
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
            List<Token> tokens = s.tokens();
            int tail = -1;
            for (int k = first; k < last && tail < 0; k++) if (tailType(tokens.get(k).text()) != null) tail = k;
            if (tail < 0) continue;
            EntityType body = tailType(tokens.get(tail).text());
            boolean holder = last - tail >= MIN_HOLDER_WORDS && readsAsPersonName(tokens, tail + 1, last + 1);
            Found person = new Found(tokens.get(tail + 1).start(), f.end(), EntityType.PERSON, f.via());
            if (tail > first) {
                found.set(i, holder ? new Found(f.start(), tokens.get(tail).end(), body, f.via())
                        : new Found(f.start(), f.end(), body, f.via()));
                if (holder) found.add(++i, person);
                continue;
            }
            // the tail opens the person: it closes the body the tagger found right before, or the capitalised word there
            if (body != EntityType.ORGANIZATION || !holder || first == 0) continue;
            Token before = tokens.get(first - 1);
            if (before.end() + 1 != f.start() || !before.isCapitalised()) continue;
            Found previous = i > 0 ? found.get(i - 1) : null;
            Found joined;
            if (previous != null && previous.end() == before.end()) {
                if (previous.type() != EntityType.ORGANIZATION) continue;
                joined = new Found(previous.start(), tokens.get(tail).end(), EntityType.ORGANIZATION, previous.via());
                found.set(i - 1, joined);
                found.set(i, person);
            } else {
                if (lexicon.titleEndsAt(tokens, first - 1) || EnglishNames.isRole(before.text())
                        || model.commonInLowerCase(before.text())) {
                    continue;
                }
                found.set(i, new Found(before.start(), tokens.get(tail).end(), EntityType.ORGANIZATION, f.via()));
                found.add(++i, person);
            }
        }
        found.sort((a, b) -> a.start() - b.start());
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
