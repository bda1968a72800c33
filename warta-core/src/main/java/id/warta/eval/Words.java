package id.warta.eval;

import java.util.HashMap;
import java.util.Map;

/**
 * Word-overlap scoring against a gold text: per page, precision is the share of extracted
 * words that the gold text has (as a multiset), recall the share of gold words extracted;
 * both are averaged over pages, and F1 is taken from the averages. Ideographs count one
 * word each, so Chinese and Japanese pages are scored too.
 */
final class Words {
    int pages;
    private double precisionSum;
    private double recallSum;

    void add(String gold, String extracted) {
        Map<String, Integer> g = bag(gold), e = bag(extracted);
        int goldCount = g.values().stream().mapToInt(Integer::intValue).sum();
        int extractedCount = e.values().stream().mapToInt(Integer::intValue).sum();
        int overlap = 0;
        for (var entry : e.entrySet()) overlap += Math.min(entry.getValue(), g.getOrDefault(entry.getKey(), 0));
        pages++;
        precisionSum += extractedCount == 0 ? (goldCount == 0 ? 1 : 0) : (double) overlap / extractedCount;
        recallSum += goldCount == 0 ? 1 : (double) overlap / goldCount;
    }

    double precision() {
        return pages == 0 ? 0 : precisionSum / pages;
    }

    double recall() {
        return pages == 0 ? 0 : recallSum / pages;
    }

    double f1() {
        double p = precision(), r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    static Map<String, Integer> bag(String text) {
        Map<String, Integer> bag = new HashMap<>();
        StringBuilder word = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (Character.isIdeographic(cp)) {
                flush(word, bag);
                bag.merge(Character.toString(cp), 1, Integer::sum);
            } else if (Character.isLetterOrDigit(cp)) {
                word.appendCodePoint(Character.toLowerCase(cp));
            } else {
                flush(word, bag);
            }
        });
        flush(word, bag);
        return bag;
    }

    private static void flush(StringBuilder word, Map<String, Integer> bag) {
        if (!word.isEmpty()) bag.merge(word.toString(), 1, Integer::sum);
        word.setLength(0);
    }
}
