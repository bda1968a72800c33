package id.warta.extract;

import id.warta.lexicon.Lexicon;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Recognises the paragraphs of a scraped page that are not body text: "read also" links,
 * photo captions, bylines and footers, and portal noise ({@code boilerplate.tsv}).
 */
final class Boilerplate {
    enum Kind { RELATED, CAPTION, AUTHOR, EDITOR, SOURCE, RIGHTS, NOISE }

    /** A recognised paragraph and its payload (the related headline, the caption, the name, the copyright line). */
    record Line(Kind kind, String payload) {
    }

    /** Longer paragraphs are body text whatever they start with; captions may run longer than credits. */
    private static final int MAX_CREDIT_LENGTH = 160;
    private static final int MAX_LINE_LENGTH = 400;

    /** A rule opening by looking for the sign it needs ({@code (?=[^©]*©)}): the sign, a mark, is group 1 (read before the rules). */
    private static final Pattern SIGN_LOOKAHEAD = Pattern.compile("^\\(\\?=\\[\\^(.)\\]\\*\\\\?\\1\\)");
    /** {@code sign}: a character every line the rule matches holds (0: none known), to look for before trying the rule. */
    private record Rule(Kind kind, Pattern pattern, boolean footer, char sign) {
    }

    private static final List<Rule> RULES = Lexicon.rows(Boilerplate.class, "boilerplate.tsv").stream()
            .map(row -> new Rule(Kind.valueOf(row[0].toUpperCase(Locale.ROOT)),
                    Pattern.compile(row[1], Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL),
                    row.length > 2 && row[2].equals("footer"), sign(row[1])))
            .toList();
    /** The lines marked {@code footer}, as one alternation: what may follow the spaces of {@link #FOOTER_START}. */
    private static final String FOOTER_LINES = RULES.stream().filter(Rule::footer)
            .map(r -> "(?:" + r.pattern().pattern().replace("(?<rest>", "(?:") + ")")
            .collect(Collectors.joining("|"));
    /**
     * The spaces before a line marked {@code footer} opens: where a footer the page flattened into
     * the last paragraph begins ({@code ... kata dia. Pewarta: A Editor: B Copyright © ANTARA 2025}).
     */
    static final Pattern FOOTER_START = Pattern.compile("\\s+(?=" + FOOTER_LINES + ")",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
    private static final Pattern FOOTER_LINE = Pattern.compile(FOOTER_LINES,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
    /** Pairs of ASCII characters, {@code first * 128 + second}: 0 not asked yet, 1 a footer line may open with them, 2 not. */
    private static final byte[] FOOTER_PAIRS = new byte[128 * 128];

    /**
     * By the character a line opens with, the rules that may match such a line, in their order (filled
     * as lines come): most rules open with a word, and a line rules out all but a few by its first letter.
     */
    private static final ConcurrentHashMap<Character, List<Rule>> RULES_BY_OPENING = new ConcurrentHashMap<>();

    private Boilerplate() {
    }

    /** What {@code paragraph} is, when it is not body text. */
    static Optional<Line> classify(String paragraph) {
        String p = paragraph.strip();
        if (p.length() > MAX_LINE_LENGTH) return Optional.empty();
        for (Rule rule : rulesFor(p)) {
            // such a rule's lookahead reads the whole line (folding each character's case) to find its sign
            if (rule.sign() != 0 && p.indexOf(rule.sign()) < 0) continue;
            Matcher m = rule.pattern().matcher(p);
            if (!m.matches()) continue;
            boolean credit = rule.kind() == Kind.AUTHOR || rule.kind() == Kind.EDITOR || rule.kind() == Kind.SOURCE;
            if (credit && p.length() > MAX_CREDIT_LENGTH) continue;
            String payload = rule.pattern().pattern().contains("(?<rest>") ? m.group("rest").strip() : "";
            return Optional.of(new Line(rule.kind(), payload));
        }
        return Optional.empty();
    }

    /**
     * The sign a rule's lines hold, when its expression opens by looking for it ({@code (?=[^(]*\\()}):
     * a mark, which no case folding turns into another character; else 0.
     */
    static char sign(String regex) {
        Matcher m = SIGN_LOOKAHEAD.matcher(regex);
        if (!m.find()) return 0;
        char sign = m.group(1).charAt(0);
        return Character.isLetterOrDigit(sign) || sign == '\\' ? 0 : sign;
    }

    /** The rules that may match {@code line}: all of them for an empty line or one opening outside the BMP. */
    private static List<Rule> rulesFor(String line) {
        if (line.isEmpty() || Character.isSurrogate(line.charAt(0))) return RULES;
        return RULES_BY_OPENING.computeIfAbsent(line.charAt(0),
                c -> RULES.stream().filter(r -> mayOpenWith(r.pattern(), c)).toList());
    }

    /**
     * Whether {@link #FOOTER_START} matches anywhere in {@code text}: it is tried only after an
     * article's last paragraph passed this, which looks for a footer line only after a space and
     * only where the two characters there may open one (most words rule that out). Exact: a
     * match is spaces followed by a footer line, so one opens right after a space if any does.
     */
    static boolean mayHoldFooter(String text) {
        Matcher line = null;
        for (int p = 1; p < text.length(); p++) {
            if (!isRegexSpace(text.charAt(p - 1)) || !footerMayOpenAt(text, p)) continue;
            if (line == null) line = FOOTER_LINE.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            if (line.region(p, text.length()).lookingAt()) return true;
        }
        return false;
    }

    /** What {@code \\s} matches (no Unicode classes asked for). */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }

    /** Whether a footer line may open at {@code p}, by its first two characters (any past ASCII may). */
    private static boolean footerMayOpenAt(String text, int p) {
        char first = text.charAt(p);
        char second = p + 1 < text.length() ? text.charAt(p + 1) : 0;
        if (first >= 128 || second >= 128) return true;
        if (second == 0) return opensFooter(String.valueOf(first));
        int pair = first * 128 + second;
        byte known = FOOTER_PAIRS[pair];
        if (known == 0) {
            known = opensFooter(text.substring(p, p + 2)) ? (byte) 1 : 2;
            FOOTER_PAIRS[pair] = known; // a race only asks again, and gets the same answer
        }
        return known == 1;
    }

    /**
     * Whether a footer line may open with {@code opening}: matched against it alone, the line either
     * matches or reads to its end before failing ({@link Matcher#hitEnd}); when it fails without, it
     * failed on those characters themselves, whatever follows them.
     */
    private static boolean opensFooter(String opening) {
        Matcher m = FOOTER_LINE.matcher(opening);
        return m.lookingAt() || m.hitEnd();
    }

    /**
     * Whether a line opening with {@code c} may match {@code pattern}: matched against {@code c} alone,
     * the pattern either matches or reads to the end of that input before it fails ({@link Matcher#hitEnd});
     * when it fails without, it failed on {@code c} itself, whatever would follow.
     */
    static boolean mayOpenWith(Pattern pattern, char c) {
        Matcher m = pattern.matcher(String.valueOf(c));
        return m.matches() || m.hitEnd();
    }
}
