package id.warta.headline;

import id.warta.language.CaseFolded;
import id.warta.language.Sentences;
import id.warta.language.Token;
import id.warta.lexicon.Lexicon;
import id.warta.model.Headline;
import id.warta.model.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks a headline against its body. A headline that claims an outcome ({@code Berakhir},
 * {@code Tewas}, {@code Resmi} ...; {@code claims.tsv}) is {@code supported} when a body
 * sentence asserts it, and {@code overstated} when the body never does but discusses, hedges
 * or contradicts it instead; those sentences are the evidence. Every headline also gets its
 * clickbait probability.
 */
public final class Headlines {
    /** How many body sentences are given as evidence. */
    private static final int MAX_EVIDENCE = 3;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\d]+");
    private static final List<Claim> CLAIMS = loadClaims();
    private static final Pattern EPITHET_BEFORE = Pattern.compile("(?iu)\\b(?:sang|mantan|eks|bekas|calon|sebagai)\\s+$");
    private static final Pattern EPITHET_AFTER = Pattern.compile("(?iu)\\s+bertahan\\b");

    /**
     * A claim: its name, the patterns of its words in a headline and in the body, and the first words of its headline
     * words ({@code openings}), any one of which each match of {@code inHeadline} opens with (null when one holds more
     * than letters: then the pattern is tried everywhere).
     */
    private record Claim(String name, Pattern inHeadline, Pattern asserted, Pattern hedged, List<String> openings) {
    }

    private Headlines() {
    }

    public static Headline check(String title, String text) {
        return check(title, text, null);
    }

    /** As {@link #check(String, String)}, given the body's tokens (as {@link id.warta.language.Tokenizer#tokenize} cut them), or null. */
    public static Headline check(String title, String text, List<Token> tokens) {
        if (title == null || title.isBlank()) return Headline.UNKNOWN;
        double clickbait = ClickbaitModel.shipped().probability(title);
        List<Span> sentences = null; // split only for a headline that claims something: most claim nothing
        for (Claim claim : CLAIMS) {
            String word = claimed(claim, title);
            if (word == null) continue;
            if (sentences == null) sentences = tokens == null ? Sentences.split(text) : Sentences.split(text, tokens);
            List<Span> asserting = matching(sentences, text, claim.asserted(), claim.hedged());
            if (!asserting.isEmpty()) {
                return new Headline("supported", "the body states what '" + word + "' claims", first(asserting),
                        clickbait);
            }
            List<Span> hedging = matching(sentences, text, claim.hedged(), null);
            if (hedging.isEmpty()) break;
            Set<String> topic = words(title);
            hedging.sort(Comparator.comparingInt((Span s) -> -overlap(topic, words(text.substring(s.start(), s.end()))))
                    .thenComparingInt(Span::start));
            List<Span> evidence = new ArrayList<>(first(hedging));
            evidence.sort(Comparator.comparingInt(Span::start));
            String cues = evidence.stream().map(s -> found(claim.hedged(), text.substring(s.start(), s.end())))
                    .distinct().collect(Collectors.joining("', '"));
            return new Headline("overstated", "the headline claims '" + word + "' (" + claim.name()
                    + "), but the body never says so; it says '" + cues + "'", evidence, clickbait);
        }
        return new Headline("unknown", null, List.of(), clickbait);
    }

    /**
     * The first word of the headline that makes the claim, or null; a word naming someone by a
     * past outcome ({@code Sang Juara Asia Gugur}, {@code Mantan Juara}, {@code juara bertahan}) claims nothing.
     */
    private static String claimed(Claim claim, String title) {
        var m = claim.inHeadline().matcher(title).useTransparentBounds(true); // its \b sees the title around a region
        for (int at = next(claim, title, m, 0); at >= 0; at = next(claim, title, m, m.end())) {
            boolean epithet = EPITHET_BEFORE.matcher(title.substring(0, m.start())).find()
                    || EPITHET_AFTER.matcher(title.substring(m.end())).lookingAt();
            if (!epithet) return m.group();
        }
        return null;
    }

    /**
     * Where {@code m} next matches the claim's headline words in {@code title} at or after {@code from}, as
     * {@link java.util.regex.Matcher#find()} would (its matches are never empty), or -1: tried only where one of the
     * claim's openings stands in any case ({@link CaseFolded}), not at every character of every headline.
     */
    private static int next(Claim claim, String title, java.util.regex.Matcher m, int from) {
        if (claim.openings() == null) return m.find(from) ? m.start() : -1;
        while (true) {
            int at = -1;
            for (String opening : claim.openings()) {
                int i = CaseFolded.indexOf(title, opening, from);
                if (i >= 0 && (at < 0 || i < at)) at = i;
            }
            if (at < 0) return -1;
            if (m.region(at, title.length()).lookingAt()) return at;
            from = at + 1;
        }
    }

    /** The first words of {@code alternatives} in lower case, or null when one holds more than ASCII letters. */
    private static List<String> openings(String alternatives) {
        List<String> out = new ArrayList<>();
        for (String a : alternatives.split("\\|")) {
            String first = a.split(" ")[0];
            if (first.isEmpty() || !first.chars().allMatch(c -> c >= 'a' && c <= 'z')) return null;
            out.add(first);
        }
        return List.copyOf(out);
    }

    /** Sentences matching {@code pattern} (and, when given, not {@code unless}). */
    private static List<Span> matching(List<Span> sentences, String text, Pattern pattern, Pattern unless) {
        List<Span> out = new ArrayList<>();
        for (Span s : sentences) {
            String sentence = text.substring(s.start(), s.end());
            if (pattern.matcher(sentence).find() && (unless == null || !unless.matcher(sentence).find())) out.add(s);
        }
        return out;
    }

    private static List<Span> first(List<Span> spans) {
        return List.copyOf(spans.subList(0, Math.min(MAX_EVIDENCE, spans.size())));
    }

    private static String found(Pattern p, String s) {
        var m = p.matcher(s);
        return m.find() ? m.group().toLowerCase(Locale.ROOT) : "";
    }

    private static Set<String> words(String s) {
        Set<String> out = new HashSet<>();
        var m = WORD.matcher(s.toLowerCase(Locale.ROOT));
        while (m.find()) if (m.group().length() > 3) out.add(m.group());
        return out;
    }

    private static int overlap(Set<String> a, Set<String> b) {
        int n = 0;
        for (String w : a) if (b.contains(w)) n++;
        return n;
    }

    private static Pattern alternation(String alternatives) {
        return Pattern.compile("(?iu)\\b(?:" + alternatives.replace(" ", "\\s+") + ")\\b");
    }

    private static List<Claim> loadClaims() {
        List<Claim> claims = new ArrayList<>();
        String anyClaim = "";
        for (String[] c : Lexicon.rows(Headlines.class, "claims.tsv")) {
            if (c[0].equals("*")) {
                anyClaim = c[3];
                continue;
            }
            String hedges = anyClaim.isEmpty() ? c[3] : c[3] + "|" + anyClaim;
            claims.add(new Claim(c[0], alternation(c[1]), alternation(c[2]), alternation(hedges), openings(c[1])));
        }
        return List.copyOf(claims);
    }
}
