package id.warta.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code --name value} pairs of a benchmark's command line, among the names the benchmark reads. */
final class Args {
    private final List<String> names;
    private final Map<String, String> values = new HashMap<>();

    /**
     * @param names every option the benchmark reads, so a mistyped one ({@code --evrey 6}) stops it
     * @throws IllegalArgumentException on anything but pairs of those names, so {@code --help}, a name missing its
     *         value or a name the benchmark does not read stops the benchmark before its long run instead of being
     *         ignored
     */
    Args(String[] args, String... names) {
        this.names = List.of(names);
        for (int i = 0; i < args.length; i += 2) {
            if (!args[i].startsWith("--")) throw new IllegalArgumentException("expected --name value, got " + args[i]);
            if (i + 1 == args.length) {
                throw new IllegalArgumentException(args[i] + " has no value: options are --name value pairs "
                        + "(README, section Benchmarks, lists each benchmark's options)");
            }
            String name = args[i].substring(2);
            if (!this.names.contains(name)) {
                throw new IllegalArgumentException("unknown option " + args[i] + ": this benchmark reads --"
                        + String.join(", --", this.names));
            }
            values.put(name, args[i + 1]);
        }
    }

    int integer(String name, int fallback) {
        String value = value(name);
        return value != null ? Integer.parseInt(value.replace("_", "")) : fallback;
    }

    String string(String name, String fallback) {
        String value = value(name);
        return value != null ? value : fallback;
    }

    /** The value given for {@code name}; a name the benchmark did not declare is its own mistake. */
    private String value(String name) {
        if (!names.contains(name)) throw new IllegalStateException(name + " is read but not among the declared options " + names);
        return values.get(name);
    }
}
