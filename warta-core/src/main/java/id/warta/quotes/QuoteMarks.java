package id.warta.quotes;

import id.warta.language.Quotations;
import id.warta.language.Quotations.Region;
import id.warta.language.SpeechCue;
import id.warta.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the direct quotations of an article: the regions {@link Quotations} marks in each
 * paragraph, joined when a quote runs over several paragraphs (the first without a closing
 * mark), cut short when a mark is never closed, and sifted: scare quotes ({@code "Bapak"},
 * fewer than {@value #MIN_WORDS} words) and quoted titles ({@code bertajuk "..."}) are not quotes.
 */
final class QuoteMarks {
    /** Quotes shorter than this are scare quotes or terms ("naif", "mata sapi"). */
    static final int MIN_WORDS = 3;
    /**
     * A quotation this short that neither ends like speech nor has a cue or a colon by it is a term
     * the narration quotes ({@code disebut "harta karun tersembunyi" oleh}).
     */
    private static final int MAX_TERM_WORDS = 5;
    /** How far back the words introducing a quotation are read. */
    private static final int LOOK_BEHIND_CHARS = 80;
    /** How many words before a quotation a verb of saying may stand and still introduce it. */
    private static final int SPEECH_VERB_REACH = 4;
    /** An opening mark never closed quotes at most this much of its paragraph; beyond, to its first sentence end. */
    private static final int MAX_UNCLOSED_CHARS = 700;
    /** A quoted title has at most this many words, most of them capitalised. */
    private static final int MAX_TITLE_WORDS = 10;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[-'’][\\p{L}\\p{N}]+)*");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=\\s+\\p{Lu})");
    private static final String MARKS = "\"“”„″";
    private static final Pattern PUNCTUATION = Pattern.compile("[.,!?;:]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("\\p{P}+$");

    private QuoteMarks() {
    }

    static List<DirectQuote> find(String text) {
        List<DirectQuote> raw = joinParagraphs(text, regions(text));
        List<DirectQuote> quotes = new ArrayList<>(raw.size());
        for (DirectQuote q : raw) {
            if (!q.closed()) q = beforeOwnCue(text, q);
            if (!q.closed() && q.end() - q.start() > MAX_UNCLOSED_CHARS) q = toFirstSentenceEnd(text, q);
            if (q != null && isSpeech(text, q)) quotes.add(q);
        }
        return quotes;
    }

    /** A region in absolute offsets, with the paragraph it lies in. */
    private record Piece(int paragraph, int paragraphStart, int paragraphEnd, Region region) {
        int from() {
            return paragraphStart + region.span().start();
        }

        int to() {
            return paragraphStart + region.span().end();
        }
    }

    private static List<Piece> regions(String text) {
        List<Piece> pieces = new ArrayList<>();
        int start = 0, index = 0;
        while (start <= text.length()) {
            int end = text.indexOf("\n\n", start);
            if (end < 0) end = text.length();
            String paragraph = text.substring(start, end);
            String marks = Quotations.hideNested(paragraph);
            for (Region r : LostOpenings.mend(marks, mendMisplacedCloses(paragraph, Quotations.marked(marks, index > 0, true)))) {
                pieces.add(new Piece(index, start, end, r));
            }
            index++;
            start = end + 2;
        }
        return pieces;
    }

    /**
     * A closing mark typed after its space instead of before it ({@code sementara waktu, "kata Puja.}) reads
     * as a second opening mark, leaving the quote unclosed and the narration after it quoted. A mark that
     * ends a quote left open, after a comma or full stop and a space and before a lower-case word, closes
     * it: a quotation never opens in lower case just after a comma; and the narration it opened, running
     * unclosed to the next mark, is no quote.
     */
    static List<Region> mendMisplacedCloses(String paragraph, List<Region> regions) {
        List<Region> mended = new ArrayList<>(regions.size());
        for (int i = 0; i < regions.size(); i++) {
            Region r = regions.get(i);
            int mark = r.span().end();
            if (r.opened() && !r.closed() && i + 1 < regions.size() && regions.get(i + 1).span().start() == mark
                    && misplacedClose(paragraph, mark)) {
                mended.add(new Region(new Span(r.span().start(), mark + 1), true, true));
                if (!regions.get(i + 1).closed()) i++; // the narration after the mark
                continue;
            }
            mended.add(r);
        }
        return mended;
    }

    /**
     * {@code waktu, "kata}: the straight mark at {@code i} follows a comma or full stop and a space, and a lower-case
     * letter follows it. An opening curly mark typed for the closing one ({@code optimistis saja, “ ungkapnya}) may
     * keep its space after it.
     */
    private static boolean misplacedClose(String s, int i) {
        int after = i + 1;
        if (s.charAt(i) == '“') while (after < s.length() && Character.isWhitespace(s.charAt(after))) after++;
        else if (s.charAt(i) != '"') return false;
        if (after >= s.length() || !Character.isLowerCase(s.charAt(after))) return false;
        int j = i - 1;
        if (j < 0 || !Character.isWhitespace(s.charAt(j))) return false;
        while (j >= 0 && Character.isWhitespace(s.charAt(j))) j--;
        return j >= 0 && ",.!?".indexOf(s.charAt(j)) >= 0;
    }

    /**
     * Joins a quote left open at a paragraph's end with the piece that opens the next paragraph. A paragraph closed by a
     * lone mark that no quote left open before it ({@code supervisor Harry berkata ... setelah semua yang terjadi."})
     * has lost its opening mark somewhere: all of it is a quote only when it speaks as one ({@link #speaksAsOne}).
     */
    private static List<DirectQuote> joinParagraphs(String text, List<Piece> pieces) {
        List<DirectQuote> quotes = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            Piece first = pieces.get(i);
            if (!first.region().opened() && first.to() == endOfText(text, first.paragraphEnd())
                    && !speaksAsOne(text.substring(first.from(), first.to()))) continue;
            Piece last = first;
            while (!last.region().closed() && i + 1 < pieces.size()) {
                Piece next = pieces.get(i + 1);
                if (next.paragraph() != last.paragraph() + 1 || next.region().span().start() != 0) break;
                last = next;
                i++;
            }
            quotes.add(quote(text, first.from(), last.to(), first.region().opened(), last.region().closed()));
        }
        return quotes;
    }

    /**
     * The paragraph pieces of a quote continued over paragraphs the Indonesian way: each paragraph but the last ends
     * its sentence without a closing mark and the next reopens with one ({@code "A.\n\n"B.\n\n"C," kata X}). Each piece
     * is a quote of its own, said by the same speaker. A quote with no such break, or a piece too short to be one (a
     * line broken inside a sentence, a stray mark), is one piece: the quote's words.
     */
    static List<Span> paragraphPieces(String text, DirectQuote q) {
        List<Span> pieces = new ArrayList<>();
        int from = q.start();
        for (int br = text.indexOf("\n\n", from); br >= 0 && br < q.end(); br = text.indexOf("\n\n", br + 2)) {
            int pieceEnd = endOfText(text, br);
            int next = br;
            while (next < q.end() && Character.isWhitespace(text.charAt(next))) next++;
            if (pieceEnd <= from || ".!?…".indexOf(text.charAt(pieceEnd - 1)) < 0
                    || next + 1 >= q.end() || MARKS.indexOf(text.charAt(next)) < 0
                    || Character.isWhitespace(text.charAt(next + 1))) continue; // '" Sungguh,': a stray close, no reopening
            pieces.add(new Span(from, pieceEnd));
            from = next + 1;
            while (from < q.end() && Character.isWhitespace(text.charAt(from))) from++;
        }
        pieces.add(new Span(from, q.end()));
        for (Span piece : pieces) {
            if (!hasWords(text, piece.start(), piece.end(), MIN_WORDS)) return List.of(new Span(q.start(), q.end()));
        }
        return pieces;
    }

    /** Whether {@code [from, to)} of {@code text} holds {@code n} words or more: counting stops there (a quote runs long). */
    private static boolean hasWords(String text, int from, int to, int n) {
        Matcher m = WORD.matcher(text).region(from, to);
        for (int words = 0; words < n; words++) if (!m.find()) return false;
        return true;
    }

    /** Where the text before {@code end} stops, trailing spaces left out. */
    private static int endOfText(String text, int end) {
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) end--;
        return end;
    }

    /** Words only speech uses, not news narration: the first and second person ({@code saya}, {@code kami}, {@code Anda}). */
    private static final java.util.Set<String> SPEAKING_PERSONS = java.util.Set.of("saya", "aku", "kami", "kita", "anda", "kamu");

    /** Whether {@code words} speak in the first or second person, as a quote does and narration does not. */
    static boolean speaksAsOne(String words) {
        Matcher m = WORD.matcher(words);
        while (m.find()) if (SPEAKING_PERSONS.contains(m.group().toLowerCase(Locale.ROOT))) return true;
        return false;
    }

    private static DirectQuote quote(String text, int from, int to, boolean opened, boolean closed) {
        int start = opened ? from + 1 : from;
        int end = closed ? to - 1 : to;
        while (start < end && Character.isWhitespace(text.charAt(start))) start++;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
        return new DirectQuote(from, start, end, closed ? to : end, closed);
    }

    /**
     * A comma, then a lower-case word and its speaker: a name, a pronoun, or none after {@code -nya}. A single mark
     * may close the comma: the quote opened with a double mark was closed with a single one ({@code "...,' ujar X}).
     */
    private static final Pattern INNER_CUE = Pattern.compile(
            ",['’]?\\s+(\\p{Ll}+)(?=\\s+(?:\\p{Lu}|dia\\b|ia\\b|beliau\\b)|(?<=nya)[\\s.,])");

    /**
     * An opening mark never closed whose words run on into their own inverted cue ({@code "... Seperti itu di
     * undang-undang Majapahit, kata Titi saat dihubungi ...}): the closing mark was lost before the cue's comma, where
     * the quote ends, the comma kept as a closed quote keeps it.
     */
    private static DirectQuote beforeOwnCue(String text, DirectQuote q) {
        Matcher m = INNER_CUE.matcher(text).region(q.start(), q.end());
        while (m.find()) {
            if (SpeechCue.invertedBase(m.group(1)) == null) continue;
            // a mark further on opens the next quote: the region ran over it, cutting here would lose that quote
            for (int k = m.end(); k < q.end(); k++) if (MARKS.indexOf(text.charAt(k)) >= 0) return q;
            return new DirectQuote(q.open(), q.start(), m.start() + 1, m.start() + 1, false);
        }
        return q;
    }

    private static DirectQuote toFirstSentenceEnd(String text, DirectQuote q) {
        Matcher m = SENTENCE_END.matcher(text).region(q.start(), q.end());
        if (!m.find()) return q;
        return new DirectQuote(q.open(), q.start(), m.end(), m.end(), false);
    }

    /** Whether the quoted words are speech: long enough, and not a title. */
    private static boolean isSpeech(String text, DirectQuote q) {
        String words = text.substring(q.start(), q.end());
        int count = 0, capitalised = 0;
        for (int i = 0; i < words.length(); i++) { // words: runs of letters and digits, joined by - or '
            char c = words.charAt(i);
            boolean inWord = Character.isLetterOrDigit(c);
            boolean startsWord = inWord && (i == 0 || !Character.isLetterOrDigit(words.charAt(i - 1))
                    && !(("-'’".indexOf(words.charAt(i - 1)) >= 0) && i > 1 && Character.isLetterOrDigit(words.charAt(i - 2))));
            if (!startsWord) continue;
            count++;
            if (Character.isUpperCase(c) || Character.isDigit(c)) capitalised++;
        }
        if (count < MIN_WORDS) return false;
        if (introducedAsTitle(text, q.open())) return false;
        if (count <= MAX_TERM_WORDS && inNarration(text, q)) return false;
        // titles listed in a sentence keep the list's comma inside their marks ("How You Like That," "Shut Down."):
        // the words without it are read only for a few words all capitalised, as most quotes are not
        boolean titleCase = count <= MAX_TITLE_WORDS && capitalised == count
                && !PUNCTUATION.matcher(TRAILING_PUNCTUATION.matcher(words.strip()).replaceAll("")).find();
        return !(titleCase && !followedByCue(text, q.close()));
    }

    /**
     * Whether the quoted words sit inside a sentence of narration: they neither close on their own punctuation,
     * nor follow a comma, a colon or a verb of saying, nor come before a cue ({@code visinya sebagai "Mitra utama
     * keuangan keluarga" melalui ...}). Short, such words are a term; longer, a slogan or a partial quote, which
     * only a speaker found for it makes speech.
     */
    static boolean inNarration(String text, DirectQuote q) {
        return !endsLikeSpeech(text.substring(q.start(), q.end())) && !introducedAsSpeech(text, q.open())
                && !followedByCue(text, q.close());
    }

    /**
     * Whether the quoted words, opened in lower case with no comma, colon or verb of saying before them and no cue
     * after, close on a full stop ({@code termasuk "kesopanan atau moralitas."}): a fragment of the narration's sentence,
     * the stop that sentence's, put inside the mark. Like {@link #inNarration}, only a speaker found makes it speech.
     */
    static boolean closesNarrationSentence(String text, DirectQuote q) {
        String s = text.substring(q.start(), q.end()).strip();
        return !s.isEmpty() && Character.isLowerCase(s.codePointAt(0)) && s.endsWith(".") && !s.endsWith("..")
                && !introducedAsSpeech(text, q.open()) && !followedByCue(text, q.close());
    }

    /** {@code bertajuk "..."}, {@code tema Natal "..."}: a title word just before the mark, or before capitalised words. */
    private static boolean introducedAsTitle(String text, int open) {
        String[] words = wordsBefore(text, open);
        for (int i = words.length - 1, seen = 0; i >= 0 && seen < 3; i--, seen++) {
            String w = words[i];
            if (w.isEmpty()) continue;
            if (w.endsWith(",")) return false; // "dalam acara X, "..."": the quote is not the title
            // "tercantum kalimat: "..."", "kalimat lain: "..."": a colon after the description brings the words themselves
            // (not one closing a capitalised heading: "dari Judul Sebelumnya: "..."")
            if (w.endsWith(":") && !Character.isUpperCase(w.codePointAt(0))) return false;
            if (Words.is(TRAILING_PUNCTUATION.matcher(w).replaceAll(""), Words.Kind.TITLE)) return true;
            if (!Character.isUpperCase(w.codePointAt(0)) && seen > 0) return false; // "agenda utama "...""
        }
        return false;
    }

    /** The words of the sentence before an opening mark, back to a period, line break or earlier mark (a few at most). */
    private static String[] wordsBefore(String text, int open) {
        String before = text.substring(Math.max(0, open - LOOK_BEHIND_CHARS), open);
        int cut = Math.max(before.lastIndexOf('\n'), Math.max(before.lastIndexOf('.'), before.lastIndexOf(MARKS.charAt(0))));
        return SPACES.split(before.substring(cut + 1).strip());
    }

    /** Speech quoted whole closes on its own punctuation: {@code "Tidak ada,"}, {@code "Siap!"}. */
    private static boolean endsLikeSpeech(String quoted) {
        String s = quoted.strip();
        return !s.isEmpty() && ".,!?…".indexOf(s.charAt(s.length() - 1)) >= 0;
    }

    /**
     * {@code kata dia, "..."}, {@code tegasnya: "..."}: a comma or colon before the opening mark; or a
     * verb of saying a few words before it ({@code menyebutkan prosedur tersebut "berjalan baik"}).
     */
    private static boolean introducedAsSpeech(String text, int open) {
        int i = open - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) i--;
        if (i >= 0 && (text.charAt(i) == ',' || text.charAt(i) == ':')) return true;
        String[] words = wordsBefore(text, open);
        for (int k = words.length - 1, seen = 0; k >= 0 && seen < SPEECH_VERB_REACH; k--, seen++) {
            String w = TRAILING_PUNCTUATION.matcher(words[k]).replaceAll("");
            if (!w.isEmpty() && Words.isCue(w, SpeechCue.VERB)) return true;
        }
        return inMenurutSentence(text, open);
    }

    /** How far back a sentence opened by {@code Menurut} is looked for. */
    private static final int MENURUT_REACH_CHARS = 240;
    private static final Pattern MENURUT = Pattern.compile("(?i)menurut(?:nya)?\\b");

    /**
     * {@code Menurutnya, Kwitang tengah menghadapi "gelombang perubahan tak terhindarkan".}: a sentence opened by
     * {@code Menurut X,} reports X's view, and the words it quotes after the comma are X's, a partial quote, not a
     * term; marks inside the phrase itself name a source ({@code Menurut dokumen "Rencana Hijau" dari ...,}).
     */
    private static boolean inMenurutSentence(String text, int open) {
        int i = open - 1;
        for (; i >= 0 && open - i <= MENURUT_REACH_CHARS; i--) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '\n' || MARKS.indexOf(c) >= 0) break;
        }
        if (i >= 0 && open - i > MENURUT_REACH_CHARS) return false;
        int s = i + 1;
        while (s < open && Character.isWhitespace(text.charAt(s))) s++;
        return MENURUT.matcher(text).region(s, open).lookingAt() && text.lastIndexOf(',', open) >= s;
    }

    private static boolean followedByCue(String text, int close) {
        Matcher m = WORD.matcher(text).region(close, Math.min(text.length(), close + 40));
        if (!m.find()) return false;
        String w = m.group().toLowerCase(Locale.ROOT);
        return Words.invertedBase(w) != null;
    }
}
