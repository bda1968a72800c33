package id.warta.app.cli;

/** How {@code warta analyze} prints articles. */
public enum OutputFormat {
    /** A pretty-printed JSON array of article objects. */
    json,
    /** JSON Lines: one compact article object per line. */
    jsonl,
    /** A human-readable summary per article. */
    text
}
