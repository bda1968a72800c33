package id.warta.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import id.warta.model.Quote;
import id.warta.pipeline.Pipeline;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Lead-ins before a quote whose verb of saying is not where the plain reading looks: after another action of the same
 * subject ({@code X menghampiri warga dan berkata, "..."}), or closing a paragraph of its own on a comma
 * ({@code Hendra menambahkan,⏎⏎"..."}).
 */
class LeadInsToQuotesTest {

    private static List<Quote> direct(String body) {
        return new Pipeline().analyze(QuotesTest.doc(body)).quotes().stream().filter(q -> q.kind() == Quote.Kind.DIRECT).toList();
    }

    @Test
    void aVerbOfSayingChainedAfterAnotherActionIsTheCueOfTheFirstVerbsSubject() {
        List<Quote> quotes = direct("""
                Gubernur Hendra Kusnadi meninjau Pasar Induk, Senin (4/5/2026). Saat itu Hendra Kusnadi menghampiri para pedagang dan berkata, "Harga cabai harus turun pekan ini." Para pedagang mengangguk.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name(), Quote::cue).containsExactly(tuple("Hendra Kusnadi", "berkata"));
    }

    @Test
    void aChainedVerbOfSayingInsideAClauseOfSomeoneUnnamedGivesTheSubjectBeforeNoQuote() {
        List<Quote> quotes = direct("""
                Peristiwa itu terjadi di gang sempit dekat pasar. Rina Mulyani terjatuh dan ketakutan ketika seorang pria mendekatinya dan berkata, "Jangan takut, saya antar pulang." Rina menolak tawaran itu.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name()).doesNotContain("Rina Mulyani");
    }

    @Test
    void aLeadInClosingItsParagraphOnACommaGivesTheQuoteSetApartItsSpeaker() {
        List<Quote> quotes = direct("""
                Dinas perhubungan menutup jalan layang yang retak sejak Minggu. Kepala dinas itu, Hendra Saputra, meninjau lokasi bersama petugas. Retakan terlihat di dua sambungan. Hendra menambahkan,

                "Kendaraan berat kami alihkan lewat jalan lingkar sampai perbaikan selesai."

                Perbaikan ditargetkan rampung bulan depan.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name(), Quote::cue).containsExactly(tuple("Hendra Saputra", "menambahkan"));
    }

    @Test
    void aNameSetOffByCommasAfterItsRoleLeadsIntoTheQuoteWithItsVerb() {
        List<Quote> quotes = direct("""
                Banjir kembali merendam permukiman di Kelurahan Sukamaju, Senin (4/5/2026). Ketua RT setempat, Budi Hartono, mengatakan air masuk sejak subuh. "Air naik cepat sekali," kata Budi.

                Warga lain, Sutarno, menanggapi, "Kami sudah tiga kali mengungsi tahun ini."

                Juru bicara oposisi, Clara Wibisono, menulis di Threads: "Pemerintah kota lamban menangani banjir."
                """);
        assertThat(quotes).extracting(q -> q.speaker().name(), Quote::cue).containsExactly(tuple("Budi Hartono", "kata"),
                tuple("Sutarno", "menanggapi"), tuple("Clara Wibisono", "menulis"));
    }
}
