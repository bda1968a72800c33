package id.warta.extract.html;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cuts scripts, styles, SVG drawings and comments out of raw markup before it is parsed:
 * they are half the bytes of a typical news page and never article text, so the parser is
 * spared building them. JSON-LD scripts are kept (the metadata reads them), and so is the markup of a
 * {@code <noscript>} right after a {@code <script type="text/template">}: the same content, the
 * template rendered by the page's script and its twin for readers without one. One linear scan,
 * and the parser reads the kept stretches of the page in place rather than a copy of them.
 */
final class Prestrip {
    private static final String[] DROPPED = {"script", "style", "svg", "noscript"};

    private Prestrip() {
    }

    static Reader strip(String html) {
        List<int[]> kept = new ArrayList<>(); // [start, end) of each stretch kept
        int copied = 0, at = html.indexOf('<'), templateEnd = -1;
        while (at >= 0 && at < html.length() - 3) {
            int end = -1;
            if (html.startsWith("<!--", at)) {
                int close = html.indexOf("-->", at + 4);
                end = close < 0 ? html.length() : close + 3;
            } else {
                String tag = droppedTag(html, at + 1);
                int openEnd = tag == null ? -1 : html.indexOf('>', at);
                if (openEnd > 0) {
                    String openTag = tag.equals("script") ? html.substring(at, openEnd).toLowerCase(Locale.ROOT) : "";
                    if (tag.equals("noscript") && templateEnd >= 0 && onlySpaces(html, templateEnd, at)) {
                        // the twin of the template just cut, written for readers without scripts (Blogger
                        // writes a post's body so): its markup stays, only its start tag goes, the parser
                        // dropping the stray end tag
                        end = openEnd + 1;
                    } else if (!openTag.contains("ld+json")) {
                        int close = indexOfIgnoreCase(html, "</" + tag, openEnd);
                        if (close >= 0) {
                            int closeEnd = html.indexOf('>', close);
                            end = closeEnd < 0 ? html.length() : closeEnd + 1;
                            if (openTag.contains("text/template")) templateEnd = end;
                        }
                    }
                }
            }
            if (end > 0) {
                kept.add(new int[] {copied, at});
                copied = end;
                at = html.indexOf('<', end);
            } else {
                at = html.indexOf('<', at + 1);
            }
        }
        kept.add(new int[] {copied, html.length()});
        return new Stretches(html, kept);
    }

    /** The kept stretches of the page, read one after the other. */
    private static final class Stretches extends Reader {
        private final String html;
        private final List<int[]> kept;
        private int stretch, at;

        Stretches(String html, List<int[]> kept) {
            this.html = html;
            this.kept = kept;
            this.at = kept.getFirst()[0];
        }

        @Override
        public int read(char[] buffer, int offset, int length) {
            int n = 0;
            while (n < length && stretch < kept.size()) {
                int[] s = kept.get(stretch);
                int take = Math.min(length - n, s[1] - at);
                html.getChars(at, at + take, buffer, offset + n);
                n += take;
                at += take;
                if (at == s[1] && ++stretch < kept.size()) at = kept.get(stretch)[0];
            }
            return n == 0 && length > 0 ? -1 : n;
        }

        @Override
        public void close() {
        }
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

    private static boolean onlySpaces(String s, int from, int to) {
        for (int i = from; i < to; i++) if (!Character.isWhitespace(s.charAt(i))) return false;
        return true;
    }

    private static int indexOfIgnoreCase(String s, String needle, int from) {
        char first = needle.charAt(0);
        for (int i = s.indexOf(first, from); i >= 0; i = s.indexOf(first, i + 1)) {
            if (s.regionMatches(true, i, needle, 0, needle.length())) return i;
        }
        return -1;
    }
}
