package id.warta.entities;

import id.warta.model.Located;
import java.util.Map;
import java.util.TreeMap;

/**
 * Stretches of text already taken by names, kept merged and sorted so that an overlap check
 * costs a logarithm, not a pass over every name: a long text with thousands of names stays
 * linear.
 */
final class Occupied {
    private final TreeMap<Integer, Integer> spans = new TreeMap<>();

    Occupied(Iterable<? extends Located> taken) {
        for (Located l : taken) add(l);
    }

    boolean overlaps(Located f) {
        Map.Entry<Integer, Integer> before = spans.floorEntry(f.end() - 1);
        return before != null && before.getValue() > f.start();
    }

    void add(Located f) {
        int start = f.start(), end = f.end();
        Map.Entry<Integer, Integer> e = spans.floorEntry(end);
        while (e != null && e.getValue() >= start) {
            start = Math.min(start, e.getKey());
            end = Math.max(end, e.getValue());
            spans.remove(e.getKey());
            e = spans.floorEntry(end);
        }
        spans.put(start, end);
    }
}
