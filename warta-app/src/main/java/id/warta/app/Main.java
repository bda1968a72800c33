package id.warta.app;

import id.warta.app.cli.WartaCommand;

/** Entry point of the runnable jar. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(WartaCommand.run(args));
    }
}
