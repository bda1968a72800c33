package id.warta.index.ingest;

import id.warta.index.Indexer;
import id.warta.index.InputFingerprint;
import id.warta.index.Upsert;
import id.warta.ingest.Input;
import id.warta.ingest.Inputs;
import id.warta.language.Token;
import id.warta.model.Article;
import id.warta.pipeline.Pipeline;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Reads sources, analyses their documents in parallel and upserts them, finishing them in
 * input order so that a commit after input {@code n} makes inputs 1..n durable. A rerun
 * over the same sources skips inputs already indexed without analysing them again: after
 * a crash it resumes where the last commit left off.
 */
public final class Ingestion {
    /** Reasons kept word for word in the summary. */
    private static final int MAX_EXAMPLES = 10;
    /**
     * Inputs handed out ahead of the oldest unfinished one, per thread: results are taken in
     * input order, so a long article must not leave the other threads without work meanwhile.
     */
    private static final int AHEAD_PER_THREAD = 16;
    static final String ALREADY_INDEXED = "already indexed";
    static final String UNCHANGED = "unchanged";

    private final Indexer indexer;
    private final Pipeline pipeline;
    private final IngestOptions options;
    private final IngestListener listener;

    public Ingestion(Indexer indexer, Pipeline pipeline, IngestOptions options, IngestListener listener) {
        this.indexer = indexer;
        this.pipeline = pipeline;
        this.options = options;
        this.listener = listener;
    }

    /** What became of one input: indexed, skipped (with the reason), or a note about a container. */
    private record Outcome(Upsert.Outcome upsert, String origin, String reason, String note) {
        static Outcome skipped(String origin, String reason) {
            return new Outcome(null, origin, reason, null);
        }

        static Outcome indexed(Upsert.Outcome upsert, String origin) {
            return new Outcome(upsert, origin, null, null);
        }
    }

    public IngestSummary run(List<String> sources) throws IOException, InterruptedException {
        Tally tally = new Tally(System.nanoTime());
        long lastCommit = System.nanoTime();
        long sinceCommit = 0;
        try (ExecutorService pool = Executors.newFixedThreadPool(options.threads());
             Commits commits = new Commits(sources, tally);
             Stream<Input> all = sources.stream().flatMap(s -> Inputs.open(s, options.limits()))) {
            Deque<Future<Outcome>> window = new ArrayDeque<>();
            for (var it = all.iterator(); it.hasNext(); ) {
                Input input = it.next();
                window.add(pool.submit(() -> process(input)));
                if (window.size() < options.threads() * AHEAD_PER_THREAD) continue;
                tally.add(await(window.removeFirst()), listener);
                sinceCommit++;
                commits.reportFinished();
                if (sinceCommit >= options.commitEvery() || System.nanoTime() - lastCommit >= options.commitInterval().toNanos()) {
                    commits.start();
                    lastCommit = System.nanoTime();
                    sinceCommit = 0;
                }
            }
            while (!window.isEmpty()) tally.add(await(window.removeFirst()), listener);
            commits.start();
            commits.awaitRunning();
        }
        return tally.summary();
    }

    /**
     * Commits made on a thread of their own while the inputs go on: writing out the buffered
     * documents is most of a commit's work, and made by the reading thread it left the workers
     * idle once they had finished the inputs handed out ahead (a core idle for a second or more
     * at each commit of analysed input). One commit at a time: a commit falling due while the
     * last still runs waits for it, so commits stay at most {@code commitEvery} inputs apart.
     * Inputs are reported committed only once their commit has returned.
     */
    private final class Commits implements AutoCloseable {
        private final List<String> sources;
        private final Tally tally;
        private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> new Thread(r, "warta-ingest-commit"));
        private Future<Long> running;

        Commits(List<String> sources, Tally tally) {
            this.sources = sources;
            this.tally = tally;
        }

        /** Commits the inputs done so far, in the background, once the commit before has finished. */
        void start() throws IOException, InterruptedException {
            awaitRunning();
            long done = tally.done;
            Map<String, String> userData = userData(sources, done);
            running = thread.submit(() -> {
                indexer.commit(userData);
                return done;
            });
        }

        /** Reports the commit that ran, if it has finished. */
        void reportFinished() throws IOException, InterruptedException {
            if (running != null && running.isDone()) awaitRunning();
        }

        /** Waits for the running commit, if any, and reports it. */
        void awaitRunning() throws IOException, InterruptedException {
            if (running == null) return;
            Future<Long> commit = running;
            running = null; // its failure is thrown here, not again by close()
            long done = await(commit);
            tally.committed = done;
            listener.committed(done);
        }

        /**
         * Waits for a commit still running after a failure elsewhere rather than leaving it
         * behind, and throws its own failure, if any: it then goes with the one that stopped the
         * ingest (as a suppressed exception) instead of being lost.
         */
        @Override
        public void close() throws IOException, InterruptedException {
            thread.close();
            if (running != null) await(running);
        }
    }

    private Outcome process(Input input) throws IOException {
        return switch (input) {
            case Input.Skipped s -> Outcome.skipped(s.origin().toString(), s.reason());
            case Input.Summary s -> new Outcome(null, s.origin().toString(), null, s.message());
            case Input.Analysed a -> indexed(a.article(), null, null, a.origin().toString());
            case Input.Read r -> {
                String fingerprint = InputFingerprint.of(r.document());
                if (!options.reanalyse() && indexer.hasInput(fingerprint)) yield Outcome.skipped(r.origin().toString(), ALREADY_INDEXED);
                Pipeline.Analysed analysed;
                try {
                    analysed = pipeline.analyzeWithTokens(r.document());
                } catch (RuntimeException | StackOverflowError e) {
                    yield Outcome.skipped(r.origin().toString(), "analysis failed: " + e);
                }
                yield indexed(analysed.article(), analysed.textTokens(), fingerprint, r.origin().toString());
            }
        };
    }

    /** Upserts {@code article}; {@code textTokens}, when not null, are its text's tokens as the analysis cut them. */
    private Outcome indexed(Article article, List<Token> textTokens, String fingerprint, String origin) throws IOException {
        Upsert upsert = indexer.upsert(article, fingerprint, textTokens);
        return upsert.outcome() == Upsert.Outcome.UNCHANGED ? Outcome.skipped(origin, UNCHANGED) : Outcome.indexed(upsert.outcome(), origin);
    }

    private static Map<String, String> userData(List<String> sources, long inputs) {
        return Map.of("warta.ingest.sources", String.join("\n", sources), "warta.ingest.inputs", Long.toString(inputs));
    }

    private static <T> T await(Future<T> future) throws IOException, InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) throw io;
            if (e.getCause() instanceof UncheckedIOException io) throw io.getCause();
            throw new IllegalStateException("ingest failed: " + e.getCause(), e.getCause());
        }
    }

    /** Running totals, touched by the ingesting thread only. */
    private static final class Tally {
        private final long started;
        private final Map<String, Long> skipped = new TreeMap<>();
        private final List<String> examples = new ArrayList<>();
        private long done, added, updated, skippedTotal, committed;

        Tally(long started) {
            this.started = started;
        }

        void add(Outcome o, IngestListener listener) {
            if (o.note() != null) {
                listener.noted(o.origin(), o.note()); // what an archive held besides articles: not an input
                return;
            }
            done++;
            if (o.upsert() == Upsert.Outcome.ADDED) added++;
            else if (o.upsert() == Upsert.Outcome.UPDATED) updated++;
            else {
                skippedTotal++;
                skipped.merge(reasonKind(o.reason()), 1L, Long::sum);
                if (examples.size() < MAX_EXAMPLES && !o.reason().equals(ALREADY_INDEXED) && !o.reason().equals(UNCHANGED)) {
                    examples.add(o.origin() + ": " + o.reason());
                }
                listener.skipped(o.origin(), o.reason());
            }
            listener.progressed(new IngestListener.Progress(done, added + updated, skippedTotal, seconds()));
        }

        double seconds() {
            return (System.nanoTime() - started) / 1e9;
        }

        IngestSummary summary() {
            return new IngestSummary(done, added, updated, Map.copyOf(skipped), List.copyOf(examples), committed, seconds());
        }

        /** The reason without its particulars: {@code too large: 12 MB...} counts as {@code too large}. */
        private static String reasonKind(String reason) {
            int colon = reason.indexOf(':');
            return colon < 0 ? reason : reason.substring(0, colon);
        }
    }
}
