package id.warta.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Cuts Indonesian news text into tokens with offsets into the original text:
 * <ul>
 * <li>words, with inner hyphens and apostrophes ({@code negara-negara}, {@code ke-3}, {@code COVID-19},
 * {@code Jum'at}); a hyphen between two different capitalised words separates them
 * ({@code Rusia-Ukraina}, {@code Biden-Xi});</li>
 * <li>abbreviations and initials with their period ({@code Dr.}, {@code dr.}, {@code Jl.}, {@code No.},
 * {@code H.}, {@code S.H.}, {@code M.Si.}, {@code Sp.PD}; the list is {@code abbreviations.tsv});</li>
 * <li>numbers in Indonesian notation ({@code 97,7}, {@code 1.549}, {@code 21/10/2025}, {@code 09.07},
 * {@code 1980-an}), split from a glued currency ({@code Rp1.549}) and kept apart from {@code US$};</li>
 * <li>URLs, domains ({@code KOMPAS.com}), e-mail addresses, {@code #hashtags} and {@code @mentions}, each whole;</li>
 * <li>emoji with their modifiers and joined parts; runs of {@code ...} and {@code ?!}; every other mark alone.</li>
 * </ul>
 * A period glued between two words ({@code Cortana.Kecanggihan}) is a token of its own.
 * Whitespace and invisible characters (zero-width spaces, byte-order marks) separate tokens, except
 * between two letters of one word. Linear in the length of the text: every look-ahead is bounded.
 */
public final class Tokenizer {
    private static final Set<String> DOMAIN_ENDINGS = Set.of("com", "id", "net", "org", "co", "go", "ac", "or",
            "sch", "info", "biz", "tv", "io", "news", "asia", "edu", "gov", "int", "my", "sg", "uk", "us", "au", "de",
            "ru", "jp", "cn");
    /** Longest chain of parts read as one dotted abbreviation or domain ({@code M.B.A.}, {@code news.detik.co.id}). */
    private static final int MAX_PARTS = 5;
    /** Longest local part of an e-mail address (RFC 5321). */
    private static final int MAX_EMAIL_LOCAL = 64;

    private Tokenizer() {
    }

    public static List<Token> tokenize(String text) {
        return tokenize(text, 0, text.length());
    }

    /** The tokens of {@code text[from, to)}, with offsets into the whole {@code text}. */
    public static List<Token> tokenize(String text, int from, int to) {
        Objects.checkFromToIndex(from, to, text.length());
        List<Token> tokens = new ArrayList<>(Math.max(8, (to - from) / 6));
        Scanner scanner = new Scanner(text, to);
        int i = from;
        while (i < to) {
            int c = scanner.codePoint(i);
            if (isSpace(c)) {
                i += Character.charCount(c);
                continue;
            }
            int end = scanner.token(i, c);
            tokens.add(new Token(text.substring(i, end), i, end));
            i = end;
        }
        return tokens;
    }

    static boolean isSpace(int c) {
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) return true;
        int type = Character.getType(c);
        return type == Character.FORMAT || type == Character.CONTROL || (c >= 0xFE00 && c <= 0xFE0F);
    }

    static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }

    static boolean isWordChar(int c) {
        if (Character.isLetterOrDigit(c)) return true;
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    static boolean isEmojiStart(int c) {
        return Character.isExtendedPictographic(c) || isRegionalIndicator(c);
    }

    private static boolean isRegionalIndicator(int c) {
        return c >= 0x1F1E6 && c <= 0x1F1FF;
    }

    /** Finds where the token starting at a given offset ends; never reads at or past {@code to}. */
    private static final class Scanner {
        private final String text;
        private final int to;
        /** The first '@' at or after {@code atSearchedFrom} ({@code to} when none): most words are no e-mail address. */
        private int nextAt = -1, atSearchedFrom = Integer.MAX_VALUE;

        Scanner(String text, int to) {
            this.text = text;
            this.to = to;
        }

        int codePoint(int i) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(text.charAt(i + 1))) {
                return Character.toCodePoint(c, text.charAt(i + 1));
            }
            return c;
        }

        private char at(int i) {
            return i < to ? text.charAt(i) : '\0';
        }

        private int next(int i) {
            return i + Character.charCount(codePoint(i));
        }

        int token(int i, int c) {
            if ((c == 'h' || c == 'H' || c == 'w' || c == 'W') && startsUrl(i)) return urlEnd(i);
            if (Character.isLetter(c)) return word(i);
            if (Character.isDigit(c)) return number(i);
            if ((c == '#' || c == '@') && i + 1 < to && isWordChar(codePoint(i + 1))) return tagEnd(i + 1);
            if (isEmojiStart(c)) return emoji(i, c);
            if (c == '.' || c == '!' || c == '?' || c == '-') return punctuationRun(i, (char) c);
            return next(i);
        }

        private boolean startsUrl(int i) {
            return text.regionMatches(true, i, "http://", 0, 7) || text.regionMatches(true, i, "https://", 0, 8)
                    || text.regionMatches(true, i, "www.", 0, 4);
        }

        /** Up to the next space, without the punctuation that ends the sentence or closes a bracket around it. */
        private int urlEnd(int i) {
            int j = i;
            while (j < to && !isSpace(codePoint(j)) && !Quotations.isDoubleMark(text.charAt(j))) j = next(j);
            while (j > i + 1 && ".,;:!?)]}'’".indexOf(text.charAt(j - 1)) >= 0) j--;
            return j;
        }

        private int tagEnd(int i) {
            int j = i;
            while (j < to && (isWordChar(codePoint(j)) || text.charAt(j) == '_')) j = next(j);
            return j;
        }

        /** Letters, marks and digits; an invisible character between two of them does not break the run. */
        private int run(int i) {
            int j = i;
            while (j < to) {
                int c = codePoint(j);
                if (isWordChar(c)) {
                    j += Character.charCount(c);
                } else if (Character.getType(c) == Character.FORMAT && j + 1 < to && j > i
                        && isWordChar(codePoint(j + 1))) {
                    j += Character.charCount(c);
                } else {
                    break;
                }
            }
            return j;
        }

        private int word(int i) {
            int email = emailEnd(i);
            if (email > 0) return email;
            int j = run(i);
            int currency = gluedCurrencyEnd(i, j);
            if (currency > 0) return currency;
            if (at(j) == '$' && j - i <= 3 && isUpper(i, j)) return j + 1; // US$, S$, HK$
            int part = i;
            while (j + 1 < to) {
                char c = text.charAt(j);
                if (isHyphen(c) && isWordChar(codePoint(j + 1))) {
                    int k = run(j + 1);
                    if (!joinsAcrossHyphen(part, j, k)) break;
                    part = j + 1;
                    j = k;
                } else if ((c == '\'' || c == '’') && Character.isLetter(text.charAt(j - 1))
                        && Character.isLetter(codePoint(j + 1))) {
                    j = run(j + 1);
                } else {
                    break;
                }
            }
            if (at(j) == '.') {
                int abbreviation = abbreviationEnd(i, j);
                if (abbreviation > 0) return abbreviation;
                int domain = domainEnd(i, j);
                if (domain > 0) return domain;
            }
            return j;
        }

        /**
         * Whether the hyphen at {@code hyphen}, between the parts {@code [part, hyphen)} and
         * {@code (hyphen, end)}, joins them into one word: yes for reduplication and compounds
         * ({@code negara-negara}, {@code ke-3}, {@code e-KTP}, {@code COVID-19}); no between two different
         * capitalised words ({@code Rusia-Ukraina}), which name two things.
         */
        private boolean joinsAcrossHyphen(int part, int hyphen, int end) {
            if (!Character.isUpperCase(codePoint(hyphen + 1)) || hyphen - part == 1) return true;
            return end - hyphen - 1 == hyphen - part && text.regionMatches(true, part, text, hyphen + 1, hyphen - part);
        }

        private boolean isUpper(int from, int end) {
            for (int k = from; k < end; k++) {
                if (!Character.isUpperCase(text.charAt(k))) return false;
            }
            return true;
        }

        /** {@code Rp10.000}, {@code USD100}: the end of the currency, or -1. */
        private int gluedCurrencyEnd(int i, int end) {
            int k = i;
            while (k < end && Character.isLetter(text.charAt(k))) k++;
            if (k == i || k == end || !Character.isDigit(text.charAt(k))) return -1;
            return Abbreviations.kind(text.substring(i, k)) == Abbreviations.Kind.CURRENCY ? k : -1;
        }

        /**
         * The end of the dotted abbreviation or initials starting with the word {@code [i, dot)}
         * ({@code Dr.}, {@code S.H.}, {@code M.Si.}, {@code J.K.}), or -1.
         */
        private int abbreviationEnd(int i, int dot) {
            StringBuilder form = new StringBuilder(text.substring(i, dot));
            boolean initials = dot - i == 1 && Character.isUpperCase(text.charAt(i));
            int best = initials || Abbreviations.kind(form) != null ? dot + 1 : -1;
            int k = dot;
            for (int parts = 1; parts < MAX_PARTS && Character.isLetter(at(k + 1)); parts++) {
                int r = k + 1;
                while (r < to && r - k <= Abbreviations.MAX_PART && Character.isLetter(text.charAt(r))) r++;
                if (r - k - 1 > Abbreviations.MAX_PART) break;
                form.append('.').append(text, k + 1, r);
                if (at(r) != '.') { // Sp.PD, written without its last period
                    if (!Character.isLetterOrDigit(at(r)) && Abbreviations.kind(form) != null) best = r;
                    break;
                }
                initials = initials && r - k == 2 && Character.isUpperCase(text.charAt(k + 1));
                k = r;
                if (initials || Abbreviations.kind(form) != null) best = k + 1;
            }
            return best;
        }

        /** The end of the domain name (and path) starting with the word {@code [i, dot)}: {@code KOMPAS.com}, or -1. */
        private int domainEnd(int i, int dot) {
            int k = dot;
            int end = -1;
            for (int parts = 1; parts < MAX_PARTS && at(k) == '.' && isLabelChar(at(k + 1)); parts++) {
                int r = k + 1;
                while (r < to && isLabelChar(text.charAt(r))) r++;
                String label = text.substring(k + 1, r).toLowerCase(Locale.ROOT);
                k = r;
                if (DOMAIN_ENDINGS.contains(label) && !Character.isLetterOrDigit(at(k))) end = k;
            }
            if (end > 0 && at(end) == '/') return urlEnd(i);
            return end;
        }

        private static boolean isLabelChar(char c) {
            return c < 128 && (Character.isLetterOrDigit(c) || c == '-');
        }

        /** {@code nama.belakang@kantor.go.id}: the end of the address, or -1 when this is no e-mail address. */
        private int emailEnd(int i) {
            if (i < atSearchedFrom || nextAt < i) {
                int p = text.indexOf('@', i);
                atSearchedFrom = i;
                nextAt = p < 0 || p >= to ? to : p;
            }
            if (nextAt >= to || nextAt - i > MAX_EMAIL_LOCAL + 1) return -1; // no '@' where this word's address would have it
            int j = i;
            while (j < to && j - i <= MAX_EMAIL_LOCAL && isLocalChar(text.charAt(j))) j++;
            if (at(j) != '@' || !isLabelChar(at(j + 1))) return -1;
            int k = j + 1;
            int dots = 0;
            while (k < to && (isLabelChar(text.charAt(k)) || (text.charAt(k) == '.' && isLabelChar(at(k + 1))))) {
                if (text.charAt(k) == '.') dots++;
                k++;
            }
            return dots > 0 ? k : -1;
        }

        private static boolean isLocalChar(char c) {
            return c < 128 && (Character.isLetterOrDigit(c) || ".-_+%".indexOf(c) >= 0);
        }

        /**
         * Digits with Indonesian separators ({@code 1.549}, {@code 97,7}, {@code 21/10/2025}, {@code 09:07}),
         * with a glued decade or unit ({@code 1980-an}, {@code 5G}, {@code 10km}).
         */
        private int number(int i) {
            int j = digits(i);
            while (".,:/".indexOf(at(j)) >= 0 && j + 1 < to && Character.isDigit(text.charAt(j + 1))) j = digits(j + 1);
            if (isHyphen(at(j)) && Character.isLowerCase(at(j + 1))) {
                int k = run(j + 1);
                if (text.substring(j + 1, k).chars().allMatch(Character::isLowerCase)) j = k;
            }
            if (j < to && Character.isLetter(codePoint(j))) j = run(j);
            return j;
        }

        private int digits(int i) {
            int j = i;
            while (j < to && Character.isDigit(text.charAt(j))) j++;
            return j;
        }

        /** One emoji: a pair of regional indicators (a flag), or a pictograph with its modifiers and joined parts. */
        private int emoji(int i, int c) {
            int j = i + Character.charCount(c);
            if (isRegionalIndicator(c)) {
                return j < to && isRegionalIndicator(codePoint(j)) ? next(j) : j;
            }
            while (j < to) {
                int n = codePoint(j);
                if (n == 0xFE0F || n == 0xFE0E || n == 0x20E3 || Character.isEmojiModifier(n)
                        || (n >= 0xE0020 && n <= 0xE007F)) {
                    j += Character.charCount(n);
                } else if (n == 0x200D && j + 1 < to && isEmojiStart(codePoint(j + 1))) {
                    j = next(j + 1);
                } else {
                    break;
                }
            }
            return j;
        }

        /** {@code ...}, {@code ?!}, {@code --}: a run of the same kind of mark is one token. */
        private int punctuationRun(int i, char c) {
            String kind = c == '!' || c == '?' ? "!?" : String.valueOf(c);
            int j = i + 1;
            while (j < to && kind.indexOf(text.charAt(j)) >= 0) j++;
            return j;
        }
    }
}
