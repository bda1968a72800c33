package id.warta.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

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

    /** The first {@code limit} files below {@code folder} whose names end with {@code suffix}, in path order: a fixed sample. */
    public static List<Path> firstFiles(Path folder, String suffix, int limit) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(f -> f.toString().endsWith(suffix)).sorted().limit(limit).toList();
        }
    }
}
