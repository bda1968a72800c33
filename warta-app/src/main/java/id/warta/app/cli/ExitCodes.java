package id.warta.app.cli;

/** What {@code warta} tells the shell. Documented in README ("Exit codes"). */
public final class ExitCodes {
    /** Everything given was read and analysed. */
    public static final int OK = 0;
    /** An unexpected internal error stopped the run. */
    public static final int FAILED = 1;
    /** The command line was wrong (unknown option, missing argument). */
    public static final int USAGE = 2;
    /** The run finished, but some inputs (or records in them) were skipped; stderr says which and why. */
    public static final int SKIPPED = 3;
    /** Nothing could be analysed: every input was skipped. */
    public static final int NOTHING_READ = 4;

    private ExitCodes() {
    }
}
