package id.warta.extract;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.model.Document;
import id.warta.model.Origin;
import id.warta.model.RawDocument;
import id.warta.model.Related;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "Read also" teasers left mid-paragraph by flattened scrapes leave the body for {@code related}. */
class InlineTeasersTest {
    private static Document flattened() throws IOException {
        try (InputStream in = InlineTeasersTest.class.getResourceAsStream("antara-flattened-teasers.txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Extractor.extract(new RawDocument(Origin.file("antara.txt"), RawDocument.Format.TEXT, text, RawDocument.Hints.NONE));
        }
    }

    @Test
    void everyTeaserOfAFlattenedAntaraPageGoesToRelated() throws IOException {
        Document d = flattened();
        assertThat(d.related()).extracting(Related::title).containsExactly(
                "Petani kopi Polewali panen raya di tengah kemarau panjang",
                "Harga kopi arabika di Toraja naik jelang musim hujan",
                "Ekspor kopi Sulbar ke Jepang naik dua kali lipat");
        assertThat(d.text()).doesNotContain("Baca juga", "Petani kopi Polewali", "Toraja", "Jepang")
                .contains("kata dia di Mamuju, Kamis. Arfan mengatakan pemerintah daerah")
                .contains("tetap terjaga. Sebelumnya, Bupati Mamasa")
                .contains("2.300 ton. \"Kualitas harus dijaga")
                .endsWith("ujar Yohanis.");
        assertThat(d.credits().authors()).containsExactly("Rina Kartika");
    }

    @Test
    void aTermQuotedInsideTheHeadlineDoesNotEndIt() {
        var cut = InlineTeasers.cut("Warga antre sejak pagi. Baca juga: Pemkot luncurkan “kartu sehat” bagi lansia mulai besok "
                + "Pewarta: Dewi Lestari");
        assertThat(cut.headlines()).containsExactly("Pemkot luncurkan “kartu sehat” bagi lansia mulai besok");
        assertThat(cut.text()).isEqualTo("Warga antre sejak pagi. Pewarta: Dewi Lestari");
        // the body's speech after a headline still ends it, with its own punctuation or its verb of saying
        assertThat(InlineTeasers.cut("Air surut. Baca juga: Banjir rendam Kampung Melayu \"Sudah tiga hari,\" kata Rudi.")
                .headlines()).containsExactly("Banjir rendam Kampung Melayu");
        assertThat(InlineTeasers.cut("Air surut. Baca juga: Banjir rendam Kampung Melayu \"Belum surut\" kata Rudi.")
                .headlines()).containsExactly("Banjir rendam Kampung Melayu");
    }

    @Test
    void aNameBeforeAReportingVerbOpensTheNextSentence() {
        var cut = InlineTeasers.cut("Gedung itu rampung tahun lalu. Baca juga: Sumbar dukung jalur rempah jadi warisan dunia "
                + "UNESCO Mahyeldi mengatakan jalur itu melintasi empat kabupaten.");
        assertThat(cut.headlines()).containsExactly("Sumbar dukung jalur rempah jadi warisan dunia UNESCO");
        assertThat(cut.text()).isEqualTo("Gedung itu rampung tahun lalu. Mahyeldi mengatakan jalur itu melintasi empat kabupaten.");
    }

    @Test
    void aCapitalisedWordAndACommaOpenTheNextSentence() {
        var cut = InlineTeasers.cut("Air sudah surut. Baca juga: BPBD Sleman siagakan 12 perahu karet "
                + "Kedua, warga diminta tidak kembali ke rumah sebelum aman.");
        assertThat(cut.headlines()).containsExactly("BPBD Sleman siagakan 12 perahu karet");
        assertThat(cut.text()).isEqualTo("Air sudah surut. Kedua, warga diminta tidak kembali ke rumah sebelum aman.");
    }

    @Test
    void aCommaAfterANameInsideChainedHeadlinesIsTheHeadlines() {
        var cut = InlineTeasers.cut("Warga menyambut baik rencana itu. Baca juga: Pemerintah siapkan RUU Pajak, ditargetkan rampung 2027 "
                + "Baca juga: Pedagang uji aturan tarif ke MK, minta tarif disederhanakan Pewarta: Dewi Lestari");
        assertThat(cut.headlines()).containsExactly("Pemerintah siapkan RUU Pajak, ditargetkan rampung 2027",
                "Pedagang uji aturan tarif ke MK, minta tarif disederhanakan");
        assertThat(cut.text()).isEqualTo("Warga menyambut baik rencana itu. Pewarta: Dewi Lestari");
        // at the paragraph's end too, when no full stop closes the words after the comma
        assertThat(InlineTeasers.cut("Stok aman. Baca juga: Bulog tambah gudang di Maluku, target rampung Juni").text())
                .isEqualTo("Stok aman.");
        // a sentence after the comma, closed by its full stop, is the body's
        assertThat(InlineTeasers.cut("Stok aman. Baca juga: Bulog tambah gudang baru Kedua, warga diminta tenang.").text())
                .isEqualTo("Stok aman. Kedua, warga diminta tenang.");
    }

    @Test
    void aTitleCasedHeadlineIsNotCutAtItsCapitalisedVerb() {
        var cut = InlineTeasers.cut("Harga cabai turun. Baca juga: Gubernur Lestari Mengatakan Stok Aman Hingga Lebaran");
        assertThat(cut.headlines()).containsExactly("Gubernur Lestari Mengatakan Stok Aman Hingga Lebaran");
        assertThat(cut.text()).isEqualTo("Harga cabai turun.");
    }

    @Test
    void aHeadlineWithNoEndingSignalStopsAtTheLengthLimit() {
        String words = "satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas dua belas tiga belas "
                + "empat belas lima belas enam";
        var cut = InlineTeasers.cut("Awal. Baca juga: " + words + " ekor");
        assertThat(cut.headlines()).hasSize(1);
        assertThat(cut.headlines().getFirst().split(" ")).hasSize(20);
        assertThat(cut.text()).isEqualTo("Awal. ekor");
    }

    @Test
    void aWholeTeaserLineIsLeftToTheLineRules() {
        var cut = InlineTeasers.cut("Baca juga: Banjir Rendam 1.200 Rumah di Bekasi, Pemkot Siapkan Rp 7,5 Miliar");
        assertThat(cut.headlines()).isEmpty();
    }

    @Test
    void aParagraphWithoutTeasersIsUntouched() {
        String p = "Warga membaca juga: koran pagi, lalu berangkat ke pasar.";
        assertThat(InlineTeasers.cut(p).text()).isEqualTo(p);
    }
    @Test
    void aTitleCaseTeaserMidParagraphEndsBeforeTheWordThatOpensTheBodyAgain() {
        var cut = InlineTeasers.cut("Pelaku ditangkap di rumahnya, kata dia. Baca: Polisi Tangkap Dua Pelaku Begal di Jalan Raya "
                + "Bogor Polisi kemudian memeriksa tiga saksi.");
        assertThat(cut.headlines()).containsExactly("Polisi Tangkap Dua Pelaku Begal di Jalan Raya Bogor");
        assertThat(cut.text()).isEqualTo("Pelaku ditangkap di rumahnya, kata dia. Polisi kemudian memeriksa tiga saksi.");
    }

    @Test
    void aTitleCaseTeaserAtTheEndOfTheParagraphIsCutWhole() {
        var cut = InlineTeasers.cut("Harga cabai turun sejak Senin. Baca: Pemkot Siapkan Rp 2 Miliar untuk Pasar Murah Jelang Lebaran");
        assertThat(cut.headlines()).containsExactly("Pemkot Siapkan Rp 2 Miliar untuk Pasar Murah Jelang Lebaran");
        assertThat(cut.text()).isEqualTo("Harga cabai turun sejak Senin.");
    }

    @Test
    void twoTeasersInARowAreCutOneByOne() {
        var cut = InlineTeasers.cut("Jembatan itu ditutup. Baca: Banjir Rendam 300 Rumah di Cilacap Baca: Warga Bantul Gotong Royong "
                + "Bersihkan Sungai Opak Petugas juga menutup jalan alternatif.");
        assertThat(cut.headlines()).containsExactly("Banjir Rendam 300 Rumah di Cilacap",
                "Warga Bantul Gotong Royong Bersihkan Sungai Opak");
        assertThat(cut.text()).isEqualTo("Jembatan itu ditutup. Petugas juga menutup jalan alternatif.");
    }

    @Test
    void aQuotationAfterATitleCaseTeaserStaysInTheBody() {
        var cut = InlineTeasers.cut("Pasokan mulai pulih. Baca: Harga Beras Turun Tiga Hari Berturut-turut di Pasar Induk "
                + "“Kami belum bisa memastikan Rp 12.000 bertahan,” kata Rina.");
        assertThat(cut.headlines()).containsExactly("Harga Beras Turun Tiga Hari Berturut-turut di Pasar Induk");
        assertThat(cut.text()).isEqualTo("Pasokan mulai pulih. “Kami belum bisa memastikan Rp 12.000 bertahan,” kata Rina.");
    }

    @Test
    void theWordBacaInABodySentenceIsNoTeaser() {
        for (String p : List.of("Kepala sekolah meminta murid rajin baca: satu buku setiap pekan.",
                "Aturan itu berlaku bila ada kegentingan (baca: keadaan mendesak) menurut undang-undang.",
                "Gerakan Ayo Baca Buku Bersama digelar di alun-alun pada Sabtu pagi.")) {
            assertThat(InlineTeasers.cut(p).text()).isEqualTo(p);
        }
    }

    @Test
    void anAllCapsLabelOpensATeaserToo() {
        var cut = InlineTeasers.cut("Stok elpiji aman. BACA: Pertamina Tambah Pasokan Elpiji 3 Kg di Jawa Barat Menurut dia, "
                + "antrean sudah berkurang.");
        assertThat(cut.headlines()).containsExactly("Pertamina Tambah Pasokan Elpiji 3 Kg di Jawa Barat");
        assertThat(cut.text()).isEqualTo("Stok elpiji aman. Menurut dia, antrean sudah berkurang.");
    }

    @Test
    void aNameTheParagraphRepeatsOpensTheBody() {
        var cut = InlineTeasers.cut("Direktur PT Sinar Laut Bambang Wiratmo meresmikan gudang baru. Baca: Kemenhub Uji Coba Tol Laut "
                + "Rute Baru ke Maluku Utara Bambang Wiratmo menjelaskan gudang itu menampung 500 ton.");
        assertThat(cut.headlines()).containsExactly("Kemenhub Uji Coba Tol Laut Rute Baru ke Maluku Utara");
        assertThat(cut.text()).endsWith("gudang baru. Bambang Wiratmo menjelaskan gudang itu menampung 500 ton.");
    }

    @Test
    void aCapitalisedWordAndACommaAfterATitleCaseHeadlineOpenTheBody() {
        var cut = InlineTeasers.cut("Cicilan naik. Baca: Bank Daerah Naikkan Bunga Kredit Rumah Mulai Juni Memang, BI baru saja "
                + "menaikkan suku bunga acuan.");
        assertThat(cut.headlines()).containsExactly("Bank Daerah Naikkan Bunga Kredit Rumah Mulai Juni");
        assertThat(cut.text()).isEqualTo("Cicilan naik. Memang, BI baru saja menaikkan suku bunga acuan.");
    }

    @Test
    void aBracketedTeaserEndsAtItsClosingBracket() {
        var cut = InlineTeasers.cut("Rapat ditunda. (Baca: Ketua DPRD Tolak Resmikan Gedung Baru Senilai Rp 40 Miliar) Menurut dia, "
                + "anggaran dialihkan.");
        assertThat(cut.headlines()).containsExactly("Ketua DPRD Tolak Resmikan Gedung Baru Senilai Rp 40 Miliar");
        assertThat(cut.text()).isEqualTo("Rapat ditunda. Menurut dia, anggaran dialihkan.");
    }

    @Test
    void aSentenceCaseHeadlineOpeningWithNamesIsNotReadAsTitleCase() {
        var cut = InlineTeasers.cut("Umat memadati gereja. Baca juga: Wapres Gibran ajak warga doakan korban banjir "
                + "Dia mengatakan doa bersama digelar malam ini.");
        assertThat(cut.headlines()).containsExactly("Wapres Gibran ajak warga doakan korban banjir");
        assertThat(cut.text()).isEqualTo("Umat memadati gereja. Dia mengatakan doa bersama digelar malam ini.");
    }

    @Test
    void aLongCapitalisedRunWithNoProseIsLeftUncut() {
        String p = "Acara dibuka. Baca: Menteri Perhubungan Resmikan Terminal Baru Bandara Internasional Kualanamu Medan Sumatera "
                + "Utara Direktur Utama PT Angkasa Pura Aviasi Kualanamu Medan Sumatera Utara Indonesia Raya Nusantara Jaya "
                + "Sentosa Abadi";
        assertThat(InlineTeasers.cut(p).headlines()).isEmpty();
    }

    @Test
    void aSpeakersTitleSetOffByACommaOpensTheBody() {
        var cut = InlineTeasers.cut("Lomba dimulai pukul 08.00. Baca: Warga Desa Sukamaju Gelar Festival Layang-layang Terbesar di Jawa "
                + "Barat Direktur Utama PT Angin Jaya, Budi Hartanto, mengatakan festival itu diikuti 300 peserta.");
        assertThat(cut.headlines()).containsExactly("Warga Desa Sukamaju Gelar Festival Layang-layang Terbesar di Jawa Barat");
        assertThat(cut.text()).endsWith("08.00. Direktur Utama PT Angin Jaya, Budi Hartanto, mengatakan festival itu diikuti 300 peserta.");
    }

    @Test
    void aNameSetOffBeforeItsTitleOpensTheBody() {
        var cut = InlineTeasers.cut("Bibit dibagikan gratis. Baca: Pemkab Siapkan Dua Ribu Bibit Pohon untuk Penghijauan Lereng Gunung "
                + "Sari Wulandari, Kepala Dinas Lingkungan Hidup setempat mengatakan bibit itu ditanam pekan depan.");
        assertThat(cut.headlines()).containsExactly("Pemkab Siapkan Dua Ribu Bibit Pohon untuk Penghijauan Lereng Gunung");
        assertThat(cut.text()).endsWith("gratis. Sari Wulandari, Kepala Dinas Lingkungan Hidup setempat mengatakan bibit itu ditanam pekan depan.");
    }

    @Test
    void aTitleAfterTheHeadlinesOwnCommaStaysInTheHeadline() {
        var cut = InlineTeasers.cut("Sidang ditunda. Baca: Tampil Modis, Bupati Sukamaju Langsung Ditahan Jaksa Warga mengaku kaget.");
        assertThat(cut.headlines()).containsExactly("Tampil Modis, Bupati Sukamaju Langsung Ditahan Jaksa");
        assertThat(cut.text()).isEqualTo("Sidang ditunda. Warga mengaku kaget.");
    }

    @Test
    void anOpenerWithItsCommaOpensTheBodyBeforeAnyCapitalisedWords() {
        var cut = InlineTeasers.cut("Jalan ditutup. Baca: Truk Bermuatan Pasir Terguling di Tanjakan Cikidang Sebelumnya, Kapolsek Cibadak "
                + "AKP Dedi Sutarna mengimbau warga memakai jalur lain.");
        assertThat(cut.headlines()).containsExactly("Truk Bermuatan Pasir Terguling di Tanjakan Cikidang");
        assertThat(cut.text()).isEqualTo("Jalan ditutup. Sebelumnya, Kapolsek Cibadak AKP Dedi Sutarna mengimbau warga memakai jalur lain.");
    }

    @Test
    void aSentenceCaseHeadlineAfterABareLabelEndsAtAnOpener() {
        var cut = InlineTeasers.cut("Harga ikan turun. Baca: Nelayan Tegal tangkap hiu paus di perairan Pemalang Selain itu, petugas "
                + "juga memeriksa kapal.");
        assertThat(cut.headlines()).containsExactly("Nelayan Tegal tangkap hiu paus di perairan Pemalang");
        assertThat(cut.text()).isEqualTo("Harga ikan turun. Selain itu, petugas juga memeriksa kapal.");
    }

    @Test
    void aCapitalisedNameAfterABareBacaInProseIsNoTeaser() {
        String p = "Murid diminta rajin baca: Buku Cerita Rakyat Nusantara, lalu menulis ringkasan.";
        assertThat(InlineTeasers.cut(p).text()).isEqualTo(p);
    }

    @Test
    void aHeadlineGluedToTheNextSentenceEndsAtTheSeam() {
        String text = "Harga cabai di Kota Sukamaju turun sejak Senin, kata Kepala Dinas Perdagangan setempat. "
                + "Baca juga: Harga Bawang Merah Naik Jelang Lebaran di Pasar InpresSementara itu, pedagang mengaku "
                + "pembeli mulai berkurang sejak pekan lalu.";
        Document d = Extractor.extract(new RawDocument(Origin.file("pasar.txt"), RawDocument.Format.TEXT, text, RawDocument.Hints.NONE));
        assertThat(d.related()).extracting(Related::title).containsExactly("Harga Bawang Merah Naik Jelang Lebaran di Pasar Inpres");
        assertThat(d.text()).contains("setempat. Sementara itu, pedagang mengaku");
    }

    @Test
    void aListItemNumberEndsAHeadline() {
        var cut = InlineTeasers.cut("Lima ide usaha rumahan. Baca juga: Pemuda desa ubah limbah kayu jadi mainan edukatif 2. Jasa titip "
                + "belanja Usaha ini cocok bagi pemula.");
        assertThat(cut.headlines()).containsExactly("Pemuda desa ubah limbah kayu jadi mainan edukatif");
        assertThat(cut.text()).isEqualTo("Lima ide usaha rumahan. 2. Jasa titip belanja Usaha ini cocok bagi pemula.");
    }

    @Test
    void withNoOtherSignalACommonWordCapitalisedAfterTheHeadlinesProseOpensTheBody() {
        var cut = InlineTeasers.cut("Hujan deras sejak pagi. Baca juga: Warga gotong royong bersama Basarnas bersihkan saluran air di "
                + "kampung nelayan Petugas kebersihan mengangkut sampah dari saluran itu selama tiga jam, dan petugas lain "
                + "menjaga lalu lintas hingga sore.");
        assertThat(cut.headlines()).containsExactly("Warga gotong royong bersama Basarnas bersihkan saluran air di kampung nelayan");
        assertThat(cut.text()).startsWith("Hujan deras sejak pagi. Petugas kebersihan mengangkut sampah");
    }
}
