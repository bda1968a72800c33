package id.warta.app.cli;

import java.io.Console;

/** Whether standard output is a person at a terminal (progress bars, colour) or a pipe or file (plain lines). */
final class Terminal {
    private Terminal() {
    }

    static boolean interactive() {
        Console console = System.console();
        if (console == null || "dumb".equals(System.getenv("TERM"))) return false;
        try {
            // Java 22+ returns a console even when redirected; it then says whether it is a terminal.
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true; // Java 21: a console exists only at a terminal
        }
    }
}
