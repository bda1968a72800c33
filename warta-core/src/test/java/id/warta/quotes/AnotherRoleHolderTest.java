package id.warta.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import id.warta.model.Quote;
import id.warta.pipeline.Pipeline;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A role introduced as "another" one ({@code seorang warga lain, Budi}) is someone else than the holder met before it. */
class AnotherRoleHolderTest {

    private static List<Quote> direct(String body) {
        return new Pipeline().analyze(QuotesTest.doc(body)).quotes().stream().filter(q -> q.kind() == Quote.Kind.DIRECT).toList();
    }

    @Test
    void aRoleQuotedBeforeIsNotTheOneLaterIntroducedAsAnother() {
        List<Quote> quotes = direct("""
                BOGOR, KOMPAS.com - Antrean panjang terjadi di loket pembayaran pajak kendaraan, Selasa (3/3/2026).

                "Dari subuh sudah antre, sampai siang belum dipanggil juga," keluh warga kepada petugas loket.

                Seorang warga lain, Darman (51), mengaku pasrah menunggu giliran.

                "Ya mau bagaimana lagi, memang harus sabar," kata Darman.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name(), Quote::cue)
                .containsExactly(tuple("warga", "keluh"), tuple("Darman", "kata"));
    }

    @Test
    void aRoleQuotedBeforeItsOnlyHolderIsIntroducedIsThatHolder() {
        List<Quote> quotes = direct("""
                BOGOR, KOMPAS.com - Antrean panjang terjadi di loket pembayaran pajak kendaraan, Selasa (3/3/2026).

                "Dari subuh sudah antre, sampai siang belum dipanggil juga," keluh warga kepada petugas loket.

                Warga itu, Darman (51), mengaku pasrah menunggu giliran.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Darman");
    }
}
