package id.warta.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the comma-separated files of the shared data: quoted fields, doubled quotes, a byte-order mark. */
public final class Csv {
    private Csv() {
    }

    /** The rows of {@code file} after its header, each split into fields. */
    public static List<List<String>> rows(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<List<String>> rows = new ArrayList<>(lines.size());
        StringBuilder pending = null;
        for (int i = 1; i < lines.size(); i++) {
            String line = pending == null ? lines.get(i) : pending.append('\n').append(lines.get(i)).toString();
            if (quotesOpen(line)) {
                pending = new StringBuilder(line);
                continue;
            }
            pending = null;
            rows.add(fields(line));
        }
        return rows;
    }

    private static boolean quotesOpen(String line) {
        int quotes = 0;
        for (int i = 0; i < line.length(); i++) if (line.charAt(i) == '"') quotes++;
        return quotes % 2 != 0;
    }

    /** One line split into fields. */
    public static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\uFEFF' && i == 0) continue;
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
