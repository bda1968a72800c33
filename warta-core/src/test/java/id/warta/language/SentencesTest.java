package id.warta.language;

import static org.assertj.core.api.Assertions.assertThat;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.warta.eval.SharedData;
import id.warta.model.Span;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentencesTest {
    private static List<String> sentences(String text) {
        return Sentences.split(text).stream().map(s -> s.evidence(text)).toList();
    }

    @Test
    void splitsAtTerminalPunctuationBeforeACapital() {
        assertThat(sentences("Harga beras naik. Pedagang mengeluh! Apakah pemerintah diam? Belum tentu."))
                .containsExactly("Harga beras naik.", "Pedagang mengeluh!", "Apakah pemerintah diam?", "Belum tentu.");
    }

    @Test
    void doesNotSplitAfterTitlesInitialsOrInsideNumbers() {
        String text = "Dr. H. Budi Santoso, S.H., M.Si. tinggal di Jl. Merdeka No. 5 Kab. Bekasi. "
                + "Kerugian mencapai Rp 1.549 triliun atau US$ 97,7 miliar. Menurut dr. Ani itu benar.";
        assertThat(sentences(text)).containsExactly(
                "Dr. H. Budi Santoso, S.H., M.Si. tinggal di Jl. Merdeka No. 5 Kab. Bekasi.",
                "Kerugian mencapai Rp 1.549 triliun atau US$ 97,7 miliar.", "Menurut dr. Ani itu benar.");
    }

    @Test
    void splitsAfterAnAbbreviationThatMayEndASentence() {
        assertThat(sentences("Ia membeli beras, gula, dll. Kemudian ia pulang."))
                .containsExactly("Ia membeli beras, gula, dll.", "Kemudian ia pulang.");
    }

    @Test
    void splitsGluedSentencesFromBadScrapesWithOffsetsIntoTheOriginal() {
        String text = "Microsoft memperkenalkan Cortana.Kecanggihan asisten ini diuji pada 2015.Hasilnya memuaskan.";
        List<Span> spans = Sentences.split(text);
        assertThat(spans).extracting(s -> s.evidence(text)).containsExactly("Microsoft memperkenalkan Cortana.",
                "Kecanggihan asisten ini diuji pada 2015.", "Hasilnya memuaskan.");
        assertThat(spans.get(1).start()).isEqualTo(text.indexOf("Kecanggihan"));
    }

    @Test
    void keepsANumberedListRunIntoOneLineTogether() {
        String text = "Hasil lomba lari putra: 1. Gilang Saputra 2. Rendi Wiratama 3. Yosua Manik. "
                + "Para juara menerima medali. Ia finis di urutan 4. Pelatihnya kecewa.\n"
                + "1. Dinas Pendidikan\n2. Dinas Kesehatan";
        assertThat(sentences(text)).containsExactly(
                "Hasil lomba lari putra: 1. Gilang Saputra 2. Rendi Wiratama 3. Yosua Manik.",
                "Para juara menerima medali.", "Ia finis di urutan 4.", "Pelatihnya kecewa.",
                "1. Dinas Pendidikan", "2. Dinas Kesehatan");
    }

    @Test
    void keepsDomainsAndDecimalsWhole() {
        assertThat(sentences("Dilansir KOMPAS.com, inflasi 2,5 persen. Angka itu turun."))
                .containsExactly("Dilansir KOMPAS.com, inflasi 2,5 persen.", "Angka itu turun.");
    }

    @Test
    void carriesClosingQuotesIntoTheSentenceTheyClose() {
        String text = "\"Kami sepakat.\" Dia lalu pergi. Ia berkata, \"Tidak.\" \"Benar,\" kata Budi.";
        assertThat(sentences(text)).containsExactly("\"Kami sepakat.\"", "Dia lalu pergi.",
                "Ia berkata, \"Tidak.\"", "\"Benar,\" kata Budi.");
    }

    @Test
    void keepsAQuestionAndItsAttributionTogether() {
        assertThat(sentences("\"Apa kabar?\" tanya dia kepada wartawan."))
                .containsExactly("\"Apa kabar?\" tanya dia kepada wartawan.");
    }

    @Test
    void endsSentencesAtLineBreaks() {
        assertThat(sentences("BANJIR LANDA BEKASI\n\nWarga mengungsi sejak pagi\nJalan ditutup"))
                .containsExactly("BANJIR LANDA BEKASI", "Warga mengungsi sejak pagi", "Jalan ditutup");
    }

    @Test
    void splitsAllCapsAndAllLowercaseText() {
        assertThat(sentences("HARGA NAIK. WARGA PROTES.")).containsExactly("HARGA NAIK.", "WARGA PROTES.");
        assertThat(sentences("harga naik. warga protes.")).containsExactly("harga naik.", "warga protes.");
    }

    @Test
    void acceptsTokensCutOnce() {
        String text = "Satu. Dua.";
        assertThat(Sentences.split(text, Tokenizer.tokenize(text))).isEqualTo(Sentences.split(text));
        assertThat(Sentences.split("")).isEmpty();
        assertThat(Sentences.split("   \n ")).isEmpty();
    }

    /** Later stages tokenise a text once and hand each sentence its share: it must be what tokenising the sentence alone gives. */
    @Test
    void aSentenceHasTheTokensTheWholeTextGaveIt() throws IOException {
        var news = SharedData.resolve("data/news/kompas_2025_md_naandalist");
        assumeTrue(news.isPresent(), "shared/data/news is absent");
        for (Path f : SharedData.firstFiles(news.get(), ".md", 400)) {
            String text = Files.readString(f);
            List<Token> whole = Tokenizer.tokenize(text);
            for (Span s : Sentences.split(text, whole)) {
                List<Token> share = whole.stream().filter(t -> t.start() >= s.start() && t.end() <= s.end()).toList();
                assertThat(Tokenizer.tokenize(text, s.start(), s.end())).as("%s %s", f, s).isEqualTo(share);
            }
        }
    }
}
