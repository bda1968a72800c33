package id.warta.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores analysed articles (as their JSON output) against gold labels with exactly the rules of
 * {@code shared/tools/score_gold.py}, so the build's gate and the project's measure agree:
 * <ul>
 *   <li>a gold quote is found when at least 80% of its word tokens are in one predicted quote
 *       that is mostly (≥ 50%) made of it, or covers ≥ 90% of it; its speaker is right when the
 *       predicted speaker shares a name word (3+ letters, titles ignored) with the gold one;
 *       precision counts predicted quotes carrying at least one right attribution; indirect
 *       quotes are left out;</li>
 *   <li>entities by type and name words; amounts by value (within 0.5%) and unit; dates by ISO day.</li>
 * </ul>
 */
public final class GoldScore {
    private static final Set<String> TITLES = Set.of("presiden", "wakil", "menteri", "ketua", "kepala", "gubernur",
            "bupati", "wali", "kota", "kapolres", "kapolda", "kombes", "akbp", "komjen", "irjen", "brigjen", "jenderal",
            "dr", "prof", "ir", "h", "hj", "direktur", "utama", "sekretaris", "anggota", "juru", "bicara", "kasat",
            "reskrim", "pj", "plt");
    private static final Map<String, String> TYPES = Map.of("PERSON", "PER", "PER", "PER", "ORGANIZATION", "ORG",
            "ORGANISATION", "ORG", "ORG", "ORG", "PLACE", "LOC", "LOCATION", "LOC", "LOC", "LOC", "GPE", "LOC");
    private static final Map<String, String> UNITS = Map.of("%", "PERCENT", "PERSEN", "PERCENT", "PCT", "PERCENT",
            "RP", "IDR", "US$", "USD", "$", "USD");
    private static final List<String> ENTITY_TYPES = List.of("PER", "ORG", "LOC");
    private static final Map<String, String> LABEL_KEYS = Map.of("PER", "persons", "ORG", "organizations", "LOC", "places");
    /** Python's {@code \w}: letters, digits, underscore. */
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_]+");

    /** What went wrong in one article, for {@code --verbose}. */
    public record Misses(String id, List<String> lines) {
    }

    private int goldQuotes, predictedQuotes, found, right, predictedRight;
    private final Map<String, int[]> entities = new HashMap<>();
    private final int[] amounts = new int[3];
    private final int[] dates = new int[3];
    private final List<Misses> misses = new ArrayList<>();

    public GoldScore() {
        for (String t : ENTITY_TYPES) entities.put(t, new int[3]);
    }

    /** Adds one article: its gold labels and Warta's output for it. */
    public void add(String id, JsonNode labels, JsonNode output) {
        List<String> notes = new ArrayList<>();
        scoreQuotes(labels, output, notes);
        scoreEntities(labels, output, notes);
        scoreAmounts(labels, output, notes);
        scoreDates(labels, output, notes);
        if (!notes.isEmpty()) misses.add(new Misses(id, notes));
    }

    private void scoreQuotes(JsonNode labels, JsonNode output, List<String> notes) {
        List<JsonNode> pred = new ArrayList<>();
        for (JsonNode q : array(output, "quotes")) {
            if (!str(q.get("kind")).toLowerCase(Locale.ROOT).contains("indirect")) pred.add(q);
        }
        List<JsonNode> gold = array(labels, "quotes");
        goldQuotes += gold.size();
        predictedQuotes += pred.size();
        Set<Integer> rightOnes = new HashSet<>();
        for (JsonNode g : gold) {
            double best = 0;
            int bi = -1;
            for (int i = 0; i < pred.size(); i++) {
                double[] o = overlap(str(g.get("quote")), str(pred.get(i).get("text")));
                double s = o[1] >= 0.5 || o[0] >= 0.9 ? o[0] : 0.0;
                if (s > best) {
                    best = s;
                    bi = i;
                }
            }
            if (best >= 0.8) {
                found++;
                JsonNode speaker = pred.get(bi).get("speaker");
                if (intersects(nameKeys(str(g.get("speaker"))), nameKeys(flat(speaker)))) {
                    right++;
                    rightOnes.add(bi);
                } else {
                    notes.add("quote speaker: gold " + str(g.get("speaker")) + ", got " + flat(speaker) + " | "
                            + abbreviate(str(g.get("quote"))));
                }
            } else {
                notes.add("quote missed: " + str(g.get("speaker")) + " | " + abbreviate(str(g.get("quote"))));
            }
        }
        predictedRight += rightOnes.size();
        for (int i = 0; i < pred.size(); i++) {
            if (!rightOnes.contains(i)) {
                notes.add("quote predicted without a right attribution: " + flat(pred.get(i).get("speaker")) + " | "
                        + abbreviate(str(pred.get(i).get("text"))));
            }
        }
    }

    private void scoreEntities(JsonNode labels, JsonNode output, List<String> notes) {
        Map<String, List<Set<String>>> predicted = new HashMap<>();
        Map<String, List<String>> names = new HashMap<>();
        for (String t : ENTITY_TYPES) {
            predicted.put(t, new ArrayList<>());
            names.put(t, new ArrayList<>());
        }
        for (JsonNode e : array(output, "entities")) {
            String t = TYPES.get(str(e.get("type")).toUpperCase(Locale.ROOT));
            if (t != null) {
                predicted.get(t).add(nameKeys(str(e.get("name"))));
                names.get(t).add(str(e.get("name")));
            }
        }
        for (String t : ENTITY_TYPES) {
            List<Set<String>> pe = predicted.get(t);
            Set<Integer> used = new HashSet<>();
            List<JsonNode> gold = array(labels, LABEL_KEYS.get(t));
            int[] c = entities.get(t);
            for (JsonNode g : gold) {
                Set<String> keys = nameKeys(str(g));
                boolean hit = false;
                for (int i = 0; i < pe.size() && !hit; i++) {
                    if (!used.contains(i) && intersects(keys, pe.get(i))) {
                        used.add(i);
                        c[0]++;
                        hit = true;
                    }
                }
                if (!hit) notes.add("entity missed: " + t + " " + str(g));
            }
            for (int i = 0; i < pe.size(); i++) {
                if (!used.contains(i)) notes.add("entity not in gold: " + t + " " + names.get(t).get(i));
            }
            c[1] += pe.size();
            c[2] += gold.size();
        }
    }

    private record Value(double value, String unit) {
    }

    private void scoreAmounts(JsonNode labels, JsonNode output, List<String> notes) {
        List<Value> pa = new ArrayList<>();
        for (JsonNode a : array(output, "amounts")) {
            JsonNode u = a.get("unit") == null || a.get("unit").isNull() || str(a.get("unit")).isEmpty() ? a.get("currency") : a.get("unit");
            pa.add(new Value(number(a.get("value")), unit(str(u))));
        }
        Set<Value> ga = new LinkedHashSet<>();
        for (JsonNode a : array(labels, "amounts")) ga.add(new Value(number(a.get("value")), unit(str(a.get("unit")))));
        for (Value g : ga) {
            boolean hit = pa.stream().anyMatch(p -> Math.abs(p.value() - g.value()) <= Math.abs(g.value()) * 0.005
                    && p.unit().equals(g.unit()));
            if (hit) amounts[0]++;
            else notes.add("amount missed: " + plain(g.value()) + " " + g.unit());
        }
        Set<Value> distinct = new HashSet<>(pa);
        for (Value p : distinct) {
            boolean gold = ga.stream().anyMatch(g -> Math.abs(p.value() - g.value()) <= Math.abs(g.value()) * 0.005
                    && p.unit().equals(g.unit()));
            if (!gold) notes.add("amount not in gold: " + plain(p.value()) + " " + p.unit());
        }
        amounts[1] += distinct.size();
        amounts[2] += ga.size();
    }

    private void scoreDates(JsonNode labels, JsonNode output, List<String> notes) {
        Set<String> pd = new HashSet<>();
        for (JsonNode d : array(output, "dates")) pd.add(prefix(pyStr(d.get("value")), 10));
        Set<String> gd = new LinkedHashSet<>();
        for (JsonNode d : array(labels, "dates")) gd.add(prefix(pyStr(d.get("value")), 10));
        Set<String> both = new HashSet<>(gd);
        both.retainAll(pd);
        for (String g : gd) if (!pd.contains(g)) notes.add("date missed: " + g);
        Set<String> noted = new HashSet<>();
        for (JsonNode d : array(output, "dates")) {
            String v = prefix(pyStr(d.get("value")), 10);
            if (!gd.contains(v) && noted.add(v)) notes.add("date not in gold: " + v + " | " + str(d.get("text")));
        }
        dates[0] += both.size();
        dates[1] += pd.size();
        dates[2] += gd.size();
    }

    // ---- figures

    /** Quotes with the right speaker: F1, with precision over predicted quotes and recall over gold ones. */
    public double quoteF1() {
        double p = predictedRight / (double) Math.max(1, predictedQuotes);
        double r = right / (double) Math.max(1, goldQuotes);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double entityF1(String type) {
        int[] c = entities.get(type);
        return f1(c[0], c[1], c[2]);
    }

    public double amountF1() {
        return f1(amounts[0], amounts[1], amounts[2]);
    }

    public double dateF1() {
        return f1(dates[0], dates[1], dates[2]);
    }

    public List<Misses> misses() {
        return List.copyOf(misses);
    }

    /** The summary, line for line as {@code score_gold.py score} prints it. */
    public List<String> summary() {
        double p = predictedRight / (double) Math.max(1, predictedQuotes);
        double r = right / (double) Math.max(1, goldQuotes);
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "quotes with the right speaker: F1 %.3f (P %.3f R %.3f); quotes found %d/%d, predicted %d",
                quoteF1(), p, r, found, goldQuotes, predictedQuotes));
        for (String t : ENTITY_TYPES) {
            int[] c = entities.get(t);
            lines.add(String.format(Locale.ROOT, "entities %s: F1 %.3f (%d of %d gold, %d predicted)", t, entityF1(t), c[0], c[2], c[1]));
        }
        lines.add(String.format(Locale.ROOT, "amounts: F1 %.3f (%d of %d gold values)", amountF1(), amounts[0], amounts[2]));
        lines.add(String.format(Locale.ROOT, "dates: F1 %.3f (%d of %d gold days)", dateF1(), dates[0], dates[2]));
        return lines;
    }

    private static double f1(int tp, int np, int ng) {
        double p = tp / (double) Math.max(1, np), r = tp / (double) Math.max(1, ng);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    // ---- the script's helpers

    static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        for (Matcher m = TOKEN.matcher(s.toLowerCase(Locale.ROOT)); m.find(); ) out.add(m.group());
        return out;
    }

    static Set<String> nameKeys(String s) {
        Set<String> keys = new HashSet<>();
        for (String t : tokens(s)) if (t.length() > 2 && !TITLES.contains(t)) keys.add(t);
        return keys;
    }

    /** The share of gold tokens found in the prediction, and of prediction tokens that are gold's. */
    static double[] overlap(String gold, String predicted) {
        List<String> gt = tokens(gold), pt = tokens(predicted);
        if (gt.isEmpty() || pt.isEmpty()) return new double[] {0, 0};
        Map<String, Integer> gc = counts(gt), pc = counts(pt);
        int common = 0;
        for (Map.Entry<String, Integer> e : gc.entrySet()) common += Math.min(e.getValue(), pc.getOrDefault(e.getKey(), 0));
        return new double[] {common / (double) gt.size(), common / (double) pt.size()};
    }

    /** A speaker object's string and number values joined, as the script's {@code flat}. */
    static String flat(JsonNode v) {
        if (v == null || v.isNull()) return "";
        if (!v.isObject()) return pyStr(v);
        List<String> parts = new ArrayList<>();
        for (JsonNode x : (Iterable<JsonNode>) v::elements) {
            if (x.isTextual() || x.isNumber() || x.isBoolean()) parts.add(pyStr(x));
        }
        return String.join(" ", parts);
    }

    static String unit(String u) {
        String k = u.strip().toUpperCase(Locale.ROOT);
        return UNITS.getOrDefault(k, k);
    }

    private static Map<String, Integer> counts(List<String> tokens) {
        Map<String, Integer> c = new HashMap<>();
        for (String t : tokens) c.merge(t, 1, Integer::sum);
        return c;
    }

    private static boolean intersects(Set<String> a, Set<String> b) {
        for (String x : a) if (b.contains(x)) return true;
        return false;
    }

    private static List<JsonNode> array(JsonNode node, String field) {
        JsonNode a = node == null ? null : node.get(field);
        List<JsonNode> out = new ArrayList<>();
        if (a != null && a.isArray()) a.forEach(out::add);
        return out;
    }

    /** {@code str(x or "")} for a JSON string, {@code ""} for null. */
    private static String str(JsonNode v) {
        return v == null || v.isNull() ? "" : v.isTextual() ? v.asText() : pyStr(v);
    }

    /** Python's {@code str()} of a JSON value: {@code None}, {@code True}, {@code 12}, {@code 1.5}. */
    private static String pyStr(JsonNode v) {
        if (v == null || v.isNull()) return "None";
        if (v.isBoolean()) return v.asBoolean() ? "True" : "False";
        if (v.isIntegralNumber()) return v.bigIntegerValue().toString();
        if (v.isNumber()) return Double.toString(v.asDouble());
        return v.asText();
    }

    private static double number(JsonNode v) {
        if (v == null || v.isNull()) return 0;
        if (v.isNumber()) return v.asDouble();
        try {
            return v.asText().isEmpty() ? 0 : Double.parseDouble(v.asText());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String prefix(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n);
    }

    private static String plain(double v) {
        return new java.math.BigDecimal(v).stripTrailingZeros().toPlainString();
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}
