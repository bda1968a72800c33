package id.warta.model;

/**
 * Where an article came from: a file (or {@code -} for standard input) and, when the file
 * holds many articles, the line (JSON Lines) or byte offset (WARC) of its record.
 *
 * @param path   file path as given, {@code -} for standard input, or a URL
 * @param line   1-based line in a JSON Lines file, else null
 * @param offset byte offset of the record in an archive (index in a JSON array), else null
 */
public record Origin(String path, Long line, Long offset) {
    public static Origin file(String path) {
        return new Origin(path, null, null);
    }

    public Origin atLine(long line) {
        return new Origin(path, line, offset);
    }

    public Origin atOffset(long offset) {
        return new Origin(path, line, offset);
    }

    /** {@code file}, {@code file:12} or {@code file@4096}, for messages. */
    @Override
    public String toString() {
        if (line != null) return path + ":" + line;
        if (offset != null) return path + "@" + offset;
        return path;
    }
}
