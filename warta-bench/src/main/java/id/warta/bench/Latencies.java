package id.warta.bench;

import java.util.Arrays;

/** Latencies in nanoseconds, summarised as percentiles in milliseconds. */
final class Latencies {
    private long[] values = new long[1024];
    private int size;

    synchronized void add(long nanos) {
        if (size == values.length) values = Arrays.copyOf(values, size * 2);
        values[size++] = nanos;
    }

    synchronized int count() {
        return size;
    }

    synchronized String summary() {
        if (size == 0) return "no samples";
        long[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        double mean = Arrays.stream(sorted).average().orElse(0) / 1e6;
        return String.format("n=%d  p50 %.2f ms  p90 %.2f ms  p99 %.2f ms  max %.2f ms  mean %.2f ms",
                size, ms(sorted, 0.50), ms(sorted, 0.90), ms(sorted, 0.99), sorted[size - 1] / 1e6, mean);
    }

    private static double ms(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }
}
