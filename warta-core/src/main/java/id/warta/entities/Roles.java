package id.warta.entities;

import id.warta.language.Token;
import id.warta.lexicon.Lexicon;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the role a sentence gives a person: a title phrase written just before the name
 * ({@code Menteri Luar Negeri Jerman, Annalena Baerbock}, {@code Presiden terpilih AS Donald
 * Trump}) or set off after it ({@code Annalena Baerbock, Menteri Luar Negeri Jerman,}). A role
 * starts with a listed title or rank and runs over capitalised words, names and a few
 * lower-case words that qualify titles.
 */
final class Roles {
    /** Lower-case words that may sit inside a role ({@code Presiden terpilih AS}; {@code role-qualifiers.tsv}). */
    private static final Set<String> QUALIFIERS = Set.copyOf(Lexicon.lines(Roles.class, "role-qualifiers.tsv"));
    private static final int LONGEST_ROLE = 14;

    private final EntityLexicon lexicon = EntityLexicon.INSTANCE;

    /** The role before the name starting at token {@code first} of {@code s}, or null. */
    String before(Sentence s, int first) {
        List<Token> tokens = s.tokens();
        int end = first;
        if (end > 0 && tokens.get(end - 1).text().equals(",")) end--;
        int start = end;
        while (start > 0 && end - start < LONGEST_ROLE && partOfRole(tokens.get(start - 1).text())) start--;
        start = afterLastCoordinatedTitle(tokens, start, end);
        for (int i = start; i < end; i++) {
            if (titleAt(tokens, i, end)) return text(s, tokens, i, end);
        }
        return null;
    }

    /**
     * Where the role of the last of several people named with their titles opens: after the last {@code dan} right
     * before a title ({@code Presiden Prabowo Subianto dan Presiden Rusia Vladimir Putin} gives Putin {@code Presiden
     * Rusia}), else at {@code start}. A {@code dan} inside a body's name ({@code Menteri Pemuda dan Olahraga}) has no
     * title right after it; one between two bare titles joins one person's offices ({@code Presiden dan CEO X}).
     */
    private int afterLastCoordinatedTitle(List<Token> tokens, int start, int end) {
        for (int d = end - 2; d > start; d--) {
            if (tokens.get(d).text().equals("dan") && titleAt(tokens, d + 1, end) && !titleAt(tokens, d - 1, d)) return d + 1;
        }
        return start;
    }

    /** The role set off by a comma after the name ending before token {@code next}, or null. */
    String after(Sentence s, int next) {
        List<Token> tokens = s.tokens();
        if (next >= tokens.size() || !tokens.get(next).text().equals(",")) return null;
        int start = next + 1, end = start;
        while (end < tokens.size() && end - start < LONGEST_ROLE && partOfRole(tokens.get(end).text())) end++;
        if (end == start || !titleAt(tokens, start, end)) return null;
        return text(s, tokens, start, end);
    }

    /** Whether a role or a rank (not an honorific alone) opens at token {@code at}, ending by token {@code end}. */
    private boolean titleAt(List<Token> tokens, int at, int end) {
        return lexicon.titleLength(EntityLexicon.texts(tokens), at, end,
                kind -> kind == EntityLexicon.TitleKind.ROLE || kind == EntityLexicon.TitleKind.RANK) > 0;
    }

    private static boolean partOfRole(String word) {
        char c = word.charAt(0);
        return Character.isUpperCase(c) || Character.isDigit(c) || word.equals("(") || word.equals(")")
                || QUALIFIERS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static String text(Sentence s, List<Token> tokens, int from, int to) {
        while (to > from && !tokens.get(to - 1).isWord() && !tokens.get(to - 1).text().equals(")")) to--;
        return to == from ? null : s.tokensText(from, to);
    }
}
