package id.warta.headline;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.model.Headline;
import org.junit.jupiter.api.Test;

class HeadlinesTest {
    @Test
    void aClaimedOutcomeTheBodyOnlyDiscussesIsOverstated() {
        String body = "Kedua pihak mulai membahas kemungkinan gencatan senjata di perbatasan. "
                + "Namun pasukan pemberontak masih terus menyerang pos militer di utara. "
                + "Cuaca buruk membuat bantuan tertunda.";
        Headline h = Headlines.check("Perang Saudara Berakhir, Warga Kembali ke Rumah", body);
        assertThat(h.verdict()).isEqualTo("overstated");
        assertThat(h.reason()).contains("Berakhir");
        assertThat(h.evidence()).hasSize(2).allSatisfy(s -> assertThat(body.substring(s.start(), s.end()))
                .containsAnyOf("membahas kemungkinan", "masih terus"));
    }

    @Test
    void aClaimTheBodyStatesIsSupported() {
        String body = "Polisi menangkap dua pelaku pencurian. Keduanya ditangkap di sebuah rumah kos di Depok, Senin.";
        Headline h = Headlines.check("Dua Pencuri Motor Ditangkap di Depok", body);
        assertThat(h.verdict()).isEqualTo("supported");
        assertThat(body.substring(h.evidence().getFirst().start(), h.evidence().getFirst().end())).contains("ditangkap");
    }

    @Test
    void aWordThatNamesSomeoneByAPastOutcomeClaimsNothing() {
        String body = "Qatar gagal lolos dari fase grup setelah ditahan imbang Kanada. Peluang mereka belum habis di laga lain.";
        assertThat(Headlines.check("Qatar Sang Juara Asia Gugur di Fase Grup", body).verdict()).isEqualTo("unknown");
        assertThat(Headlines.check("Qatar Juara Grup B", body).verdict()).isEqualTo("overstated");
    }

    @Test
    void theClaimIsReadInAnyCaseAndAsAWholeWordAfterAnEpithet() {
        String body = "Qatar gagal lolos dari fase grup setelah ditahan imbang Kanada. Peluang mereka belum habis di laga lain.";
        // the epithet's "juara" passed over, the later one claims; "Juaranya" is no whole word
        assertThat(Headlines.check("Mantan Juara Itu Kini JUARA Grup", body).verdict()).isEqualTo("overstated");
        assertThat(Headlines.check("Juaranya Belum Jelas", body).verdict()).isEqualTo("unknown");
    }

    @Test
    void aClaimTheBodyOnlyHedgesIsNotSupportedByTheHedgedSentence() {
        String body = "Pelaku diduga ditangkap di Bogor, namun polisi belum memberi keterangan.";
        assertThat(Headlines.check("Pelaku Penipuan Ditangkap", body).verdict()).isEqualTo("overstated");
    }

    @Test
    void aPlainHeadlineIsUnknownButStillScoredForClickbait() {
        Headline h = Headlines.check("BI Tahan Suku Bunga Acuan di 4,75 Persen", "Bank Indonesia menahan suku bunga.");
        assertThat(h.verdict()).isEqualTo("unknown");
        assertThat(h.clickbait()).isBetween(0.0, 0.5);
    }

    @Test
    void clickbaitPhrasingScoresHigherThanAPlainReport() {
        ClickbaitModel m = ClickbaitModel.shipped();
        assertThat(m.probability("Bikin Kaget! Ini 5 Fakta Mengejutkan yang Jarang Diketahui, Nomor 3 Bikin Melongo"))
                .isGreaterThan(0.5)
                .isGreaterThan(m.probability("Pemerintah Naikkan Harga BBM Subsidi Mulai Senin"));
    }

    @Test
    void noHeadlineNoVerdict() {
        assertThat(Headlines.check(null, "Isi berita.")).isEqualTo(Headline.UNKNOWN);
    }
}
