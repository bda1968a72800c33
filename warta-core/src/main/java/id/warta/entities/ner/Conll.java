package id.warta.entities.ner;

import id.warta.model.EntityType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads NER corpora in the CoNLL layout: one token per line, its tag in the last column
 * ({@code B-PER}, {@code I-PER}, {@code O}), a blank line between sentences. The columns may
 * be separated by tabs or spaces. An {@code I-} tag that follows no name of its type starts
 * one (IOB1 and careless IOB2 read alike); tag types missing from the map are read as O.
 */
public final class Conll {
    private Conll() {
    }

    public static List<LabeledSentence> read(Path file, Map<String, EntityType> types, boolean cased, String domain)
            throws IOException {
        List<LabeledSentence> sentences = new ArrayList<>();
        List<String> words = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            String[] cols = line.strip().split("\\s+");
            if (line.isBlank()) {
                flush(sentences, words, tags, types, cased, domain);
                continue;
            }
            words.add(cols[0]);
            tags.add(cols.length > 1 ? cols[cols.length - 1] : "O");
        }
        flush(sentences, words, tags, types, cased, domain);
        return sentences;
    }

    private static void flush(List<LabeledSentence> out, List<String> words, List<String> tags,
                              Map<String, EntityType> types, boolean cased, String domain) {
        if (words.isEmpty()) return;
        out.add(new LabeledSentence(words, names(tags, types), cased, domain));
        words.clear();
        tags.clear();
    }

    static List<NameSpan> names(List<String> tags, Map<String, EntityType> types) {
        List<NameSpan> names = new ArrayList<>();
        int start = -1;
        EntityType open = null;
        for (int i = 0; i <= tags.size(); i++) {
            String tag = i < tags.size() ? tags.get(i) : "O";
            EntityType type = tag.length() > 2 && tag.charAt(1) == '-' ? types.get(tag.substring(2)) : null;
            boolean inside = type != null && tag.charAt(0) == 'I' && type == open;
            if (open != null && !inside) {
                names.add(new NameSpan(start, i, open));
                open = null;
            }
            if (type != null && !inside) {
                start = i;
                open = type;
            }
        }
        return names;
    }
}
