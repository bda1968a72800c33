package id.warta.headline;

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

    private record Claim(String name, Pattern inHeadline, Pattern asserted, Pattern hedged) {
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
            String word = claimed(claim.inHeadline(), title);
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
    private static String claimed(Pattern claim, String title) {
        var m = claim.matcher(title);
        while (m.find()) {
            boolean epithet = EPITHET_BEFORE.matcher(title.substring(0, m.start())).find()
                    || EPITHET_AFTER.matcher(title.substring(m.end())).lookingAt();
            if (!epithet) return m.group();
        }
        return null;
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
            claims.add(new Claim(c[0], alternation(c[1]), alternation(c[2]), alternation(hedges)));
        }
        return List.copyOf(claims);
    }
}
