package id.warta.quotes;

import id.warta.lexicon.Lexicon;
import id.warta.model.Speaker;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The words of a law or regulation quoted: {@code "...," bunyi Pasal 3 ayat (1) PMK itu}, {@code Pasal 48 KUHP
 * berbunyi, "..."}, {@code "...," tulis aturan tersebut}. The law says them, never someone of the narration around
 * the quote. It is named by its fullest title in the article ({@code Peraturan Presiden Nomor 71 Tahun 2015}): the
 * one the phrase names, or, when the phrase only points back ({@code pasal yang dimaksud}, {@code PMK itu}, a bare
 * {@code Pasal 15}), the last one titled before the quote. A law named without a number ({@code KUHP Lama}) is
 * named as written; with no title to name, who speaks is unknown. Positions are token indices of a {@link Passage}.
 */
final class Laws {
    private static final Map<String, Set<String>> WORDS = Lexicon.classes(Laws.class, "law-words.tsv");
    private static final Set<String> PARTS = WORDS.get("part");
    private static final Set<String> LAWS = WORDS.get("law");
    private static final Set<String> PREFIXES = WORDS.get("prefix");
    private static final Set<String> BACK = WORDS.get("back");
    /** Passive verbs after a law's phrase leading into its words ({@code diatur bahwa:}, {@code disebutkan,}). */
    private static final Set<String> STATED = WORDS.get("stated");
    private static final Set<String> NUMBER_WORDS = Set.of("nomor", "no", "no.", "tahun");
    /**
     * A law's title with its number: {@code Peraturan Menteri Keuangan (PMK) Nomor 159/PMK.010/2015}, {@code UU No. 5
     * Tahun 1999}; the law's word capitalised, then capitalised words, short forms in brackets or {@code dan}.
     */
    private static final Pattern TITLE = Pattern.compile("(?<![\\p{L}\\d])(?:"
            + Stream.of(LAWS, WORDS.get("title")).flatMap(Set::stream).map(Laws::titleForm).collect(Collectors.joining("|"))
            + "|" + PREFIXES.stream().map(w -> titleForm(w) + "\\p{L}*").collect(Collectors.joining("|"))
            + ")(?:\\s+(?:\\(\\p{Lu}[\\p{L}\\d.]*\\)|\\p{Lu}[\\p{L}\\d-]*|dan))*?\\s+(?:Nomor|No\\.?)\\s*"
            + "(?<number>(?:\\p{Lu}{1,4}\\s+)?[\\p{L}\\d./-]*\\d[\\p{L}\\d./-]*)(?:\\s+[Tt]ahun\\s+(?<year>\\d{4}))?");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private Laws() {
    }

    /** A law's word as a title writes it: short forms in capitals ({@code PMK}), others capitalised ({@code Undang-Undang}). */
    private static String titleForm(String word) {
        if (word.length() <= 4) return Pattern.quote(word.toUpperCase(Locale.ROOT));
        StringBuilder s = new StringBuilder();
        for (String part : word.split("(?<=[- ])")) { // "Undang-Undang" or "Undang-undang", "Surat Edaran"
            char c = part.charAt(0);
            s.append(s.isEmpty() ? String.valueOf(Character.toUpperCase(c)) : "[" + Character.toUpperCase(c) + c + "]")
                    .append(Pattern.quote(part.substring(1)));
        }
        return s.toString();
    }

    /**
     * The law that says a quote cued by token {@code i - 1} ({@code "...," bunyi Pasal 3 PMK itu}), when a law's phrase
     * opens at token {@code i}; null when none does. {@code at}: where the quote opens.
     */
    static Speaker after(Passage p, int i, int limit, int at) {
        if (i >= limit || p.paragraphBreakBefore(i) || !isLawWord(p, i)) return null;
        int e = i;
        while (e < limit && !p.paragraphBreakBefore(e) && inPhrase(p, e)) {
            if (BACK.contains(p.lower(e))) {
                e++;
                break;
            }
            e += p.lower(e).equals("yang") ? 2 : 1; // "pasal yang dimaksud": inPhrase saw what follows
        }
        return speaker(p, i, Math.min(e, limit), at);
    }

    /**
     * The law that says a quote its phrase ending just before token {@code end} leads into ({@code Pasal 48 KUHP Lama
     * berbunyi, "..."}, {@code ayat (2) pasal yang sama berbunyi}, {@code ... Tentang KPK, yang berbunyi}), reading back
     * no further than {@code floor}; null when the words before are no law's.
     */
    static Speaker before(Passage p, int end, int floor, int at) {
        int e = end;
        if (e - 1 >= floor && p.lower(e - 1).equals("yang")) e--;
        if (e - 1 >= floor && p.isPunct(e - 1, ",")) e--;
        int s = e;
        while (s - 1 >= floor && !p.paragraphBreakBefore(s)) {
            int b = s - 1;
            boolean pointer = p.lower(b).equals("yang") && inPhrase(p, b); // "pasal yang sama"
            if (!pointer && (!inPhrase(p, b) || p.lower(b).equals("yang"))) break;
            s = b;
        }
        while (s < e && !isLawWord(p, s)) s++;
        return s < e ? speaker(p, s, e, at) : null;
    }

    /**
     * The law whose words a quote opening at token {@code open} gives after a passive verb at token {@code v}
     * ({@code Dalam Pasal 39 ayat (1) UU Desa, diatur bahwa: "..."}, {@code Dalam PP Nomor 43 Tahun 2014 disebutkan,
     * "..."}): only {@code bahwa} and marks between the verb and the quote; null when the words before are no law's.
     * A rule document says nothing of its own: its words are the law's, never the narration's next speaker's.
     */
    static Speaker stating(Passage p, int v, int open, int floor, int at) {
        if (!STATED.contains(p.lower(v))) return null;
        for (int i = v + 1; i < open; i++) if (!p.isPunct(i, ",:") && !p.lower(i).equals("bahwa")) return null;
        return before(p, v, floor, at);
    }

    /** A part's or a law's word ({@code Pasal}, {@code aturan}, {@code KUHP}). */
    static boolean isLawWord(Passage p, int i) {
        String w = p.lower(i);
        return PARTS.contains(w) || LAWS.contains(w) || PREFIXES.stream().anyMatch(w::startsWith);
    }

    /** Whether token {@code i} may stand in a law's phrase: a law's or part's word, a number, a bracket, a name word. */
    private static boolean inPhrase(Passage p, int i) {
        String w = p.word(i), lower = p.lower(i);
        if (isLawWord(p, i) || BACK.contains(lower) || NUMBER_WORDS.contains(lower) || p.isPunct(i, "()/")) return true;
        if (lower.equals("yang")) return i + 1 < p.size() && (p.lower(i + 1).equals("dimaksud") || p.lower(i + 1).equals("sama"));
        if (lower.equals("dan")) return i + 1 < p.size() && (p.isPunct(i + 1, "(") || hasDigit(p.word(i + 1)));
        if (hasDigit(w)) return true;
        if (w.length() == 1 && Character.isLetter(w.charAt(0))) return i > 0 && p.lower(i - 1).equals("huruf"); // huruf a
        return Character.isUpperCase(w.codePointAt(0)) && !p.startsSentence(i);
    }

    private static boolean hasDigit(String w) {
        return w.chars().anyMatch(Character::isDigit);
    }

    /**
     * Where the law's name ends before the parts written after it at tokens {@code [k, e)} ({@code KUHP Lama Pasal 50}):
     * before the trailing run of a part's tokens, which stops at the law's year ({@code PMK Nomor 38 Tahun 2024}).
     */
    private static int partsAfterName(Passage p, int k, int e) {
        int s = e;
        while (s > k && isPart(p, s - 1) && !(s - 2 >= k && p.lower(s - 2).equals("tahun")) && !isYearOfName(p, s - 1, k)) s--;
        return s;
    }

    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}");

    /** {@code UUD NRI 1945}: a year right after a name's word (no part's) is the law's, a part of its name. */
    private static boolean isYearOfName(Passage p, int i, int k) {
        return i - 1 >= k && YEAR.matcher(p.word(i)).matches() && !isPart(p, i - 1);
    }

    /** A part's tokens: its word, a number or letter, brackets, {@code dan} between numbers. */
    private static boolean isPart(Passage p, int i) {
        String w = p.word(i);
        return PARTS.contains(p.lower(i)) || p.isPunct(i, "()") || p.lower(i).equals("dan") || hasDigit(w)
                || w.length() == 1 && Character.isLowerCase(w.charAt(0));
    }

    /**
     * Who says the words of the law phrase at tokens {@code [from, to)} quoted at character {@code at}: the law, named
     * by its fullest title, else {@link Speaker#UNKNOWN}. The speaker's span is the phrase.
     */
    private static Speaker speaker(Passage p, int from, int to, int at) {
        int k = from;
        while (k < to && isPart(p, k)) k++;
        boolean barePart = k == to; // "bunyi pasal 88C ayat 3": no law's word of its own
        int e = to;
        boolean back = false;
        while (e > k && (BACK.contains(p.lower(e - 1)) || p.lower(e - 1).equals("yang"))) {
            back = true;
            e--;
        }
        e = partsAfterName(p, k, e); // "KUHP Lama Pasal 50": the parts after the law's name
        boolean generic = e == k + 1 && Character.isLowerCase(p.word(k).codePointAt(0)); // "aturan tersebut"
        String named = e > k && !generic ? p.text.substring(p.token(k).start(), p.token(e - 1).end()) : null;
        List<Title> titles = titles(p.text);
        Title title = null;
        // "aturan PMK Nomor 38 Tahun 2023": the everyday word before a title is no part of the law's name
        if (named != null && e > k + 1 && Character.isLowerCase(p.word(k).codePointAt(0)) && !TITLE.matcher(named).lookingAt()) {
            String rest = named.substring(p.token(k + 1).start() - p.token(k).start());
            if (TITLE.matcher(rest).lookingAt()) named = rest;
        }
        Matcher m = named != null ? TITLE.matcher(named) : null;
        if (m != null && m.lookingAt()) { // a title with its number names its law, pointed back to or not ("PP Nomor 5 itu")
            title = new Title(named, m.group("number"), m.group("year"), at);
        } else if (named != null && !back) {
            return at(p, named, from, to); // "KUHP Lama", "UU LLAJ": no number to find it by
        } else {
            for (Title t : titles) {
                if (t.at() < at && (named == null || t.names(named))) title = t;
            }
            if (title == null && named == null && generic && back) { // "kitab tersebut" after "bunyi kitab Agama"
                String earlier = namedEarlier(p, p.lower(k), from);
                if (earlier != null) return at(p, earlier, from, to);
            }
            if (title == null && barePart) { // "bunyi pasal 88C ayat 3" after "Perppu Cipta Kerja": that law's part
                String earlier = lastNamedLaw(p, from);
                if (earlier != null) return at(p, earlier, from, to);
            }
            if (title == null) return named != null ? at(p, named, from, to) : Speaker.UNKNOWN;
            // "Liga menerbitkan aturan baru. ... bunyi Pasal 12 aturan tersebut": the law's word met after the last
            // title points back to a law no title names
            if (generic && mentionedSince(p, p.lower(k), title, from)) return Speaker.UNKNOWN;
        }
        Title fullest = title;
        for (Title t : titles) if (t.sameLaw(title) && t.text().length() > fullest.text().length()) fullest = t;
        return at(p, fullest.text(), from, to);
    }

    /** How many capitalised words a law's name without a number may run after its word ({@code kitab Agama}). */
    private static final int MAX_NAME_WORDS = 4;

    /**
     * The latest law's word {@code word} before token {@code before}, outside quotes, named by capitalised words after
     * it and no number ({@code kitab Agama}, {@code Kitab Sutasoma}): the law a bare word pointing back names when no
     * title has a number; null when there is none.
     */
    private static String namedEarlier(Passage p, String word, int before) {
        return namedEarlier(p, word::equals, before);
    }

    /**
     * The latest law named by capitalised words and no number before token {@code before}, outside quotes
     * ({@code Perppu Cipta Kerja}): the law a bare part ({@code pasal 88C ayat 3}) belongs to when no title has a
     * number; null when there is none.
     */
    private static String lastNamedLaw(Passage p, int before) {
        return namedEarlier(p, LAWS::contains, before);
    }

    private static String namedEarlier(Passage p, Predicate<String> word, int before) {
        for (int i = before - 1; i >= 0; i--) {
            if (!word.test(p.lower(i)) || p.inQuote(p.token(i).start())) continue;
            int e = i + 1;
            while (e < p.size() && e - i <= MAX_NAME_WORDS && !p.paragraphBreakBefore(e)
                    && Character.isUpperCase(p.word(e).codePointAt(0)) && Character.isLetter(p.word(e).codePointAt(0))
                    && !PARTS.contains(p.lower(e)) && !p.startsSentence(e)) e++;
            if (e > i + 1) return p.text.substring(p.token(i).start(), p.token(e - 1).end());
        }
        return null;
    }

    /**
     * Whether {@code word} stands outside quotes between the end of {@code title} and token {@code before} for a law
     * of its own ({@code aturan baru}), not pointing back to the titled one ({@code aturan ini}, {@code aturan yang ...}).
     */
    private static boolean mentionedSince(Passage p, String word, Title title, int before) {
        for (int i = before - 1; i >= 0 && p.token(i).start() >= title.at() + title.text().length(); i--) {
            if (p.lower(i).equals(word) && !p.inQuote(p.token(i).start())
                    && !(i + 1 < p.size() && (BACK.contains(p.lower(i + 1)) || p.lower(i + 1).equals("yang")))) return true;
        }
        return false;
    }

    private static Speaker at(Passage p, String name, int from, int to) {
        return new Speaker(name, null, p.token(from).start(), p.token(to - 1).end());
    }

    /** A law's title in the text: its words, number and year (null when not written), and where it starts. */
    private record Title(String text, String number, String year, int at) {
        /** Whether this title is the law a short form names ({@code PMK} of {@code Peraturan Menteri Keuangan (PMK) ...}). */
        boolean names(String shortForm) {
            return (" " + text.replace("(", " ").replace(")", " ") + " ").contains(" " + shortForm + " ");
        }

        /** The same law: the same first number, and the same year when both give one. */
        boolean sameLaw(Title other) {
            return firstDigits(number).equals(firstDigits(other.number))
                    && (year == null || other.year == null || year.equals(other.year));
        }

        private static String firstDigits(String s) {
            Matcher m = DIGITS.matcher(s);
            return m.find() ? m.group() : s;
        }
    }

    private static List<Title> titles(String text) {
        List<Title> out = new ArrayList<>();
        Matcher m = TITLE.matcher(text);
        while (m.find()) {
            String t = m.group().replaceAll("[.,/-]+$", "");
            out.add(new Title(t, m.group("number"), m.group("year"), m.start()));
        }
        return out;
    }
}
