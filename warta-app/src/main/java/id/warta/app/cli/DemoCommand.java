package id.warta.app.cli;

import id.warta.app.server.ServerOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code warta demo}: ingest the bundled sample articles into their own data folder and serve them. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Ingest the bundled sample articles (samples/) into ~/.warta/demo and serve the web UI:",
            "the same as 'warta serve --data ~/.warta/demo --ingest samples/ --reanalyse' (the samples are",
            "analysed again on every start, so the demo shows what this build reads)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped normally", "1:an unexpected internal error", "2:no samples found, port in use, or index busy"})
public final class DemoCommand implements Callable<Integer> {
    @Option(names = {"-p", "--port"}, defaultValue = "7070", description = "Port (default: ${DEFAULT-VALUE}; 0 for any free one).")
    int port;

    @Option(names = "--samples", paramLabel = "DIR", description = "The sample articles (default: samples/ of the Warta checkout).")
    Path samples;

    @Mixin
    IndexOptions index;

    @Override
    public Integer call() throws Exception {
        Path folder = samples != null ? samples : defaultSamples();
        if (!Files.isDirectory(folder)) {
            System.err.println("warta: no sample articles at " + folder + ": give the folder with --samples DIR");
            return ExitCodes.USAGE;
        }
        Path data = index.data != null ? index.data : Path.of(System.getProperty("user.home"), ".warta", "demo");
        // a handful of articles: analyse them again every time, so the demo shows what this build reads
        return Serving.run(data, List.of(folder.toString()), index.ingestOptions().withReanalyse(true), ServerOptions.local(port));
    }

    /** samples/ beside the launcher that started us ($WARTA_HOME), else in the working folder. */
    private static Path defaultSamples() {
        String home = System.getenv("WARTA_HOME");
        return home != null && !home.isBlank() ? Path.of(home, "samples") : Path.of("samples");
    }
}
