package id.warta.app.cli;

import id.warta.app.server.ServerOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code warta serve}: the HTTP API and the web UI over the index. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the index: a web UI to search and read the articles, and a JSON API (described at /api/openapi.json).",
            "Listens on localhost unless --host says otherwise; then writing requests need a token (--token, or one is made and printed)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped normally", "1:an unexpected internal error", "2:wrong command line, port in use, or index busy"})
public final class ServeCommand implements Callable<Integer> {
    @Option(names = {"-p", "--port"}, defaultValue = "7070", description = "Port (default: ${DEFAULT-VALUE}; 0 for any free one).")
    int port;

    @Option(names = "--host", defaultValue = ServerOptions.LOCALHOST, description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--token", description = "Token that writing requests must send as 'Authorization: Bearer TOKEN'.")
    String token;

    @Option(names = "--ingest", arity = "1..*", paramLabel = "SOURCE", description = "Ingest these sources before serving.")
    List<String> ingest = new ArrayList<>();

    @Mixin
    IndexOptions index;

    @Override
    public Integer call() throws Exception {
        return Serving.run(index.dataFolder(), ingest, index.ingestOptions(), ServerOptions.forHost(host, port, token));
    }
}
