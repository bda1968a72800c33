package id.warta.quotes;

import id.warta.language.Quotations;
import id.warta.language.Quotations.Region;
import id.warta.language.SpeechCue;
import id.warta.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A closing mark whose opening one the page lost ({@code ... Sebenarnya utangnya tidak besar." kata Tirta}), met with no
 * quote open: {@link Quotations} reads it as quoting nothing. Followed by its own cue and speaker, it closes the
 * speech that ends there; the quote starts where that speech does: at the start of its sentence, or after a cue and
 * comma inside it ({@code Tirta bilang, ...}), and takes in the sentences before it that speak in the first or second
 * person, as narration does not ({@code Kami ...}), up to a sentence that holds a cue or a quote. Two single marks
 * typed for a double one ({@code ''Kami ...}) open it when they stand before.
 */
final class LostOpenings {
    /** How many sentences before the one the mark closes the speech may take in. */
    private static final int MAX_SENTENCES_BEFORE = 2;
    /** A sentence's end: its stop (and a closing mark), spaces or none on glued pages, then a capital. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"”]?\\s*(?=\\p{Lu})");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    /** The cue after the mark, then its speaker: a capitalised name, a pronoun, or none after {@code -nya}. */
    private static final Pattern CUE_AFTER = Pattern.compile("\\s*(\\p{Ll}+)(?:\\s+(?:\\p{Lu}|dia\\b|ia\\b|beliau\\b|mereka\\b)|(?<=nya)[\\s.,]|$)");
    private static final Set<String> SPEAKING_PERSONS = Set.of("saya", "aku", "kami", "kita", "anda", "kamu");
    private static final String SINGLE_PAIR = "''";

    private LostOpenings() {
    }

    /** {@code regions} of {@code paragraph}, with a region added before each closing mark whose opening one was lost. */
    static List<Region> mend(String paragraph, List<Region> regions) {
        List<Region> out = null;
        int next = 0, floor = 0;
        for (int i = 0; i < paragraph.length(); i++) {
            char c = paragraph.charAt(i);
            while (next < regions.size() && regions.get(next).span().end() <= i) {
                floor = regions.get(next).span().end();
                next++;
            }
            if (next < regions.size() && regions.get(next).span().start() <= i) continue; // inside a quote, or its mark
            if (c != '"' && c != '”' || !closesSpeech(paragraph, i)) continue;
            int start = speechStart(paragraph, floor, i);
            if (start < 0) continue;
            if (out == null) out = new ArrayList<>(regions);
            out.add(new Region(new Span(start, i + 1), false, true));
            floor = i + 1;
        }
        if (out == null) return regions;
        out.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        return out;
    }

    /** Whether the mark at {@code i} follows a stop or comma (spaces allowed) and leads to its cue and speaker. */
    private static boolean closesSpeech(String s, int i) {
        int before = i - 1;
        while (before >= 0 && Character.isWhitespace(s.charAt(before))) before--;
        if (before < 0 || ",.!?".indexOf(s.charAt(before)) < 0) return false;
        if (i + 1 < s.length() && !Character.isWhitespace(s.charAt(i + 1))) return false;
        Matcher m = CUE_AFTER.matcher(s).region(i + 1, s.length());
        return m.lookingAt() && SpeechCue.invertedBase(m.group(1)) != null;
    }

    /** Where the speech the mark at {@code mark} closes starts, no earlier than {@code floor}; -1 when it has no words. */
    private static int speechStart(String s, int floor, int mark) {
        int pair = s.lastIndexOf(SINGLE_PAIR, mark - 1);
        if (pair >= floor && !holdsMark(s.substring(pair, mark))) return wordsFrom(s, pair + SINGLE_PAIR.length(), mark);
        List<Integer> starts = new ArrayList<>();
        starts.add(skipSpaces(s, floor, mark));
        Matcher m = SENTENCE_END.matcher(s).region(floor, mark);
        while (m.find()) if (m.end() < mark - 1) starts.add(m.end());
        int k = starts.size() - 1;
        int start = afterVerbComma(s, starts.get(k), mark);
        if (start > starts.get(k)) return wordsFrom(s, start, mark);
        // a sentence reporting with a verb of saying (X mengaku telah ...) is narration, not the speech
        if (holdsVerbOfSaying(s.substring(starts.get(k), mark))) return -1;
        // the quote before ended on a mark glued to a capital ("... besar."Seni bela diri ..."): that mark opened this
        boolean reopened = floor > 0 && Quotations.isDoubleMark(s.charAt(floor - 1)) && starts.get(0) == floor
                && Character.isUpperCase(s.charAt(floor));
        for (int back = 0; back < MAX_SENTENCES_BEFORE && k > 0; back++, k--) {
            String sentence = s.substring(starts.get(k - 1), starts.get(k));
            if (!speaksAsOne(sentence) && !(k == 1 && reopened) || SpeechCue.anyIn(sentence) || holdsMark(sentence)) break;
        }
        // the speech opens a sentence: the paragraph's start, a sentence's after its stop, or a reopening mark's;
        // just after another quote's close, mid-sentence ("...," kata X bukan hanya ..."), its start is not known
        if (k == 0 && floor > 0 && !reopened) return -1;
        return wordsFrom(s, starts.get(k), mark);
    }

    private static boolean holdsVerbOfSaying(String words) {
        Matcher w = WORD.matcher(words);
        while (w.find()) if (isVerbOfSaying(w.group())) return true;
        return false;
    }

    /** {@code mengatakan}, {@code mengaku}: a verb of saying, or of reporting what one says. */
    private static boolean isVerbOfSaying(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return SpeechCue.is(lower, SpeechCue.VERB) || SpeechCue.is(lower, SpeechCue.REPORT);
    }

    /** {@code start}, past spaces, when words follow it before {@code mark}; else -1. */
    private static int wordsFrom(String s, int start, int mark) {
        start = skipSpaces(s, start, mark);
        return start < mark && WORD.matcher(s).region(start, mark).find() ? start : -1;
    }

    /** After {@code Ia mengatakan,} in the sentence from {@code from}: the speech after the verb's comma; else {@code from}. */
    private static int afterVerbComma(String s, int from, int mark) {
        Matcher w = WORD.matcher(s).region(from, mark);
        while (w.find()) {
            int after = w.end();
            if (after < mark && s.charAt(after) == ',' && isVerbOfSaying(w.group())) return after + 1;
        }
        return from;
    }

    private static int skipSpaces(String s, int i, int end) {
        while (i < end && Character.isWhitespace(s.charAt(i))) i++;
        return i;
    }

    private static boolean speaksAsOne(String words) {
        Matcher m = WORD.matcher(words);
        while (m.find()) if (SPEAKING_PERSONS.contains(m.group().toLowerCase(Locale.ROOT))) return true;
        return false;
    }

    private static boolean holdsMark(String words) {
        for (int i = 0; i < words.length(); i++) if (Quotations.isDoubleMark(words.charAt(i))) return true;
        return false;
    }
}
