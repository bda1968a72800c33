package id.warta.app;

import id.warta.app.cli.WartaCommand;

/** Entry point of the runnable jar. */
public final class Main {
    /** Held so the setting sticks: Lucene's note that the vector module is off is noise for users. */
    private static final java.util.logging.Logger LUCENE_VECTORS = java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

    private Main() {
    }

    public static void main(String[] args) {
        LUCENE_VECTORS.setLevel(java.util.logging.Level.SEVERE);
        System.exit(WartaCommand.run(args));
    }
}
