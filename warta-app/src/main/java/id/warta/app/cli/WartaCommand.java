package id.warta.app.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code warta}: the top command; does nothing alone but list its subcommands. */
@Command(name = "warta", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "News intelligence for Indonesian-language news: who said what, when, where, citing whom.",
        subcommands = {AnalyzeCommand.class, IngestCommand.class, SearchCommand.class, ServeCommand.class, DemoCommand.class,
            FeedCommand.class, TrainCommand.class, EvalCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:everything given was analysed",
            "1:an unexpected internal error stopped the run",
            "2:wrong command line",
            "3:finished, but some inputs were skipped (stderr says which and why)",
            "4:nothing could be analysed"})
public final class WartaCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static int run(String... args) {
        CommandLine cli = commandLine();
        cli.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)));
        cli.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        int code = cli.execute(args);
        cli.getOut().flush();
        return code;
    }

    /** The command tree, writing to the standard streams unless a caller sets others. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new WartaCommand());
        // help texts name choices in lower case (`--algorithm crf`); accept them in any case
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof NoSuchFileException || e instanceof AccessDeniedException) {
                // a file named on the command line (a model, an output folder): the user's to mend, no stack trace
                cmd.getErr().println("warta: cannot " + (e instanceof NoSuchFileException ? "find " : "open ")
                        + ((FileSystemException) e).getFile());
                return ExitCodes.NOTHING_READ;
            }
            cmd.getErr().println("warta: internal error: " + e);
            e.printStackTrace(cmd.getErr());
            return ExitCodes.FAILED;
        });
        return cli;
    }
}
