package id.warta.language;

import id.warta.model.Span;

/**
 * A word read as its base and the clitics written onto it: {@code katanya} is {@code kata} +
 * {@code -nya} (the {@code -nya} that points back to a speaker), {@code rumahku} is {@code rumah} +
 * {@code -ku}, {@code benarkah} is {@code benar} + {@code -kah}, {@code kubawa} is {@code ku-} +
 * {@code bawa}. The token keeps its offsets; {@link #base()} spans the base inside it.
 *
 * <p>A clitic is read only where the stemmer's reading finds a known base ({@code masalah} stays
 * whole, {@code katanya} does not); without one, only {@code -nya} and the particles
 * {@code -lah -kah -tah -pun} come off a base of two syllables or more, and never {@code ku-},
 * {@code kau-}, {@code -ku} or {@code -mu}, which too many roots begin or end with.
 *
 * @param base       the span of the base in the text, inside the token's span
 * @param proclitic  {@code ku}, {@code kau} or empty
 * @param possessive {@code nya}, {@code ku}, {@code mu} or empty
 * @param particle   {@code lah}, {@code kah}, {@code tah}, {@code pun} or empty
 */
public record Clitics(Span base, String proclitic, String possessive, String particle) {
    static Clitics of(Token token) {
        Clitics none = new Clitics(new Span(token.start(), token.end()), "", "", "");
        String word = lowercase(token.text());
        int hyphen = word.lastIndexOf('-');
        String last = word.substring(hyphen + 1);
        if (token.kind() != TokenKind.WORD || last.length() < 4 || !Stemmer.isLowercaseLetters(last)) return none;
        Stemmer stemmer = Stemmer.indonesian();
        Affixes.Reading reading = stemmer.analyze(last);
        boolean known = stemmer.knows(reading.root());
        String proclitic = known && hyphen < 0 ? reading.proclitic() : "";
        String possessive = known || reading.possessive().equals("nya") ? reading.possessive() : "";
        String particle = reading.particle();
        if (!known && Affixes.vowels(last) - Affixes.vowels(possessive + particle) < 2) return none;
        int start = token.start() + proclitic.length();
        int end = token.end() - possessive.length() - particle.length();
        return new Clitics(new Span(start, end), proclitic, possessive, particle);
    }

    public boolean isEmpty() {
        return proclitic.isEmpty() && possessive.isEmpty() && particle.isEmpty();
    }

    /** {@code katanya}, {@code Tegasnya}: the {@code -nya} that refers back to someone named before. */
    public boolean hasNya() {
        return possessive.equals("nya");
    }

    /** Lowercases letter by letter, so offsets into the word stay offsets into the token. */
    private static String lowercase(String s) {
        char[] chars = s.toCharArray();
        for (int i = 0; i < chars.length; i++) chars[i] = Character.toLowerCase(chars[i]);
        return new String(chars);
    }
}
