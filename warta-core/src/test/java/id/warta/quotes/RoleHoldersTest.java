package id.warta.quotes;

import static id.warta.quotes.QuotesTest.direct;
import static id.warta.quotes.QuotesTest.doc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import id.warta.model.Document;
import id.warta.model.Quote;
import id.warta.pipeline.Pipeline;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Who holds a role a quote's speaker is given by ({@link RoleHolders}): a bare title ({@code kata Menag}), a description
 * pointing back ({@code kata mantan Menteri Perikanan itu}), an office with its place; a role introduced as another one
 * ({@code seorang warga lain, Budi}) is someone else than the holder met before it.
 */
class RoleHoldersTest {

    /** Direct quotes as the whole pipeline finds them, the entity layer's list included. */
    private static List<Quote> analyzed(String body) {
        return new Pipeline().analyze(doc(body)).quotes().stream().filter(q -> q.kind() == Quote.Kind.DIRECT).toList();
    }

    @Test
    void aFormerRoleIsTheOneIntroducedWithMantanNotThePresentHolder() {
        List<Quote> quotes = direct("""
                MAKASSAR - Mantan Menteri Perikanan Andi Wiranata dan Menteri Perikanan Siti Rahmawati menghadiri seminar nelayan, Selasa.

                "Nelayan kecil harus dilindungi dari kapal besar," kata mantan Menteri Perikanan itu.

                "Pemerintah sudah menyiapkan bantuan mesin kapal," ujar Menteri Perikanan itu.

                "Dulu kami juga memulai program yang sama," kata mantan menteri perikanan.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name())
                .containsExactly("Andi Wiranata", "Siti Rahmawati", "Andi Wiranata");
    }

    @Test
    void aRolePointingBackNamesALivingHolderNotOneIntroducedAsDeceased() {
        List<Quote> quotes = direct("""
                Tim pelatih Persada Jaya menyiapkan laga uji coba terakhir. "Pemain sudah siap semua," ujar Pelatih Persada Jaya, Hendro Wicaksono. Laga itu juga menjadi penghormatan bagi mendiang Pelatih Persada Jaya, Sumarno. "Kami ingin menang untuk beliau," tandas pelatih asal Solo tersebut.

                Rumah duka dipenuhi pelayat. "Kami kehilangan sosok panutan," kata Ketua Yayasan Bina Warga, Ratna Sari. Acara itu mengenang almarhum Ketua Yayasan Bina Warga, Darmawan. "Semangatnya akan kami lanjutkan," ujar ketua yayasan itu.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name())
                .containsExactly("Hendro Wicaksono", "Hendro Wicaksono", "Ratna Sari", "Ratna Sari");
    }

    @Test
    void eksAndBekasQualifyARoleAsMantanDoes() {
        List<Quote> quotes = direct("""
                JAKARTA - Eks Menteri Perikanan Andi Wiranata dan Menteri Perikanan Siti Rahmawati hadir di gedung komisi, Selasa.

                "Saya hanya memberikan keterangan," kata eks Menteri Perikanan itu.

                "Saya datang sebagai saksi," kata bekas menteri perikanan.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Andi Wiranata", "Andi Wiranata");
    }

    @Test
    void anOfficeWithItsPlaceIsItsOneHolderThoughTheOfficeAloneHasSeveral() {
        List<Quote> quotes = direct("""
                Nairobi (ANTARA) - Presiden Kenya Daniel Mwangi meminta jeda perundingan selama satu bulan, Rabu. "Kami perlu waktu untuk berbicara dengan rakyat kami," kata Mwangi. "Tanpa itu, kesepakatan apa pun tidak akan bertahan lama," ucap Presiden Kenya, menambahkan. Pekan lalu, Presiden Tanzania Joseph Kimaro menerima utusan khusus dari Nairobi.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Daniel Mwangi", "Daniel Mwangi");
    }

    @Test
    void aShortTitleIsTheOneHolderOfAMinistryWhoseNameJoinsTwoFieldsWithDan() {
        List<Quote> quotes = direct("""
                JAKARTA – Menteri Pendidikan dan Kebudayaan (Mendikbud), Hasan Basri hadir dalam rapat tingkat menteri di Jakarta, Kamis (17/5/2018). Dalam jumpa pers, Mendikbud memberikan penjelasan. "Soal itu masih perlu dikoordinasikan dulu dengan daerah," kata Mendikbud. Lebih lanjut, Mendikbud pun mengatakan bahwa mekanismenya akan ditentukan nanti. "Sekolah tetap berjalan seperti biasa sampai ada keputusan," sambungnya.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Hasan Basri", "Hasan Basri");
    }

    @Test
    void theNewMinistriesShortTitlesNameTheirOneHolder() {
        List<Quote> quotes = direct("""
                Menteri Komunikasi dan Digital (Menkomdigi) Sari Wulandari meninjau pusat data di Batam, Senin. "Kami pastikan data warga aman dan terlindungi," ujar Menkomdigi di Batam.

                Mendikdasmen Hasan Basri membuka tahun ajaran baru. "Sekolah harus menjadi tempat yang aman bagi anak," kata Mendikdasmen.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Sari Wulandari", "Hasan Basri");
    }

    @Test
    void aShortTitleAloneIsTheOneIntroducedWithTheWholeOfficeOrItsBracketedShortForm() {
        for (String intro : List.of("Wakil Presiden Budi Santoso", "Wakil Presiden (Wapres) Budi Santoso")) {
            List<Quote> quotes = direct(intro + " meninjau pasar di Semarang. Wapres, dalam keterangan tertulisnya di Jakarta, Kamis, "
                    + "mengatakan harga stabil. \"Harga beras aman sampai akhir tahun,\" katanya.");
            assertThat(quotes).extracting(q -> q.speaker().name()).as(intro).containsExactly("Budi Santoso");
        }
    }

    @Test
    void aShortOfficeWordInsideATitleIsWrittenOutToFindTheHolder() {
        Document d = doc("""
                JAKARTA - Menteri Koordinator Kesejahteraan Rakyat, Wiryawan Santoso menyatakan bantuan pangan akan dipercepat.

                "Penyaluran beras kami mulai pekan depan di semua provinsi," kata Wiryawan di kantornya, Selasa.

                "Desa yang terdampak kekeringan akan didahulukan," kata Menko Kesejahteraan Rakyat.

                Sementara itu, "Kami siap mengawal distribusi," ujar Dirut Bulog.
                """);
        List<Quote> quotes = Quotes.find(d, id.warta.entities.Entities.shipped().find(d)).stream()
                .filter(q -> q.kind() == Quote.Kind.DIRECT).toList();
        assertThat(quotes).extracting(q -> q.speaker().name())
                .containsExactly("Wiryawan Santoso", "Wiryawan Santoso", "Dirut Bulog");
    }

    @Test
    void aBareOfficeIsTheOneIntroducedByExactlyThatOfficeWhenOthersHoldItInLongerRoles() {
        List<Quote> quotes = direct("""
                JAKARTA - Wakil Menteri Agama Romo Santoso dan Menteri Agama Harun Hidayat menghadiri ibadah Natal di Jakarta.

                "Keluarga adalah tempat pertama kasih diajarkan kepada anak-anak kita," ujar Menag di Jakarta, Rabu (24/12/2025).
                """);
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Harun Hidayat");
    }

    @Test
    void aRoleQuotedBeforeTheArticleNamesItsOneHolderIsThatHolder() {
        List<Quote> quotes = direct("""
                Terdakwa kasus investasi bodong Arisan Mulia dituntut 15 tahun penjara."Menuntut terdakwa dengan pidana penjara selama 15 tahun," kata jaksa penuntut umum (JPU) di Pengadilan Negeri Medan, Rabu (4/3/2026).Perbuatan terdakwa dinilai merugikan ribuan nasabah."Kerugian para korban mencapai ratusan miliar rupiah," ungkap jaksa Rahmat Hidayat saat membacakan tuntutan.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Rahmat Hidayat", "Rahmat Hidayat");
    }

    @Test
    void aShortOfficeIsTheOneHolderTheArticleNamesEvenWhenItNamesThemLater() {
        Document d = doc("""
                Pemerintah meminta umat beragama menjaga kerukunan menjelang hari raya.

                "Mari kita jaga kerukunan di tengah perbedaan pilihan," kata Menag dalam siaran pers.

                Menteri Agama Hasan Basri mengatakan hal itu di Jakarta, Kamis. "Perbedaan adalah rahmat bagi bangsa ini," ujarnya.
                """);
        List<Quote> quotes = Quotes.find(d, id.warta.entities.Entities.shipped().find(d)).stream()
                .filter(q -> q.kind() == Quote.Kind.DIRECT).toList();
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Hasan Basri", "Hasan Basri");
    }

    @Test
    void aRoleQuotedBeforeIsNotTheOneLaterIntroducedAsAnother() {
        List<Quote> quotes = analyzed("""
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
        List<Quote> quotes = analyzed("""
                BOGOR, KOMPAS.com - Antrean panjang terjadi di loket pembayaran pajak kendaraan, Selasa (3/3/2026).

                "Dari subuh sudah antre, sampai siang belum dipanggil juga," keluh warga kepada petugas loket.

                Warga itu, Darman (51), mengaku pasrah menunggu giliran.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Darman");
    }
}
