package id.warta.language;

import id.warta.model.Located;

/**
 * A word, number, abbreviation, URL, emoji or punctuation mark, with its {@code [start, end)} span
 * in the text it was cut from: {@code text} is always {@code whole.substring(start, end)}. What the
 * token is ({@link #kind()}) and how a word breaks into base and clitics ({@link #clitics()}) are
 * read from the text on demand.
 */
public record Token(String text, int start, int end) implements Located {
    public Token {
        Located.check(start, end);
    }

    public TokenKind kind() {
        if (text.isEmpty()) return TokenKind.SYMBOL;
        int c = text.codePointAt(0);
        if (Character.isLetter(c) && text.length() > 1 && (text.endsWith(".") || isDottedAbbreviation())) {
            return TokenKind.ABBREVIATION;
        }
        if (c == '#' && text.length() > 1) return TokenKind.HASHTAG;
        if (c == '@' && text.length() > 1) return TokenKind.MENTION;
        if (text.indexOf('@') > 0) return TokenKind.EMAIL;
        if (Character.isDigit(c)) return isNumeric() ? TokenKind.NUMBER : TokenKind.WORD;
        if (Character.isLetter(c)) {
            if (text.indexOf('.') > 0 || text.contains("://")) return TokenKind.URL;
            return text.indexOf('$') > 0 ? TokenKind.SYMBOL : TokenKind.WORD;
        }
        if (Tokenizer.isEmojiStart(c)) return TokenKind.EMOJI;
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION -> TokenKind.PUNCTUATION;
            default -> TokenKind.SYMBOL;
        };
    }

    /** Starts with a letter or digit: words, numbers, abbreviations, URLs and e-mail addresses. */
    public boolean isWord() {
        return Character.isLetterOrDigit(text.codePointAt(0));
    }

    /** Starts with a capital letter: {@code Jakarta}, {@code KPK}. */
    public boolean isCapitalised() {
        return Character.isUpperCase(text.codePointAt(0));
    }

    /** Has at least two letters and no lowercase one: {@code KPK}, {@code NATO}, a word of an all-caps headline. */
    public boolean isAllCaps() {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) return false;
            if (Character.isLetter(c)) letters++;
        }
        return letters >= 2;
    }

    /** A word repeated across a hyphen, whole or with affixes: {@code negara-negara}, {@code anak-anaknya}. */
    public boolean isReduplicated() {
        return Stemmer.indonesian().reduplicationBase(text) != null;
    }

    /**
     * The word's base and the clitics around it: {@code katanya} is {@code kata} + {@code -nya},
     * {@code kubawa} is {@code ku-} + {@code bawa}; a token without clitics is all base.
     */
    public Clitics clitics() {
        return Clitics.of(this);
    }

    /** {@code Sp.PD}: inner periods, short letter parts, not a domain. */
    private boolean isDottedAbbreviation() {
        return text.indexOf('.') > 0 && Abbreviations.kind(text) != null;
    }

    private boolean isNumeric() {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isDigit(c) && ".,:/".indexOf(c) < 0) return false;
        }
        return true;
    }
}
