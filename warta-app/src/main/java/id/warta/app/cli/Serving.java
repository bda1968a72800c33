package id.warta.app.cli;

import id.warta.Warta;
import id.warta.app.server.ServerOptions;
import id.warta.app.server.WartaServer;
import id.warta.index.NewsIndex;
import id.warta.index.ingest.IngestOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/** Opens the index, ingests what was asked, serves until the process is stopped: {@code serve} and {@code demo}. */
final class Serving {
    private Serving() {
    }

    static int run(Path data, List<String> ingest, IngestOptions ingestOptions, ServerOptions options)
            throws IOException, InterruptedException {
        PrintWriter err = new PrintWriter(System.err, true);
        NewsIndex index = ingest.isEmpty() ? NewsIndex.openShared(data) : IndexOpening.forWriting(data, err);
        if (index == null) return ExitCodes.USAGE;
        if (!ingest.isEmpty()) IngestRun.run(index, ingest, ingestOptions, err);
        WartaServer server;
        try {
            server = WartaServer.start(options, index, Warta.pipeline());
        } catch (RuntimeException e) {
            index.close();
            if (causedBy(e, BindException.class)) {
                System.err.println("warta: cannot listen on " + options.host() + ":" + options.port()
                        + " (in use?): choose another port with --port N (0 for any free one)");
                return ExitCodes.USAGE;
            }
            throw e;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            try {
                index.close();
            } catch (IOException e) {
                System.err.println("warta: closing the index: " + e.getMessage());
            }
            stopped.countDown();
        }));
        long articles = index.searcher().counts().get("articles");
        System.out.println("warta: serving " + articles + " articles from " + index.folder()
                + (index.writable() ? "" : " (read-only: another process writes it)"));
        if (options.token() != null) System.out.println("warta: writing requests need 'Authorization: Bearer " + options.token() + "'");
        System.out.println("warta: open " + server.url() + "   (Ctrl-C to stop)");
        System.out.flush();
        stopped.await();
        return ExitCodes.OK;
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) if (type.isInstance(t)) return true;
        return false;
    }
}
