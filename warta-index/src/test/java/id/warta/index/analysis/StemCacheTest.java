package id.warta.index.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.language.Stemmer;
import java.util.List;
import org.apache.lucene.analysis.tokenattributes.CharTermAttributeImpl;
import org.junit.jupiter.api.Test;

class StemCacheTest {
    private static final Stemmer STEMMER = Stemmer.indonesian();

    /** A term as a token filter sees it: in a buffer longer than the term, with leftovers after it. */
    private static char[] buffer(String term) {
        char[] b = new char[term.length() + 7];
        term.getChars(0, term.length(), b, 0);
        for (int i = term.length(); i < b.length; i++) b[i] = 'x';
        return b;
    }

    private static String lookedUp(StemCache cache, String term) {
        int slot = cache.find(buffer(term), term.length());
        if (slot < 0) return null;
        CharTermAttributeImpl stem = new CharTermAttributeImpl();
        stem.append(term);
        cache.copyStem(slot, stem);
        return stem.toString();
    }

    @Test
    void remembersStemsAndTermsThatAreTheirOwnStem() {
        StemCache cache = new StemCache(100);
        assertThat(cache.find(buffer("pemerintahan"), 12)).isNegative();
        cache.put("pemerintahan", STEMMER.stem("pemerintahan"));
        cache.put("jakarta", STEMMER.stem("jakarta"));
        assertThat(lookedUp(cache, "pemerintahan")).isEqualTo("perintah");
        assertThat(lookedUp(cache, "jakarta")).isEqualTo("jakarta");
        assertThat(cache.isOwnStem(cache.find(buffer("jakarta"), 7))).isTrue();
        assertThat(cache.isOwnStem(cache.find(buffer("pemerintahan"), 12))).isFalse();
        // a prefix of a remembered term, or the term with more after it, is another term
        assertThat(cache.find(buffer("pemerintah"), 10)).isNegative();
        assertThat(cache.find(buffer("jakartax"), 8)).isNegative();
    }

    @Test
    void remembersStopWords() {
        StemCache cache = new StemCache(100);
        cache.put("yang", null);
        cache.put("pemerintahan", STEMMER.stem("pemerintahan"));
        assertThat(cache.isStopWord(cache.find(buffer("yang"), 4))).isTrue();
        assertThat(cache.isStopWord(cache.find(buffer("pemerintahan"), 12))).isFalse();
        assertThat(lookedUp(cache, "pemerintahan")).isEqualTo("perintah");
    }

    @Test
    void growsPastItsFirstSizeWithoutLosingAStem() {
        StemCache cache = new StemCache(100_000);
        String[] words = new String[5_000];
        String[] forms = {"menulis", "ditulis", "pemerintahan", "rumahnya", "berjalan", "terbangun", "negara-negara", "pukul"};
        for (int i = 0; i < words.length; i++) words[i] = forms[i % forms.length] + letters(i);
        for (String w : words) cache.put(w, STEMMER.stem(w));
        for (String w : words) assertThat(lookedUp(cache, w)).as(w).isEqualTo(STEMMER.stem(w));
    }

    /** {@code i} in letters ({@code a}, {@code b}, ... {@code ba}): a different word for each. */
    private static String letters(int i) {
        StringBuilder s = new StringBuilder();
        do {
            s.append((char) ('a' + i % 26));
            i /= 26;
        } while (i > 0);
        return s.toString();
    }

    @Test
    void forgetsEverythingWhenFullAndStartsAgain() {
        StemCache cache = new StemCache(3);
        for (String w : List.of("menulis", "ditulis", "penulis")) cache.put(w, STEMMER.stem(w));
        assertThat(lookedUp(cache, "ditulis")).isEqualTo("tulis");
        cache.put("tulisannya", STEMMER.stem("tulisannya"));
        assertThat(cache.find(buffer("menulis"), 7)).isNegative();
        assertThat(cache.find(buffer("ditulis"), 7)).isNegative();
        assertThat(lookedUp(cache, "tulisannya")).isEqualTo("tulis");
    }
}
