package id.warta.entities.ner;

import java.util.List;

/**
 * A tokenised sentence with its gold names, as a corpus gives it.
 *
 * @param words  the tokens
 * @param names  the names, in order, not overlapping
 * @param cased  false when the corpus was lowercased (NER-P): its case says nothing
 * @param domain which corpus it came from, for per-corpus feature conjunctions
 */
public record LabeledSentence(List<String> words, List<NameSpan> names, boolean cased, String domain) {
    public LabeledSentence {
        words = List.copyOf(words);
        names = List.copyOf(names);
    }
}
