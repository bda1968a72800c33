package id.warta.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.model.Quote;
import id.warta.pipeline.Pipeline;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code "...," tegas mereka}: {@code mereka} is many. With no list of people just before it, and the last voice a
 * single person, it is the body or team ({@code Tim ...}) that spoke a few sentences before, not that person.
 */
class MerekaAfterCueTest {

    private static List<Quote> direct(String body) {
        return new Pipeline().analyze(QuotesTest.doc(body)).quotes().stream().filter(q -> q.kind() == Quote.Kind.DIRECT).toList();
    }

    @Test
    void merekaAfterAPersonsQuoteIsTheBodyThatSpokeBefore() {
        List<Quote> quotes = direct("""
                JAKARTA - Komisi Pengawas Persaingan Usaha membantah tuduhan kartel harga beras. "Kami sudah memeriksa data harga dari tiga puluh pasar induk," tulis Komisi Pengawas Persaingan Usaha dalam keterangan resminya. Sebelumnya, pengamat pangan Rudi Hartono menyebut ada permainan harga di tingkat distributor. "Harga gabah turun tetapi harga beras di pasar justru naik," kata Rudi. Komisi itu lalu menantang Rudi membuka datanya. "Kami meminta semua pihak menyerahkan bukti yang mereka miliki kepada penyidik," tegas mereka.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name())
                .containsExactly("Komisi Pengawas Persaingan Usaha", "Rudi Hartono", "Komisi Pengawas Persaingan Usaha");
    }

    @Test
    void merekaAfterAPersonsQuoteIsTheTeamThatSpokeBefore() {
        List<Quote> quotes = direct("""
                SURABAYA - Tim Pemantau Independen menolak tudingan pungutan liar kepada pedagang. "Tidak ada pungutan apa pun untuk mendapatkan kios di gedung baru," tulis Tim Pemantau Independen dalam rilisnya, Senin. "Seluruh kios dibagikan lewat undian terbuka yang disaksikan pedagang," sambung mereka. Sebelumnya, Ketua Paguyuban Pedagang Sugeng Riyadi mengaku dimintai uang oleh oknum. "Saya diminta membayar lima juta rupiah agar dapat kios depan," kata Sugeng. Tim itu meminta Sugeng melapor ke polisi. "Kami persilakan siapa saja yang dimintai uang melapor ke polisi dengan bukti," tegas mereka.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name()).last().isEqualTo("Tim Pemantau Independen");
    }

    @Test
    void merekaAfterAListOfPeopleIsStillTheirFirst() {
        List<Quote> quotes = direct("""
                BOGOR - Dinas Pertanian Kabupaten Bogor menyalurkan bibit padi unggul kepada petani. "Bibit dibagikan gratis kepada kelompok tani," tulis Dinas Pertanian dalam rilisnya. Petani Asep Saepudin dan Ujang Suherman menerima bibit itu di balai desa. "Kami berharap panen tahun ini lebih baik dari tahun lalu," kata mereka.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name()).last().isEqualTo("Asep Saepudin");
    }
}
