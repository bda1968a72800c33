package id.warta.extract;

import id.warta.model.Caption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The body of a page saved as Markdown, read as the text it shows: backslash escapes decoded ({@code \"} is a quote
 * mark), emphasis marks ({@code *kata*}, {@code **JAKARTA**}) and heading marks dropped with their words kept, a link
 * {@code [teks](url)} read as its text, embed placeholders ({@code \[video.1\]}) dropped, and a photo line
 * {@code ![caption](url)} taken out of the body as a caption. A short horizontal rule ({@code ---}) after the story
 * ends it: what such pages append after one is no part of the story (a generated summary); a long one parts sections.
 */
final class MarkdownBody {
    /** The decoded body lines (blank lines kept) and the captions of its photo lines. */
    record Decoded(String text, List<Caption> captions) {
    }

    /** An escaped character stands in this private range while the marks are read, so it is never a mark. */
    private static final char ESCAPED = '\uE000';
    private static final Pattern PLACEHOLDER = Pattern.compile("\\\\\\[(?:img|video|embed)\\.\\d+\\\\\\]");
    /** The short rule such pages set before what they append; a longer one parts the story's sections. */
    private static final Pattern CLOSING_RULE = Pattern.compile("\\s*---\\s*");
    private static final Pattern RULE = Pattern.compile("\\s*-{3,}\\s*");
    private static final Pattern PHOTO = Pattern.compile("\\s*!\\[(.*)\\]\\([^)\\s]*\\)(?:\\{[^}]*\\})?\\s*");
    private static final Pattern LINK = Pattern.compile("\\[([^\\[\\]]*)\\]\\([^)\\s]*(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern HEADING = Pattern.compile("^\\s*#{1,6}\\s+");
    /** A character a lost byte left before the page's opening bold mark: {@code ?**JAKARTA, KOMPAS.com**}. */
    private static final Pattern LOST_BEFORE_BOLD = Pattern.compile("^[?\\uFFFD](?=\\*\\*)");
    /** A photo's credit its caption ends with: {@code ... Rabu (2/7/2025). KOMPAS.com/NAMA FOTOGRAFER}. */
    private static final Pattern SITE_CREDIT = Pattern.compile("\\s+(\\p{L}[\\p{L}.]*\\.(?:com|id)/\\s*\\p{Lu}[\\p{Lu} .'-]*)$");
    /** A line left with stars and backslashes only once read: markup of a dropped embed or a break, no words. */
    private static final Pattern LEFT_MARKS = Pattern.compile("\\s*[*\\\\][*\\\\\\s]*");
    private static final Pattern FOTO_LABEL = Pattern.compile("^(?i:foto|photo)\\s*:\\s*");

    private MarkdownBody() {
    }

    static Decoded read(String body) {
        List<String> lines = new ArrayList<>();
        List<Caption> captions = new ArrayList<>();
        boolean prose = false;
        for (String line : body.split("\\R", -1)) {
            if (RULE.matcher(line).matches()) {
                if (prose && CLOSING_RULE.matcher(line).matches()) break; // a rule before the story is the header's
                continue;
            }
            Matcher photo = PHOTO.matcher(line);
            if (photo.matches()) {
                Caption c = caption(inline(photo.group(1)));
                if (c != null) captions.add(c);
                continue;
            }
            String text = inline(line);
            // "**\[video.1\]\**": an embed's placeholder dropped leaves its broken bold's escaped star, no text
            if (LEFT_MARKS.matcher(text).matches()) text = "";
            if (!text.isBlank()) prose = true;
            lines.add(text);
        }
        return new Decoded(String.join("\n", lines), captions);
    }

    /** One line of Markdown as the text it shows. */
    static String inline(String line) {
        if (line.indexOf('\\') < 0 && line.indexOf('*') < 0 && line.indexOf('[') < 0 && line.indexOf('#') < 0
                && line.indexOf('?') != 0) {
            return line; // plain text: most lines
        }
        String s = PLACEHOLDER.matcher(line).replaceAll("");
        s = escapesHidden(s.stripTrailing());
        s = LOST_BEFORE_BOLD.matcher(s).replaceFirst("");
        s = HEADING.matcher(s).replaceFirst("");
        s = LINK.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        s = s.replace("*", ""); // every mark left is emphasis: a literal star is written escaped
        return escapesShown(s).strip();
    }

    /** {@code \"} as a private character, {@code \\} as a backslash's; a backslash closing the line (a hard break) goes. */
    private static String escapesHidden(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                out.append(c);
            } else if (i + 1 < s.length() && isPunctuation(s.charAt(i + 1))) {
                out.append((char) (ESCAPED + s.charAt(++i)));
            } else if (i + 1 < s.length()) {
                out.append(c); // a backslash before a letter or a space is the text's own
            }
        }
        return out.toString();
    }

    private static String escapesShown(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.append(c >= ESCAPED && c < ESCAPED + 128 ? (char) (c - ESCAPED) : c);
        }
        return out.toString();
    }

    private static boolean isPunctuation(char c) {
        return c < 128 && c > ' ' && !Character.isLetterOrDigit(c);
    }

    /** A photo's caption and credit; null for a photo with no words (an infographic). */
    private static Caption caption(String alt) {
        String text = FOTO_LABEL.matcher(alt.strip()).replaceFirst("");
        if (text.isEmpty()) return null;
        Matcher credit = SITE_CREDIT.matcher(text);
        if (credit.find()) return new Caption(TextNormalizer.paragraph(text.substring(0, credit.start())), credit.group(1).strip());
        return Assembly.caption(text);
    }
}
