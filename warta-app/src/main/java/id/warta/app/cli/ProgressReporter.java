package id.warta.app.cli;

import id.warta.index.ingest.IngestListener;
import java.io.PrintWriter;
import java.time.Duration;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Shows a long run's progress ({@code ingest}, {@code analyze}): a bar with rate and ETA on a
 * terminal, a plain line every few seconds otherwise (logs, CI). Skipped inputs are listed on
 * stderr as they happen, except those simply already indexed.
 */
final class ProgressReporter implements IngestListener, AutoCloseable {
    private static final long PLAIN_EVERY_NANOS = Duration.ofSeconds(5).toNanos();
    private static final long MIN_DONE_FOR_ETA = 20;

    private final PrintWriter err;
    private final ProgressBar bar;
    private final long total;
    private final String task;
    private final String outcome;
    private long lastLine = System.nanoTime();
    private long committed;

    /**
     * @param task    what runs ({@code ingest})
     * @param outcome what happens to a document that goes through ({@code indexed})
     * @param total   how many inputs, or -1 when unknown
     */
    ProgressReporter(String task, String outcome, long total, boolean terminal, PrintWriter err) {
        this.err = err;
        this.total = total;
        this.task = task;
        this.outcome = outcome;
        this.bar = terminal ? new ProgressBarBuilder().setTaskName(task).setInitialMax(total)
                .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK).setUnit(" docs", 1).showSpeed()
                .setUpdateIntervalMillis(250).setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err)).build() : null;
    }

    @Override
    public void progressed(Progress p) {
        if (bar != null) {
            bar.stepTo(p.done());
            bar.setExtraMessage(p.indexed() + " " + outcome + ", " + p.skipped() + " skipped");
            return;
        }
        long now = System.nanoTime();
        if (now - lastLine < PLAIN_EVERY_NANOS || p.done() == total) return; // the summary tells the end
        lastLine = now;
        double rate = p.seconds() > 0 ? p.done() / p.seconds() : 0;
        // the first few documents pay for warming up: no rate-based guess from them
        String eta = total > 0 && p.done() >= MIN_DONE_FOR_ETA ? ", ETA " + duration((long) ((total - p.done()) / rate)) : "";
        err.printf("warta: %s %,d%s done (%,d %s, %,d skipped), %,.0f docs/s%s%s%n", task,
                p.done(), total > 0 ? "/" + String.format("%,d", total) : "", p.indexed(), outcome, p.skipped(), rate, eta,
                committed > 0 ? String.format(", %,d committed", committed) : "");
        err.flush();
    }

    @Override
    public void committed(long inputs) {
        committed = inputs;
    }

    @Override
    public void skipped(String origin, String reason) {
        if (reason.equals("already indexed") || reason.equals("unchanged")) return;
        String line = "warta: skipped " + origin + ": " + reason;
        if (bar != null) bar.setExtraMessage(line);
        else {
            err.println(line);
            err.flush();
        }
    }

    @Override
    public void noted(String origin, String message) {
        if (bar == null) {
            err.println("warta: " + origin + ": " + message);
            err.flush();
        }
    }

    @Override
    public void close() {
        if (bar != null) bar.close();
    }

    private static String duration(long seconds) {
        return seconds >= 3600 ? String.format("%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format("%d:%02d", seconds / 60, seconds % 60);
    }
}
