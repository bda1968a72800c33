package id.warta.app.cli;

import id.warta.index.IndexBusyException;
import id.warta.index.NewsIndex;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.apache.lucene.index.IndexNotFoundException;

/** Opens the index for a command, turning the usual problems into one clear line on stderr. */
final class IndexOpening {
    private IndexOpening() {
    }

    /** The index for writing, or null (after saying why) when another process holds it. */
    static NewsIndex forWriting(Path data, PrintWriter err) throws IOException {
        try {
            return NewsIndex.open(data);
        } catch (IndexBusyException e) {
            err.println("warta: " + e.getMessage());
            err.flush();
            return null;
        }
    }

    /** The index for reading, or null (after saying why) when there is none yet. */
    static NewsIndex forReading(Path data, PrintWriter err) throws IOException {
        try {
            return NewsIndex.openReadOnly(data);
        } catch (IndexNotFoundException | java.nio.file.NoSuchFileException e) {
            err.println("warta: no index in " + data + " yet: run 'warta ingest SOURCE...' first (or pass --data)");
            err.flush();
            return null;
        }
    }
}
