package id.warta.extract.html;

/**
 * Cuts scripts, styles, SVG drawings and comments out of raw markup before it is parsed:
 * they are half the bytes of a typical news page and never article text, so the parser is
 * spared building them. JSON-LD scripts are kept (the metadata reads them). One linear scan.
 */
final class Prestrip {
    private static final String[] DROPPED = {"script", "style", "svg", "noscript"};

    private Prestrip() {
    }

    static String strip(String html) {
        StringBuilder out = null;
        int copied = 0, at = html.indexOf('<');
        while (at >= 0 && at < html.length() - 3) {
            int end = -1;
            if (html.startsWith("<!--", at)) {
                int close = html.indexOf("-->", at + 4);
                end = close < 0 ? html.length() : close + 3;
            } else {
                String tag = droppedTag(html, at + 1);
                if (tag != null) {
                    int openEnd = html.indexOf('>', at);
                    boolean jsonLd = tag.equals("script") && openEnd > 0
                            && html.substring(at, openEnd).toLowerCase(java.util.Locale.ROOT).contains("ld+json");
                    if (!jsonLd && openEnd > 0) {
                        int close = indexOfIgnoreCase(html, "</" + tag, openEnd);
                        if (close >= 0) {
                            int closeEnd = html.indexOf('>', close);
                            end = closeEnd < 0 ? html.length() : closeEnd + 1;
                        }
                    }
                }
            }
            if (end > 0) {
                if (out == null) out = new StringBuilder(html.length());
                out.append(html, copied, at);
                copied = end;
                at = html.indexOf('<', end);
            } else {
                at = html.indexOf('<', at + 1);
            }
        }
        if (out == null) return html;
        out.append(html, copied, html.length());
        return out.toString();
    }

    /** The dropped element whose start tag begins at {@code i} ({@code script} in {@code <script ...>}), or null. */
    private static String droppedTag(String html, int i) {
        if (i >= html.length()) return null;
        char opening = html.charAt(i);
        for (String tag : DROPPED) {
            // an ASCII first letter settles most tags without the case-blind comparison (which also
            // lets non-ASCII letters through: 'ſ' upper-cases to 'S')
            if (opening < 128 && (opening | 0x20) != tag.charAt(0)) continue;
            int after = i + tag.length();
            if (after < html.length() && html.regionMatches(true, i, tag, 0, tag.length())) {
                char c = html.charAt(after);
                if (c == '>' || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '/') return tag;
            }
        }
        return null;
    }

    private static int indexOfIgnoreCase(String s, String needle, int from) {
        char first = needle.charAt(0);
        for (int i = s.indexOf(first, from); i >= 0; i = s.indexOf(first, i + 1)) {
            if (s.regionMatches(true, i, needle, 0, needle.length())) return i;
        }
        return -1;
    }
}
