package id.warta.index.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

class IndonesianNewsAnalyzerTest {
    record Term(String text, int start, int end) {
    }

    static List<Term> analyze(Analyzer analyzer, String text) {
        List<Term> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("body", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) terms.add(new Term(term.toString(), offset.startOffset(), offset.endOffset()));
            stream.end();
            assertThat(offset.endOffset()).isEqualTo(text.length());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    static List<String> terms(Analyzer analyzer, String text) {
        return analyze(analyzer, text).stream().map(Term::text).toList();
    }

    @Test
    void stemsIndonesianNewsAndDropsStopWords() {
        try (Analyzer analyzer = new IndonesianNewsAnalyzer()) {
            assertThat(terms(analyzer, "Pemerintahan menunda pengiriman barang dari pelabuhan, kata tersangka."))
                    .containsExactly("perintah", "tunda", "kirim", "barang", "labuh", "sangka");
            assertThat(terms(analyzer, "Negara-negara anggota NATO dan Rusia")).containsExactly("negara", "anggota",
                    "nato", "rusia");
        }
    }

    @Test
    void dropsStopWordsAsLuceneStopFilterDoesLeavingTheirPositionsEmpty() throws IOException {
        String text = "Yang dibahas oleh para menteri adalah harga beras, dan bukan yang lain. Itu pun belum selesai";
        Analyzer stopFilterFirst = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                IndonesianNewsTokenizer source = new IndonesianNewsTokenizer();
                TokenStream stream = new StopFilter(new LowerCaseFilter(source), IndonesianNewsAnalyzer.defaultStopSet());
                return new TokenStreamComponents(source, new IndonesianNewsStemFilter(stream));
            }
        };
        try (Analyzer analyzer = new IndonesianNewsAnalyzer(); stopFilterFirst) {
            List<String> positioned = positioned(analyzer, text);
            assertThat(positioned).isEqualTo(positioned(stopFilterFirst, text)).contains("bahas@2", "harga@7")
                    .doesNotContain("yang@1");
        }
    }

    /** Each term with its position: a stop word dropped leaves its position empty. */
    private static List<String> positioned(Analyzer analyzer, String text) throws IOException {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("body", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int position = 0;
            while (stream.incrementToken()) terms.add(term + "@" + (position += increment.getPositionIncrement()));
            stream.end();
        }
        return terms;
    }

    @Test
    void keepsTheContentWordsReadersSearchFor() {
        try (Analyzer analyzer = new IndonesianNewsAnalyzer()) {
            assertThat(terms(analyzer, "Kasus korupsi akhir tahun, harga naik dua bulan"))
                    .containsExactly("kasus", "korupsi", "akhir", "tahun", "harga", "naik", "dua", "bulan");
        }
    }

    @Test
    void keepsNumbersUrlsAndAbbreviationsAsTerms() {
        try (Analyzer analyzer = new IndonesianNewsAnalyzer()) {
            String text = "Dr. Budi: Rp 1.549 triliun, lihat KOMPAS.com #PemiluDamai";
            List<Term> terms = analyze(analyzer, text);
            assertThat(terms).extracting(Term::text).containsExactly("dr", "budi", "rp", "1.549", "triliun", "lihat",
                    "kompas.com", "#pemilud amai".replace(" ", ""));
            assertThat(terms.getFirst()).isEqualTo(new Term("dr", 0, 3));
            Term number = terms.get(3);
            assertThat(text.substring(number.start(), number.end())).isEqualTo("1.549");
        }
    }

    @Test
    void leavesExcludedTermsUnstemmed() {
        try (Analyzer analyzer = new IndonesianNewsAnalyzer(IndonesianNewsAnalyzer.defaultStopSet(),
                new CharArraySet(List.of("pemilu", "pertamina"), false))) {
            assertThat(terms(analyzer, "pemilu Pertamina pemain")).containsExactly("pemilu", "pertamina", "main");
        }
    }

    @Test
    void analyzesTheSameTextTheSameWayTwice() {
        try (Analyzer analyzer = new IndonesianNewsAnalyzer()) {
            String text = "Warga mengungsi. Banjir merendam rumah-rumah di Bekasi.";
            assertThat(analyze(analyzer, text)).isEqualTo(analyze(analyzer, text)).isNotEmpty();
        }
    }

    @Test
    void aReusedTokenizerReadsEachTextAloneWhateverItReadBefore() {
        // longer than the block the tokenizer reads in, so a later short text lands in a block a long one filled
        String longText = "Harga beras di Pasar Induk Cipinang naik lagi pekan ini, kata pedagang Sutrisno. ".repeat(250);
        String shortText = "Banjir merendam Bekasi.";
        List<Term> longAlone, shortAlone;
        try (Analyzer fresh = new IndonesianNewsAnalyzer()) {
            longAlone = analyze(fresh, longText);
        }
        try (Analyzer fresh = new IndonesianNewsAnalyzer()) {
            shortAlone = analyze(fresh, shortText);
        }
        try (Analyzer reused = new IndonesianNewsAnalyzer()) {
            assertThat(analyze(reused, longText)).isEqualTo(longAlone);
            assertThat(analyze(reused, shortText)).isEqualTo(shortAlone).extracting(Term::end).containsExactly(6, 15, 22);
            assertThat(analyze(reused, longText)).isEqualTo(longAlone);
        }
        assertThat(longText.length()).isGreaterThan(2 * 8192);
    }

    @Test
    void factoriesAreFoundByNameAndRejectUnknownParameters() throws IOException {
        try (Analyzer custom = CustomAnalyzer.builder().withTokenizer(IndonesianNewsTokenizerFactory.NAME)
                .addTokenFilter("lowercase").addTokenFilter(IndonesianNewsStemFilterFactory.NAME).build()) {
            assertThat(terms(custom, "Para pemain bermain")).containsExactly("para", "main", "main");
        }
        assertThat(TokenFilterFactory.lookupClass(IndonesianNewsStemFilterFactory.NAME))
                .isEqualTo(IndonesianNewsStemFilterFactory.class);
        Map<String, String> args = new HashMap<>(Map.of("stemDerivational", "false"));
        assertThatThrownBy(() -> new IndonesianNewsStemFilterFactory(args))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Unknown parameters");
        assertThatThrownBy(() -> new IndonesianNewsTokenizerFactory(new HashMap<>(Map.of("max", "9"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Unknown parameters");
    }

    @Test
    void survivesRandomInputWithValidOffsets() {
        Random random = new Random(20261125L);
        String alphabet = "abcdeiklmnprstuy AEIKMNPST.,;:!?\"'()-–—/@#$%&0123456789\n\t"
                + "\u200B\u00AD\uFEFF\u00A0é漢字ع\uD83D\uDE00\uD83C\uDDEE\u200D\uFE0F";
        try (Analyzer analyzer = new IndonesianNewsAnalyzer()) {
            for (int round = 0; round < 500; round++) {
                StringBuilder text = new StringBuilder();
                int length = random.nextInt(200);
                for (int i = 0; i < length; i++) text.append(alphabet.charAt(random.nextInt(alphabet.length())));
                if (random.nextInt(10) == 0) text.append('\uD83D'); // a lone surrogate
                String s = text.toString();
                int previous = 0;
                for (Term t : analyze(analyzer, s)) {
                    assertThat(t.start()).isBetween(previous, t.end());
                    assertThat(t.end()).isLessThanOrEqualTo(s.length());
                    assertThat(t.text()).isNotEmpty();
                    previous = t.start();
                }
            }
        }
    }

    @Test
    void aTextGivenWithItsTokensIsAnalysedAsTheTextAlone() throws IOException {
        String body = "Wali Kota Bogor, Dedie A. Rachim, meninjau Jl. Pajajaran pada Senin (3/11). "
                + "\"Perbaikan selesai akhir bulan,\" katanya di https://bogorkota.go.id.";
        try (Analyzer analyzer = new IndonesianNewsAnalyzer()) {
            List<Term> cut = analyze(analyzer, body);
            List<Term> given = new ArrayList<>();
            try (TokenStream stream = analyzer.tokenStream("body", new TokenizedText(body, id.warta.language.Tokenizer.tokenize(body)))) {
                CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
                OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
                stream.reset();
                while (stream.incrementToken()) given.add(new Term(term.toString(), offset.startOffset(), offset.endOffset()));
                stream.end();
                assertThat(offset.endOffset()).isEqualTo(body.length());
            }
            assertThat(given).isEqualTo(cut).isNotEmpty();
            String after = "Hujan deras di Bekasi";
            try (Analyzer fresh = new IndonesianNewsAnalyzer()) {
                assertThat(analyze(analyzer, after)).as("a plain text after it is cut as before")
                        .isEqualTo(analyze(fresh, after)).isNotEmpty();
            }
        }
    }
}
