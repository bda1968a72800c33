package id.warta.index;

import java.io.IOException;
import java.nio.file.Path;

/** Another process (an ingest or a server) holds the index for writing. */
public final class IndexBusyException extends IOException {
    public IndexBusyException(Path folder, Throwable cause) {
        super("the index in " + folder + " is being written by another warta process (ingest or serve); "
                + "wait for it to finish, or give this one another --data folder", cause);
    }
}
