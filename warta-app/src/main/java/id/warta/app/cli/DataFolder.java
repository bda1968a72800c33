package id.warta.app.cli;

import java.nio.file.Path;

/** Where the embedded index lives: {@code --data}, else {@code $WARTA_DATA}, else {@code ~/.warta/data}. */
final class DataFolder {
    private DataFolder() {
    }

    static Path resolve(Path option) {
        if (option != null) return option;
        String env = System.getenv("WARTA_DATA");
        if (env != null && !env.isBlank()) return Path.of(env);
        return Path.of(System.getProperty("user.home"), ".warta", "data");
    }
}
