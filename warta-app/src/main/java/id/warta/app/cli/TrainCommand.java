package id.warta.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code warta train MODEL}: rebuilds one of the models Warta ships, from the public data. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train a model Warta ships, reproducibly, from the public data in shared/data.",
        subcommands = {TrainClickbaitCommand.class, TrainNerCommand.class, TrainPlacesCommand.class})
public final class TrainCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
