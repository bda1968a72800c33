package id.warta.app.cli;

import id.warta.index.IndexBusyException;
import id.warta.index.NewsIndex;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.index.IndexNotFoundException;

/** Opens the index for a command, turning the usual problems into one clear line on stderr. */
final class IndexOpening {
    private IndexOpening() {
    }

    /** The index for writing, or null (after saying why) when another process holds it. */
    static NewsIndex forWriting(Path data) throws IOException {
        try {
            return NewsIndex.open(data);
        } catch (IndexBusyException e) {
            System.err.println("warta: " + e.getMessage());
            return null;
        }
    }

    /** The index for reading, or null (after saying why) when there is none yet. */
    static NewsIndex forReading(Path data) throws IOException {
        try {
            return NewsIndex.openReadOnly(data);
        } catch (IndexNotFoundException | java.nio.file.NoSuchFileException e) {
            System.err.println("warta: no index in " + data + " yet: run 'warta ingest SOURCE...' first (or pass --data)");
            return null;
        }
    }
}
