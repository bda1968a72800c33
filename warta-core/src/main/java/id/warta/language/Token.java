package id.warta.language;

import id.warta.model.Located;

/** A word, number or punctuation mark, with its span in the text it was cut from. */
public record Token(String text, int start, int end) implements Located {
    public Token {
        Located.check(start, end);
    }

    public boolean isWord() {
        return Character.isLetterOrDigit(text.codePointAt(0));
    }

    /** Starts with a capital letter: {@code Jakarta}, {@code KPK}. */
    public boolean isCapitalised() {
        return Character.isUpperCase(text.codePointAt(0));
    }
}
