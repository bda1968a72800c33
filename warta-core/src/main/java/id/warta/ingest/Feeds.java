package id.warta.ingest;

import id.warta.model.Origin;
import id.warta.model.RawDocument;
import id.warta.model.RawDocument.Hints;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import java.util.zip.GZIPInputStream;

/**
 * Feeds and sitemaps (RSS 2.0 and 1.0, Atom, sitemaps, sitemap indexes, Google News
 * sitemaps), plain or gzip-compressed: their entries' URLs, titles and dates. Fetching the
 * articles they list comes with the crawler; here they are read from files.
 */
public final class Feeds {
    /** Largest XML read from one file: five times the 50 MB the sitemap protocol allows. */
    static final long MAX_XML_BYTES = 256L << 20;

    private Feeds() {
    }

    /** Opens a feed or sitemap for reading entry by entry; close the reader when done. */
    public static FeedReader open(Path path, Limits limits) throws IOException {
        return open(path, Origin.file(path.toString()), limits);
    }

    /** Reads a feed or sitemap whole: its entries up to a problem, and the problem if there was one. */
    public static Feed read(Path path) throws IOException {
        try (FeedReader reader = open(path, Limits.DEFAULT)) {
            List<FeedEntry> entries = new ArrayList<>();
            reader.forEachRemaining(entries::add);
            return new Feed(Origin.file(path.toString()), reader.type(), reader.title(), entries, reader.problem());
        }
    }

    static FeedReader open(Path path, Origin file, Limits limits) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
        try {
            in.mark(2);
            boolean gzip = in.read() == 0x1f && in.read() == 0x8b;
            in.reset();
            return new FeedReader(new Bounded(gzip ? new GZIPInputStream(in, 1 << 16) : in), file, limits);
        } catch (IOException e) {
            in.close();
            throw e;
        }
    }

    /**
     * A feed as {@code warta analyze} takes it: entries that carry the article itself become
     * documents (with the entry's title, URL and date as hints); the rest, links with titles
     * and summaries, cannot be analysed without fetching, and one message says so and points
     * to {@code warta feed}.
     */
    static Stream<Input> documents(Path path, Origin file, Limits limits) {
        FeedReader reader;
        try {
            reader = open(path, file, limits);
        } catch (IOException e) {
            return Stream.of(new Input.Skipped(file, "cannot read: " + e.getMessage()));
        }
        Iterator<Input> inputs = new Iterator<>() {
            private final Deque<Input> ready = new ArrayDeque<>();
            private int entries;
            private int withoutText;
            private boolean finished;

            @Override
            public boolean hasNext() {
                while (ready.isEmpty() && !finished) {
                    if (reader.hasNext()) take(reader.next());
                    else finish();
                }
                return !ready.isEmpty();
            }

            private void take(FeedEntry entry) {
                entries++;
                if (entry.content() == null) withoutText++;
                else ready.add(document(entry, limits));
            }

            private void finish() {
                finished = true;
                Feed.Type type = reader.type();
                if (type != null && withoutText > 0) {
                    String what = type == Feed.Type.SITEMAP_INDEX ? plural(withoutText, "further sitemap")
                            : withoutText == entries ? plural(entries, "entry") + " with links, titles and dates but no article text"
                            : withoutText + " of its " + plural(entries, "entry") + " with no article text";
                    ready.add(new Input.Skipped(file, type.label() + ": " + what + "; list them with `warta feed "
                            + file.path() + "` (fetching them comes with the crawler)"));
                } else if (type != null && entries == 0 && reader.problem() == null) {
                    ready.add(new Input.Skipped(file, type.label() + " with no entries"));
                }
                if (reader.problem() != null) ready.add(new Input.Skipped(reader.problem().origin(), reader.problem().message()));
            }

            @Override
            public Input next() {
                if (!hasNext()) throw new NoSuchElementException();
                return ready.removeFirst();
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(inputs, Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(() -> {
                    try {
                        reader.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    private static String plural(int n, String noun) {
        return n + " " + (n == 1 ? noun : noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s");
    }

    private static Input document(FeedEntry entry, Limits limits) {
        String text = entry.content().text();
        if (text.length() > limits.maxDocumentBytes()) {
            return new Input.Skipped(entry.origin(), "entry's article text is over the %.1f MB limit per document"
                    .formatted(limits.maxDocumentBytes() / 1e6));
        }
        Hints hints = new Hints(entry.title(), entry.url(), entry.published() == null ? null : entry.published().iso(), entry.outlet());
        return new Input.Read(new RawDocument(entry.origin(), entry.content().format(), text, hints));
    }

    /** Stops a file (or its inflated gzip) that runs past {@link #MAX_XML_BYTES}: no gzip bomb, no endless read. */
    private static final class Bounded extends FilterInputStream {
        private long read;

        Bounded(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) count(1);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) count(n);
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > MAX_XML_BYTES) throw new IOException("the XML runs past " + (MAX_XML_BYTES >> 20) + " MB; reading stops there");
        }
    }
}
