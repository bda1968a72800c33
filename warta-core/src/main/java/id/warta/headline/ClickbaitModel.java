package id.warta.headline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A logistic-regression model of clickbait headlines over word, bigram and shape features,
 * trained on CLICK-ID (see {@link ClickbaitTrainer}); weights ship as {@code clickbait.tsv}.
 */
public final class ClickbaitModel {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\d]+");
    private static final String BIAS = "bias";

    private final Map<String, Double> weights;

    ClickbaitModel(Map<String, Double> weights) {
        this.weights = Map.copyOf(weights);
    }

    /** The model shipped with Warta. */
    public static ClickbaitModel shipped() {
        return Shipped.MODEL;
    }

    private static final class Shipped {
        static final ClickbaitModel MODEL = load(Objects.requireNonNull(
                ClickbaitModel.class.getResourceAsStream("clickbait.tsv"), "clickbait.tsv"));
    }

    /** Probability that {@code headline} is clickbait. */
    public double probability(String headline) {
        double z = weights.getOrDefault(BIAS, 0.0);
        for (String f : features(headline)) z += weights.getOrDefault(f, 0.0);
        return 1 / (1 + Math.exp(-z));
    }

    /** The features of a headline: words, bigrams, first and last word, and its shape. */
    static List<String> features(String headline) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(headline);
        while (m.find()) words.add(m.group());
        List<String> f = new ArrayList<>(words.size() * 2 + 8);
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i).toLowerCase(Locale.ROOT);
            f.add("w:" + (w.chars().allMatch(Character::isDigit) ? "#" : w));
            if (i > 0) f.add("b:" + words.get(i - 1).toLowerCase(Locale.ROOT) + "_" + w);
            if (words.get(i).length() >= 3 && words.get(i).equals(words.get(i).toUpperCase(Locale.ROOT))
                    && words.get(i).chars().anyMatch(Character::isLetter)) f.add("shape:caps-word");
        }
        if (!words.isEmpty()) {
            f.add("first:" + words.getFirst().toLowerCase(Locale.ROOT));
            f.add("last:" + words.getLast().toLowerCase(Locale.ROOT));
            if (Character.isDigit(words.getFirst().charAt(0))) f.add("shape:starts-with-number");
        }
        if (headline.contains("!")) f.add("shape:exclamation");
        if (headline.contains("?")) f.add("shape:question");
        if (headline.contains("\"") || headline.contains("“") || headline.contains("'")) f.add("shape:quote");
        if (headline.contains(":")) f.add("shape:colon");
        f.add("shape:length-" + Math.min(words.size() / 4, 5));
        return f;
    }

    /** Writes the weights in the shipped {@code clickbait.tsv} format. */
    public void write(Writer out) throws IOException {
        out.write("# Clickbait headline model (logistic regression), trained on CLICK-ID (CC BY 4.0) by `warta train clickbait`.\n");
        out.write("# feature\tweight\n");
        var sorted = new ArrayList<>(weights.entrySet());
        sorted.sort(Map.Entry.comparingByKey());
        for (var e : sorted) out.write(e.getKey() + "\t" + String.format(Locale.ROOT, "%.5f", e.getValue()) + "\n");
    }

    static ClickbaitModel load(InputStream in) {
        Map<String, Double> w = new HashMap<>();
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                int tab = line.lastIndexOf('\t');
                w.put(line.substring(0, tab), Double.parseDouble(line.substring(tab + 1)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ClickbaitModel(w);
    }
}
