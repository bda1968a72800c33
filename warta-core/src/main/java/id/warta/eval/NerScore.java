package id.warta.eval;

import id.warta.entities.ner.NameSpan;
import id.warta.model.EntityType;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Entity-level precision, recall and F1, exact span and type (the CoNLL measure): a found
 * name counts only when its tokens and its type both equal a gold name's. Counts pool over
 * sentences; per type and over all types.
 */
public final class NerScore {
    /** True positives, false positives, false negatives. */
    public record Counts(int tp, int fp, int fn) {
        public double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        public double f1() {
            double p = precision(), r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Counts plus(Counts o) {
            return new Counts(tp + o.tp, fp + o.fp, fn + o.fn);
        }
    }

    private final Map<EntityType, Counts> byType = new EnumMap<>(EntityType.class);

    public NerScore() {
        for (EntityType t : EntityType.values()) byType.put(t, new Counts(0, 0, 0));
    }

    /** Adds one sentence's gold and found names. */
    public void add(List<NameSpan> gold, List<NameSpan> found) {
        Set<NameSpan> g = new HashSet<>(gold);
        for (NameSpan f : found) {
            boolean hit = g.remove(f);
            byType.merge(f.type(), new Counts(hit ? 1 : 0, hit ? 0 : 1, 0), Counts::plus);
        }
        for (NameSpan missed : g) byType.merge(missed.type(), new Counts(0, 0, 1), Counts::plus);
    }

    public void add(NerScore other) {
        other.byType.forEach((t, c) -> byType.merge(t, c, Counts::plus));
    }

    public Counts of(EntityType type) {
        return byType.get(type);
    }

    public Counts overall() {
        return byType.values().stream().reduce(new Counts(0, 0, 0), Counts::plus);
    }

    @Override
    public String toString() {
        Counts a = overall();
        return "P %.3f R %.3f F1 %.3f".formatted(a.precision(), a.recall(), a.f1());
    }
}
