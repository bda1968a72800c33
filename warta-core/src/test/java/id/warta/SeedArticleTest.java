package id.warta;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.model.Article;
import id.warta.model.DateMention;
import id.warta.model.Period;
import id.warta.model.Related;
import id.warta.model.Warning;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed article read as ../shared/seed/EXPECTED.md says, sections Cleaning and Metadata. */
class SeedArticleTest {
    static Article seed;

    @BeforeAll
    static void analyseSeed() {
        seed = Seed.analysed();
    }

    @Test
    void keepsOneTitleWithItsPunctuationMended() {
        assertThat(seed.title()).isEqualTo("Berakhir: NATO dadakan Beri Sinyal Perang Rusia dan Ukraina");
        assertThat(seed.text()).doesNotContain("Beri Sinyal Perang");
    }

    @Test
    void splitsTheCaptionOut() {
        assertThat(seed.captions()).hasSize(1);
        assertThat(seed.captions().getFirst().text())
                .startsWith("Seorang Prajurit Ukraina Menggendong")
                .endsWith("di Kota Irpin");
        assertThat(seed.text()).doesNotContain("Foto:", "Prajurit Ukraina Menggendong");
    }

    @Test
    void keepsTheTenReadAlsoLinksInOrderAndOutOfTheBody() {
        assertThat(seed.related()).extracting(Related::title).containsExactly(
                "Akhiri Perang : Rusia Bersedia dengan Ukraina, Ini 3 Syaratnya",
                "Dalang IHSG Ambruk : Selalu Keki Dalam Negeri",
                "Benar Kejahatan Perang di Gaza :Pensiunan Menhan Israel Sebut Netanyahu",
                "Mundur : Miftah Maulana dari Utusan Khusus Presiden Prabowo",
                "Perdagangan Makin Kurang :Daya Beli Masyarakat Turun, Pasar Disebut Makin Sepi",
                "Tak Boleh Dikendalikan AI:Biden-Xi Jinping Sepakat,Senjata Nuklir",
                "STOP : Rusia ,Pasokan Gas ke Austria",
                "Gencatan Senjata Gaza :AS Veto Resolusi PBB , Hamas Bilang",
                "Doktrin Nuklir Rusia Terbaru: Putin Patenkan, Ancaman Nyata bagi Barat dan Sekutunya",
                "Sekutu NATO Gelisah Berat:Kanselir Jerman Mendadak Telepon Putin");
        assertThat(seed.text()).doesNotContainIgnoringCase("baca juga").doesNotContain("Syaratnya", "IHSG");
    }

    @Test
    void reportsTheEmptySourceFooterAndDropsIt() {
        assertThat(seed.credits().source()).isEmpty();
        assertThat(seed.warnings()).extracting(Warning::code).contains("empty-source-footer");
        assertThat(seed.text()).doesNotContain("Sumber:");
    }

    @Test
    void bodyRunsFromTheFirstSentenceAfterTheDatelineToTegasnya() {
        assertThat(seed.text()).startsWith("Dengan Perseteruan Rusia Ukraina").endsWith("Tegasnya.");
        assertThat(seed.text()).doesNotContain("DISWAYPROBOLINGGO", "Sabtu 07 Desember");
    }

    @Test
    void readsOutletDatelineAndPublicationDate() {
        assertThat(seed.outlet()).isEqualTo("DISWAYPROBOLINGGO.ID");
        assertThat(seed.site()).isEqualTo("diswayprobolinggo.id");
        assertThat(seed.dateline().place()).isEqualTo("Amerika Serikat");
        assertThat(seed.published().date()).isEqualTo(LocalDate.of(2024, 12, 7));
        assertThat(seed.warnings()).extracting(Warning::code).doesNotContain("weekday-mismatch");
    }

    @Test
    void resolvesTheEventDateAndTheOtherTimeExpressions() {
        assertThat(seed.dates()).extracting(DateMention::text, DateMention::value)
                .contains(org.assertj.core.groups.Tuple.tuple("Rabu 04 Desember 2024", LocalDate.of(2024, 12, 4)));
        assertThat(seed.periods()).extracting(Period::text, Period::value, Period::relation).contains(
                org.assertj.core.groups.Tuple.tuple("kurang dari dua bulan lagi", "2025-02-07", "before"),
                org.assertj.core.groups.Tuple.tuple("sejak tahun 2022", "2022", "since"),
                org.assertj.core.groups.Tuple.tuple("pada 2024", "2024", "at"));
    }

    @Test
    void everyDateSpanIsItsEvidence() {
        for (DateMention d : seed.dates()) assertThat(d.evidence(seed.text())).isEqualTo(d.text());
        for (Period p : seed.periods()) assertThat(p.evidence(seed.text())).isEqualTo(p.text());
    }

    @Test
    void flagsTheHeadlineAsOverstatingTheBodyWithTheSentencesThatShowIt() {
        assertThat(seed.headline().verdict()).isEqualTo("overstated");
        assertThat(seed.headline().evidence()).extracting(s -> s.evidence(seed.text())).satisfiesExactly(
                s -> assertThat(s).contains("Mendiskusikan Kemungkinan Langkah Gencatan Senjata"),
                s -> assertThat(s).contains("Putin tidak menunjukkan keinginan"),
                s -> assertThat(s).contains("Rusia masih terus bergerak maju"));
    }

    @Test
    void mendsDefectsOutsideQuotesOnly() {
        assertThat(seed.text()).contains("Semakin Memanas Sehingga, Negara-negara", "aliansi Pakta Pertahanan Atlantik")
                .doesNotContain("Semangkin", "Sehingga,Negara");
        // inside the quote, the speaker's words stay as written
        assertThat(seed.text()).contains("sebenarnya baerbock mencoba menjawabnya");
    }
}
