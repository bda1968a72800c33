package id.warta.entities;

import id.warta.entities.ner.NerModel;
import id.warta.language.Token;
import id.warta.lexicon.Lexicon;
import id.warta.model.EntityType;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Further mentions of names an article found, where the tagger left them: a defined abbreviation used again, a
 * person's family or given name alone ({@code Baerbock}), a body's generic head alone ({@code parlemen}).
 */
final class Recurrences {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** Generic heads of organisation names that stand alone for the organisation once named ({@code anaphoric-heads.tsv}). */
    private static final Set<String> ANAPHORIC_HEADS = Set.copyOf(Lexicon.lines(Recurrences.class, "anaphoric-heads.tsv"));
    private static final int SHORTEST_REPEATED_NAME_WORD = 3;

    private final NerModel model;
    private final EntityLexicon lexicon = EntityLexicon.INSTANCE;

    Recurrences(NerModel model) {
        this.model = model;
    }

    /** Every further use of a defined abbreviation that no found name covers. */
    void addOccurrences(List<Sentence> sentences, List<Found> found, Map<String, Found> abbreviations) {
        if (abbreviations.isEmpty()) return;
        List<Found> added = new ArrayList<>();
        Occupied taken = new Occupied(found);
        for (Sentence s : sentences) {
            for (Token t : s.tokens()) {
                Found longForm = abbreviations.get(t.text());
                if (longForm == null) continue;
                Found f = new Found(t.start(), t.end(), longForm.type(), "abbreviation");
                if (!taken.overlaps(f)) {
                    taken.add(f);
                    added.add(f);
                }
            }
        }
        found.addAll(added);
    }

    /**
     * Every further use of a person's family or given name that no found name covers, in any
     * case ({@code baerbock}), unless it is a common word news writes in lower case.
     */
    void addRepeatedNames(String text, List<Sentence> sentences, List<Found> found) {
        Set<String> words = new LinkedHashSet<>();
        for (Found f : found) {
            if (f.type() != EntityType.PERSON) continue;
            String[] parts = WHITESPACE.split(f.textIn(text));
            if (parts.length < 2) continue;
            for (String p : List.of(parts[0], parts[parts.length - 1])) {
                String w = p.toLowerCase(Locale.ROOT);
                if (w.length() >= SHORTEST_REPEATED_NAME_WORD && lexicon.titles.get(w) == null) words.add(w);
            }
        }
        if (words.isEmpty()) return;
        LowerCaseWords names = LowerCaseWords.of(words);
        List<Found> added = new ArrayList<>();
        Occupied taken = new Occupied(found);
        for (Sentence s : sentences) {
            for (Token t : s.tokens()) {
                String w = names.lowered(t.text());
                if (w == null) continue;
                boolean capitalised = Character.isUpperCase(t.text().charAt(0));
                if (!capitalised && model.commonInLowerCase(w)) continue;
                Found f = new Found(t.start(), t.end(), EntityType.PERSON, "repeat");
                if (!taken.overlaps(f)) {
                    taken.add(f);
                    added.add(f);
                }
            }
        }
        found.addAll(added);
    }

    /**
     * Lowercased words, looked up with a word in any case without lowercasing every word of an
     * article: lowercasing keeps a word's length (but for {@code İ}, which becomes {@code i} and a
     * combining dot) and lowercases its first letter on its own, so most words are ruled out unlowercased.
     */
    private record LowerCaseWords(Set<String> words, BitSet lengths, BitSet firstLetters) {
        static LowerCaseWords of(Set<String> lowercased) {
            BitSet lengths = new BitSet(), firstLetters = new BitSet(); // bits, not boxed numbers: asked of every token
            for (String w : lowercased) {
                lengths.set(w.length());
                firstLetters.set(w.codePointAt(0));
            }
            return new LowerCaseWords(lowercased, lengths, firstLetters);
        }

        /** {@code word} lowercased when that is one of the words, else null. */
        String lowered(String word) {
            if (word.isEmpty() || !firstLetters.get(Character.toLowerCase(word.codePointAt(0)))) return null;
            if (!lengths.get(word.length()) && word.indexOf('\u0130') < 0) return null;
            String w = word.toLowerCase(Locale.ROOT);
            return words.contains(w) ? w : null;
        }
    }

    /**
     * Later uses of the generic head of an organisation's name ({@code parlemen} after
     * {@code Parlemen Jerman}) when no other organisation in the article shares that head.
     */
    void addHeadReferences(String text, List<Sentence> sentences, List<Found> found) {
        Map<String, Found> byHead = new HashMap<>();
        Set<String> shared = new HashSet<>();
        for (Found f : found) {
            if (f.type() != EntityType.ORGANIZATION) continue;
            String[] words = WHITESPACE.split(f.textIn(text));
            String head = words[0].toLowerCase(Locale.ROOT);
            if (words.length < 2 || !ANAPHORIC_HEADS.contains(head)) continue;
            Found before = byHead.putIfAbsent(head, f);
            if (before != null && !EntityKeys.of(before.textIn(text)).equals(EntityKeys.of(String.join(" ", words)))) {
                shared.add(head);
            }
        }
        shared.forEach(byHead::remove);
        if (byHead.isEmpty()) return;
        LowerCaseWords heads = LowerCaseWords.of(byHead.keySet());
        List<Found> added = new ArrayList<>();
        Occupied taken = new Occupied(found);
        for (Sentence s : sentences) {
            List<Token> tokens = s.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                String head = heads.lowered(t.text());
                Found named = head == null ? null : byHead.get(head);
                if (named == null || t.start() < named.end()) continue;
                boolean modified = i + 1 < tokens.size() && Character.isUpperCase(tokens.get(i + 1).text().charAt(0));
                Found f = new Found(t.start(), t.end(), EntityType.ORGANIZATION, "head:" + named.start());
                if (!modified && !taken.overlaps(f)) {
                    taken.add(f);
                    added.add(f);
                }
            }
        }
        found.addAll(added);
    }
}
