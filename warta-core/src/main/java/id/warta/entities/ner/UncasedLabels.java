package id.warta.entities.ner;

import id.warta.model.EntityType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Brings the lowercased corpus's organisations into line with the cased news corpora before
 * training. NER-P labels companies and brands as organisations but leaves parties and state
 * bodies unlabeled ({@code kpk} 93 times, {@code pdip} 23, {@code polri} 31), which the cased
 * corpora label as organisations; the weights all corpora share then learn that those words
 * name nothing, and news read with them misses the bodies it names most. A word the cased
 * sentences label alone as an organisation in nearly all its occurrences becomes a one-word
 * organisation where the lowercased sentences leave it unlabeled.
 */
final class UncasedLabels {
    /** Labeled occurrences a word needs in the cased sentences. */
    private static final int MIN_LABELED = 2;
    /** The share of its occurrences in the cased sentences a word needs labeled as one organisation alone, in percent. */
    private static final int MIN_SHARE_PERCENT = 80;

    private UncasedLabels() {
    }

    /** {@code sentences}, the lowercased ones with the cased sentences' one-word organisations labeled. */
    static List<LabeledSentence> harmonised(List<LabeledSentence> sentences) {
        Map<String, int[]> counts = new HashMap<>(); // word -> {alone as an organisation, all occurrences}
        for (LabeledSentence s : sentences) {
            if (!s.cased()) continue;
            boolean[] organisation = new boolean[s.words().size()];
            for (NameSpan n : s.names()) {
                if (n.end() - n.start() == 1 && n.type() == EntityType.ORGANIZATION) organisation[n.start()] = true;
            }
            for (int i = 0; i < organisation.length; i++) {
                int[] c = counts.computeIfAbsent(s.words().get(i).toLowerCase(Locale.ROOT), k -> new int[2]);
                if (organisation[i]) c[0]++;
                c[1]++;
            }
        }
        List<LabeledSentence> out = new ArrayList<>(sentences.size());
        for (LabeledSentence s : sentences) {
            out.add(s.cased() ? s : labeled(s, counts));
        }
        return out;
    }

    private static LabeledSentence labeled(LabeledSentence s, Map<String, int[]> counts) {
        boolean[] named = new boolean[s.words().size()];
        for (NameSpan n : s.names()) for (int i = n.start(); i < n.end(); i++) named[i] = true;
        List<NameSpan> names = null;
        for (int i = 0; i < named.length; i++) {
            String word = s.words().get(i).toLowerCase(Locale.ROOT);
            int[] c = counts.get(word);
            if (named[i] || c == null || word.length() < 2 || c[0] < MIN_LABELED
                    || c[0] * 100 < MIN_SHARE_PERCENT * c[1]) continue;
            if (names == null) names = new ArrayList<>(s.names());
            names.add(new NameSpan(i, i + 1, EntityType.ORGANIZATION));
        }
        if (names == null) return s;
        names.sort(Comparator.comparingInt(NameSpan::start));
        return new LabeledSentence(s.words(), names, s.cased(), s.domain());
    }
}
