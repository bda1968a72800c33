package id.warta.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** A quick count of the documents in the sources (files, and lines of JSON Lines files), for the ETA. */
final class InputCount {
    private InputCount() {
    }

    /** The count, or -1 when it cannot be known beforehand (standard input). */
    static long estimate(List<String> sources) {
        long total = 0;
        for (String s : sources) {
            if (s.equals("-")) return -1;
            Path p = Path.of(s);
            try (Stream<Path> files = Files.isDirectory(p) ? Files.walk(p) : Stream.of(p)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) total += documentsIn(f);
            } catch (IOException | RuntimeException e) {
                return -1;
            }
        }
        return total;
    }

    private static long documentsIn(Path f) throws IOException {
        String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".jsonl") && !name.endsWith(".ndjson")) return 1;
        long lines = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(f)) {
            for (int n; (n = in.read(buffer)) > 0; ) for (int i = 0; i < n; i++) if (buffer[i] == '\n') lines++;
        }
        return Math.max(lines, 1);
    }
}
