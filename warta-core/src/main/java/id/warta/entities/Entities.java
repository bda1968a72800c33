package id.warta.entities;

import id.warta.entities.ner.NerModel;
import id.warta.entities.places.Places;
import id.warta.language.Sentences;
import id.warta.language.Token;
import id.warta.language.Tokenizer;
import id.warta.model.Dateline;
import id.warta.model.Document;
import id.warta.model.Entity;
import id.warta.model.EntityType;
import id.warta.model.Mention;
import id.warta.model.Span;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The people, organisations and places an article names: found by the statistical tagger
 * and the alias lists ({@link NameFinder}), grouped under canonical names with their roles,
 * metonyms and epithets, places resolved in the gazetteers ({@link Canonicalizer}).
 * <pre>{@code
 * List<Entity> who = Entities.shipped().find(article.text());
 * }</pre>
 * Immutable and thread-safe.
 */
public final class Entities {
    /** The shipped tagger, written by {@code warta train ner}. */
    public static final String MODEL_RESOURCE = "ner/ner-model.bin.gz";

    private final NameFinder finder;
    private final Canonicalizer canonicalizer;

    public Entities(NerModel model, Places places) {
        this.finder = new NameFinder(model, places);
        this.canonicalizer = new Canonicalizer(model, places);
    }

    private static final class Holder {
        static final Entities SHIPPED = new Entities(shippedModel(), Places.shipped());
    }

    /** The recogniser with the model and tables Warta ships; loaded on first use. */
    public static Entities shipped() {
        return Holder.SHIPPED;
    }

    /** The tagger Warta ships. */
    public static NerModel shippedModel() {
        try (InputStream in = Entities.class.getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) throw new IllegalStateException("the NER model " + MODEL_RESOURCE + " is missing: run warta train ner");
            return NerModel.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The entities {@code text} names, in order of first mention; mention spans point into {@code text}. */
    public List<Entity> find(String text) {
        List<Sentence> sentences = sentences(text, GluedListNumbers.apart(Tokenizer.tokenize(text)));
        List<Found> found = new ArrayList<>(finder.find(sentences, null));
        found.removeIf(Boilerplate.of(text, sentences)::covers);
        return Epithets.without(text, canonicalizer.group(text, sentences, found));
    }

    /**
     * The entities an extracted article names in its body, title, captions and dateline, in
     * order of first mention; each mention says which field its offsets point into.
     */
    public List<Entity> find(Document doc) {
        return find(doc, doc.text() == null ? List.of() : Tokenizer.tokenize(doc.text()));
    }

    /**
     * As {@link #find(Document)}, given the body's tokens ({@code Tokenizer.tokenize(doc.text())}),
     * which later stages read too: only the other fields are tokenised here.
     */
    public List<Entity> find(Document doc, List<Token> bodyTokens) {
        String body = doc.text() == null ? "" : doc.text();
        if (!bodyTokens.isEmpty() && bodyTokens.getLast().end() > body.length()) {
            throw new IllegalArgumentException("tokens past the body's end: " + bodyTokens.getLast());
        }
        Fields fields = new Fields();
        int afterBody = fields.add(Mention.BODY, body) < 0 ? 0 : body.length();
        int title = fields.add(Mention.TITLE, doc.title());
        Span headline = title < 0 ? null : new Span(title, title + doc.title().length());
        for (int i = 0; i < doc.captions().size(); i++) fields.add("/captions/" + i + "/text", doc.captions().get(i).text());
        String all = fields.text();
        // the body opens the fields' text (or is blank, without tokens); no token reaches across the blank line after it
        List<Token> tokens = new ArrayList<>(bodyTokens);
        tokens.addAll(Tokenizer.tokenize(all, afterBody, all.length()));
        List<Sentence> sentences = sentences(all, GluedListNumbers.apart(tokens));
        List<Found> found = new ArrayList<>(finder.find(sentences, headline));
        Dateline d = doc.dateline();
        if (d != null && d.text() != null) {
            int at = fields.add("/dateline/text", d.text());
            datelineName(all, at, d.text(), d.place(), EntityType.PLACE, found);
            datelineName(all, at, d.text(), d.outlet(), EntityType.ORGANIZATION, found);
        }
        found.removeIf(Boilerplate.of(all, sentences)::covers);
        return Epithets.without(fields.text(), canonicalizer.group(fields.text(), sentences, found)).stream()
                .map(fields::relocate).toList();
    }

    private static void datelineName(String all, int at, String dateline, String name, EntityType type, List<Found> found) {
        if (name == null || name.isBlank()) return;
        int i = dateline.toLowerCase(Locale.ROOT).indexOf(name.toLowerCase(Locale.ROOT));
        if (i >= 0) found.add(new Found(at + i, at + i + name.length(), type, "dateline"));
    }

    /**
     * The article's fields laid end to end, blank lines between (so no sentence spans two),
     * read as one text: names and abbreviations are shared across fields, and each mention
     * is moved back into its field afterwards.
     */
    private static final class Fields {
        private final StringBuilder text = new StringBuilder();
        private final List<String> pointers = new ArrayList<>();
        private final List<Integer> starts = new ArrayList<>();

        int add(String pointer, String value) {
            if (value == null || value.isBlank()) return -1;
            if (!text.isEmpty()) text.append("\n\n");
            pointers.add(pointer);
            starts.add(text.length());
            text.append(value);
            return starts.getLast();
        }

        String text() {
            return text.toString();
        }

        Entity relocate(Entity e) {
            List<Mention> moved = e.mentions().stream().map(m -> {
                int k = field(m.start());
                int base = starts.get(k);
                return new Mention(m.text(), m.start() - base, m.end() - base, m.use(), pointers.get(k));
            }).toList();
            return new Entity(e.name(), e.type(), moved, e.roles(), e.place());
        }

        private int field(int offset) {
            int k = 0;
            while (k + 1 < starts.size() && starts.get(k + 1) <= offset) k++;
            return k;
        }
    }

    /** The sentences of {@code text} with their tokens (all of {@code text}'s): each sentence takes its own. */
    static List<Sentence> sentences(String text, List<Token> tokens) {
        List<Sentence> sentences = new ArrayList<>();
        int link = text.indexOf(LINK_CLOSE); // the next link's close from the sentence on: one search per link, not per sentence
        for (Span sentence : Sentences.split(text, tokens)) {
            if (link >= 0 && link < sentence.start()) link = text.indexOf(LINK_CLOSE, sentence.start());
            List<Span> spans = link >= 0 && link < sentence.end() ? withHeadlineLinksApart(text, sentence, tokens) : List.of(sentence);
            for (Span s : spans) {
                List<Token> within = tokensWithin(tokens, s.start(), s.end());
                if (!within.isEmpty()) sentences.add(Sentence.of(text, s.start(), s.end(), within));
            }
        }
        return sentences;
    }

    /** A link's text, {@code [...]} right before its {@code (http...)}. */
    private static final String LINK_CLOSE = "](http";

    /**
     * {@code Artikel ini telah tayang di Surya.co.id dengan judul [Guru SMPN 1 Trenggalek Tolak Damai](https://...)}:
     * a link's text, left in by the Markdown a portal's pages were saved as, that is a headline in Title Case or
     * capitals, whose capitals say nothing of names, is read apart from the sentence around it, so its case is judged
     * alone. A link on a few words of the sentence ({@code [Elon Musk](...)}) stays in it, and so does an image's
     * caption ({@code ![Ketua DPD Partai X Budi Santoso.](...)}), mostly names. The sentence's spans, in order.
     */
    private static List<Span> withHeadlineLinksApart(String text, Span s, List<Token> tokens) {
        int close = text.indexOf(LINK_CLOSE, s.start());
        if (close < 0 || close >= s.end()) return List.of(s);
        List<Span> pieces = new ArrayList<>();
        int from = s.start();
        for (; close >= 0 && close < s.end(); close = text.indexOf(LINK_CLOSE, close + 1)) {
            int open = text.lastIndexOf('[', close);
            if (open < from || open > 0 && text.charAt(open - 1) == '!' // an image's caption, names in sentence case
                    || Sentence.caseTrusted(tokensWithin(tokens, open + 1, close))) {
                continue;
            }
            if (open > from) pieces.add(new Span(from, open));
            pieces.add(new Span(open, close + 1));
            from = close + 1;
        }
        if (from < s.end()) pieces.add(new Span(from, s.end()));
        return pieces;
    }

    /** The tokens of {@code tokens} (in text order) lying within {@code [start, end)}. */
    private static List<Token> tokensWithin(List<Token> tokens, int start, int end) {
        int lo = 0, hi = tokens.size();
        while (lo < hi) { // the first token starting at or after start
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < start) lo = mid + 1;
            else hi = mid;
        }
        int to = lo;
        while (to < tokens.size() && tokens.get(to).end() <= end) to++;
        return tokens.subList(lo, to);
    }
}
