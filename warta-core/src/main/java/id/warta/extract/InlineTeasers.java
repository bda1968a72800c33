package id.warta.extract;

import id.warta.lexicon.Lexicon;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Cuts "read also" teasers out of the middle of a paragraph, as flattened scrapes leave them
 * ({@code ... kata dia. Baca juga: Sumbar dukung jalur rempah jadi warisan dunia UNESCO
 * Mahyeldi mengatakan ...}). Nothing marks where the teaser's headline ends, so general signals
 * do ({@code teasers.tsv}): the next teaser or credit label, an opening quotation mark, a
 * capitalised word and a comma opening a sentence ({@code Sebelumnya,}), a capitalised word
 * that opens sentences ({@code Dengan}, {@code Menurut}), a capitalised name before a reporting
 * verb ({@code Mahyeldi mengatakan}), and last a maximum length.
 */
final class InlineTeasers {
    /** A paragraph with its teasers cut out, and their headlines in order. */
    record Cut(String text, List<String> headlines) {
    }

    private static final List<String[]> ROWS = Lexicon.rows(InlineTeasers.class, "teasers.tsv");
    private static final Pattern LABEL = Pattern.compile("(?iu)(?<![\\p{L}\\d])(?:" + alternatives("label") + ")\\s*:\\s*");
    private static final Pattern CREDIT = Pattern.compile("(?iu)^(?:" + alternatives("credit") + ")\\s*:");
    private static final Set<String> VERBS = ROWS.stream().filter(r -> r[0].equals("verb")).map(r -> r[1].strip())
            .collect(Collectors.toUnmodifiableSet());
    private static final Set<String> OPENERS = ROWS.stream().filter(r -> r[0].equals("opener")).map(r -> r[1].strip())
            .collect(Collectors.toUnmodifiableSet());
    /** A headline takes at least this many words before a sentence-opening signal may end it. */
    private static final int MIN_HEADLINE_WORDS = 3;
    /** A headline runs at most this many words when no signal ends it. */
    private static final int MAX_HEADLINE_WORDS = 20;
    /** A name before a reporting verb starts no earlier than this word of the headline. */
    private static final int MIN_NAME_START = 2;
    /** A name before a reporting verb spans at most this many capitalised words. */
    private static final int MAX_NAME_WORDS = 4;
    private static final String OPENING_QUOTES = "\"“‘«„";

    private InlineTeasers() {
    }

    private static String alternatives(String kind) {
        return ROWS.stream().filter(r -> r[0].equals(kind)).map(r -> r[1].strip().replace(" ", "\\s+"))
                .collect(Collectors.joining("|"));
    }

    /** The paragraph without its inline teasers; unchanged (and no headlines) when it has none. */
    static Cut cut(String paragraph) {
        if (paragraph.indexOf(':') < 0) return new Cut(paragraph, List.of()); // every label ends with a colon
        Matcher label = LABEL.matcher(paragraph);
        if (!label.find()) return new Cut(paragraph, List.of());
        List<String> headlines = new ArrayList<>();
        StringBuilder kept = new StringBuilder();
        int from = 0;
        do {
            int headlineStart = label.end();
            End end = headlineEnd(paragraph, headlineStart);
            // A line that opens with the label is a whole teaser unless something clearly starts a sentence after it.
            if (label.start() == 0 && !end.clear()) break;
            int headlineEnd = end.at();
            String headline = paragraph.substring(headlineStart, headlineEnd).strip();
            if (headline.isEmpty()) break; // a label with nothing after it: leave the line to the line rules
            append(kept, paragraph.substring(from, label.start()));
            headlines.add(headline);
            from = headlineEnd;
        } while (label.find(from));
        if (headlines.isEmpty()) return new Cut(paragraph, List.of());
        append(kept, paragraph.substring(from));
        return new Cut(kept.toString(), headlines);
    }

    private static void append(StringBuilder out, String part) {
        String p = part.strip();
        if (p.isEmpty()) return;
        if (!out.isEmpty()) out.append(' ');
        out.append(p);
    }

    /**
     * Where a headline ends.
     *
     * @param clear whether a label, a quotation or a name and reporting verb ended it (not only
     *              a comma, the length limit or the end of the paragraph)
     */
    private record End(int at, boolean clear) {
    }

    /** Where the headline that starts at {@code start} ends: before the first signal of a new sentence. */
    private static End headlineEnd(String s, int start) {
        List<int[]> words = words(s, start);
        for (int i = 0; i < words.size(); i++) {
            int wordStart = words.get(i)[0];
            String word = s.substring(wordStart, words.get(i)[1]);
            if (i > 0 && (LABEL.matcher(s).region(wordStart, s.length()).lookingAt()
                    || CREDIT.matcher(s).region(wordStart, s.length()).lookingAt())) return new End(wordStart, true);
            if (i > 0 && OPENING_QUOTES.indexOf(word.charAt(0)) >= 0) return new End(wordStart, true);
            if (i >= MIN_NAME_START && i + 1 < words.size() && isName(s, words.get(i)) && isVerb(s, words.get(i + 1))) {
                int name = i;
                while (name - 1 >= MIN_NAME_START && i - name + 1 < MAX_NAME_WORDS && isName(s, words.get(name - 1))) name--;
                return new End(words.get(name)[0], true);
            }
            if (i >= MIN_HEADLINE_WORDS && capitalised(word) && word.endsWith(",")) return new End(wordStart, false);
            if (i >= MIN_HEADLINE_WORDS && OPENERS.contains(word.replaceAll("[,.]$", ""))) return new End(wordStart, false);
            if (i == MAX_HEADLINE_WORDS) return new End(wordStart, false);
        }
        return new End(s.length(), false);
    }

    private static List<int[]> words(String s, int start) {
        List<int[]> out = new ArrayList<>();
        int i = start;
        while (i < s.length() && out.size() <= MAX_HEADLINE_WORDS + 1) {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
            int b = i;
            while (i < s.length() && !Character.isWhitespace(s.charAt(i))) i++;
            if (i > b) out.add(new int[] {b, i});
        }
        return out;
    }

    private static boolean capitalised(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
    }

    /** A word of a person's name: capitalised, then lower case ({@code Mahyeldi}, not {@code UNESCO}). */
    private static boolean isName(String s, int[] w) {
        String word = s.substring(w[0], w[1]);
        return word.length() > 1 && Character.isUpperCase(word.charAt(0)) && Character.isLowerCase(word.charAt(1))
                && Character.isLetter(word.charAt(word.length() - 1));
    }

    private static boolean isVerb(String s, int[] w) {
        // Lower case as written: a capitalised verb belongs to a title-cased headline, not to prose.
        return VERBS.contains(s.substring(w[0], w[1]).replaceAll("[,.]$", ""));
    }
}
