package id.warta.extract;

import id.warta.lexicon.Lexicon;
import java.util.List;
import java.util.Optional;
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

    private Boilerplate() {
    }

    /** What {@code paragraph} is, when it is not body text. */
    static Optional<Line> classify(String paragraph) {
        String p = paragraph.strip();
        if (p.length() > MAX_LINE_LENGTH) return Optional.empty();
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(p);
            if (!m.matches()) continue;
            boolean credit = rule.kind() == Kind.AUTHOR || rule.kind() == Kind.EDITOR || rule.kind() == Kind.SOURCE;
            if (credit && p.length() > MAX_CREDIT_LENGTH) continue;
            String payload = rule.pattern().pattern().contains("(?<rest>") ? m.group("rest").strip() : "";
            return Optional.of(new Line(rule.kind(), payload));
        }
        return Optional.empty();
    }
}
