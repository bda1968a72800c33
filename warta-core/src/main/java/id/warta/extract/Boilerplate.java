package id.warta.extract;

import id.warta.lexicon.Lexicon;
import java.util.List;
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
    enum Kind { RELATED, CAPTION, AUTHOR, EDITOR, SOURCE, NOISE }

    /** A recognised paragraph and its payload (the related headline, the caption, the name). */
    record Line(Kind kind, String payload) {
    }

    /** Longer paragraphs are body text whatever they start with; captions may run longer than credits. */
    private static final int MAX_CREDIT_LENGTH = 160;
    private static final int MAX_LINE_LENGTH = 400;

    private record Rule(Kind kind, Pattern pattern, boolean footer) {
    }

    private static final List<Rule> RULES = Lexicon.rows(Boilerplate.class, "boilerplate.tsv").stream()
            .map(row -> new Rule(Kind.valueOf(row[0].toUpperCase(java.util.Locale.ROOT)),
                    Pattern.compile(row[1], Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL),
                    row.length > 2 && row[2].equals("footer")))
            .toList();
    /**
     * The spaces before a line marked {@code footer} opens: where a footer the page flattened into
     * the last paragraph begins ({@code ... kata dia. Pewarta: A Editor: B Copyright © ANTARA 2025}).
     */
    static final Pattern FOOTER_START = Pattern.compile(RULES.stream().filter(Rule::footer)
            .map(r -> "(?:" + r.pattern().pattern().replace("(?<rest>", "(?:") + ")")
            .collect(Collectors.joining("|", "\\s+(?=", ")")),
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);

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
            Matcher m = rule.pattern().matcher(p);
            if (!m.matches()) continue;
            boolean credit = rule.kind() == Kind.AUTHOR || rule.kind() == Kind.EDITOR || rule.kind() == Kind.SOURCE;
            if (credit && p.length() > MAX_CREDIT_LENGTH) continue;
            String payload = rule.pattern().pattern().contains("(?<rest>") ? m.group("rest").strip() : "";
            return Optional.of(new Line(rule.kind(), payload));
        }
        return Optional.empty();
    }

    /** The rules that may match {@code line}: all of them for an empty line or one opening outside the BMP. */
    private static List<Rule> rulesFor(String line) {
        if (line.isEmpty() || Character.isSurrogate(line.charAt(0))) return RULES;
        return RULES_BY_OPENING.computeIfAbsent(line.charAt(0),
                c -> RULES.stream().filter(r -> mayOpenWith(r.pattern(), c)).toList());
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
