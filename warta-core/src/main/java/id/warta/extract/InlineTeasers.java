package id.warta.extract;

import static id.warta.extract.TeaserWords.LABEL;
import static id.warta.extract.TeaserWords.MAX_HEADLINE_WORDS;
import static id.warta.extract.TeaserWords.MAX_NAME_WORDS;
import static id.warta.extract.TeaserWords.OPENERS;
import static id.warta.extract.TeaserWords.SPACES;
import static id.warta.extract.TeaserWords.TITLE_LOWERCASE;
import static id.warta.extract.TeaserWords.WORDS;
import static id.warta.extract.TeaserWords.bare;
import static id.warta.extract.TeaserWords.capitalised;
import static id.warta.extract.TeaserWords.quotedTerm;
import static id.warta.extract.TeaserWords.startsLabel;
import static id.warta.extract.TeaserWords.titled;
import static id.warta.extract.TeaserWords.word;
import static id.warta.extract.TeaserWords.words;

import id.warta.extract.TeaserWords.End;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts "read also" teasers out of the middle of a paragraph, as flattened scrapes leave them
 * ({@code ... kata dia. Baca juga: Sumbar dukung jalur rempah jadi warisan dunia UNESCO
 * Mahyeldi mengatakan ...}). Nothing marks where the teaser's headline ends, so general signals
 * do ({@code teasers.tsv}). A teaser in brackets ends at its closing bracket. A Title Case
 * headline ({@code Baca: Polisi Tangkap Dua Pelaku Begal di Bogor Polisi kemudian ...}) ends
 * before the capitalised words that open the first lower-case prose of the body ({@link TitledHeadlines}). Otherwise:
 * the next teaser or credit label, an opening quotation mark, a capitalised word and a comma
 * opening a sentence ({@code Sebelumnya,}), a capitalised word that opens sentences
 * ({@code Dengan}, {@code Menurut}), a capitalised name before a reporting verb
 * ({@code Mahyeldi mengatakan}), and last a maximum length.
 */
final class InlineTeasers {
    /** A paragraph with its teasers cut out, and their headlines in order. */
    record Cut(String text, List<String> headlines) {
    }

    private static final Set<String> TITLED_LABELS = WORDS.get("label-titled");
    private static final Set<String> VERBS = WORDS.get("verb");
    /** A headline takes at least this many words before a sentence-opening signal may end it. */
    private static final int MIN_HEADLINE_WORDS = 3;
    /** A name before a reporting verb starts no earlier than this word of the headline. */
    private static final int MIN_NAME_START = 2;
    /** A bracketed teaser closes within this many characters, or it is read as unbracketed. */
    private static final int MAX_BRACKETED_CHARS = 250;
    /** The first this many words of a bracketed {@code (baca: ...)} are Title Case when it is a teaser. */
    private static final int BRACKETED_TITLED_WORDS = 3;
    /** A comma or full stop closing a word, as an opener or a verb may carry it ({@code Sebelumnya,}). */
    private static final Pattern TRAILING_COMMA_OR_STOP = Pattern.compile("[,.]$");
    /** A sentence's closing mark at a word's end ({@code aman.}, {@code "Siap!"}): no headline writes one. */
    private static final Pattern SENTENCE_STOP = Pattern.compile("[.!?][\"”’)]*$");
    /** An item number of a list ({@code 2.}): no headline holds one. */
    private static final Pattern LIST_NUMBER = Pattern.compile("\\d{1,2}\\.");
    private static final String OPENING_QUOTES = "\"“‘«„";

    private InlineTeasers() {
    }

    /** A teaser found: the text it spans (label and bracket included), its headline, and whether its end is certain. */
    private record Teaser(int start, int end, String headline, boolean clear) {
    }

    /** The paragraph without its inline teasers; unchanged (and no headlines) when it has none. */
    static Cut cut(String paragraph) {
        if (paragraph.indexOf(':') < 0) return new Cut(paragraph, List.of()); // every label ends with a colon
        Matcher label = LABEL.matcher(paragraph);
        List<String> headlines = new ArrayList<>();
        StringBuilder kept = new StringBuilder();
        int from = 0;
        int search = 0;
        while (search < paragraph.length() && label.find(search)) {
            Teaser teaser = teaser(paragraph, label);
            if (teaser == null) { // a label word used as prose ("(baca: keadaan mendesak)")
                search = label.end();
                continue;
            }
            // A line that opens with the label is a whole teaser unless something clearly starts a sentence after it.
            if (teaser.start() == 0 && !teaser.clear()) break;
            if (teaser.headline().isEmpty()) break; // a label with nothing after it: leave the line to the line rules
            append(kept, paragraph.substring(from, teaser.start()));
            headlines.add(teaser.headline());
            from = search = teaser.end();
        }
        if (headlines.isEmpty()) return new Cut(paragraph, List.of());
        append(kept, paragraph.substring(from));
        return new Cut(kept.toString(), headlines);
    }

    private static void append(StringBuilder out, String part) {
        String p = part.strip();
        if (p.isEmpty()) return;
        if (!out.isEmpty()) out.append(' ');
        out.append(p);
    }

    /** The teaser the label opens, or null when the label opens none. */
    private static Teaser teaser(String s, Matcher label) {
        boolean titledOnly = TITLED_LABELS.contains(SPACES.matcher(label.group(1).toLowerCase(Locale.ROOT)).replaceAll(" "));
        int open = bracketBefore(s, label.start());
        int close = open < 0 ? -1 : closingBracket(s, label.end());
        if (close >= 0) {
            String headline = s.substring(label.end(), close).strip();
            if (titledOnly && !titledStart(headline)) return null;
            return new Teaser(open, close + 1, headline, true);
        }
        List<int[]> words = words(s, label.end());
        End end = TitledHeadlines.end(s, words);
        if (end == null && titledOnly) end = sentenceAfterBareLabel(s, words);
        if (end == null && titledOnly) return null;
        if (end == null) end = sentenceEnd(s, words);
        return new Teaser(label.start(), end.at(), s.substring(label.end(), end.at()).strip(), end.clear());
    }

    /** Where the {@code (} right before a label stands (only spaces between), or -1. */
    private static int bracketBefore(String s, int labelStart) {
        int i = labelStart - 1;
        while (i >= 0 && Character.isWhitespace(s.charAt(i))) i--;
        return i >= 0 && s.charAt(i) == '(' ? i : -1;
    }

    /** The {@code )} that closes a bracket opened before {@code from}, nested brackets skipped; -1 if none is near. */
    private static int closingBracket(String s, int from) {
        int depth = 1;
        for (int i = from; i < s.length() && i < from + MAX_BRACKETED_CHARS; i++) {
            char c = s.charAt(i);
            if (c == '(') depth++;
            else if (c == ')' && --depth == 0) return i;
        }
        return -1;
    }

    /** Whether a bracketed text opens like a Title Case headline ({@code Jokowi Tolak Resmikan ...}, not {@code keadaan mendesak}). */
    private static boolean titledStart(String headline) {
        String[] words = SPACES.split(headline);
        if (words.length < BRACKETED_TITLED_WORDS || TITLE_LOWERCASE.contains(bare(words[0]))) return false;
        for (int i = 0; i < BRACKETED_TITLED_WORDS; i++) if (!titled(words[i])) return false;
        return true;
    }

    /**
     * Where a sentence-case headline after a bare {@code Baca:} ends, or null when it may be prose
     * ({@code rajin baca: satu buku setiap pekan}): Tribun writes a few such headlines ({@code Baca:
     * Pasukan Suriah membombardir kubu pemberontak Para arkeolog menulis ...}). It must open capitalised,
     * hold no full stop, and end at a clear signal, or at a sentence opener once a lower-case word
     * shows it is no Title Case; not at the length limit.
     */
    private static End sentenceAfterBareLabel(String s, List<int[]> words) {
        if (words.isEmpty() || !capitalised(word(s, words, 0))) return null;
        End end = sentenceEnd(s, words);
        int last = 0;
        boolean sentenceCase = false;
        while (last < words.size() && words.get(last)[0] < end.at()) {
            if (word(s, words, last).endsWith(".")) return null;
            sentenceCase |= !titled(word(s, words, last));
            last++;
        }
        if (last == words.size()) return null; // no signal before the paragraph ended
        // An opener ends only a headline that is not Title Case, which capitalises "Sementara" too.
        String next = TRAILING_COMMA_OR_STOP.matcher(word(s, words, last)).replaceAll("");
        return end.clear() || sentenceCase && OPENERS.contains(next) ? new End(end.at(), true) : null;
    }

    /** Whether {@code s} writes {@code word} in lower case, as a whole word, outside {@code [from, to)}. */
    private static boolean writtenInLowerCase(String s, String word, int from, int to) {
        String lower = word.toLowerCase(Locale.ROOT);
        for (int at = s.indexOf(lower); at >= 0; at = s.indexOf(lower, at + 1)) {
            int end = at + lower.length();
            boolean whole = (at == 0 || !Character.isLetter(s.charAt(at - 1))) && (end == s.length() || !Character.isLetter(s.charAt(end)));
            if (whole && (at < from || at >= to)) return true;
        }
        return false;
    }

    /** Where a sentence-case headline that starts at the first word ends: before the first signal of a new sentence. */
    private static End sentenceEnd(String s, List<int[]> words) {
        for (int i = 0; i < words.size(); i++) {
            int wordStart = words.get(i)[0];
            String word = word(s, words, i);
            if (i > 0 && startsLabel(s, wordStart)) return new End(wordStart, true);
            if (i > 0 && OPENING_QUOTES.indexOf(word.charAt(0)) >= 0 && !quotedTerm(s, wordStart)) return new End(wordStart, true);
            if (i >= MIN_NAME_START && i + 1 < words.size() && isName(s, words.get(i)) && isVerb(s, words.get(i + 1))) {
                int name = i;
                while (name - 1 >= MIN_NAME_START && i - name + 1 < MAX_NAME_WORDS && isName(s, words.get(name - 1))) name--;
                return new End(words.get(name)[0], true);
            }
            if (i >= MIN_HEADLINE_WORDS && capitalised(word) && word.endsWith(",")) {
                End own = commaOfTheHeadline(s, words, i);
                return own != null ? own : new End(wordStart, false);
            }
            if (i >= MIN_HEADLINE_WORDS && OPENERS.contains(TRAILING_COMMA_OR_STOP.matcher(word).replaceAll(""))) return new End(wordStart, false);
            if (i > 0 && LIST_NUMBER.matcher(word).matches()) return new End(wordStart, false); // "... 2. Malam Natal"
            if (i == MAX_HEADLINE_WORDS) return new End(commonWordOpening(s, words).orElse(wordStart), false);
        }
        return new End(s.length(), false);
    }

    /**
     * Where the headline ends when the capitalised word and comma at {@code comma} are its own, not the body's next
     * sentence opening ({@code Baca juga: Pemerintah siapkan RUU Pajak, ditargetkan rampung 2027 Baca juga: ...}):
     * the words after the comma run, within the headline's length and with no signal of a sentence and no full stop,
     * to the next teaser's or credit's label, or to the paragraph's end. Null when they do not: the comma opens the body.
     * Flattened pages chain their teasers so, and their headlines put a comma after a name.
     */
    private static End commaOfTheHeadline(String s, List<int[]> words, int comma) {
        for (int k = comma + 1; k < words.size() && k <= MAX_HEADLINE_WORDS; k++) {
            int wordStart = words.get(k)[0];
            String word = word(s, words, k);
            if (startsLabel(s, wordStart)) return new End(wordStart, true);
            if (OPENING_QUOTES.indexOf(word.charAt(0)) >= 0 || SENTENCE_STOP.matcher(word).find()
                    || OPENERS.contains(TRAILING_COMMA_OR_STOP.matcher(word).replaceAll(""))
                    || k + 1 < words.size() && isName(s, words.get(k)) && isVerb(s, words.get(k + 1))) return null;
        }
        boolean paragraphEnds = words.size() <= MAX_HEADLINE_WORDS && s.substring(words.getLast()[1]).isBlank();
        return paragraphEnds ? new End(s.length(), true) : null;
    }

    /**
     * Where the first capitalised common word after the headline's prose stands: a word the
     * paragraph writes in lower case elsewhere, capitalised after a lower-case word, opens a sentence
     * ({@code ... angkat pesan solidaritas Pihak gereja memberlakukan}), where a name would not
     * ({@code ... Arteta meminta Arsenal}); the headline's own words do not count. Read only when no other
     * signal ended the headline.
     */
    private static OptionalInt commonWordOpening(String s, List<int[]> words) {
        for (int i = MIN_HEADLINE_WORDS; i < MAX_HEADLINE_WORDS; i++) {
            String word = bare(word(s, words, i));
            String before = word(s, words, i - 1);
            if (!isName(s, words.get(i)) || capitalised(before) || TITLE_LOWERCASE.contains(bare(before))) continue;
            if (writtenInLowerCase(s, word, words.getFirst()[0], words.get(i)[0])) return OptionalInt.of(words.get(i)[0]);
        }
        return OptionalInt.empty();
    }

    /** A word of a person's name: capitalised, then lower case ({@code Mahyeldi}, not {@code UNESCO}). */
    private static boolean isName(String s, int[] w) {
        String word = s.substring(w[0], w[1]);
        return word.length() > 1 && Character.isUpperCase(word.charAt(0)) && Character.isLowerCase(word.charAt(1))
                && Character.isLetter(word.charAt(word.length() - 1));
    }

    private static boolean isVerb(String s, int[] w) {
        // Lower case as written: a capitalised verb belongs to a title-cased headline, not to prose.
        return VERBS.contains(TRAILING_COMMA_OR_STOP.matcher(s.substring(w[0], w[1])).replaceAll(""));
    }
}
