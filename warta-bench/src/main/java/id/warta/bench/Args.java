package id.warta.bench;

import java.util.HashMap;
import java.util.Map;

/** {@code --name value} pairs of a benchmark's command line. */
final class Args {
    private final Map<String, String> values = new HashMap<>();

    /**
     * @throws IllegalArgumentException on anything but pairs, so {@code --help} or a name missing its value stops
     *         the benchmark before its long run instead of being ignored
     */
    Args(String[] args) {
        for (int i = 0; i < args.length; i += 2) {
            if (!args[i].startsWith("--")) throw new IllegalArgumentException("expected --name value, got " + args[i]);
            if (i + 1 == args.length) {
                throw new IllegalArgumentException(args[i] + " has no value: options are --name value pairs "
                        + "(README, section Benchmarks, lists each benchmark's options)");
            }
            values.put(args[i].substring(2), args[i + 1]);
        }
    }

    int integer(String name, int fallback) {
        return values.containsKey(name) ? Integer.parseInt(values.get(name).replace("_", "")) : fallback;
    }

    String string(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }
}
