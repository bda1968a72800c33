package id.warta.app.cli;

import id.warta.entities.places.PlaceTables;
import id.warta.eval.SharedData;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code warta train places}: the place tables, from the shared gazetteers. */
@Command(name = "places", mixinStandardHelpOptions = true,
        description = {"Rebuild the place tables Warta ships (Indonesian regions with Kemendagri codes and "
            + "coordinates, countries with ISO 3166 codes, world cities with GeoNames ids) from "
            + "shared/data/gazetteers."})
public final class TrainPlacesCommand implements Callable<Integer> {
    @Option(names = "--out", paramLabel = "DIR",
            defaultValue = "warta-core/src/main/resources/id/warta/entities/places",
            description = "Where to write the tables (default: ${DEFAULT-VALUE}).")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Path gazetteers = SharedData.resolve("data/gazetteers").orElse(null);
        if (gazetteers == null) {
            spec.commandLine().getErr().println("warta: shared/data/gazetteers not found; set WARTA_SHARED");
            return ExitCodes.NOTHING_READ;
        }
        PlaceTables.build(gazetteers, out);
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println("wrote the place tables to " + out);
        stdout.flush();
        return ExitCodes.OK;
    }
}
