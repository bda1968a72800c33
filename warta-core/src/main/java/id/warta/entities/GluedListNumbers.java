package id.warta.entities;

import id.warta.language.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code 2. Budi Santoso, Dubes RI untuk Aljazair3. Ani Lestari, Dubes RI untuk Irak4. ...}: a numbered list whose line
 * breaks the source lost, so each item's number is glued onto the last word of the item before it. The word and its
 * number are one token to the tokenizer ({@code Aljazair3}), no name to the tagger; they are cut apart. A word with a
 * number of its own ({@code Moto3}, {@code Tech3}, {@code Reno16}) is left whole: a glued number counts only within a
 * run of three or more, each next item's number on another word ({@code Aljazair3. ... Irak4. ... Belgia5.}).
 */
final class GluedListNumbers {
    /** Longest list number read off a word: lists run to dozens, not hundreds. */
    private static final int MAX_DIGITS = 2;
    /** Fewest letters before the number ({@code UAE2}). */
    private static final int MIN_LETTERS = 2;
    /** Fewest glued numbers in a row that make a list ({@code Moto2. ... Tech3.} is two words' own numbers). */
    private static final int SHORTEST_RUN = 3;

    private GluedListNumbers() {
    }

    /** A word with a number glued on that closes a list item: where its digits start, and the number. */
    private record Glued(int index, int digitsAt, int number, String word) {
    }

    /** {@code tokens}, with each glued list number cut off its word into a token of its own; {@code tokens} itself when none. */
    static List<Token> apart(List<Token> tokens) {
        List<Glued> candidates = new ArrayList<>();
        for (int i = 0; i + 2 < tokens.size(); i++) {
            Glued g = glued(tokens, i);
            if (g != null) candidates.add(g);
        }
        if (candidates.size() < 2) return tokens;
        List<Glued> inRuns = new ArrayList<>();
        List<Glued> run = new ArrayList<>();
        for (Glued g : candidates) {
            if (!run.isEmpty() && !follows(run.getLast(), g)) {
                if (run.size() >= SHORTEST_RUN) inRuns.addAll(run);
                run.clear();
            }
            run.add(g);
        }
        if (run.size() >= SHORTEST_RUN) inRuns.addAll(run);
        if (inRuns.isEmpty()) return tokens;
        List<Token> out = new ArrayList<>(tokens.size() + inRuns.size());
        int r = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (r < inRuns.size() && inRuns.get(r).index() == i) {
                int cut = t.start() + inRuns.get(r).digitsAt();
                out.add(new Token(t.text().substring(0, cut - t.start()), t.start(), cut)); // the number is no word of the item
                r++;
            } else {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * The next item's number on another word: {@code Aljazair3} then {@code Irak4}, not {@code Moto2} then {@code Moto3};
     * one item between may end otherwise ({@code ... (Qatar)4.}) and is skipped.
     */
    private static boolean follows(Glued a, Glued b) {
        return (b.number() == a.number() + 1 || b.number() == a.number() + 2) && !b.word().equals(a.word());
    }

    /**
     * The token at {@code i} as a capitalised word of letters with one or two digits glued on, followed at once by a
     * period, a space and a capitalised word ({@code Aljazair3. Bambang}); null otherwise.
     */
    private static Glued glued(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        String s = t.text();
        if (s.isEmpty() || !Character.isUpperCase(s.charAt(0))) return null;
        int d = s.length();
        while (d > 0 && Character.isDigit(s.charAt(d - 1))) d--;
        if (d == s.length() || s.length() - d > MAX_DIGITS || d < MIN_LETTERS || s.charAt(d - 1) == '-') return null;
        for (int k = 0; k < d; k++) if (!Character.isLetter(s.charAt(k))) return null;
        Token period = tokens.get(i + 1), next = tokens.get(i + 2);
        if (!period.text().equals(".") || period.start() != t.end() || next.start() != period.end() + 1
                || !next.isCapitalised()) {
            return null;
        }
        return new Glued(i, d, Integer.parseInt(s.substring(d)), s.substring(0, d));
    }
}
