package id.warta.language;

/** What a {@link Token} is, read from its text. */
public enum TokenKind {
    /** Letters, perhaps with digits, inner hyphens or apostrophes: {@code negara-negara}, {@code Jum'at}, {@code G20}. */
    WORD,
    /** Digits in Indonesian notation: {@code 97,7}, {@code 1.549}, {@code 21/10/2025}, {@code 09.07}. */
    NUMBER,
    /** A word with its final period: {@code Dr.}, {@code Jl.}, {@code S.H.}, {@code M.Si.}, an initial {@code H.}. */
    ABBREVIATION,
    /** {@code https://...}, {@code www.detik.com}, {@code KOMPAS.com}. */
    URL,
    EMAIL,
    /** {@code #PemiluDamai}. */
    HASHTAG,
    /** {@code @jokowi}. */
    MENTION,
    /** One emoji, with its modifiers and joined parts. */
    EMOJI,
    /** Currency and other signs: {@code US$}, {@code %}, {@code €}, {@code +}. */
    SYMBOL,
    /** Punctuation: {@code .}, {@code ...}, {@code ,}, quotation marks, brackets, dashes. */
    PUNCTUATION
}
