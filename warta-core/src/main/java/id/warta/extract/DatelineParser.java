package id.warta.extract;

import id.warta.dates.DateParser;
import id.warta.model.Dateline;
import id.warta.model.Moment;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the dateline that opens an Indonesian article's body and says how long it is, so it
 * can be cut cleanly:
 * {@code DISWAYPROBOLINGGO.ID.Amerika Serikat.Sabtu 07 Desember 2024.},
 * {@code JAKARTA, KOMPAS.com --}, {@code Jakarta (ANTARA) -}, {@code TRIBUNNEWS.COM, JAKARTA -},
 * {@code Liputan6.com, Jakarta -}, {@code KONTAN.CO.ID - JAKARTA.}, {@code Jakarta -}.
 */
final class DatelineParser {
    /** A dateline and the paragraph's text after it. */
    record Parsed(Dateline dateline, String rest) {
    }

    private static final String DOMAIN = "(?:[\\p{L}\\d][\\p{L}\\d-]*\\.)+(?i:com|co\\.id|id|net|org|co|tv|news)\\b";
    private static final String KNOWN = Outlets.spellings().keySet().stream()
            .filter(s -> s.length() > 2 && !s.contains("."))
            .sorted((a, b) -> b.length() - a.length())
            .map(Pattern::quote)
            .collect(Collectors.joining("|"));
    private static final String OUTLET = "(?<outlet>" + DOMAIN + "|(?i:" + KNOWN + "))";
    /** One to four capitalised words: {@code Jakarta}, {@code JAKARTA}, {@code Amerika Serikat}, {@code Kota Bogor}. */
    private static final String PLACE = "(?<place>\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3})";
    /** A place written in capitals, one to four words: {@code JAKARTA}, {@code KOTA BOGOR}. */
    private static final String SHOUTED_PLACE = "(?<place>\\p{Lu}[\\p{Lu}'’.-]*(?:\\s+\\p{Lu}[\\p{Lu}'’.-]*){0,3})(?![\\p{Ll}])";
    /**
     * A place in capitals with no dash after it, one to three words of three letters or more: {@code SERANG}, {@code
     * NUSA DUA}; not a body's legal form the story opens with ({@code SERPONG PT Sinar ...}).
     */
    private static final String SHOUTED_WORDS_PLACE = "(?<place>\\p{Lu}{3,}(?:\\s\\p{Lu}{3,}){0,2})(?![\\p{L}])";
    private static final String DASH = "\\s*(?:-{1,3}|–|—)\\s*";
    /** A date between the place and the dash: {@code Senin (21/10/2025)}, {@code 7 Desember 2024}. */
    private static final String DATE = "(?:\\s*,\\s*(?<date>\\p{Lu}\\p{Ll}+\\s*,?\\s*\\(?[\\d/]+\\)?|\\d{1,2}\\s+\\p{L}+\\s+\\d{4}))?";

    private static final List<Pattern> FORMS = List.of(
            // DISWAYPROBOLINGGO.ID.Amerika Serikat.Sabtu 07 Desember 2024.
            Pattern.compile("^(?<outlet>" + DOMAIN + ")\\.\\s*" + PLACE + "\\.\\s*(?<date>[^.]{6,40})\\.\\s*"),
            // JAKARTA, KOMPAS.com --   /   Jakarta, CNBC Indonesia -
            Pattern.compile("^" + PLACE + DATE + "\\s*,\\s*" + OUTLET + DASH),
            // Jakarta (ANTARA) -   /   JAKARTA (Reuters) -
            Pattern.compile("^" + PLACE + DATE + "\\s*\\((?<outlet>[\\p{L} .]{2,30})\\)" + DASH),
            // TRIBUNNEWS.COM, JAKARTA -   /   Liputan6.com, Jakarta -
            Pattern.compile("^" + OUTLET + "\\s*,\\s*" + PLACE + DATE + DASH),
            // TRIBUNNEWS.COM, JAKARTA Menteri ...   /   REPUBLIKA.CO.ID, SERANG  Dalam ...   (the dash lost in scraping: a
            // place in capitals after the outlet, then a capitalised word or a quotation mark, still closes a dateline;
            // its first word has four capitals or more: a shorter one is an acronym opening the story, DPR Setuju ...)
            Pattern.compile("^" + OUTLET + "\\s*,\\s*(?=\\p{Lu}{4})" + SHOUTED_WORDS_PLACE + "(?:\\s*:\\s*|\\s+)(?=\\p{Lu}\\p{Ll}|[\"“])"),
            // KONTAN.CO.ID - JAKARTA.   /   Suara.com -   (after the dash only a place in capitals is the dateline's:
            // "TRIBUNNEWS.COM - Pelatih Liverpool, Jurgen Klopp, ..." opens the story with a title, a name, a phrase)
            Pattern.compile("^" + OUTLET + DASH + "(?:" + SHOUTED_PLACE + "\\s*[.,]\\s+)?"),
            // BANDUNG KOMPAS.com -   (the comma dropped)   /   JAKARTA, KOMPAS.com Menteri ...   (the dash dropped, as
            // older pages have it: a web address after the place and a capitalised word still close a dateline)
            // ("VIVA co.id -" is a broken address, no place and outlet)
            Pattern.compile("^" + PLACE + "(?:\\s+(?!(?i:co|go|ac|or)\\.)(?<outlet>" + DOMAIN + ")" + DASH
                    + "|\\s*,\\s*(?<undashed>" + DOMAIN + ")\\s+(?=\\p{Lu}\\p{Ll}))"),
            // Jakarta -   /   Jakarta, Senin (21/10/2025) -
            Pattern.compile("^(?<place>\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,2})" + DATE + "\\s+(?:-|–|—)\\s+(?=\\p{Lu}|\")"));

    /**
     * Markdown pages set the dateline in bold, the dash inside or outside: {@code **MAGETAN, KOMPAS.com** -- Warga},
     * {@code **KOMPAS.com --** Warga}. The bold's text up to its closing stars, short enough to be a dateline.
     */
    private static final Pattern BOLD_OPENING = Pattern.compile("\\*\\*([^*\\n]{2,80})\\*\\*");

    /** An all-caps word long enough to be a place's name written in capitals ({@code JAKARTA}), not an acronym ({@code DKI}). */
    private static final Pattern ALL_CAPS_WORD = Pattern.compile("\\p{Lu}{4,}");

    private DatelineParser() {
    }

    static Optional<Parsed> parse(String paragraph) {
        Matcher bold = BOLD_OPENING.matcher(paragraph);
        if (bold.lookingAt()) { // the stars go with the dateline: the body starts after the dash, unbolded
            Optional<Parsed> plain = parsePlain(bold.group(1) + paragraph.substring(bold.end()));
            if (plain.isPresent()) return plain;
        }
        return parsePlain(paragraph);
    }

    private static Optional<Parsed> parsePlain(String paragraph) {
        for (Pattern form : FORMS) {
            Matcher m = form.matcher(paragraph);
            if (!m.lookingAt() || m.end() >= paragraph.length()) continue;
            String outlet = Optional.ofNullable(group(m, "outlet")).orElseGet(() -> group(m, "undashed"));
            String place = group(m, "place");
            Moment date = Optional.ofNullable(group(m, "date")).flatMap(DateParser::parse).orElse(null);
            if (form == FORMS.get(0) && date == null) continue; // "A.B.C." without a date is a sentence, not a dateline
            if (place != null && outlet == null && form != FORMS.getLast()) continue;
            String text = paragraph.substring(0, m.end()).strip();
            return Optional.of(new Parsed(new Dateline(text, place == null ? null : placeName(place), outlet, date),
                    paragraph.substring(m.end())));
        }
        return Optional.empty();
    }

    /** The named group, stripped; null when it took no part in the match or the form has no such group. */
    private static String group(Matcher m, String name) {
        if (!m.namedGroups().containsKey(name)) return null; // asked, not caught: a throw costs its stack trace; the matcher keeps the map
        String g = m.group(name);
        return g == null ? null : g.strip();
    }

    /**
     * {@code JAKARTA} reads as {@code Jakarta}; short all-caps words are acronyms ({@code DKI}) and stay, but in a place of
     * several words all in capitals ({@code NEW YORK}, {@code TEL AVIV}) they are its words, read so too. The outlet's
     * {@code COM.} a typo moved after its comma ({@code TRIBUNNEWS, COM. JAKARTA}) is no part of the place.
     */
    static String placeName(String place) {
        String p = OUTLET_TAIL.matcher(place).replaceFirst("");
        if (p.isEmpty()) p = place;
        Pattern words = SHOUTED_WORDS.matcher(p).matches() ? ALL_CAPS_PART : ALL_CAPS_WORD;
        return words.matcher(p).replaceAll(m ->
                m.group().charAt(0) + m.group().substring(1).toLowerCase(Locale.ROOT));
    }

    /** A domain's tail opening the place: {@code COM. JAKARTA}, {@code TRIBUNNEWS.COM.JAKARTA}. */
    private static final Pattern OUTLET_TAIL = Pattern.compile("^(?:\\p{L}+\\.)?COM\\.\\s*(?=\\p{Lu})");
    /** Two or more words, all in capitals. */
    private static final Pattern SHOUTED_WORDS = Pattern.compile("\\p{Lu}{2,}(?:[ -]\\p{Lu}{2,})+");
    private static final Pattern ALL_CAPS_PART = Pattern.compile("\\p{Lu}{2,}");
}
