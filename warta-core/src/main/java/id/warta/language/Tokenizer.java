package id.warta.language;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts Indonesian news text into tokens with offsets into the original text: words (with
 * inner hyphens and apostrophes: {@code negara-negara}, {@code Jum'at}), numbers in Indonesian
 * notation ({@code 97,7}, {@code 1.549}, {@code 21/10/2025}), and single punctuation marks.
 * Linear in the length of the text.
 */
public final class Tokenizer {
    private static final Pattern TOKEN = Pattern.compile(
            "\\d+(?:[.,/:]\\d+)*"                       // numbers: 1.549  97,7  21/10/2025  09:07
            + "|[\\p{L}\\p{M}\\d]+(?:['’\\-][\\p{L}\\p{M}\\d]+)*" // words: negara-negara, Jum'at, COVID-19
            + "|\\S");                                  // anything else, one character at a time

    private Tokenizer() {
    }

    public static List<Token> tokenize(String text) {
        return tokenize(text, 0, text.length());
    }

    /** The tokens of {@code text[from, to)}, with offsets into the whole {@code text}. */
    public static List<Token> tokenize(String text, int from, int to) {
        List<Token> tokens = new ArrayList<>(Math.max(8, (to - from) / 6));
        Matcher m = TOKEN.matcher(text).region(from, to);
        while (m.find()) tokens.add(new Token(m.group(), m.start(), m.end()));
        return tokens;
    }
}
