package id.warta.extract;

import id.warta.dates.DateFinder;
import id.warta.dates.DateParser;
import id.warta.model.Caption;
import id.warta.model.Credits;
import id.warta.model.Dateline;
import id.warta.model.Document;
import id.warta.model.Moment;
import id.warta.model.RawDocument;
import id.warta.model.Related;
import id.warta.model.Warning;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Extracts an article from text scraped off a portal page, as in the seed: a title line
 * (perhaps repeated), captions, inline "read also" lines, a dateline glued to the first
 * sentence, body paragraphs one per line, and a footer of credits.
 */
final class ScrapedText {
    /** A first line longer than this, or ending like a sentence, is body text, not a title. */
    private static final int MAX_TITLE_LENGTH = 200;
    /** How many opening paragraphs may repeat the title before the body starts. */
    private static final int TITLE_REPEAT_WINDOW = 4;
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\R");
    private static final Pattern FIRST_LINE_THEN_BLANK = Pattern.compile("\\A\\s*([^\\r\\n]+)\\R[ \\t\\u00A0]*\\R");
    /** A footer flattened into the last paragraph: {@code ... Pewarta: A Editor: B Copyright © ANTARA 2025}. */
    private static final Pattern INLINE_FOOTER = Pattern.compile(
            "(?iu)\\s+(?=(?:pewarta|penulis|editor|reporter|redaktur|penerjemah|sumber)\\s*:)");
    private static final Pattern CAPTION_CREDIT = Pattern.compile("\\s*\\(([^()]*(?:/|foto|dok\\.?)[^()]*)\\)\\s*$",
            Pattern.CASE_INSENSITIVE);

    private ScrapedText() {
    }

    static Document extract(RawDocument raw) {
        return new Builder(raw).build();
    }

    private static final class Builder {
        final RawDocument raw;
        final List<String> body = new ArrayList<>();
        final List<Caption> captions = new ArrayList<>();
        final List<Related> related = new ArrayList<>();
        final List<String> authors = new ArrayList<>();
        final List<String> editors = new ArrayList<>();
        final List<Warning> warnings = new ArrayList<>();
        String source;
        String title;

        Builder(RawDocument raw) {
            this.raw = raw;
            warnings.addAll(raw.warnings());
        }

        Document build() {
            String content = raw.content();
            title = raw.hints().title();
            if (title == null) {
                Matcher m = FIRST_LINE_THEN_BLANK.matcher(content);
                if (m.lookingAt() && looksLikeTitle(m.group(1))) {
                    title = m.group(1);
                    content = content.substring(m.end());
                }
            }
            title = title == null || title.isBlank() ? null : TextNormalizer.paragraph(title);
            for (String p : PARAGRAPH_BREAK.split(content)) {
                String para = TextNormalizer.spacing(p);
                if (!para.isEmpty()) take(para);
            }
            splitInlineFooter();
            Dateline dateline = cutDateline();
            String text = String.join("\n\n", body.stream().map(TextNormalizer::paragraph).toList());
            if (source != null && source.isEmpty()) {
                warnings.add(Warning.of("empty-source-footer", "the footer's 'Sumber:' line names no source"));
            }
            Moment published = published(dateline);
            String outlet = dateline != null && dateline.outlet() != null ? dateline.outlet() : raw.hints().outlet();
            String site = site(outlet);
            if (text.isEmpty()) warnings.add(Warning.of("empty-body", "no body text was found"));
            return new Document(raw.origin(), raw.hints().url(), outlet, site, title, published, dateline, text,
                    captions, related, new Credits(authors, editors, source), warnings);
        }

        void take(String para) {
            if (title != null && body.size() + captions.size() < TITLE_REPEAT_WINDOW && sameText(para, title)) {
                return; // the scrape repeated the title
            }
            Optional<Boilerplate.Line> line = Boilerplate.classify(para);
            if (line.isEmpty()) {
                body.add(para);
                return;
            }
            String payload = line.get().payload();
            switch (line.get().kind()) {
                case RELATED -> related.add(new Related(payload, null));
                case CAPTION -> captions.add(caption(payload));
                case AUTHOR -> authors.addAll(names(payload));
                case EDITOR -> editors.addAll(names(payload));
                case SOURCE -> source = payload;
                case NOISE -> { }
            }
        }

        /** Splits {@code Pewarta: A Editor: B} off the end of the last paragraph when the scrape glued it on. */
        void splitInlineFooter() {
            if (body.isEmpty()) return;
            String last = body.getLast();
            String[] parts = INLINE_FOOTER.split(last);
            if (parts.length < 2) return;
            List<String> tail = List.of(parts).subList(1, parts.length);
            if (!tail.stream().allMatch(t -> Boilerplate.classify(t).isPresent())) return;
            body.set(body.size() - 1, parts[0]);
            if (parts[0].isBlank()) body.removeLast();
            tail.forEach(this::take);
        }

        Dateline cutDateline() {
            if (body.isEmpty()) return null;
            Optional<DatelineParser.Parsed> parsed = DatelineParser.parse(body.getFirst());
            if (parsed.isEmpty()) return null;
            String rest = body.getFirst().substring(parsed.get().length()).strip();
            if (rest.isEmpty()) body.removeFirst();
            else body.set(0, Character.toUpperCase(rest.charAt(0)) + rest.substring(1));
            Dateline d = parsed.get().dateline();
            if (d.date() != null) {
                DateFinder.find(d.text(), null).warnings().forEach(w ->
                        warnings.add(Warning.of(w.code(), "dateline " + w.message())));
            }
            return d;
        }

        Moment published(Dateline dateline) {
            String given = raw.hints().published();
            if (given != null && !given.isBlank()) {
                Optional<Moment> m = DateParser.parse(given);
                if (m.isPresent()) return m.get();
                warnings.add(Warning.of("unreadable-published", "publication date '" + given + "' is not a date"));
            }
            return dateline == null ? null : dateline.date();
        }

        String site(String outlet) {
            String url = raw.hints().url();
            if (url != null) {
                try {
                    String host = URI.create(url.strip()).getHost();
                    if (host != null) return host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
                } catch (IllegalArgumentException e) {
                    warnings.add(Warning.of("bad-url", "'" + url + "' is not a URL"));
                }
            }
            return Outlets.site(outlet).orElse(null);
        }
    }

    static boolean looksLikeTitle(String line) {
        String s = line.strip();
        return !s.isEmpty() && s.length() <= MAX_TITLE_LENGTH && !s.endsWith(".") && !s.endsWith(",")
                && Boilerplate.classify(s).isEmpty();
    }

    private static boolean sameText(String a, String b) {
        return squash(a).equals(squash(b));
    }

    private static String squash(String s) {
        return s.replaceAll("[\\s\\p{Punct}]+", "").toLowerCase(Locale.ROOT);
    }

    private static Caption caption(String payload) {
        String text = payload.replaceAll("[\\s-–—]+$", "");
        String credit = null;
        Matcher m = CAPTION_CREDIT.matcher(text);
        if (m.find()) {
            credit = m.group(1).strip();
            text = text.substring(0, m.start());
        } else if (text.split("\\s+").length <= 5 && text.contains("/")) {
            return new Caption(null, text); // "Foto: ANTARA/Aditya": a credit, no caption
        }
        return new Caption(TextNormalizer.paragraph(text), credit);
    }

    private static List<String> names(String payload) {
        return List.of(payload.split("\\s*(?:,|/|;|\\s&\\s|\\sdan\\s)\\s*")).stream()
                .map(String::strip)
                .filter(s -> !s.isEmpty() && Outlets.find(s).isEmpty() && !s.matches("(?i)[\\w-]+(\\.[\\w-]+)+"))
                .toList();
    }
}
