package id.warta.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The metadata a page saved as Markdown opens with: a front matter between {@code ---} lines ({@code title: "..."},
 * {@code author: "..."}), or a heading, a standfirst and a two-column table ({@code | Field | Value |}, then {@code |
 * title | ... |}, {@code | editor | ... |}). It names the article's title, standfirst and credits; it is no body text,
 * whose quotes and names it would repeat. The standfirst before the table goes with it when the table gives it.
 */
record MarkdownHeader(String title, List<String> authors, List<String> editors, String body) {
    /** How many lines may stand before the table: the heading, the standfirst and the blank lines between. */
    private static final int MAX_LINES_BEFORE_TABLE = 6;
    private static final Pattern FRONT_MATTER_LINE = Pattern.compile("([A-Za-z_]+)\\s*:\\s*(.*)");
    private static final Pattern TABLE_HEAD = Pattern.compile("\\|\\s*Field\\s*\\|\\s*Value\\s*\\|");
    private static final Pattern TABLE_ROW = Pattern.compile("\\|([^|]*)\\|(.*)\\|");
    private static final Pattern RULE = Pattern.compile("\\|[-:| ]+\\|");
    private static final Pattern HEADING = Pattern.compile("#{1,2}\\s+(.+)");

    /** The header {@code content} opens with, and the body after it; null when it opens with none. */
    static MarkdownHeader read(String content) {
        String[] lines = content.split("\\R", -1);
        int first = 0;
        while (first < lines.length && lines[first].isBlank()) first++;
        if (first < lines.length && lines[first].strip().equals("---")) return frontMatter(lines, first);
        for (int i = first; i < lines.length && i - first <= MAX_LINES_BEFORE_TABLE; i++) {
            if (TABLE_HEAD.matcher(lines[i].strip()).matches()) return table(lines, first, i);
        }
        return null;
    }

    private static MarkdownHeader frontMatter(String[] lines, int open) {
        Map<String, String> fields = new LinkedHashMap<>();
        int i = open + 1;
        for (; i < lines.length && !lines[i].strip().equals("---"); i++) {
            Matcher m = FRONT_MATTER_LINE.matcher(lines[i].strip());
            if (m.matches()) fields.put(m.group(1).toLowerCase(Locale.ROOT), unquoted(m.group(2)));
            else if (!lines[i].isBlank()) return null; // not a front matter: a rule, then text
        }
        if (i >= lines.length || fields.isEmpty()) return null;
        i++;
        while (i < lines.length && (lines[i].isBlank() || lines[i].strip().equals("---"))) i++; // a rule under it
        return of(fields, lines, i);
    }

    private static MarkdownHeader table(String[] lines, int first, int head) {
        Map<String, String> fields = new LinkedHashMap<>();
        int i = head + 1;
        for (; i < lines.length && lines[i].strip().startsWith("|"); i++) {
            String line = lines[i].strip();
            if (RULE.matcher(line).matches()) continue;
            Matcher m = TABLE_ROW.matcher(line);
            if (m.matches()) fields.put(key(m.group(1)), m.group(2).strip());
        }
        // before the table: a heading, the title, and a standfirst the table repeats
        List<String> before = new ArrayList<>();
        for (int k = first; k < head; k++) if (!lines[k].isBlank()) before.add(lines[k].strip());
        String description = fields.get("description");
        for (String line : before) {
            Matcher h = HEADING.matcher(line);
            if (h.matches()) {
                fields.putIfAbsent("title", h.group(1).strip());
            } else if (description == null || !line.equals(description)) {
                return null; // text of the article's own before the table: leave it all
            }
        }
        return of(fields, lines, i);
    }

    private static MarkdownHeader of(Map<String, String> fields, String[] lines, int bodyStart) {
        String title = fields.get("title");
        List<String> rest = new ArrayList<>();
        for (int k = bodyStart; k < lines.length; k++) rest.add(lines[k]);
        return new MarkdownHeader(title == null || title.isBlank() ? null : title.strip(), names(fields.get("author")),
                names(fields.get("editor")), String.join("\n", rest));
    }

    /** A table row's key without its icon and case: {@code 📝 Description} is {@code description}, {@code 🔗 Short URL} {@code shorturl}. */
    private static String key(String cell) {
        return cell.replaceAll("[^\\p{L}]", "").toLowerCase(Locale.ROOT);
    }

    private static String unquoted(String value) {
        String v = value.strip();
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) v = v.substring(1, v.length() - 1).strip();
        return v;
    }

    private static List<String> names(String value) {
        return value == null || value.isBlank() ? List.of() : List.of(value.strip());
    }
}
