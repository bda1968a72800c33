package id.warta.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the shared public data folder ({@code shared/}, holding {@code seed/} and
 * {@code data/}) that evaluation, training and benchmarks read and never copy: the
 * {@code WARTA_SHARED} environment variable, else a {@code shared} folder beside the
 * working directory or one of its parents.
 */
public final class SharedData {
    private SharedData() {
    }

    public static Optional<Path> root() {
        String env = System.getenv("WARTA_SHARED");
        if (env != null && !env.isBlank()) {
            Path p = Path.of(env);
            return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared");
            if (Files.isDirectory(candidate.resolve("data")) || Files.isDirectory(candidate.resolve("seed"))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** {@code shared/relative}, when the shared folder is present and holds it. */
    public static Optional<Path> resolve(String relative) {
        return root().map(r -> r.resolve(relative)).filter(Files::exists);
    }
}
