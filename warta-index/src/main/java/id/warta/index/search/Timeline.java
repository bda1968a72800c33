package id.warta.index.search;

import java.util.List;

/**
 * Counts of articles over time, in buckets of one granularity with empty buckets kept, so
 * it can be drawn as it is.
 *
 * @param granularity {@code day}, {@code month} or {@code year}
 * @param buckets     in time order; {@code start} is the bucket's first day (ISO)
 * @param undated     matching articles without a publication date
 */
public record Timeline(String granularity, List<Bucket> buckets, long undated) {
    public static final Timeline EMPTY = new Timeline("day", List.of(), 0);

    public record Bucket(String start, long count) {
    }
}
