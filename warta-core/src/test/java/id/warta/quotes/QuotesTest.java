package id.warta.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import id.warta.extract.Extractor;
import id.warta.model.Document;
import id.warta.model.Entity;
import id.warta.model.EntityType;
import id.warta.model.Mention;
import id.warta.model.Origin;
import id.warta.model.Quote;
import id.warta.model.RawDocument;
import id.warta.model.Speaker;
import id.warta.pipeline.Pipeline;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Who said what, on articles written for these tests in the style of Indonesian portals (people and events invented). */
class QuotesTest {

    static Document doc(String body) {
        return Extractor.extract(new RawDocument(Origin.file("test"), RawDocument.Format.TEXT, "Judul Berita\n\n" + body,
                RawDocument.Hints.NONE));
    }

    /** The speakers of the indirect quotes the whole pipeline reads in {@code body}, in order. */
    static List<String> indirectSpeakers(String body) {
        return new Pipeline().analyze(doc(body)).quotes().stream()
                .filter(q -> q.kind() == Quote.Kind.INDIRECT).map(q -> q.speaker().name()).toList();
    }

    static List<Quote> direct(String body) {
        return direct(body, List.of());
    }

    static List<Quote> direct(String body, List<Entity> entities) {
        return Quotes.find(doc(body), entities).stream().filter(q -> q.kind() == Quote.Kind.DIRECT).toList();
    }

    @Test
    void readsTheSpeakerAfterTheQuoteWithTitleAndRole() {
        List<Quote> quotes = direct("""
                JAKARTA, KOMPAS.com - Polisi menangkap dua pelaku pencurian kendaraan bermotor di Tebet.

                "Kedua pelaku sudah kami amankan beserta barang bukti berupa tiga unit sepeda motor," kata Kapolres Metro Jakarta Selatan Kombes Budi Hartanto di Jakarta, Senin (3/3/2025).
                """);
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.speaker().name()).isEqualTo("Budi Hartanto");
            assertThat(q.cue()).isEqualTo("kata");
            assertThat(q.text()).startsWith("Kedua pelaku").endsWith("sepeda motor,");
        });
    }

    @Test
    void aLongTitleWithBracketedAbbreviationsThenACommaGivesTheNameAfterIt() {
        List<Quote> quotes = direct("""
                SEMARANG - Misa malam Natal digelar serentak di seluruh paroki.

                "Perayaan tahun ini kami buat sederhana dan dekat dengan warga yang sedang kesulitan," kata Pembimbing Masyarakat (Pembimas) Kristen Kantor Wilayah (Kanwil) Kemenag Jawa Tengah, Markus Wibisono saat dihubungi di Semarang, Rabu.

                "Banyak keluarga masih memulihkan rumah mereka setelah banjir," kata dia.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name(), Quote::cue)
                .containsExactly(tuple("Markus Wibisono", "kata"), tuple("Markus Wibisono", "kata"));
    }

    @Test
    void aNumberOrDashInsideALongTitleDoesNotEndItBeforeTheCommaAndName() {
        List<Quote> quotes = direct("""
                SEMARANG, KOMPAS.com - Pengelola menutup sementara gerbang tol setelah atapnya tertabrak truk.

                "Kerusakan ini terjadi akibat atap gardu tertabrak bak truk yang melintas," kata Senior Manager Representative Office 2 Ruas Tol Semarang--Solo, Budi Santoso, Senin (3/3/2025).

                "Kami melakukan pengecekan di lokasi untuk memastikan keamanan jalan," ujarnya.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Budi Santoso", "Budi Santoso");
    }

    @Test
    void aSpecialistIntroducedAfterAnotherDoctorSaysTheNyaQuoteThatFollows() {
        List<Quote> quotes = direct("""
                Banyak orang menganggap pegal di bahu adalah tanda asam urat. Spesialis saraf dr Budi Hartono mengatakan anggapan itu keliru. "Pegal di bahu lebih sering muncul karena posisi tidur," kata dr Budi. Sementara itu, spesialis gizi klinik dr Sari Wulandari mengatakan asam urat tidak punya gejala khas. "Jadi tidak ada tanda pasti di bahu, belum tentu," ujarnya.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Budi Hartono", "Sari Wulandari");
    }

    @Test
    void aTitleOfTwoWordsWhoseSecondIsAPrepositionElsewhereStillIntroducesItsHolder() {
        List<Quote> quotes = direct("""
                Spesialis saraf dr Budi Hartono mengatakan pegal di bahu bukan tanda asam urat. "Pegal di bahu lebih sering muncul karena posisi tidur," kata dr Budi. Terpisah, spesialis penyakit dalam dr Rina Sari, SpPD menjelaskan kegemukan menaikkan risikonya. "Obesitas itu kondisi penumpukan lemak di dalam tubuh," ucapnya. "Kalau bisa, berolahraga paling tidak 150 menit sepekan," kata spesialis penyakit dalam dr Rina Sari, SpPD.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Budi Hartono", "Rina Sari", "Rina Sari");
    }

    @Test
    void aNameOpeningTheQuoteBeforeACommaIsTheOneAddressedNotTheSpeaker() {
        List<Quote> quotes = direct("""
                Pemain baru Dimas Prakoso tersesat di kota karena tidak bisa berbahasa Inggris. Akhirnya dia menelepon penerjemah yang dipekerjakan klubnya. "Dimas, saya pikir kamu sudah salah naik bus," kata sang penerjemah. Dimas pun segera turun dari bus.
                """);
        assertThat(quotes).singleElement().satisfies(q -> assertThat(q.speaker().name()).isEqualTo("sang penerjemah"));
    }

    @Test
    void aRoleAtABodyNamingNoOneIsTheDescribedPersonNotTheBody() {
        List<Quote> quotes = direct("""
                Dalam kunjungan ke museum kereta di Bandung, terlihat beberapa lokomotif tua yang dipajang. "Lokomotif uap ini merupakan yang tertua dalam koleksi museum kami," kata pemandu di Museum Kereta yang didirikan pada 1990 untuk mengenang sejarah perkeretaapian. Lokomotif itu dipakai hingga 1970. "Lokomotif ini dulu menarik gerbong barang dari pelabuhan ke kota," ujar pemandu tersebut.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name())
                .containsExactly("pemandu di Museum Kereta", "pemandu di Museum Kereta");
    }

    @Test
    void aQuoteWithNoCueAfterReportedSpeechOfTheOneQuotedBeforeIsTheirs() {
        List<Quote> quotes = direct("""
                Politikus Hendra Gunawan mengatakan dirinya sudah lama membantu pekerja migran. "Saya bilang ya tentu saja. Saya punya banyak kawan di sana," ujarnya. Menurut dia, kekuatannya terletak pada jaringan. Misalnya di Malaysia, dia memiliki banyak kawan. Namun, di tempat lain, dia kurang memiliki jaringan. "Saya punya kewajiban membantu sesama warga negara yang kesulitan." Sebelumnya, pengadilan memutuskan membebaskan pekerja itu.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name(), Quote::cue)
                .containsExactly(tuple("Hendra Gunawan", "ujarnya"), tuple("Hendra Gunawan", null));
    }

    @Test
    void aPartialQuoteAfterMemperingatkanBahwaIsTheWarnersNotTheNextSpeakers() {
        List<Quote> quotes = direct("""
                Para menteri bertemu di Jakarta. Dalam tulisannya di majalah Kajian Global, Rina Wulandari, profesor di Universitas Nusantara, memperingatkan bahwa jika pertemuan gagal, maka "kawasan ini akan kehilangan arah dan pengaruhnya." Dan dalam skenario itu, para analis menilai pihak lain yang diuntungkan. "Negara besar selalu memandang kelompok ini dengan curiga," kata Joko Prasetyo, analis keamanan di Jakarta.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name(), Quote::cue)
                .containsExactly(tuple("Rina Wulandari", "memperingatkan"), tuple("Joko Prasetyo", "kata"));
    }

    @Test
    void aLowercaseRoleBetweenCommasDescribesTheNameBeforeItWhateverNamesItHolds() {
        List<Quote> quotes = direct("""
                Para menteri bertemu di Jakarta. Rina Wulandari, profesor di University of Western Borneo, menegaskan bahwa "kawasan ini akan kehilangan arah dan pengaruhnya."
                """);
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Rina Wulandari");
    }

    @Test
    void aCapitalisedFunctionWordClosingATitleBeforeTheCommaAndNameIsTheTitles() {
        List<Quote> quotes = direct("""
                Pemerintah daerah menggelar kampanye sarapan sehat di sekolah dasar.

                "Anak yang sarapan lebih mudah berkonsentrasi di kelas," ujar anggota Dewan Pakar Gizi Nusantara sekaligus Redaktur Kantor Berita Antara, Wulan Sari, dalam keterangan tertulis, Senin (3/3/2025).
                """);
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Wulan Sari");
    }

    @Test
    void aNyaSpeakerIsThePersonLastQuotedWhenOnlyBodiesAreNamedSince() {
        String body = """
                JAKARTA - Sebuah manajer investasi meluncurkan Reksa Dana Properti Terbuka di Jakarta, Senin (3/3/2025).

                "Produk ini cocok bagi investor yang mencari pendapatan tetap," kata Lestari Handayani, direktur utama perusahaan itu.

                Reksa Dana Properti Terbuka menargetkan dana kelolaan Rp500 miliar hingga akhir tahun. Produk ini memakai gedung perkantoran di Surabaya sebagai aset dasar. Nilai gedung itu ditaksir Rp450 miliar. Penyewanya terikat kontrak sepuluh tahun. Kontrak itu diteken tahun lalu. Dividen dibagikan empat kali setahun. Selain itu, Reksa Dana Properti Terbuka akan menambah aset pergudangan di Cikarang.

                "Kami berharap akhir tahun ini sudah punya tiga produk serupa," sebutnya.
                """;
        Document d = doc(body);
        String name = "Reksa Dana Properti Terbuka";
        List<Mention> mentions = new java.util.ArrayList<>();
        for (int at = d.text().indexOf(name); at >= 0; at = d.text().indexOf(name, at + 1)) {
            mentions.add(new Mention(name, at, at + name.length(), "name"));
        }
        Entity fund = new Entity(name, EntityType.ORGANIZATION, mentions, List.of(), null);
        assertThat(Quotes.find(d, List.of(fund)).stream().filter(q -> q.kind() == Quote.Kind.DIRECT))
                .extracting(q -> q.speaker().name()).containsExactly("Lestari Handayani", "Lestari Handayani");
    }

    @Test
    void theNameATitlesCommaBringsIsAPersonWhateverTypeTheEntityLayerGaveIt() {
        String body = """
                SUMENEP, KOMPAS.com - Bantuan perahu motor untuk nelayan disalurkan pekan ini.

                "Kami tidak memungut biaya sepeser pun," kata Ketua Kelompok Nelayan Sumenep, Hasan Basri, Rabu (16/7/2025).

                Koordinator Yayasan Bahari Sumenep, Kalianget, juga menegaskan bantuan itu gratis.

                "Penerimanya kami verifikasi berlapis," tuturnya.
                """;
        Document d = doc(body);
        String name = "Kalianget"; // a village's name, which the entity layer may well take for the place
        int at = d.text().indexOf(name);
        Entity place = new Entity(name, EntityType.PLACE, List.of(new Mention(name, at, at + name.length(), "name")),
                List.of(), null);
        assertThat(Quotes.find(d, List.of(place)).stream().filter(q -> q.kind() == Quote.Kind.DIRECT))
                .extracting(q -> q.speaker().name()).containsExactly("Hasan Basri", "Kalianget");
    }

    @Test
    void aSloganInsideTheNarrationThatNoOneSaysIsNoQuote() {
        List<Quote> quotes = direct("""
                Koperasi Tani Makmur resmi berdiri di Klaten. Koperasi ini ingin mewujudkan visinya sebagai "rumah bersama petani yang mandiri dan sejahtera" melalui pembiayaan murah. Anggotanya kini 200 petani padi. Mereka tersebar di tiga kecamatan.

                Pengurus menyebut pinjaman sebagai "jalan keluar dari jerat tengkulak desa" bagi anggotanya.

                "Kami mulai dengan dua ratus anggota," kata Ketua Koperasi Tani Makmur, Sri Lestari.
                """);
        assertThat(quotes).extracting(Quote::text, q -> q.speaker().name()).containsExactly(
                tuple("jalan keluar dari jerat tengkulak desa", "Pengurus"), tuple("Kami mulai dengan dua ratus anggota,", "Sri Lestari"));
    }

    @Test
    void aCandidateDescribedWithIniPointsBackToTheNamedSpeaker() {
        List<Quote> quotes = direct("""
                YOGYAKARTA - Peneliti muda dari Sleman menemukan varietas padi tahan banjir.

                "Varietas ini mampu bertahan terendam air selama dua pekan," kata Rina Kartikasari, Senin (3/3/2025).

                Menurut Rina, benih itu diuji di sawah milik Kelompok Tani Sumber Rejeki.

                "Petani di daerah rawan banjir bisa mulai menanamnya tahun depan," kata kandidat doktor dari Institut Pertanian Bogor ini.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Rina Kartikasari", "Rina Kartikasari");
    }

    @Test
    void everyQuoteSpanIsItsEvidenceAndLeavesTheMarksOut() {
        Document d = doc("""
                "Kami tidak akan menaikkan tarif tahun ini," ujar Direktur Utama PT Kereta Api Indonesia Rina Sumarni.

                Menurut dia, “perawatan jalur tetap berjalan sesuai jadwal yang sudah ditetapkan,” katanya.
                """);
        for (Quote q : Quotes.find(d, List.of())) {
            assertThat(q.evidence(d.text())).isEqualTo(q.text());
            assertThat(q.text()).doesNotStartWith("\"").doesNotEndWith("\"").doesNotEndWith("”");
        }
    }

    @Test
    void aQuoteSplitByItsAttributionGivesTwoPiecesWithOneSpeaker() {
        List<Quote> quotes = direct("""
                "Harga cabai sudah turun sejak pekan lalu," kata Siti Aminah, pedagang di Pasar Kramat Jati. "Tapi bawang merah justru naik lagi karena pasokan dari Brebes berkurang."
                """);
        assertThat(quotes).extracting(q -> q.speaker().name(), Quote::cue)
                .containsExactly(tuple("Siti Aminah", "kata"), tuple("Siti Aminah", null));
    }

    @Test
    void aQuoteOverTwoParagraphsIsOneQuoteWithTheSpeakerNamedAtItsEnd() {
        List<Quote> quotes = direct("""
                Gubernur Jawa Tengah Arief Santoso menanggapi kritik soal banjir di pantai utara.

                "Kami sudah menyiapkan pompa tambahan di enam titik rawan dan memperbaiki tanggul yang jebol.

                Anggaran perbaikan sudah dialokasikan dari dana tak terduga tahun ini," ujar Arief kepada wartawan.
                """);
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.text()).startsWith("Kami sudah menyiapkan").contains("\n\n").endsWith("tahun ini,");
            assertThat(q.speaker().name()).isEqualTo("Arief Santoso");
        });
    }

    @Test
    void aQuoteReopenedAtEachParagraphGivesOnePiecePerParagraphAllByItsSpeaker() {
        List<Quote> quotes = direct("""
                Kepala Dinas Perikanan Maluku Yohanes Latuconsina menjelaskan turunnya hasil tangkapan nelayan.

                "Angin barat bertiup kencang sejak awal bulan sehingga kapal kecil tidak berani melaut.

                "Kami sudah meminta nelayan menunggu sampai gelombang reda.

                "Bantuan beras untuk keluarga nelayan akan kami salurkan pekan depan," kata Yohanes di Ambon.

                Ia berharap cuaca segera membaik. "Harga ikan di pasar sudah naik dua kali lipat.

                "Kami akan mendatangkan pasokan dari Buton."
                """);
        assertThat(quotes).extracting(Quote::text, q -> q.speaker().name(), Quote::cue).containsExactly(
                tuple("Angin barat bertiup kencang sejak awal bulan sehingga kapal kecil tidak berani melaut.", "Yohanes Latuconsina", null),
                tuple("Kami sudah meminta nelayan menunggu sampai gelombang reda.", "Yohanes Latuconsina", null),
                tuple("Bantuan beras untuk keluarga nelayan akan kami salurkan pekan depan,", "Yohanes Latuconsina", "kata"),
                tuple("Harga ikan di pasar sudah naik dua kali lipat.", "Yohanes Latuconsina", null),
                tuple("Kami akan mendatangkan pasokan dari Buton.", "Yohanes Latuconsina", null));
    }

    @Test
    void aPublicationNamedInItalicsOrOpeningItsSentenceSpeaksWhatItWrites() {
        Document d = doc("""
                Novel pertama penulis asal Makassar itu diterjemahkan ke lima bahasa.

                Dalam ulasannya, *Literary Review* menulis: "Kalimatnya sederhana, tetapi ceritanya menghantui."

                Majalah sastra lain juga memujinya. Horison menulis: "Inilah suara baru dari timur Indonesia."
                """);
        List<Entity> outlets = new java.util.ArrayList<>();
        for (String name : List.of("Literary Review", "Horison")) { // the entity layer tags the outlets
            int at = d.text().indexOf(name);
            outlets.add(new Entity(name, EntityType.ORGANIZATION, List.of(new Mention(name, at, at + name.length(), "name")),
                    List.of(), null));
        }
        assertThat(Quotes.find(d, outlets).stream().filter(q -> q.kind() == Quote.Kind.DIRECT))
                .extracting(q -> q.speaker().name(), Quote::cue)
                .containsExactly(tuple("Literary Review", "menulis"), tuple("Horison", "menulis"));
    }

    @Test
    void nyaPointsBackToTheLatestPersonTalkedAboutNotTheNearestName() {
        List<Quote> quotes = direct("""
                Menteri Pertanian Rahmat Hidayat meninjau panen raya di Karawang. Rahmat menegaskan bahwa stok beras di Jawa Barat dan Banten cukup sampai Lebaran.

                "Petani tidak perlu khawatir, pemerintah akan menyerap gabah dengan harga yang layak," katanya.
                """);
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.speaker().name()).isEqualTo("Rahmat Hidayat");
            assertThat(q.cue()).isEqualTo("katanya");
        });
    }

    @Test
    void aPronounAfterAnOpeningConnectiveIsWhoSpeaksNotTheBodyInWhatIsReported() {
        List<Quote> quotes = direct("""
                Kepala Dinas Kesehatan Sulawesi Barat Hendra Wiranata membuka pelatihan kader posyandu di Mamuju, Selasa (4/3/2025). "Kader adalah ujung tombak pelayanan kesehatan di desa," kata Hendra.

                Pelatihan diikuti 120 kader dari enam kabupaten. Para peserta mendapat materi gizi balita dan pencatatan tumbuh kembang. Materi disampaikan tim dari rumah sakit daerah. Lebih lanjut dia menambahkan selain pelatihan, Dinas Kesehatan juga akan membagikan alat timbang bayi ke setiap desa.

                "Kami ingin semua posyandu punya alat yang layak pakai," katanya.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Hendra Wiranata", "Hendra Wiranata");
    }

    @Test
    void aDescriptionPointingBackIsThePersonTalkedAboutWhateverItsWords() {
        List<Quote> quotes = direct("""
                Pebalap tim Garuda Racing, Dimas Pratama, mengakui persaingan musim ini jauh lebih ketat. "Semua tim sudah mengejar kami," kata Dimas Pratama. "Kami harus bekerja dua kali lebih keras dari tahun lalu," ujar tiga kali juara nasional itu.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Dimas Pratama", "Dimas Pratama");
    }

    @Test
    void nyaStaysWithTheOfficialQuotedWhenTheNarrationTellsWhatTheirBodyDoes() {
        List<Quote> quotes = direct("""
                Direktur Utama Perusahaan Daerah Air Minum (PDAM) Kota Cilegon, Ratna Kusumawardani, meresmikan instalasi pengolahan air baru di Cilegon, Rabu (5/3/2025). "Instalasi ini menambah pasokan air bersih untuk 20.000 rumah," kata Ratna.

                Instalasi tersebut dibangun selama 14 bulan. Biaya pembangunannya berasal dari kas perusahaan dan pinjaman bank daerah.

                PDAM juga menyiapkan jaringan pipa ke tiga kecamatan. Pekerjaan pipa ditargetkan selesai akhir tahun.

                "Warga yang sudah mendaftar akan kami sambungkan lebih dulu," ujarnya.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name())
                .containsExactly("Ratna Kusumawardani", "Ratna Kusumawardani");
    }

    @Test
    void aClosingMarkTypedAfterItsSpaceStillClosesTheQuote() {
        List<Quote> quotes = direct("""
                Analis otomotif Bagus Wicaksono menilai pasar mobil listrik akan terus membesar. "Permintaan kendaraan listrik masih tumbuh tahun ini, "kata Bagus. Meski begitu, Bagus memperkirakan harga baterai masih tinggi sampai tahun depan. "Kami tetap optimistis pada pasar dalam negeri," ujarnya.
                """);
        assertThat(quotes).extracting(Quote::text, q -> q.speaker().name()).containsExactly(
                tuple("Permintaan kendaraan listrik masih tumbuh tahun ini,", "Bagus Wicaksono"),
                tuple("Kami tetap optimistis pada pasar dalam negeri,", "Bagus Wicaksono"));
    }

    @Test
    void aNameWithItsInitialBeforeItsTitleSpeaksNotTheBodyEndingTheTitle() {
        List<Quote> quotes = direct("""
                OJK akan menertibkan pinjaman daring ilegal. “Kami akan berkoordinasi dengan kepolisian untuk menghentikan kegiatan mereka,” kata Anggar B. Nurani Deputi Komisioner Pengawas Industri Keuangan Non Bank (IKNB) I OJK kepada wartawan, pekan lalu.

                “Setelah batas waktu itu, pelaku usaha wajib berhenti beroperasi,” kata Kepala Bagian Hukum OJK Surya K. Wibowo.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Anggar B. Nurani", "Surya K. Wibowo");
    }

    @Test
    void wordsThatCueOnlyJustAfterAQuoteNameItsSpeaker() {
        List<Quote> quotes = direct("""
                Kepala Dinas Pendidikan Kota Malang Sri Wahyuni meminta sekolah menyiapkan ruang kelas tambahan. "Jangan sampai ada murid yang belajar di lorong sekolah," pesan dia.

                Ia juga mengirim pesan singkat kepada para kepala sekolah. "Terima kasih atas kerja keras semua guru tahun ini," tutup Sri.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name(), Quote::cue).containsExactly(
                tuple("Sri Wahyuni", "pesan"), tuple("Sri Wahyuni", "tutup"));
    }

    @Test
    void wordsQuotedInASentenceOpenedByMenurutAreThatPersonsPartialQuote() {
        List<Quote> quotes = direct("""
                Sejarawan Maya Lestari menilai pasar loak di kota itu makin sepi. Menurutnya, pasar tersebut sedang mengalami "masa surut yang panjang". Sementara itu warga menyebut kawasan itu "Pasar Senggol". Menurut dokumen "rencana tata kota lama" dari dinas pariwisata, kunjungan turun.
                """);
        assertThat(quotes).extracting(Quote::text, q -> q.speaker().name()).containsExactly(
                tuple("masa surut yang panjang", "Maya Lestari"));
    }

    @Test
    void sorotJustAfterAQuoteIsACueNotTheWordForASpotlight() {
        List<Quote> quotes = direct("""
                Ketua Asosiasi Perajin Rotan Cirebon Darmawan Saleh menyebut ekspor rotan turun tahun ini. Di bawah lampu sorot pameran, para perajin memajang kursi. "Bahan bakunya kita kirim mentah, lalu kita beli lagi barang jadinya dengan harga mahal," sorot Rina Kartika, salah satu perajin, di Cirebon. "Ini yang harus dibenahi," tambah dia.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name(), Quote::cue).containsExactly(
                tuple("Rina Kartika", "sorot"), tuple("Rina Kartika", "tambah"));
    }

    @Test
    void aDocumentAfterAQuoteSpeaksForWhoeverIssuedIt() {
        Document d = doc("""
                Klub basket Borneo Hornbills melepas pelatih kepala Andre Wibisono setelah tiga musim. "Kami berterima kasih atas dedikasi Andre selama tiga musim bersama tim," bunyi pernyataan resmi Borneo Hornbills, Senin (4/5).

                Andre membawa tim itu ke final liga dua kali. "Keputusan ini diambil bersama setelah evaluasi akhir musim," bunyi keterangan tersebut.

                Liga juga menerbitkan aturan baru. "Setiap klub wajib memiliki pelatih berlisensi A paling lambat tahun depan," bunyi Pasal 12 ayat 3 aturan tersebut.

                Kementerian Pemuda dan Olahraga turut menanggapi. "Kami menghormati keputusan klub dan berharap liga tetap kompetitif," demikian pernyataan Kementerian Pemuda dan Olahraga, Selasa (5/5).

                Keluarga Andre juga angkat bicara. "Kami bangga dengan perjalanan Andre di Borneo," demikian pernyataan keluarga.

                "Terima kasih untuk semua pendukung setia kami di Samarinda," tulis pernyataan resmi dari klub.
                """);
        List<Entity> entities = List.of(entity(d, "Borneo Hornbills", EntityType.ORGANIZATION, "Borneo Hornbills"),
                entity(d, "Andre Wibisono", EntityType.PERSON, "Andre"),
                entity(d, "Kementerian Pemuda dan Olahraga", EntityType.ORGANIZATION, "Kementerian Pemuda dan Olahraga"));
        List<Quote> quotes = Quotes.find(d, entities).stream().filter(q -> q.kind() == Quote.Kind.DIRECT).toList();
        // the law's words are no one's, and no neighbour's either
        assertThat(quotes).extracting(q -> q.speaker().name(), Quote::cue).containsExactly(
                tuple("Borneo Hornbills", "bunyi"), tuple("Borneo Hornbills", "bunyi"), tuple(Speaker.UNKNOWN.name(), "bunyi"),
                tuple("Kementerian Pemuda dan Olahraga", "demikian"), tuple("keluarga", "demikian"), tuple("klub", "tulis"));
    }

    @Test
    void aCourtsRulingQuotedSpeaksForTheCourtAfterDemikianToo() {
        Document d = doc("""
                JAKARTA - Mahkamah Agung mengabulkan gugatan para guru honorer. "Negara wajib membayar tunjangan guru honorer paling lambat akhir tahun ini," demikian bunyi putusan Mahkamah Agung, Rabu (6/5).
                """);
        List<Entity> entities = List.of(entity(d, "Mahkamah Agung", EntityType.ORGANIZATION, "Mahkamah Agung"));
        List<Quote> quotes = Quotes.find(d, entities).stream().filter(q -> q.kind() == Quote.Kind.DIRECT).toList();
        assertThat(quotes).extracting(q -> q.speaker().name(), Quote::cue).containsExactly(tuple("Mahkamah Agung", "bunyi"));
    }

    @Test
    void aLawQuotedSpeaksByItsFullestTitleNotTheOneWhoCitesIt() {
        List<Quote> quotes = direct("""
                SURABAYA - Kepala Dinas Perdagangan Jawa Timur Hendro Saputro meminta Gubernur merevisi Peraturan Gubernur Nomor 12 Tahun 2024 tentang Stok Pangan. "Aturan ini terlalu longgar," kata Hendro, Rabu (4/9/2024). Bunyi ayat (2) pasal yang dimaksud yakni, "pedagang dilarang menyimpan beras lebih dari tiga bulan tanpa laporan". Adapun ayat (3) pasal yang sama berbunyi, "laporan disampaikan kepada dinas setiap akhir bulan". "Kami ingin ada batas yang jelas," ujar Hendro.

                Pemerintah pusat juga menerbitkan Peraturan Menteri Perdagangan (Permendag) Nomor 8/M-DAG/2024. "Gudang wajib terdaftar dalam sistem daring," bunyi Pasal 5 ayat (1) Permendag itu. "Pelanggaran dikenai sanksi administratif," tulis aturan tersebut.

                Ahli hukum Rina Marlina menilai Pasal 40 KUHP Baru berbunyi, "setiap orang yang menimbun barang pokok dipidana". "Pasal itu jarang dipakai," katanya.

                Liga juga menerbitkan aturan baru. "Setiap klub wajib memiliki pelatih berlisensi," bunyi Pasal 12 ayat 3 aturan tersebut.
                """);
        String pergub = "Peraturan Gubernur Nomor 12 Tahun 2024";
        assertThat(quotes).extracting(q -> q.speaker().name(), Quote::cue).containsExactly(
                tuple("Hendro Saputro", "kata"), tuple(pergub, "Bunyi"), tuple(pergub, "berbunyi"), tuple("Hendro Saputro", "ujar"),
                tuple("Peraturan Menteri Perdagangan (Permendag) Nomor 8/M-DAG/2024", "bunyi"),
                tuple("Peraturan Menteri Perdagangan (Permendag) Nomor 8/M-DAG/2024", "tulis"),
                tuple("KUHP Baru", "berbunyi"), tuple("Rina Marlina", "katanya"),
                tuple(Speaker.UNKNOWN.name(), "bunyi")); // no law titled: who speaks is unknown, as before
    }

    @Test
    void everydayWordsOfTellingJustAfterAQuoteNameItsSpeaker() {
        List<Quote> quotes = direct("""
                Banjir melanda Desa Sukamaju. Kepala desa Ahmad Fauzi menyiapkan perahu, sementara warga bertukar cerita di posko. "Air naik sampai pinggang dalam sepuluh menit," cerita Siti Aminah, warga RT 03. "Kami semua panik waktu itu," ceritanya. "Tolong kirim perahu karet ke sini," teriak Joko Purnomo dari atap rumah. "Kami sudah kirim dua perahu tadi," balas Ahmad Fauzi. "Sebaiknya warga mengungsi dulu ke balai desa," sarannya. "Tidak ada korban jiwa sampai sore ini," klaim Ahmad. "Sayang tanggulnya belum selesai," sesal dia. "Relawan bekerja luar biasa cepat," pujinya. "Bantuan logistik kami kirim besok pagi," respons Bupati Hendra Wijaya.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name(), Quote::cue).containsExactly(
                tuple("Siti Aminah", "cerita"), tuple("Siti Aminah", "ceritanya"), tuple("Joko Purnomo", "teriak"),
                tuple("Ahmad Fauzi", "balas"), tuple("Ahmad Fauzi", "sarannya"), tuple("Ahmad Fauzi", "klaim"),
                tuple("Ahmad Fauzi", "sesal"), tuple("Ahmad Fauzi", "pujinya"), tuple("Hendra Wijaya", "respons"));
    }

    @Test
    void tuntasClosingAQuoteIsItsCueAndElsewhereAnEverydayWord() {
        List<Quote> quotes = direct("""
                Pelatih kepala Dedi Kurniawan mengakui timnya belum siap. Masalah gaji belum tuntas dibayar manajemen. "Persiapan kami sangat mepet, tapi semua tim mengalami hal yang sama," tuntasnya. "Kami tetap berangkat ke turnamen dengan kepala tegak," tuntas Dedi.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name(), Quote::cue).containsExactly(
                tuple("Dedi Kurniawan", "tuntasnya"), tuple("Dedi Kurniawan", "tuntas"));
    }

    @Test
    void anEverydayCueWithItsOwnNyaPointsBackAndCapitalisedCuesNothing() {
        List<Quote> quotes = direct("""
                Peneliti Bambang Sutejo mengaku pernah melihat benda terbang aneh. "Saya sudah bicara dengan beberapa pilot soal ini," klaimnya yang dikutip Harian Nusa.

                Warga Desa Lembah menolak relokasi. "Kami tidak akan pindah dari tanah leluhur kami."Respons Bupati Arif Rahman datang dua hari kemudian.
                """);
        assertThat(quotes.get(0).speaker().name()).isEqualTo("Bambang Sutejo");
        assertThat(quotes).filteredOn(q -> q.text().startsWith("Kami tidak")).singleElement()
                .satisfies(q -> assertThat(q.cue()).isNull());
    }

    @Test
    void aDescriptionIsHeadedByItsFirstRoleWordNotAWordQualifyingIt() {
        List<Quote> quotes = direct("""
                Pemerintah Provinsi Jambi menyiapkan lahan untuk relokasi warga. Wakil Ketua DPRD Jambi Rudi Hartono menyebut dewan mendukung rencana itu.

                "Kami akan mengawal anggarannya sampai tuntas," imbuh Ketua Harian Partai Nusa Raya ini.
                """);
        assertThat(quotes).singleElement().satisfies(q -> assertThat(q.speaker().name()).isEqualTo("Rudi Hartono"));
    }

    @Test
    void someoneJudgedInTheNarrationDoesNotTakeOverTheVoiceOfThePersonQuoted() {
        List<Quote> quotes = direct("""
                Jaksa penuntut umum Ratih Kumalasari membacakan tuntutan terhadap terdakwa Bonar Situmorang di Pengadilan Negeri Medan. "Perbuatan terdakwa merugikan ratusan nasabah koperasi," ujar Ratih.

                Ratih mengatakan kerugian nasabah mencapai puluhan miliar rupiah. Karena itu, Bonar dinilai pantas mendapat hukuman berat.

                "Terdakwa tidak menunjukkan penyesalan selama persidangan," katanya.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Ratih Kumalasari", "Ratih Kumalasari");
    }

    @Test
    void someoneToWhomSomethingHappenedMayTellItNext() {
        List<Quote> quotes = direct("""
                Peneliti serangga Dewi Anggraini meminta warga waspada. "Gigitan kutu ini bisa memicu alergi berat," ujar Dewi.

                Sutrisno Hadi, seorang petani, digigit kutu saat membersihkan kandang. "Badan saya langsung gatal dan sesak napas," katanya.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Dewi Anggraini", "Sutrisno Hadi");
    }

    @Test
    void aTitleReachesAcrossWhereItsHolderWorksToTheName() {
        List<Quote> quotes = direct("""
                Pemerintah membentuk badan ekspor baru. "Kami ingin ekspor tercatat rapi," ujar Menteri Perdagangan Budi Santoso.

                Pengamat BUMN dari Universitas Indonesia Rina Prasetyo memberikan contoh negara yang sukses membentuk badan serupa. Dia menjelaskan kunci keberhasilannya adalah audit berkala.

                "Tinggal bagaimana tata kelolanya dijalankan dengan disiplin," kata dia.

                "Badan ini harus diawasi publik," kata Peneliti Senior dari Lembaga Kajian Ekonomi Nusantara Arif Wibisono.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name())
                .containsExactly("Budi Santoso", "Rina Prasetyo", "Arif Wibisono");
    }

    @Test
    void aSecondTitleJoinedInLowerCaseReachesTheCommaThatBringsTheName() {
        List<Quote> quotes = direct("""
                Harga emas naik tajam pada perdagangan pagi. "Permintaan dari bank sentral masih sangat tinggi minggu ini," kata analis komoditas dan mata uang, Hendra Saputra.

                "Gelombang kecil sempat tercatat di stasiun pantai," sebut ahli geofisika Institut Teknologi Bandung dan rekan penulis studi tersebut, Rina Kusuma yang dikutip dari media lokal.

                "Pembayaran pajak kendaraan kini bisa dilakukan secara daring," ujar Dirjen Pajak Daerah sekaligus anggota tim pembina samsat, Agus Fatah.

                "Air laut sempat surut beberapa meter di pantai," kata peneliti Universitas Andalas dan rekan penulis laporan itu, Sari Wulandari.
                """); // Andalas, after the body's head Universitas, is no person who speaks
        assertThat(quotes).extracting(q -> q.speaker().name())
                .containsExactly("Hendra Saputra", "Rina Kusuma", "Agus Fatah", "Sari Wulandari");
    }

    @Test
    void anInfluencerOrEntertainerNamedWithTheWordForWhatTheyDoIsTheOneTalkedAboutNext() {
        List<Quote> quotes = direct("""
                KOMPAS.com - Dokter anak Ratna Wijaya mengingatkan bahaya layar bagi balita. "Anak di bawah dua tahun sebaiknya tidak menonton layar sama sekali," kata dia.

                Dalam kesempatan yang sama, pemengaruh Sinta Larasati turut membagikan pengalamannya mengasuh anak. Ia mengaku tidak membiasakan anaknya menonton video.

                "Jujur, aku tidak pernah memberi anakku gawai saat makan," katanya.

                Sementara itu, musisi Gilang Ramadhan ikut hadir bersama keluarganya. Ia pun bercerita soal kebiasaan di rumah. "Kami makan bersama tanpa ponsel di meja," ujarnya.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name())
                .containsExactly("Ratna Wijaya", "Sinta Larasati", "Gilang Ramadhan");
    }

    @Test
    void aShortenedFirstNameEndsNoSentence() {
        List<Quote> quotes = direct("""
                Pelatih tunggal putra Hendra Gunawan menyiapkan Rafi Pratama untuk turnamen bulan depan. Hendra juga tak akan membebani pemainnya dengan target tinggi. Jika lolos, Rafi bisa ditemani Moh. Fikri Hidayat yang berada di daftar cadangan. "Anak-anak ini masih dalam proses menuju level yang lebih tinggi," ujarnya.
                """);
        assertThat(quotes).singleElement().satisfies(q -> assertThat(q.speaker().name()).isEqualTo("Hendra Gunawan"));
    }

    @Test
    void nyaIsNotSomeoneTheQuoteItselfNames() {
        List<Quote> quotes = direct("""
                Pelatih ganda putri Herman Susilo menyiapkan pasangan muda untuk Kejuaraan Asia. Jika cederanya pulih, Lestari Wulandari bisa saja dipasangkan kembali dengan Putri Ayu. "Lestari dan Putri masih perlu waktu untuk kembali ke performa terbaik," ujarnya.
                """);
        assertThat(quotes).singleElement().satisfies(q -> assertThat(q.speaker().name()).isEqualTo("Herman Susilo"));
    }

    @Test
    void songTitlesListedWithTheirCommasAreNoQuotes() {
        List<Quote> quotes = direct("""
                Grup Nusa Voices membawakan lagu-lagu populer mereka, seperti "Langit Tak Berwarna," "Jalan Pulang Kita," dan "Satu Hati Lagi." Vokalis Dimas Aryo menyapa penonton. "Terima kasih sudah datang malam ini," kata Dimas.
                """);
        assertThat(quotes).extracting(Quote::text).containsExactly("Terima kasih sudah datang malam ini,");
    }

    @Test
    void aNamedSubjectLeadingIntoAQuoteAfterACommaSaysIt() {
        List<Quote> quotes = direct("""
                Penyanyi Dara Ayu tampil di Istora Senayan. Di sela penampilan, Dara sempat menyapa penonton dengan penuh semangat, "Apa kabar semua malam ini?" Para penonton bersorak.

                Gitaris Raka Pratama kemudian maju ke depan panggung. Diikuti Bayu Saputra yang berkata, "Terima kasih sudah datang semua."
                """);
        assertThat(quotes).extracting(q -> q.speaker().name(), Quote::cue).containsExactly(
                tuple("Dara Ayu", "menyapa"), tuple("Bayu Saputra", "berkata"));
    }

    @Test
    void aNamedSubjectLeadingIntoAQuoteAfterAColonSaysIt() {
        List<Quote> quotes = direct("""
                Akun itu nyaris tak punya pengikut dua tahun lalu. Tak lama setelah membuat akun tersebut, Rudi Hartono pernah mencuitkan pesan yang tak digubris siapa pun: "Bagaimana cara mendapat seribu pengikut?" Kini pengikutnya ratusan ribu.

                Setelah berbulan-bulan menulis tanpa hasil, Rudi membuat deklarasi: "Lihat saja, saya akan sampai ke puncak." Bulan berikutnya ia mulai dikenal.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name(), Quote::cue).containsExactly(
                tuple("Rudi Hartono", "mencuitkan"), tuple("Rudi Hartono", "membuat"));
    }

    @Test
    void pronounsFollowTheSubjectAcrossSentences() {
        List<Quote> quotes = direct("""
                Ketua Umum Asosiasi Nelayan Nusantara, Darmawan Saputra, menilai kebijakan kuota tangkap merugikan nelayan kecil. Ia meminta pemerintah meninjau ulang aturan tersebut.

                "Nelayan kecil tidak punya kapal besar, jadi kuota itu tidak adil bagi mereka," kata dia.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Darmawan Saputra");
    }

    @Test
    void aQuoteWithoutCueContinuesThePreviousOneOrOpensTheNext() {
        List<Quote> quotes = direct("""
                Pelatih Persija, Hendra Wijaya, optimistis timnya lolos ke babak berikutnya.

                "Pemain sudah pulih dan siap tampil penuh di laga tandang nanti."

                "Kami akan bermain menyerang sejak menit pertama," ujarnya.

                "Target kami tetap tiga poin," tambah Hendra.

                "Semua pemain tahu apa yang harus dilakukan."
                """);
        assertThat(quotes).extracting(q -> q.speaker().name(), Quote::cue).containsExactly(
                tuple("Hendra Wijaya", null), tuple("Hendra Wijaya", "ujarnya"), tuple("Hendra Wijaya", "tambah"),
                tuple("Hendra Wijaya", null));
    }

    @Test
    void roleOnlySpeakersKeepTheirRole() {
        List<Quote> quotes = direct("""
                Warga Kampung Melayu mengeluhkan air bersih yang belum mengalir sejak banjir surut.

                "Sudah tiga hari kami membeli air galon untuk memasak," kata seorang warga.

                "Kalau hujan lagi, kami pasti mengungsi lagi ke masjid," ujar salah satu pengungsi.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("seorang warga", "salah satu pengungsi");
        assertThat(quotes).allSatisfy(q -> assertThat(q.speaker().entity()).isNull());
    }

    @Test
    void organisationsAndTheirReportsSpeak() {
        List<Quote> quotes = direct("""
                Ekonomi kawasan diperkirakan melambat tahun depan, menurut laporan Reuters.

                "Permintaan ekspor melemah seiring perlambatan ekonomi China," tulis Reuters.

                "Bank sentral di kawasan kemungkinan menahan suku bunga hingga pertengahan tahun," tambah laporan itu.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Reuters", "Reuters");
    }

    @Test
    void theSpeakerMayComeBeforeTheQuote() {
        List<Quote> quotes = direct("""
                Kepala Dinas Kesehatan Kota Bogor, Lestari Wulandari, mengatakan, "Vaksinasi tahap kedua dimulai pekan depan di seluruh puskesmas."

                Menurut Lestari, "stok vaksin cukup untuk tiga bulan ke depan dan akan ditambah bila perlu."
                """);
        assertThat(quotes).extracting(q -> q.speaker().name(), Quote::cue)
                .containsExactly(tuple("Lestari Wulandari", "mengatakan"), tuple("Lestari Wulandari", "Menurut"));
    }

    @Test
    void aMinistersShortTitleIsNoPartOfTheName() {
        List<Quote> quotes = direct("""
                Mendikbudristek Arief Santoso meninjau sekolah darurat di Cianjur. "Ruang kelas sementara harus siap pekan depan," kata Mendikbudristek Arief Santoso.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Arief Santoso");
    }

    @Test
    void anUnattributedQuoteHasAnUnknownSpeaker() {
        List<Quote> quotes = direct("""
                Spanduk di depan balai desa bertuliskan ajakan untuk menjaga kebersihan sungai.

                "Sungai bersih, desa sehat, warga sejahtera untuk semua."

                Kegiatan kerja bakti digelar setiap Minggu pagi.
                """);
        assertThat(quotes).singleElement().extracting(Quote::speaker).isEqualTo(Speaker.UNKNOWN);
    }

    @Test
    void aPronounWithNoOneToPointToStaysUnknown() {
        List<Quote> quotes = direct("""
                "Semua dokumen sudah kami serahkan ke penyidik sejak awal bulan," katanya.
                """);
        assertThat(quotes).singleElement().extracting(Quote::speaker).isEqualTo(Speaker.UNKNOWN);
    }

    @Test
    void scareQuotesAndTitlesAreNotQuotes() {
        List<Quote> quotes = direct("""
                Film berjudul "Langit di Atas Bukit Karang" tayang perdana pekan ini. Sutradara menyebut para pemainnya "luar biasa" dan penonton "terpukau".

                Festival itu mengusung tema "Merawat Tradisi Menyongsong Masa Depan" tahun ini.
                """);
        assertThat(quotes).isEmpty();
    }

    @Test
    void nestedSingleQuotesStayInsideTheQuote() {
        List<Quote> quotes = direct("""
                "Warga menyebut jalan itu 'jalur maut' karena sering terjadi kecelakaan," kata Kasat Lantas Polres Bogor AKP Yudi Prasetyo.
                """);
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.text()).contains("'jalur maut'");
            assertThat(q.speaker().name()).isEqualTo("Yudi Prasetyo");
        });
    }

    @Test
    void aMarkGluedToTheSentenceBeforeStillOpensAQuote() {
        List<Quote> quotes = direct("""
                Bupati Sleman Wahyu Kurniawan meminta warga waspada terhadap erupsi Merapi."Jalur evakuasi sudah kami siapkan sejak bulan lalu," kata Wahyu, Selasa (4/2/2025).
                """);
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.text()).startsWith("Jalur evakuasi");
            assertThat(q.speaker().name()).isEqualTo("Wahyu Kurniawan");
        });
    }

    @Test
    void speakersLinkToTheEntityLayersCanonicalNames() {
        String body = """
                Presiden Joko Widodo meresmikan bendungan baru di Sulawesi Selatan.

                "Bendungan ini akan mengairi ribuan hektare sawah," kata Jokowi.
                """;
        Document d = doc(body);
        int at = d.text().indexOf("Jokowi");
        int full = d.text().indexOf("Joko Widodo");
        Entity jokowi = new Entity("Joko Widodo", EntityType.PERSON,
                List.of(new Mention("Joko Widodo", full, full + 11, "name"), new Mention("Jokowi", at, at + 6, "alias")),
                List.of("Presiden"), null);
        Quote q = Quotes.find(d, List.of(jokowi)).getFirst();
        assertThat(q.speaker().name()).isEqualTo("Joko Widodo");
        assertThat(q.speaker().entity()).isEqualTo("Joko Widodo");
        assertThat(d.text().substring(q.speaker().start(), q.speaker().end())).isEqualTo("Jokowi");
    }

    @Test
    void reportedSpeechIsIndirectWithTheSpanOfWhatWasSaid() {
        Document d = doc("""
                Direktur Eksekutif Lembaga Kajian Pangan, Yusuf Rahman, mengatakan bahwa impor beras belum diperlukan hingga akhir tahun.
                """);
        List<Quote> indirect = Quotes.find(d, List.of()).stream().filter(q -> q.kind() == Quote.Kind.INDIRECT).toList();
        assertThat(indirect).singleElement().satisfies(q -> {
            assertThat(q.text()).isEqualTo("impor beras belum diperlukan hingga akhir tahun");
            assertThat(q.evidence(d.text())).isEqualTo(q.text());
            assertThat(q.speaker().name()).isEqualTo("Yusuf Rahman");
            assertThat(q.cue()).isEqualTo("mengatakan");
        });
    }

    @Test
    void aLawReportedAsSayingSomethingSpeaksByItsFullestTitle() {
        Document d = doc("""
                Kementerian Desa menerbitkan Peraturan Menteri Desa (Permendes) Nomor 7 Tahun 2025 bulan lalu. Peraturan tersebut menjelaskan bahwa dana desa boleh dipakai untuk membangun lumbung pangan.

                Polisi menahan tersangka selama dua puluh hari. Menurut Pasal 24 ayat (1) KUHAP, penahanan oleh penyidik hanya berlaku paling lama dua puluh hari. Kepala desa, Budi Santoso, mengatakan bahwa warga sudah menerima bantuan beras.
                """);
        List<Quote> indirect = Quotes.find(d, List.of()).stream().filter(q -> q.kind() == Quote.Kind.INDIRECT).toList();
        assertThat(indirect).extracting(q -> q.speaker().name(), Quote::cue).containsExactly(
                tuple("Peraturan Menteri Desa (Permendes) Nomor 7 Tahun 2025", "menjelaskan"), tuple("KUHAP", "Menurut"),
                tuple("Budi Santoso", "mengatakan"));
    }

    @Test
    void aBarePartQuotedBelongsToTheLawLastNamedWithoutANumber() {
        List<Quote> quotes = direct("""
                Pemerintah menerbitkan Perppu Ketahanan Pangan pada akhir pekan. Perppu ini memuat 40 pasal tentang cadangan beras.

                "Pemerintah daerah wajib menyimpan cadangan beras paling sedikit untuk tiga bulan," bunyi pasal 12 ayat 2, dikutip Senin (3/2/2025). "Cadangan dilaporkan setiap bulan kepada menteri," bunyi ayat 4.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name(), Quote::cue).containsExactly(
                tuple("Perppu Ketahanan Pangan", "bunyi"), tuple("Perppu Ketahanan Pangan", "bunyi"));
    }

    @Test
    void aLawsTitleKeepsItsYearAndDropsTheEverydayWordBeforeIt() {
        List<Quote> quotes = direct("""
                Pemerintah kota melarang warga membakar sampah sejak awal tahun.

                "Setiap orang dilarang membakar sampah di ruang terbuka," bunyi Pasal 9 Perda Nomor 4 Tahun 2022.

                "Pelanggar didenda paling banyak Rp 500.000," bunyi aturan Perda Nomor 4 Tahun 2022 itu.

                "Petugas wajib mencatat setiap pelanggaran," bunyi Perwali Nomor 11 Tahun 2023 Pasal 2 ayat (1).
                """);
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly(
                "Perda Nomor 4 Tahun 2022", "Perda Nomor 4 Tahun 2022", "Perwali Nomor 11 Tahun 2023");
    }

    @Test
    void reportedSpeechOpensAfterBahwaWhenTheVerbNamesWhomItWasToldTo() {
        Document d = doc("""
                Badan Pengelola Investasi melaporkan kepada Presiden Prabowo Subianto bahwa 258 perusahaan negara telah digabungkan.
                """);
        List<Quote> indirect = Quotes.find(d, List.of()).stream().filter(q -> q.kind() == Quote.Kind.INDIRECT).toList();
        assertThat(indirect).singleElement().satisfies(q ->
                assertThat(q.text()).isEqualTo("258 perusahaan negara telah digabungkan"));
    }

    @Test
    void menurutATitleGivesTheSpeechToTheNameSetOffAfterIt() {
        Document d = doc("""
                Menurut spesialis penyakit dalam dari RS Sehat Sentosa, dr Budi Hartono, SpPD, minum air hangat tidak menurunkan kolesterol secara langsung.

                Menurut psikolog anak, Albert Einstein, dan Socrates, tiga tokoh itu sering dikutip keliru.
                """);
        List<Quote> indirect = Quotes.find(d, List.of()).stream().filter(q -> q.kind() == Quote.Kind.INDIRECT).toList();
        assertThat(indirect).extracting(Quote::text).containsExactly("minum air hangat tidak menurunkan kolesterol secara langsung",
                "Albert Einstein, dan Socrates, tiga tokoh itu sering dikutip keliru"); // a name of a list holds no title
        assertThat(indirect.getFirst().speaker().name()).isEqualTo("Budi Hartono");
    }

    @Test
    void whatFollowsTheAttributionOfADirectQuoteIsNotReportedSpeech() {
        Document d = doc("""
                "Dari 1.077 entitas, sebanyak 258 telah dikonsolidasikan," kata Rosan dikutip dari akun Instagram resminya, Selasa (23/6/2026). "Konsolidasi ini memperkuat tata kelola," terang Rosan yang juga Menteri Investasi dan Hilirisasi.
                """);
        List<Quote> quotes = Quotes.find(d, List.of());
        assertThat(quotes).extracting(Quote::kind).containsOnly(Quote.Kind.DIRECT).hasSize(2);
        assertThat(quotes).allSatisfy(q -> assertThat(q.speaker().name()).isEqualTo("Rosan"));
    }

    @Test
    void aShortTermTheNarrationQuotesIsNoQuoteButAFragmentAVerbOfSayingIntroducesIs() {
        Document d = doc("""
                Linimasa media sosial dibanjiri narasi bahwa perak adalah "harta karun tersembunyi" yang lebih menjanjikan daripada emas. Pernyataan yang dirilis klub menyebutkan prosedur tersebut "berjalan sangat baik" dan pemain akan segera pulih.
                """);
        assertThat(Quotes.find(d, List.of())).filteredOn(q -> q.kind() == Quote.Kind.DIRECT)
                .extracting(Quote::text).containsExactly("berjalan sangat baik");
    }

    @Test
    void wireCopyPutsThePlaceAndDayOfSayingBetweenTheSpeakerAndTheVerb() {
        Document d = doc("""
                Kepala Kantor Imigrasi Banten Felucia Sengky Ratna di Tangerang, Rabu, mengatakan kasus pelanggaran paling banyak terjadi di kawasan industri. "Kami terus intensifkan pengawasan," ujarnya.

                Kepala Dinas Kesehatan Ani Ruspitawati saat dihubungi di Jakarta, Kamis, menyampaikan pemeriksaan itu bagian dari program rutin.

                Wapres, dalam keterangan tertulisnya di Jakarta, Kamis, mengatakan arus mudik berjalan lancar dan terkendali.
                """);
        assertThat(Quotes.find(d, List.of())).extracting(q -> q.speaker().name()).containsExactly(
                "Felucia Sengky Ratna", "Felucia Sengky Ratna", "Ani Ruspitawati", "Wapres");
    }

    @Test
    void aTitledSpeakerIsNamedAfterTheCommaThatFollowsTheTitlesAndWhereTheyWork() {
        Document d = doc("""
                "Kami melihat risiko inflasi meningkat," kata Ekonom Senior di Mizuho Research Institute, Saisuke Sakai. Jajak pendapat menunjukkan hal serupa.

                "Festival ini tumbuh bersama komunitas," ungkap Pendiri sekaligus Festival Director Balinale, Deborah Gabinetti.

                "Jika keluarga dipulihkan, gereja akan bertumbuh," ujar Menag di Jakarta.

                "Terdakwa terbukti menggelapkan dana koperasi," kata Jaksa dari Kejaksaan Negeri (Kejari) Bekasi, Dimas Pranoto di Pengadilan Negeri Bekasi.
                """);
        assertThat(Quotes.find(d, List.of())).extracting(q -> q.speaker().name())
                .containsExactly("Saisuke Sakai", "Deborah Gabinetti", "Menag", "Dimas Pranoto");
    }

    @Test
    void aNameShapedLikeAVerbOpensASentenceWhenTheArticleOnlyWritesItCapitalised() {
        List<Quote> quotes = direct("""
                Pelatih tim nasional Dimitri Sokolov dikritik setelah kekalahan itu. Apa Sokolov marah? Tidak. Dimitri menjawab, "Kritik membuat kami bekerja lebih keras lagi."

                Penyanyi Melani Tanoto juga hadir. Melani menyebut, "Konser ini untuk para korban banjir di kampung halaman saya."
                """);
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Dimitri Sokolov", "Melani Tanoto");
    }

    @Test
    void aPrepositionOpensAFrontedPhraseBeforeTheSpeakerEvenWhenItHoldsAName() {
        List<Quote> quotes = direct("""
                Penyanyi Rina Wulandari kembali jadi bahan gunjingan. Lewat unggahan di Instagram, Rina membalas, "Terima kasih sudah peduli pada hidup saya."

                Rina Wulandari, penyanyi asal Medan, menjawab, "Saya tetap bernyanyi untuk para penggemar."
                """);
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Rina Wulandari", "Rina Wulandari");
    }

    @Test
    void nyaPointsToTheLatestPersonBeforeTheIndexTheyTalkAbout() {
        Document d = doc("""
                "Indeks diperkirakan bergerak di kisaran 4010 hingga 4250," kata Analis Pasar Modal Dimas Prakoso kepada wartawan, Selasa. Pasalnya, IHSG kemarin kembali anjlok hingga 172 poin akibat kekhawatiran pasar global. "Rupiah untuk pertama kalinya menembus Rp 14.000 per dolar," ujarnya.
                """);
        assertThat(Quotes.find(d, List.of())).filteredOn(q -> q.kind() == Quote.Kind.DIRECT)
                .extracting(q -> q.speaker().name()).containsExactly("Dimas Prakoso", "Dimas Prakoso");
    }

    @Test
    void aStoryAboutThePersonItsHeadlineNamesMayCallThemIaBeforeNamingThem() {
        String body = """
                Artis cilik ini tengah bersiap syuting film terbarunya. Ia nanti bakal mendapat peran sebagai Lyri.

                "Aku senang banget karena bisa dapat peran di film ini," ujarnya dalam keterangan resmi, Selasa (28/4/2026).
                """;
        Document d = doc(body);
        Entity headlined = new Entity("Nadia Larasati", EntityType.PERSON,
                List.of(new Mention("Nadia Larasati", 0, 14, "name", "/title")), List.of(), null);
        assertThat(Quotes.find(d, List.of(headlined))).singleElement()
                .satisfies(q -> assertThat(q.speaker().name()).isEqualTo("Nadia Larasati"));
        assertThat(Quotes.find(d, List.of())).singleElement()
                .satisfies(q -> assertThat(q.speaker().name()).as("no headline person, no guess").isNull());
    }

    @Test
    void academicDegreesAfterANameAreNotTheSpeaker() {
        Document d = doc("""
                Wakil Rektor Universitas Negeri Surabaya Dwi Cahyo Kartiko S.Pd., M.Kes. menyampaikan apresiasi terhadap kompetisi kampus tersebut.
                """);
        assertThat(Quotes.find(d, List.of())).singleElement()
                .satisfies(q -> assertThat(q.speaker().name()).isEqualTo("Dwi Cahyo Kartiko"));
    }

    @Test
    void aShortDegreeWrittenWithoutPeriodsButInItsOwnCaseIsNoSpeaker() {
        List<Quote> quotes = direct("""
                Ahli gizi Universitas Sumber Rejeki, Dr Ir Sulastri Wahyuningsih, MSi, mengatakan sayur sebaiknya dikukus sebentar. "Kalau direbus terlalu lama, vitaminnya ikut larut ke air," ujarnya, Selasa (3/3/2026).

                Kepala sekolah Dr Ahmad Fauzi, MPd menilai kantin sehat perlu diperluas. "Anak-anak jadi terbiasa memilih jajanan bergizi," katanya.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Sulastri Wahyuningsih", "Ahmad Fauzi");
    }

    @Test
    void aRelativesWordWithNyaSetOffBeforeANameDescribesThatName() {
        Document d = doc("""
                Pemilik warung itu, Sri Wahyuni (47), memahami keresahan warga.

                "Saya tidak setuju dengan keputusan itu, tapi apa pilihan lain yang ada?" katanya.

                Rekannya, Tuti Rahayu (46), mengatakan warga sudah terbiasa dengan kedatangan pejabat di pasar.

                "Kita sering melihat mereka. Tapi yang satu ini sebaiknya tahu diri," ucapnya.

                Suaminya, Bambang Irawan, menuturkan hal serupa. "Pasar ini milik warga," ujarnya.
                """);
        List<Entity> people = List.of(entity(d, "Sri Wahyuni", EntityType.PERSON, "Sri Wahyuni"),
                entity(d, "Tuti Rahayu", EntityType.PERSON, "Tuti Rahayu"), entity(d, "Bambang Irawan", EntityType.PERSON, "Bambang Irawan"));
        assertThat(Quotes.find(d, people).stream().filter(q -> q.kind() == Quote.Kind.DIRECT))
                .extracting(q -> q.speaker().name()).containsExactly("Sri Wahyuni", "Tuti Rahayu", "Bambang Irawan");
    }

    @Test
    void aParagraphClosedByALoneMarkIsAQuoteOnlyWhenItSpeaksAsOne() {
        List<Quote> quotes = direct("""
                Warga Desa Sukamaju menolak rencana pembangunan pabrik semen di lereng bukit.

                Di balai desa, ketua karang taruna Dedi Kurniawan (30) berkata warga tidak akan tinggal diam jika alat berat datang lagi."

                Kepala desa, Sutrisno, mengatakan musyawarah akan digelar pekan depan.

                "Semua pihak akan kami undang," ujarnya.

                Warga pun mulai menggalang tanda tangan.

                Kami hanya ingin mata air di bukit itu tetap ada."
                """);
        assertThat(quotes).extracting(Quote::text).containsExactly("Semua pihak akan kami undang,",
                "Kami hanya ingin mata air di bukit itu tetap ada.");
    }

    @Test
    void celetukAfterAQuoteCuesItsSpeaker() {
        List<Quote> quotes = direct("""
                Para pedagang membicarakan rencana relokasi pasar sambil minum kopi, Rabu (4/3/2026).

                "Pindah ke terminal saja," celetuk seorang pedagang sayur di lapak paling ujung.

                "Terminal itu terlalu jauh dari rumah warga," sahut yang lain.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name(), Quote::cue)
                .containsExactly(tuple("seorang pedagang sayur", "celetuk"), tuple("yang lain", "sahut"));
    }

    @Test
    void aShortFormInBracketsAfterAnOfficesBodyHoldsNoOffice() {
        List<Quote> quotes = direct("""
                Wakil Presiden (Wapres) Budi Santoso meninjau pasar di Semarang, Kamis. Sekretariat Wakil Presiden (Setwapres) di Jakarta menyebut kunjungan itu berlangsung dua jam. "Harga beras aman sampai akhir tahun," kata Wapres dalam sambutannya.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Budi Santoso");
    }

    /** An entity whose mentions are every place {@code surface} occurs (its trailing full stop left out). */
    static Entity entity(Document d, String name, EntityType type, String surface) {
        String word = surface.endsWith(".") ? surface.substring(0, surface.length() - 1) : surface;
        List<Mention> mentions = new java.util.ArrayList<>();
        for (int at = d.text().indexOf(surface); at >= 0; at = d.text().indexOf(surface, at + 1)) {
            mentions.add(new Mention(word, at, at + word.length(), "name"));
        }
        return new Entity(name, type, mentions, List.of(), null);
    }

    @Test
    void aPersonsRolePointingBackNamesAPersonNotABodyOrAWordTheTaggerNamesNoOne() {
        Document racer = doc("""
                Mantan pebalap Formula 2, Luc Morel, memberi tanggapan soal jadwal balap musim depan. "Jadwalnya terlalu padat untuk semua tim," kata Morel. "Para mekanik juga butuh istirahat," ucap mantan pebalap Tim Garuda ini.
                """);
        assertThat(Quotes.find(racer, List.of(entity(racer, "Luc Morel", EntityType.PERSON, "Morel"),
                        entity(racer, "Formula 2", EntityType.ORGANIZATION, "Formula 2")))
                .stream().filter(q -> q.kind() == Quote.Kind.DIRECT)).extracting(q -> q.speaker().name())
                .containsExactly("Luc Morel", "Luc Morel");
        Document beach = doc("""
                Warga Berdatangan ke Pantai Kuta untuk Melihat Penyu

                Warga berdatangan sejak pagi untuk melihat pelepasan tukik. Seorang nenek datang bersama cucunya. "Kami ingin cucu melihat penyu," kata warga Denpasar itu.
                """);
        assertThat(Quotes.find(beach, List.of(entity(beach, "Pantai Kuta", EntityType.PLACE, "Pantai Kuta")))
                .stream().filter(q -> q.kind() == Quote.Kind.DIRECT)).extracting(q -> q.speaker().name())
                .containsExactly("warga Denpasar itu");
    }

    @Test
    void aSpecialistDegreeWithItsConsultantMarkAfterTheNameIsNotTheSpeaker() {
        List<Quote> quotes = direct("""
                Dokter anak di RS Harapan Sehat, dr Ratna Kusumawati, SpA(K) mengingatkan orang tua soal imunisasi."Jangan tunda jadwal vaksin anak," jelasnya kepada wartawan. "Vaksin itu aman," imbuh dr Ratna.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Ratna Kusumawati", "Ratna Kusumawati");
    }

    @Test
    void aRelativeNamedAfterTheCommaSpeaksNotTheOneTheyAreRelatedTo() {
        List<Quote> quotes = direct("""
                Warga Desa Lamasi bernama Sarmini dilaporkan hilang sejak pekan lalu. "Bibi saya pamit ke pasar dan tidak pulang," ungkap keponakan Sarmini, Rusdi saat dihubungi, Senin (4/5/2026). "Kami sudah melapor ke polisi," kata suami Sarmini.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Rusdi", "suami Sarmini");
    }

    @Test
    void aLongQuoteDoesNotPushItsSpeakerOutOfReachOfTheNyaAfterIt() {
        List<Quote> quotes = direct("""
                "Pasokan aman sampai akhir tahun," kata Direktur Utama Perum Logistik Hendra Wibisana. Meski harga gabah naik, Bulog memastikan harga Beras Premium dan Medium tidak berubah. "Medium harganya tetap. Stok kami cukup. Gudang di tiga provinsi penuh. Distribusi berjalan normal," ungkapnya.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Hendra Wibisana", "Hendra Wibisana");
    }

    @Test
    void aBodyOrPeopleOfAPlaceSpeakNotThePlace() {
        List<Quote> quotes = Quotes.find(doc("""
                Polda Sulawesi Tengah melaporkan bahwa dua tersangka sudah ditahan. Sejumlah politikus Belanda mengatakan aturan itu terlalu longgar. "Kapal itu melanggar wilayah kami," kata militer Filipina dalam pernyataannya. Khusus banjir Kalimantan, korban mencapai 40 orang.
                """), List.of());
        assertThat(quotes).extracting(q -> q.speaker().name())
                .containsExactly("Polda Sulawesi Tengah", "Sejumlah politikus Belanda", "militer Filipina");
    }

    @Test
    void aRankMayOpenTheNameAfterTheTitlesCommaAndTheSayingPlaceMayNameItsCity() {
        List<Quote> quotes = direct("""
                "Pelaku kami amankan di depan pasar," kata Kanit Reskrim Polsek Tanah Abang, AKP Rudi Hartawan, Selasa (12/5/2026). Pendeta Markus Loupatty ditemui di Gereja Sion, Ambon, Kamis, mengatakan tema itu dipilih bersama. "Kami berdoa untuk korban," ujarnya.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Rudi Hartawan", "Markus Loupatty");
    }

    @Test
    void theNameSomeoneGoesByNamesTheSpeaker() {
        List<Quote> quotes = direct("""
                Lelaki berusia 40 tahun ini mencetuskan tagar itu sejak awal tahun. "Alhamdulillah sambutannya positif, banyak yang pesan," ujar pria yang akrab disapa Miing ini saat berbincang dengan wartawan di Tangerang, Selasa.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Miing");
    }

    @Test
    void aQuoteClosedByItsFullStopBeforeSomeoneElsesReportedSpeechContinuesTheSpeakerBefore() {
        List<Quote> quotes = direct("""
                "Sebab itu sulit membayangkan pemerintah mau menambah utang," kata Budi Santoso dari Universitas Andalas. "Daerah sebaliknya akan menuntut dana lebih besar. Perbedaan ini sulit dijembatani." Rina Marpaung, analis politik di Medan, menilai pusat dan daerah bisa berselisih tahun depan.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Budi Santoso", "Budi Santoso");
    }

    @Test
    void aDescribedSpeakerGivenANameWithBernamaIsThatName() {
        List<Quote> quotes = direct("""
                Banjir rob kembali merendam permukiman di pesisir utara. "Air masuk rumah sejak subuh, kasur kami basah semua," kata seorang warga bernama Rudi Tamba kepada wartawan, Rabu (6/5/2026). "Kami terpaksa mengungsi ke masjid," ucapnya.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Rudi Tamba", "Rudi Tamba");
    }

    @Test
    void aCueAndItsSpeakerInsideTheSentenceLeadIntoTheQuote() {
        List<Quote> quotes = direct("""
                Warga diminta tetap tenang menghadapi kenaikan harga. Seperti kata Mohammad Hatta, "Indonesia tidak akan bercahaya karena obor besar di Jakarta, tetapi karena lilin di desa." Pesan itu dibacakan di akhir acara.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Mohammad Hatta");
    }

    @Test
    void aNameAfterAFrontedTimePhraseIsWhomTheNyaPointsTo() {
        Document d = doc("""
                Harga bahan bakar nonsubsidi turun mulai Sabtu. Menurut Bambang, penurunan itu mengikuti harga minyak dunia. Selain Petramax, harga BBM nonsubsidi lainnya juga turun. Petramax Super turun dari Rp 15.200/liter menjadi Rp 14.050/liter. Pada kesempatan itu Bambang turut mengomentari rencana pembatasan pembelian Petralite. Saat ini pihaknya masih menunggu revisi Perpres Nomor 191 Tahun 2014. "Di SPBU sistem pembayarannya ada yang tunai ada yang nontunai," imbuhnya.
                """); // the product the sentence before is about is no speaker
        List<Quote> quotes = Quotes.find(d, id.warta.entities.Entities.shipped().find(d)).stream()
                .filter(q -> q.kind() == Quote.Kind.DIRECT).toList();
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Bambang");
    }

    @Test
    void theAgentOfAPassiveVerbOfSayingIsWhomTheNyaPointsTo() {
        Document d = doc("""
                Menteri Perhubungan Darmawan Saputra mengatakan jalur mudik tahun ini lebih siap. "Kami sudah memeriksa semua jembatan di jalur selatan," kata Darmawan, Senin (6/4/2026). Operator jalan tol juga menyiapkan gerbang tambahan. Hal itu disampaikan Direktur Operasi PT Tol Nusantara, Sinta Maharani dalam jumpa pers di lokasi yang sama. "Kami menambah dua puluh gardu di gerbang utama," ujarnya. Pernyataan tersebut diungkapkan oleh Kepala Dinas Perhubungan Kota Serayu Yoga Pratama di sela rapat. "Petugas akan berjaga sepanjang malam," katanya. Bantuan itu disampaikan kepada warga di tepi jalan. "Semua warga mendapat paket makanan," katanya. Yoga menanggapi keluhan yang disampaikan Bupati Serayu Hendra Wijaya soal antrean. "Antrean akan kami urai dengan petugas tambahan," ujarnya.
                """); // "yang disampaikan X": what X said is talked about, the subject still speaks
        List<Quote> quotes = Quotes.find(d, id.warta.entities.Entities.shipped().find(d)).stream()
                .filter(q -> q.kind() == Quote.Kind.DIRECT).toList();
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly(
                "Darmawan Saputra", "Sinta Maharani", "Yoga Pratama", "Yoga Pratama", "Yoga Pratama");
    }

    @Test
    void theOneWhoAcknowledgesOrConfirmsIsWhomTheNyaPointsTo() {
        Document d = doc("""
                Pengelola Pasar Baru Serayu, Dimas Prakoso, mengatakan pasar itu selalu ramai menjelang Lebaran. "Kami menambah petugas parkir," kata Dimas. Ramainya pembeli diakui oleh ibu Ratna Wulandari, pedagang kain di lantai dua. "Sejak pagi pembeli sudah antre," tuturnya. Kenaikan harga kain juga dibenarkan Hendra Gunawan, pemasok dari Bandung. "Harga benang naik dua kali bulan ini," ujarnya.
                """); // "diakui oleh X", "dibenarkan X": X said so, and speaks next
        List<Quote> quotes = Quotes.find(d, id.warta.entities.Entities.shipped().find(d)).stream()
                .filter(q -> q.kind() == Quote.Kind.DIRECT).toList();
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Dimas Prakoso", "Ratna Wulandari", "Hendra Gunawan");
    }

    @Test
    void aDatelinePlaceAfterThePassiveAgentIsNoAgent() {
        Document d = doc("""
                Saham perbankan diperkirakan menguat pekan ini. "Investor asing kembali masuk ke saham bank besar," kata Direktur Riset Mitra Sekuritas Budi Hartanto. Demikian dikatakan Analis PT Mandiri Sekuritas Rudi Wicaksono, Jakarta, Senin (6/4/2026). "Koreksi kemarin hanya sementara," ujarnya.
                """); // the place of a dateline after the agent's comma is not who said it
        List<Quote> quotes = Quotes.find(d, id.warta.entities.Entities.shipped().find(d)).stream()
                .filter(q -> q.kind() == Quote.Kind.DIRECT).toList();
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Budi Hartanto", "Rudi Wicaksono");
    }

    @Test
    void aSentenceWithNoSubjectNamingOnePersonBringsOnWhomTheNextPronounMeans() {
        Document d = doc("""
                BANDUNG - Pemerintah Kota Bandung meluncurkan program pelatihan wirausaha muda, Senin (4/5/2026).

                "Kami ingin anak muda Bandung berani membuka usaha sendiri," kata Wali Kota Bandung Arief Nugraha.

                Pada kesempatan yang sama, turut hadir pendiri Kopi Senja, Dewi Anggraini yang menjadi salah satu mentor.

                Ia menuturkan, "Peserta akan didampingi selama enam bulan sampai usahanya berjalan."

                Menurut Arief, doa bersama bagi korban banjir juga digelar di sejumlah masjid. Salah satunya oleh Wakil Wali Kota Bandung, Rudi Hartanto.

                "Mari kita doakan saudara-saudara kita agar segera bangkit kembali," katanya.
                """);
        List<Quote> quotes = Quotes.find(d, id.warta.entities.Entities.shipped().find(d)).stream()
                .filter(q -> q.kind() == Quote.Kind.DIRECT).toList();
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Arief Nugraha", "Dewi Anggraini",
                "Rudi Hartanto");
    }

    @Test
    void aPersonNamedBesideAPronounIsNotBroughtOnInItsPlace() {
        Document d = doc("""
                JAKARTA - Warga bernama Sinta Maharani terjebak macet hampir tiga jam di Jalan Sudirman, Rabu (13/5/2026).

                "Biasanya sepuluh menit sudah sampai kantor," kata Sinta Maharani.

                Dari kabar yang ia dengar, jalan ditutup untuk rombongan tamu negara, Perdana Menteri Jepang, Hiroshi Tanaka.

                "Mestinya ada pengumuman dari pagi supaya kami bisa lewat jalan lain," ujarnya.
                """);
        List<Quote> quotes = Quotes.find(d, id.warta.entities.Entities.shipped().find(d)).stream()
                .filter(q -> q.kind() == Quote.Kind.DIRECT).toList();
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Sinta Maharani", "Sinta Maharani");
    }

    @Test
    void whoTheNarrationReachesForCommentIsWhomTheNyaPointsTo() {
        Document d = doc("""
                Foto ulat berbulu di pagar rumah warga ramai dibagikan. Kami lalu menghubungi peneliti serangga dari Lembaga Ilmu Hayati (LIH) Doktor Wulan Pramesti MSc, PhD. Dia menjelaskan ulat itu tidak berbahaya bagi manusia. "Bulunya memang gatal, tetapi cukup dicuci dengan sabun," tuturnya melalui pesan singkat, Senin (4/5/2026). Gubernur Andi Wijaya menghubungi Kepala Dinas Kesehatan Rina Hapsari. "Warga tidak perlu panik," ujarnya.
                """); // the one reaching, when a person, stays the subject
        List<Quote> quotes = Quotes.find(d, id.warta.entities.Entities.shipped().find(d)).stream()
                .filter(q -> q.kind() == Quote.Kind.DIRECT).toList();
        assertThat(quotes).extracting(q -> q.speaker().name()).allSatisfy(n -> assertThat(n).isNotNull());
        assertThat(quotes.get(0).speaker().name()).startsWith("Wulan Pramesti");
        assertThat(quotes.get(1).speaker().name()).isEqualTo("Andi Wijaya");
    }

    @Test
    void aTermQuotedWithTheSameStraightMarksInsideAQuoteDoesNotEndIt() {
        List<Quote> quotes = direct("""
                Mantan menteri Budi Santoso menilai harga beras mulai mengkhawatirkan. "Harga beras sudah "lampu kuning". Jangan sampai "merah"," tulis Budi di akun media sosialnya. Ia meminta pemerintah bertindak. "Jangan sampai warga kehilangan "trust" kepada pasar," ujarnya.
                """);
        assertThat(quotes).extracting(Quote::text).containsExactly(
                "Harga beras sudah \"lampu kuning\". Jangan sampai \"merah\",",
                "Jangan sampai warga kehilangan \"trust\" kepada pasar,");
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Budi Santoso", "Budi Santoso");
    }

    @Test
    void aNestedTermDoesNotMakeTheNormaliserSpaceACloseGluedToItsCue() {
        List<Quote> quotes = direct("""
                Rina bercerita tentang masa sekolahnya.    "Kawan-kawan sekelas sering menyebut saya "kutu buku" dan tidak mau mengajak saya bermain,"kenang Rina.    Lebih lanjut Rina mengatakan ia kini menjadi guru.
                """);
        assertThat(quotes).extracting(Quote::text).containsExactly(
                "Kawan-kawan sekelas sering menyebut saya \"kutu buku\" dan tidak mau mengajak saya bermain,");
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Rina");
    }

    @Test
    void anOpeningCurlyMarkTypedForTheCloseBeforeItsCueClosesTheQuote() {
        List<Quote> quotes = direct("""
                Ketua paguyuban pedagang Dedi Kurnia meminta pasar segera diperbaiki. “Atap los sudah bocor di banyak tempat. Kami berharap perbaikan dimulai bulan ini, “ ujarnya. Pengelola pasar belum menanggapi permintaan tersebut hingga sore hari.
                """);
        assertThat(quotes).extracting(Quote::text).containsExactly(
                "Atap los sudah bocor di banyak tempat. Kami berharap perbaikan dimulai bulan ini,");
        assertThat(quotes.getFirst().speaker().name()).isEqualTo("Dedi Kurnia");
    }

    @Test
    void aCueWithItsCliticHasItsSpeakerNotTheNextSentencesSubject() {
        List<Quote> quotes = direct("""
                Kepala sekolah Wahyu Pratama menyebut gedung baru siap dipakai. "Kami mulai memakai kelas baru pekan depan," ujarnya Panitia pembangunan menyerahkan kunci pada Kamis.
                """); // the full stop after the cue was lost
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Wahyu Pratama");
        List<Quote> doubled = direct("""
                Andi Wijaya, direktur pelabuhan, menyambut rombongan. Menteri Koordinator Budi Santoso lalu meninjau dermaga. "Dermaga baru selesai bulan depan," ujarnya ujar Andi di Makassar, Kamis.
                """); // an edit left both cues: the second names the speaker
        assertThat(doubled).extracting(q -> q.speaker().name()).containsExactly("Andi Wijaya");
    }

    @Test
    void aQuotedTermAfterAMistypedCloseIsTheNarrationsNotNested() {
        List<Quote> quotes = direct("""
                Maskapai itu memperkenalkan kelas "Hemat Pintar' dengan harga terjangkau. Adapun kelas "Hemat Pintar" berlaku untuk rute pendek. Direktur Niaga Rudi Hartono menjelaskan harga tiket kelas itu lebih murah sepertiga. "Ini pilihan bagi penumpang yang membawa sedikit barang," ungkap Rudi.
                """);
        assertThat(quotes).extracting(Quote::text).noneMatch(t -> t.contains("menjelaskan"))
                .contains("Ini pilihan bagi penumpang yang membawa sedikit barang,");
    }

    @Test
    void aDefiniteRoleOfABodyPointsBackToItsHolder() {
        Document d = doc("""
                Mantan Gubernur Jawa Tengah, Bambang Sutrisno mengatakan harga beras naik. Bukan hanya beras yang naik. Termasuk gula. Ketua Umum Partai Maju itu juga menilai kenaikan harga melebihi kewajaran. "Petani dan pedagang kecil telah terpukul," ucapnya.
                """);
        List<Quote> quotes = Quotes.find(d, id.warta.entities.Entities.shipped().find(d)).stream()
                .filter(q -> q.kind() == Quote.Kind.DIRECT).toList();
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Bambang Sutrisno");
    }

    @Test
    void theFirstParagraphsFirstMarkOpensAQuoteEvenWhenTheMarksAreOdd() {
        List<Quote> quotes = direct("""
                Menteri Budi Santoso menilai harga beras naik sejak awal tahun."Warga harus berhemat," tulis Budi.Ia menambahkan pasar sudah tenang."Harga akan turun pekan depan," tulisnya," tulisnya.
                """); // a stray mark makes the count odd; no earlier paragraph has a quote to close
        assertThat(quotes).extracting(Quote::text).noneMatch(t -> t.contains("menilai"))
                .contains("Warga harus berhemat,");
        assertThat(quotes.getFirst().speaker().name()).isEqualTo("Budi Santoso");
    }

    @Test
    void aOneWordNameOpeningASentenceIsItsSubjectWhenTaggedAPersons() {
        Document d = doc("""
                Harga pupuk naik lagi. Sutrisno, seorang petani di Klaten, mengeluhkan kenaikan itu. Panen tahun ini juga buruk. "Kami rugi besar musim ini," ujarnya.
                """);
        List<Quote> quotes = Quotes.find(d, id.warta.entities.Entities.shipped().find(d)).stream()
                .filter(q -> q.kind() == Quote.Kind.DIRECT).toList();
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Sutrisno");
    }

    @Test
    void aTitleAfterANamesCommaWithNoClosingCommaBelongsToThatName() {
        Document d = doc("""
                Pengelola jalan tol menyiapkan jalur alternatif selama libur panjang. Hendra Wijaya, Direktur Utama PT Tol Nusantara mengatakan antrean di gerbang tol bisa diurai. "Kami siapkan petugas tambahan di setiap gerbang," ujarnya.
                """);
        List<Quote> quotes = Quotes.find(d, id.warta.entities.Entities.shipped().find(d)).stream()
                .filter(q -> q.kind() == Quote.Kind.DIRECT).toList();
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Hendra Wijaya");

        Document english = doc("""
                Ponsel baru itu dirilis pekan depan. Rina Kartika, Marketing Director Ponsel Nusantara mengatakan stok disiapkan di semua kota. "Kami siapkan seribu unit untuk hari pertama," ujarnya.
                """); // the title opens with a word that is no role (Marketing) and names no one
        assertThat(Quotes.find(english, id.warta.entities.Entities.shipped().find(english)).stream()
                .filter(q -> q.kind() == Quote.Kind.DIRECT)).extracting(q -> q.speaker().name())
                .containsExactly("Rina Kartika");
    }

    @Test
    void aNameWithItsAgeInBracketsAndARelativeClauseIsTheSubjectOfTheVerbAfterThem() {
        Document d = doc("""
                Harga cabai di Pasar Sukamaju naik tajam. Rudi Hartono, pedagang di pasar itu, sudah berjualan sejak pagi. "Harganya naik terus sejak minggu lalu," kata Rudi.

                Sementara itu, ditemui di lokasi yang sama, Sumi (52) yang bekerja sebagai buruh cuci mengaku terpaksa mengurangi belanja. "Sekarang saya beli setengah saja, uangnya tidak cukup," kata dia.

                Di pasar lain, Darto (47) mengatakan pembeli mulai sepi. "Biasanya ramai sekali kalau pagi begini," ujarnya.

                Pebalap muda Andi Saputra masih berharap naik kelas musim depan. Pebalap Yamaha yang memimpin klasemen itu mengatakan negosiasi masih berjalan. "Saya tetap optimistis," ujarnya.
                """); // a relative clause closed by itu makes a description pointing back, not the body before yang
        List<Quote> quotes = Quotes.find(d, id.warta.entities.Entities.shipped().find(d)).stream()
                .filter(q -> q.kind() == Quote.Kind.DIRECT).toList();
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Rudi Hartono", "Sumi", "Darto", "Andi Saputra");
        assertThat(Quotes.find(d, id.warta.entities.Entities.shipped().find(d))).extracting(q -> q.speaker().name())
                .doesNotContain("Yamaha");
    }

    @Test
    void peopleListedWithTheirAgesAsSubjectsOfOtherVerbsAreNoVoices() {
        Document d = doc("""
                Minibus masuk parit di ruas tol pada Senin sore. Kepala Unit Lantas Tol, Ajun Komisaris Lingga Ramadhani mengatakan, satu orang meninggal dunia.

                Untuk korban luka, Darsito (61) mengalami luka di tangan, lalu Arinda Putri (32) dan Nabila Amira (25) mengalami luka di kaki.

                "Untuk para pengendara, kami imbau istirahat di rest area," ungkap dia.
                """);
        List<Quote> quotes = Quotes.find(d, id.warta.entities.Entities.shipped().find(d)).stream()
                .filter(q -> q.kind() == Quote.Kind.DIRECT).toList();
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Lingga Ramadhani");
    }

    @Test
    void aUnitTitleAfterARankedNamesCommaIsTheHoldersNotTheSpeaker() {
        Document d = doc("""
                Polisi menangkap dua pencuri sepeda motor di Kelurahan Sukamaju pada Senin malam.

                "Keduanya kami tangkap saat hendak menjual motor curian itu," kata Ipda Budi Santoso, Kanit Reskrim Polsek Sukamaju, Selasa (3/6/2025).

                "Kami masih memburu satu pelaku lain yang kabur ke luar kota," ujar AKBP Hendra Gunawan, Kapolres Bogor.

                Iptu Rina Lestari, Kasi Humas Polres Cianjur, mengatakan kasus serupa juga terjadi di wilayahnya. "Pelakunya masih satu jaringan dengan mereka," katanya.

                "Pengendara kami minta memakai kunci ganda di malam hari," ujar Kanit Lantas Polsek Sukamaju, AKP Arif Rahman Hakim.
                """);
        List<Quote> quotes = Quotes.find(d, id.warta.entities.Entities.shipped().find(d)).stream()
                .filter(q -> q.kind() == Quote.Kind.DIRECT).toList();
        assertThat(quotes).extracting(q -> q.speaker().name())
                .containsExactly("Budi Santoso", "Hendra Gunawan", "Rina Lestari", "Arif Rahman Hakim");
    }

    @Test
    void aNameSetBesideADescriptionByYaknOrBernamaAfterWhereTheyAreIsTheSpeakers() {
        List<Quote> quotes = direct("""
                Jumlah penumpang kereta cepat melonjak selama libur akhir tahun.

                "Kami sengaja naik kereta cepat karena lebih nyaman untuk anak-anak," kata salah satu penumpang KRL yakni Rani (34) di Stasiun Manggarai.

                "Harga tiketnya masih terjangkau untuk keluarga kami," ujar salah satu penumpang kereta, yaitu Dimas Pratama.

                "Kabel itu sudah lama menjuntai di atas trotoar," ujar salah satu pedagang di sekitar lokasi bernama Yanti.

                "Kami berharap jadwal keretanya ditambah lagi," kata petugas di stasiun itu.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name())
                .containsExactly("Rani", "Dimas Pratama", "Yanti", "petugas");
    }

    @Test
    void anOfficeWithDanInItsNameIsTheTitlesNotAPersonAfterDan() {
        Document d = doc("""
                JAKARTA - Menteri Pemuda dan Olahraga (Menpora), Dito Hartanto mengunjungi pelatnas bulu tangkis di Cipayung, Senin (2/4/2018).

                "Saya senang melihat semangat para atlet meski sedang berpuasa," kata Menteri asal Bekasi tersebut.

                "Persiapan menuju kejuaraan dunia harus matang sejak awal," ujar Menpora.

                Menteri Komunikasi dan Digital Ratna Wulandari juga hadir. "Kami siapkan siaran langsung untuk semua laga," katanya.
                """);
        List<Quote> quotes = Quotes.find(d, id.warta.entities.Entities.shipped().find(d)).stream()
                .filter(q -> q.kind() == Quote.Kind.DIRECT).toList();
        assertThat(quotes).extracting(q -> q.speaker().name())
                .containsExactly("Dito Hartanto", "Dito Hartanto", "Ratna Wulandari");
    }

    @Test
    void wordsAfterABracketedShortTitleGoOnTheTitleNotAName() {
        Document d = doc("""
                JAKARTA - Tarif inap kontainer akan dinaikkan. Hal itu disampaikan Menteri Koordinator (Menko) Kesejahteraan Rakyat, Wiryawan Santoso di Jakarta.

                "Kami naikkan tarif agar barang cepat keluar," kata Wiryawan.

                "Pemilik barang akan berhitung ulang," pungkas Menko Kesejahteraan Rakyat.

                "Tidak ada lagi kontainer menumpuk," ujar Menko.
                """);
        List<Quote> quotes = Quotes.find(d, id.warta.entities.Entities.shipped().find(d)).stream()
                .filter(q -> q.kind() == Quote.Kind.DIRECT).toList();
        assertThat(quotes).extracting(q -> q.speaker().name())
                .containsExactly("Wiryawan Santoso", "Wiryawan Santoso", "Wiryawan Santoso");
    }

    @Test
    void aCuelessQuoteAfterASentenceAboutOneQuotedBeforeIsTheirs() {
        String quoted = """
                Aplikasi SehatJalan diluncurkan di Bandung, Minggu. "Kami ingin warga bisa berjalan kaki dengan aman setiap hari," kata penggagasnya, Rudi Hartono Wibisono. "Banyak trotoar yang rusak dan belum dipetakan," ujar Sinta Maharani dari komunitas pejalan kaki.""";
        String after = """
                 Rudi ingin agar pemerintah daerah memakai data itu untuk memperbaiki trotoar. "Data dari warga adalah modal paling murah untuk kota yang lebih ramah."
                """;
        // with a sentence between, as right after the last speaker's quote: not Sinta's, who spoke last
        for (String body : List.of(quoted + " Aplikasi ini memuat peta trotoar di lima kota." + after, quoted + after)) {
            assertThat(direct(body)).extracting(q -> q.speaker().name(), Quote::cue).containsExactly(
                    tuple("Rudi Hartono Wibisono", "kata"), tuple("Sinta Maharani", "ujar"), tuple("Rudi Hartono Wibisono", null));
        }
    }

    @Test
    void aCuelessQuoteAfterASentenceAboutSomeoneNeverQuotedHasNoSpeaker() {
        List<Quote> quotes = direct("""
                Warga Desa Sukamaju memprotes rencana tambang pasir. "Kami menolak tambang di dekat sawah," kata Kepala Desa Sukamaju, Darmaji. Warga lalu berkumpul di balai desa. Bupati Hendra Kusuma meninjau lokasi pada Senin. "Tambang itu merusak jalan desa kami."
                """);
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Darmaji", null);
    }

    @Test
    void aSecondOfficeAfterASlashIsPartOfTheSubjectTheNyaPointsBackTo() {
        List<Quote> quotes = direct("""
                KOMPAS.com - Menteri Kelautan dan Perikanan/Kepala Bappenas Budi Santoso menyampaikan komitmen pemerintah untuk nelayan.

                "Kami akan terus mendukung nelayan kecil di seluruh pelabuhan," ujarnya dikutip dari Antara, Selasa (4/11/2025).
                """);
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.cue()).isEqualTo("ujarnya"); // not lost to the lead's verb of saying, read as the introducer
            assertThat(q.speaker().name()).endsWith("Budi Santoso");
        });
    }

    @Test
    void aCapitalisedSalahSatuAfterACueOpensADescriptionNotAName() {
        List<Quote> quotes = direct("""
                Warga mengeluhkan jadwal kereta yang sering terlambat.

                "Kereta pagi hampir setiap hari terlambat setengah jam," kata Salah satu warga, Dedi Kurniawan.

                "Kami minta jadwalnya diumumkan lebih awal," ujar Salah seorang penumpang.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Dedi Kurniawan", "Salah seorang penumpang");
    }

    @Test
    void aRoleWithAnIndefiniteDeterminerInsideItIsSomeoneNewNotTheRolesOneHolder() {
        List<Quote> quotes = direct("""
                MAGETAN - Staf kelurahan Warno Sutrisno mengaku gajinya raib sehari setelah masuk rekening. "Saya tidak pernah transfer ke mana pun," ujar Warno, Selasa (10/6/2025). Wartawan berupaya meminta konfirmasi ke kantor cabang bank, sayangnya salah satu staf kantor mengatakan hanya pemilik rekening yang bisa meminta data. "Mohon maaf, ini terkait kerahasiaan nasabah," katanya.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Warno Sutrisno", "sayangnya salah satu staf kantor");
    }

    @Test
    void theNameBeforeADescriptionWhosePlaceRunsOnInCommasSpeaksNotTheLastPlace() {
        Document d = doc("""
                MAGETAN - Warno, staf Desa Sukorejo, Kecamatan Plaosan, Kabupaten Magetan, Jawa Timur mengatakan, "Gaji saya raib sehari setelah masuk rekening."

                Kepala Dinas Pendidikan, Pemuda, dan Olahraga Magetan, Sutrisno Hadi, mengatakan, "Sekolah tetap buka seperti biasa."
                """);
        List<Quote> quotes = Quotes.find(d, id.warta.entities.Entities.shipped().find(d)).stream()
                .filter(q -> q.kind() == Quote.Kind.DIRECT).toList();
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Warno", "Sutrisno Hadi");
    }

    @Test
    void aCountryAfterARoleInsideAQuoteIsNoHolderOfThatRole() {
        Document d = doc("""
                Delegasi Timor Leste yang dipimpin Menteri Pemuda dan Olahraga (Menpora), Jose Amaral Belo menyampaikan bahwa minat warga di negaranya terhadap bulu tangkis sangat tinggi. Melihat minat itu, Timor Leste menginginkan adanya kerja sama pelatih. "Kami sudah memiliki lima klub besar di ibu kota. Kami harap ada kerja sama yang lebih erat lagi," ujarnya, Kamis (7/5/2026). Sementara itu, Menteri Pemuda dan Olahraga Indonesia (Menpora) Bima Santoso menyambut ajakan itu. "Tadi saya sampaikan kepada Menpora Timor Leste bahwa kami siap mendukung pelatihan," ujar Bima.
                """);
        List<Quote> quotes = Quotes.find(d, id.warta.entities.Entities.shipped().find(d)).stream()
                .filter(q -> q.kind() == Quote.Kind.DIRECT).toList();
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Jose Amaral Belo", "Bima Santoso");
    }

    @Test
    void afterMenurutANameSetOffAloneAfterATitleWithAClauseHoldsTheTitle() {
        Document d = doc("""
                Pasar Minggu tampak lengang sejak siang.

                Menurut salah satu pedagang yang sudah berjualan sejak subuh, Darto, pembeli sepi sejak hujan turun.

                "Biasanya siang sudah habis, sekarang masih banyak sisa," ucapnya.
                """);
        assertThat(Quotes.find(d, List.of())).extracting(q -> q.speaker().name()).containsExactly("Darto", "Darto");
        // after a report the name opens what the report tells of the one named
        Document report = doc("""
                Menurut sebuah laporan dari harian setempat, Budi Hartono, kepala dinas yang baru dilantik, telah meminta anak buahnya bekerja lembur.
                """);
        assertThat(Quotes.find(report, List.of())).extracting(q -> q.speaker().name()).doesNotContain("Budi Hartono");
    }

    @Test
    void aKinWordBeforeAChildsInitialsMakesTheUnnamedRelativeTheSubjectOfSaying() {
        List<Quote> quotes = direct("""
                GARUT - Bupati Hendra Wijaya telah bertemu dengan keluarga RK, siswa yang dihukum gurunya.

                "Semua pihak sudah sepakat berdamai," ujar Hendra Wijaya, Kamis (6/11/2025).

                Ayah RK mengatakan peristiwa itu menjadi pelajaran bagi keluarganya.

                "Semoga anak saya dan teman-temannya bisa belajar dengan tenang lagi," ucapnya.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Hendra Wijaya", "Ayah RK");
    }

    @Test
    void aLowercaseFunctionWordAfterATitledNameEndsTheTitleBeforeAnEventsName() {
        List<Quote> quotes = direct("""
                BOGOR - Kepala Dinas Sosial Kota Bogor dr Wulan Purnama menyebut jumlah warga miskin naik tahun ini.

                "Jumlahnya naik hampir dua kali lipat," ucap dr Wulan dalam acara The Bogor Welfare Forum, Sabtu (23/5/2026).

                Pemerintah kota menyiapkan anggaran tambahan untuk bantuan sosial.

                "Semua data sudah kami serahkan kepada wali kota," ujar dr Wulan.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Wulan Purnama", "Wulan Purnama");
    }

    @Test
    void capitalsUsedOnceAfterAPersonsNameAndCommaAreADegreeNotTheSubject() {
        List<Quote> quotes = Quotes.find(doc("""
                BOGOR - Kepala Bidang Layanan Dinas Sosial Kota Bogor dr Wulan Purnama, MKM mengungkapkan jumlah warga miskin naik tahun ini.

                "Jumlahnya naik hampir dua kali lipat dibanding tahun lalu," kata dia.

                Sementara itu, Budi Hartono, KPK menyebut laporan itu sudah diterima. KPK akan memeriksanya pekan depan.
                """), List.of());
        assertThat(quotes).extracting(q -> q.speaker().name(), Quote::kind).containsExactly(
                tuple("Wulan Purnama", Quote.Kind.INDIRECT), tuple("Wulan Purnama", Quote.Kind.DIRECT),
                tuple("KPK", Quote.Kind.INDIRECT));
    }

    @Test
    void theHeadOfStateIsThePresidentTheArticleNamed() {
        String body = """
                JAKARTA - Presiden Surya Adiwangsa menerima para duta besar di Istana Merdeka, Senin (2/3/2026).

                "Kita ingin perdagangan yang adil bagi semua," kata Surya.

                "Saya juga mengundang mereka berinvestasi di daerah," ujar Kepala Negara melanjutkan.
                """;
        List<Quote> quotes = direct(body, id.warta.entities.Entities.shipped().find(doc(body)));
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Surya Adiwangsa", "Surya Adiwangsa");
    }

    @Test
    void ofSeveralPresidentsTheHeadOfStateIsTheOneTheTextIsAbout() {
        String body = """
                JAKARTA - Presiden Surya Adiwangsa bertemu Presiden Brasil Carlos Mendes di Brasilia, Senin (2/3/2026).

                "Dengan Presiden Mendes kami sepakat memperluas kerja sama pangan," kata Surya.

                "Brasil adalah mitra penting bagi petani kita," ujar Kepala Negara.
                """;
        List<Quote> quotes = direct(body, id.warta.entities.Entities.shipped().find(doc(body)));
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Surya Adiwangsa", "Surya Adiwangsa");
    }

    @Test
    void aNyaAfterABareForceNameIsTheOfficerLastQuotedNotTheForce() {
        List<Quote> quotes = direct("""
                JAKARTA - Dua pencuri sepeda motor ditangkap di Tebet. Kapolsek Tebet Kompol Budi Hartanto mengatakan kedua pelaku sudah lama diincar.

                "Mereka beraksi pada malam hari," kata Budi, Senin.

                Polisi mengatakan kedua pelaku saling kenal. Petugas juga menemukan kunci palsu di rumah pelaku.

                "Mereka mengincar motor yang diparkir di depan rumah," jelasnya.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Budi Hartanto", "Budi Hartanto");
    }

    @Test
    void titlesAfterATitlesCommaOpenTheNameThoughWrittenWithFullStops() {
        List<Quote> quotes = direct("""
                MALANG - Kasus gagal ginjal pada anak meningkat.

                "Anak-anak sebaiknya tidak minum minuman manis setiap hari," kata dokter spesialis anak, Dr. dr. Ratna Wulandari, SpA(K), di Malang, Senin.

                "Air putih tetap yang terbaik," kata Ketua Ikatan Dokter Kota, Prof Dr dr Agus Salim, SpPD, di tempat yang sama.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Ratna Wulandari", "Agus Salim");
    }

    @Test
    void aSubspecialtyJoinedToTheDegreeByADashClosesTheNameBeforeTheVerb() {
        List<Quote> quotes = direct("""
                Dokter spesialis penyakit dalam di RS Harapan Kita, dr. Ratna Wulandari, SpPD-KGEH mengatakan, gula darah tinggi memicu kerusakan ginjal.

                "Kadar gula yang tinggi dalam jangka panjang meningkatkan risiko gagal ginjal," ujarnya.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Ratna Wulandari");
    }

    @Test
    void aCapitalisedDanInsideASentenceBeforeANameIsAGivenName() {
        List<Quote> quotes = direct("""
                JAKARTA - Gletser di pegunungan mencair lebih cepat dari perkiraan.

                "Kami melihat danau baru terbentuk setiap tahun," kata ahli geologi Dan Shugar dari Universitas Calgary.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Dan Shugar");
    }

    @Test
    void aRoleWordThatIsAGivenNameOpensTheTaggedPersonsNameNotATitle() {
        String body = """
                JAKARTA - Menteri Pemuda dan Olahraga (Menpora), Imam Santoso menegaskan persiapan pekan olahraga sudah matang.

                "Kami tidak akan mundur," tegas Menpora dalam jumpa pers di Jakarta.

                "Semua venue siap dipakai," kata Imam.
                """;
        Document d = doc(body);
        int full = d.text().indexOf("Imam Santoso"), at = d.text().lastIndexOf("Imam");
        Entity imam = new Entity("Imam Santoso", EntityType.PERSON, List.of(new Mention("Imam Santoso", full, full + 12, "name"),
                new Mention("Imam", at, at + 4, "name")), List.of(), null);
        List<Quote> quotes = Quotes.find(d, List.of(imam)).stream().filter(q -> q.kind() == Quote.Kind.DIRECT).toList();
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Imam Santoso", "Imam Santoso");
    }

    @Test
    void aMonthThatOpensATaggedPersonsNameIsThatPersonAfterTheCue() {
        String body = """
                SLEMAN - Juni Lestari (51), perajin batik di Desa Sidoarum, mulai menerima pesanan sejak 12 Juni.

                "Pesanan naik dua kali lipat menjelang musim hajatan," ungkap Juni saat ditemui di rumahnya.

                "Kami sampai menambah dua pekerja," tambahnya.
                """;
        Document d = doc(body);
        int full = d.text().indexOf("Juni Lestari"), at = d.text().indexOf("Juni saat");
        Entity juni = new Entity("Juni Lestari", EntityType.PERSON, List.of(new Mention("Juni Lestari", full, full + 12, "name"),
                new Mention("Juni", at, at + 4, "name")), List.of(), null);
        List<Quote> quotes = Quotes.find(d, List.of(juni)).stream().filter(q -> q.kind() == Quote.Kind.DIRECT).toList();
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Juni Lestari", "Juni Lestari");
    }

    @Test
    void aPersonNamedWithTheRoleSetAfterIsBroughtOnForTheNyaAfterIt() {
        Document d = doc("""
                JAKARTA - Ketua Asosiasi Pedagang Pasar, Budi Hartono, menyebut harga beras naik sejak awal bulan.

                "Harga beras naik hampir sepuluh persen," kata Budi.

                Kondisi serupa juga dirasakan oleh Sari (29), pemilik warung makan di Pasar Baru.

                Ia mengaku pembelinya berkurang.

                "Pembeli sekarang jauh lebih sedikit dari biasanya," ujarnya.
                """);
        List<Entity> found = new Pipeline().analyze(d).entities();
        assertThat(Quotes.find(d, found).stream().filter(q -> q.kind() == Quote.Kind.DIRECT))
                .extracting(q -> q.speaker().name()).containsExactly("Budi Hartono", "Sari");
        // one named in passing, the comma closing the fronted clause, is not brought on
        Document passing = doc("""
                BEKASI - Seorang karyawan pabrik yang terkena PHK menyebut perusahaan akan memangkas pegawai lagi.

                Ketika ditanya tentang sikap Hendra Wijaya, pekerja tersebut menjawab singkat.

                "Dia sama sekali tidak peduli pada kami," klaimnya.
                """);
        List<Entity> inPassing = new id.warta.pipeline.Pipeline().analyze(passing).entities();
        assertThat(Quotes.find(passing, inPassing).stream().filter(q -> q.kind() == Quote.Kind.DIRECT))
                .extracting(q -> q.speaker().name()).doesNotContain("Hendra Wijaya");
    }

    @Test
    void aNameARolesCommaBringsIsAPersonWhateverTypeTheEntityLayerGaveIt() {
        String body = """
                SLEMAN - Juni Lestari (51), perajin batik di Desa Sidoarum, mulai menerima pesanan sejak 12 Juni.

                "Pesanan naik dua kali lipat menjelang musim hajatan," ungkap Juni saat ditemui di rumahnya.

                Setelah Lebaran, Juni berencana membuka kios di pasar.

                Salah seorang warga Sidoarum, Parjo, mengaku baru pertama kali membeli batik tulis.

                "Ternyata warnanya lebih awet daripada batik cetak," ujarnya.
                """;
        Document d = doc(body);
        int full = d.text().indexOf("Juni Lestari"), at = d.text().indexOf("Juni saat"), again = d.text().indexOf("Juni berencana");
        int parjo = d.text().indexOf("Parjo");
        Entity juni = new Entity("Juni Lestari", EntityType.PERSON, List.of(new Mention("Juni Lestari", full, full + 12, "name"),
                new Mention("Juni", at, at + 4, "name"), new Mention("Juni", again, again + 4, "name")), List.of(), null);
        Entity place = new Entity("Parjo", EntityType.PLACE, List.of(new Mention("Parjo", parjo, parjo + 5, "name")), List.of(), null);
        List<Quote> quotes = Quotes.find(d, List.of(juni, place)).stream().filter(q -> q.kind() == Quote.Kind.DIRECT).toList();
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Juni Lestari", "Parjo");
    }

    @Test
    void aTitleOfNumberedUnitsGoesOnPastItsCommasToTheHolder() {
        List<Quote> quotes = direct("""
                BEKASI - Warga mengeluhkan bau sampah dari pabrik pengolahan.

                "Anak-anak banyak yang batuk," kata Ketua RT 18, RW 14, Klaster Anggrek JGC, Jakarta Timur, Wahyu Andre, saat dikonfirmasi, Senin.

                "Air masuk sejak subuh," kata Ketua RW 003 Kuningan Barat Sariman saat dihubungi, Senin.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Wahyu Andre", "Sariman");
    }

    @Test
    void twoTitlesJoinedBySekaligusBeforeTheNameAndItsDegreesAreOneSubject() {
        Document d = doc("""
                Pakar imunologi sekaligus Ketua Perhimpunan Alergi Nusantara Prof Dr dr Ratna Wulandari, SpPD-KAI, menjelaskan bahwa flu dan pilek berbeda gejalanya.

                "Kalau badan sampai demam, itu bisa jadi flu," jelasnya.
                """);
        assertThat(Quotes.find(d, List.of())).extracting(q -> q.speaker().name(), Quote::kind).containsExactly(
                tuple("Ratna Wulandari", Quote.Kind.INDIRECT), tuple("Ratna Wulandari", Quote.Kind.DIRECT));
    }

    @Test
    void aFullStopAfterAShortTitleThatIsAWordEndsTheSentenceOutsideATitle() {
        List<Quote> quotes = direct("""
                PADANG - Rombongan Komisi VI DPR meninjau pabrik Keripik Sanjai di Padang. "Kami ingin melihat langsung proses produksi di pabrik ini," kata Gus Irawan Siregar, Ketua Tim Kunjungan Kerja Komisi VI DPR di Padang. "Kami ingin mendengar kendala yang dihadapi para pekerja," kata Gus. Keripik Sanjai merupakan industri rumahan khas Kota Padang.

                "Pelaku sudah kami tahan," kata Kabid Humas Polda Sumbar Kombes Pol. Dwi Sulistyo.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Irawan Siregar", "Irawan Siregar", "Dwi Sulistyo");
    }

    @Test
    void aTitleGoesOnThroughUntukToWhomItServesAndItsHoldersName() {
        List<Quote> quotes = direct("""
                SURABAYA - Dua tahanan asal Belanda dipulangkan dari Surabaya, Senin (3/3/2025).

                "Belanda tidak mengenal hukuman mati," kata Wakil Duta Besar Belanda untuk Indonesia, Pieter de Groot, di Rutan Medaeng, Minggu (2/3/2025).

                Duta Besar Indonesia untuk Jepang Hasan Basri mengatakan, "Semua berjalan sesuai kesepakatan."
                """);
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Pieter de Groot", "Hasan Basri");
    }

    @Test
    void aBareNameBeforeACapitalisedTitleEndingOnItsBodysShortNameIsTheSubject() {
        List<Quote> quotes = direct("""
                Asosiasi Persepatuan Indonesia (Aprisindo) menyatakan tuduhan subsidi masih menjadi tantangan industri tahun depan. Budi Santoso Hartono, Ketua Aprisindo, menyatakan pasar sedang tumbuh dengan baik. Walaupun demikian, industri sepatu punya tantangan utama.

                "Kami terus dituduh memberi subsidi," ujarnya di Jakarta, Rabu (12/12/2018).
                """);
        assertThat(quotes).singleElement().satisfies(q -> assertThat(q.speaker().name()).isEqualTo("Budi Santoso Hartono"));
    }

    @Test
    void aDescriptionOfCommonWordsClosedByIniPointsBackThoughItHoldsAName() {
        List<Quote> quotes = direct("""
                Gresini Racing ingin mempertahankan Alex Marquez. "Dia pebalap yang sangat penting bagi kami," ujar manajer tim Carlo Merlini kepada Motorsport.

                "Mudah-mudahan dia mau bertahan bersama kami," sambung orang kepercayaan legenda balap Giacomo Agostini ini.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Carlo Merlini", "Carlo Merlini");
    }

    @Test
    void aPersonTheSpeakerTellsOfWhoOnlyActsDoesNotTakeOverTheSpeakersNya() {
        Document d = doc("""
                JAKARTA - Polisi menetapkan seorang selebgram sebagai tersangka penganiayaan di Kemang.

                "Tersangka sudah kami tahan," kata Kepala Bidang Humas Polda Metro Jaya Kombes Andi Pratama, Senin.

                Andi menjelaskan Rendiko dalam keadaan mabuk saat kejadian. Rendiko kemudian memukul kepala korban dengan botol.

                "Korban sempat dibawa ke rumah sakit, tetapi nyawanya tidak tertolong," jelasnya.

                Sementara itu, Sinta Maharani datang ke rumah duka bersama keluarganya. Sinta lalu membagikan kenangan tentang korban.

                "Dia anak yang baik," katanya.
                """);
        List<Entity> people = List.of(entity(d, "Andi Pratama", EntityType.PERSON, "Andi"),
                entity(d, "Rendiko", EntityType.PERSON, "Rendiko"), entity(d, "Sinta Maharani", EntityType.PERSON, "Sinta"));
        // Sinta acts too, but no speaker has told of her: a newcomer who acts may well speak next
        assertThat(Quotes.find(d, people).stream().filter(q -> q.kind() == Quote.Kind.DIRECT))
                .extracting(q -> q.speaker().name())
                .containsExactly("Andi Pratama", "Andi Pratama", "Sinta Maharani");
    }

    @Test
    void theUploaderAndAnotherUserSpeakAsDescribedNotAsSomeoneNamedNearby() {
        List<Quote> quotes = direct("""
                JAKARTA - Video genangan di Jalan Melati ramai dibagikan di media sosial.

                Kepala Dinas Sumber Daya Air Budi Santoso mengatakan pompa sudah dinyalakan. "Pompa kami nyalakan sejak subuh," kata Budi.

                "Airnya sudah sampai lutut, tolong dibantu," tulis pengunggah video pada Sabtu.

                Pengguna media sosial Rina Wati ikut mengunggah foto genangan itu. "Setiap tahun begini terus," tulis Rina.

                "Mohon segera diperbaiki," sahut pengguna forum lain.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly(
                "Budi Santoso", "pengunggah video", "Rina Wati", "pengguna forum lain");
    }

    @Test
    void someoneDescribedByTheBodyOrPlatformTheyBelongToSpeaksAsDescribed() {
        List<Quote> quotes = direct("""
                JAKARTA - Rencana pemangkasan pegawai di perusahaan teknologi itu memicu keresahan.

                "Kami belum menerima kabar apa pun," kata seorang karyawan PT Sinar Maju Digital.

                "Semua orang cemas menunggu email," tulis salah satu pengguna forum Kaskus.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly(
                "seorang karyawan PT Sinar Maju Digital", "salah satu pengguna forum Kaskus");
    }

    @Test
    void anAccountNamedByItsHandleSpeaksAsWritten() {
        List<Quote> quotes = direct("""
                BANDUNG - Jalan berlubang di Cibiru kembali dikeluhkan warga di media sosial.

                "Sudah tiga bulan lubangnya dibiarkan," tulis akun Instagram @rina_wulandari88 pada Senin (3/2/2025).

                "Tolong diperbaiki sebelum ada korban," kata akun X @warga_cibiru.

                "Kami sudah lapor ke kelurahan," tulis pemilik akun TikTok @jalanrusak_cbr dalam unggahannya.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly(
                "akun Instagram @rina_wulandari88", "akun X @warga_cibiru", "pemilik akun TikTok @jalanrusak_cbr");
    }

    @Test
    void aHandleRightAfterTheCueIsTheAccountSpeaking() {
        List<Quote> quotes = direct("""
                SURABAYA - Pelatih Persebaya, Budi Santoso, membawa timnya juara liga di Stadion Gelora Bung Tomo, Minggu (3/5/2026).

                Warganet ramai membahas gelar itu. "Akhirnya juara juga setelah lama menunggu, semoga musim depan juara lagi," ujar @andi_bola. "Terharu sekali lihat mereka angkat piala," tulis @siti_99. "Bangga jadi pendukung tim ini sejak kecil," kata @RinaPutri7. "Semoga juara lagi tahun depan," ucap @_dodi88. "Selamat buat semua pemain," kata @@wawan_fc.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name())
                .containsExactly("@andi_bola", "@siti_99", "@RinaPutri7", "@_dodi88", "@@wawan_fc");
    }

    @Test
    void aRoleWhoseRelativeClauseClosesWithTersebutPointsBack() {
        List<Quote> quotes = direct("""
                MADRID - Pebalap Superbike asal Spanyol, Carlos Ramirez, membuka peluang pindah ke MotoGP musim depan.

                "Saya sedang berbicara dengan dua tim pabrikan," ujar pebalap yang pernah membela tim Honda tersebut.

                Warga sekitar sirkuit ikut menyambut kabar itu. "Kami senang sekali kalau dia balapan di sini," kata seorang warga yang tinggal di desa tersebut.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name())
                .containsExactly("Carlos Ramirez", "seorang warga");
    }

    @Test
    void aNameGluedToTheNextSentencesFirstWordEndsAtTheCapitalInside() {
        List<Quote> quotes = direct("""
                Kapolres Bogor AKBP Rudi Hartono mengatakan malam pergantian tahun berjalan aman."Situasi di seluruh wilayah aman terkendali," kata Rudi, Minggu (1/1/2023)."Terima kasih kepada semua warga yang menjaga keamanan," sebut RudiIa berharap wilayahnya tetap kondusif. "Kami pakai aplikasi ini setiap hari," tulis LinkedIn dalam unggahannya.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Rudi Hartono", "Rudi Hartono", "LinkedIn");
        assertThat(quotes.get(1).speaker().end() - quotes.get(1).speaker().start()).isEqualTo("Rudi".length());
    }

    @Test
    void aClauseOnTheQuoteAfterANyaCueIsNoSpeaker() {
        List<Quote> quotes = direct("""
                Seorang perawat di Manila, Maria Santos, bercerita tentang beratnya bekerja di rumah sakit. "Saya sering pulang lewat tengah malam dan tetap harus bangun pagi," tulisnya yang dikutip dari Manila Bulletin. "Gaji kami tidak sebanding dengan lelahnya," tambah dia.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Maria Santos", "Maria Santos");
    }

    @Test
    void aLastWordOfABodysNameNeverWrittenAloneIsTheBodyNotAPerson() {
        Document d = doc("""
                JAKARTA - Proyeksi ekonomi kawasan kembali dipangkas.

                "Pertumbuhan kuartal ini melambat karena ekspor tertekan," kata Bank Dunia dalam laporannya.
                """);
        // the entity layer tags the body whole; "Dunia" alone, read as a name after the body's head word, is no one
        List<Entity> found = new id.warta.pipeline.Pipeline().analyze(d).entities();
        assertThat(Quotes.find(d, found)).extracting(q -> q.speaker().name()).doesNotContain("Dunia").hasSize(1);
    }

    @Test
    void afterMenurutADashedSubspecialtyAfterTheNameIsSteppedOver() {
        Document d = doc("""
                JAKARTA - Kasus diabetes pada usia muda terus meningkat.

                Menurut spesialis penyakit dalam, dr Rina Wulandari, SpPD-KEMD, penderita diabetes harus rutin memeriksa gula darah setiap bulan.
                """);
        assertThat(Quotes.find(d, List.of())).singleElement().satisfies(q -> {
            assertThat(q.speaker().name()).isEqualTo("Rina Wulandari");
            assertThat(q.text()).startsWith("penderita diabetes");
        });
    }

    @Test
    void aDescriptionPointingBackRunsOverAYearInsideItToItsClosingItu() {
        List<Quote> quotes = direct("""
                SURABAYA - Pelatih tim renang Jawa Timur, Rudi Santoso, menilai atlet muda perlu jam terbang.

                "Mereka harus sering bertanding di luar negeri," ujar peraih medali perak Asian Games 2006 Doha itu.
                """);
        assertThat(quotes).singleElement().satisfies(q -> assertThat(q.speaker().name()).isEqualTo("Rudi Santoso"));
    }

    @Test
    void anAdjectiveThatIsAlsoACueBringsNoSpeakerInNarration() {
        Document d = doc("""
                Pesepeda asal Malang, Dimas Prasetyo, sudah banyak meraih gelar. Prestasi terbaiknya jelas Piala Asia sebanyak tiga kali pada 2019 dan 2023.

                "Gelar itu membuat saya percaya diri," kata Dimas.
                """);
        List<Quote> quotes = Quotes.find(d, List.of());
        assertThat(quotes).extracting(q -> q.speaker().name(), Quote::kind)
                .containsExactly(tuple("Dimas Prasetyo", Quote.Kind.DIRECT));
    }

    @Test
    void aPlaceAfterPolisiNamesTheForceNotAnOfficer() {
        List<Quote> quotes = Quotes.find(doc("""
                Polisi Lancashire mengatakan telah menerima puluhan laporan ancaman terhadap wasit laga tersebut.

                "Kami menanggapi setiap ancaman dengan serius," kata polisi.
                """), List.of());
        assertThat(quotes).extracting(q -> q.speaker().name(), Quote::kind)
                .containsExactly(tuple("Polisi Lancashire", Quote.Kind.INDIRECT), tuple("polisi", Quote.Kind.DIRECT));
    }

    @Test
    void aCueThatIsAlsoACommonWordBringsNoSpeakerAfterAWordInNarration() {
        Document d = doc("""
                Pengawasan pasar ikan Cilandak menjadi tanggung jawab Dinas Perikanan Jakarta. Lebih lanjut Sutrisno menerangkan, pedagang wajib memakai timbangan resmi.

                Jangan lewatkan duel seru Persita Tangerang melawan Persik Kediri pada pekan depan.
                """);
        List<Quote> quotes = Quotes.find(d, List.of());
        assertThat(quotes).extracting(q -> q.speaker().name(), Quote::cue)
                .containsExactly(tuple("Sutrisno", "menerangkan"));
        assertThat(quotes.get(0).text()).startsWith("pedagang wajib");
    }

    @Test
    void aCommonWordCueStaysACueAfterDemikianOrWithItsSpeakerSetOffByACommaOrAfterAQuote() {
        Document d = doc("""
                Harga cabai di Pasar Kranggan naik dua kali lipat. Pedagang lanjut Wartini, juga mengurangi stok karena pembeli sepi.

                "Pasokan dari Temanggung berkurang sejak hujan," demikian ungkap Joko Susilo di Magelang.

                "Kami berharap harga turun pekan depan," tambah Joko.
                """);
        List<Quote> quotes = Quotes.find(d, List.of());
        assertThat(quotes).extracting(q -> q.speaker().name(), Quote::cue).containsExactly(
                tuple("Wartini", "lanjut"), tuple("Joko Susilo", "ungkap"), tuple("Joko Susilo", "tambah"));
    }

    @Test
    void aMarkdownEmphasisMarkAfterAnItalicQuoteLeavesTheCueAfterTheQuote() {
        Document d = doc("""
                Penyanyi Rina Safitri mengunggah foto bersama ibunya.

                *"Terima kasih sudah selalu menemani,"* tulis Rina Safitri dalam unggahannya.
                """);
        List<Quote> quotes = Quotes.find(d, List.of());
        assertThat(quotes).extracting(q -> q.speaker().name(), Quote::kind)
                .containsExactly(tuple("Rina Safitri", Quote.Kind.DIRECT));
    }

    @Test
    void aBodysFieldsListedByCommasInsideATitleNameNoOne() {
        List<Quote> quotes = direct("""
                PALU - Petugas memusnahkan ratusan bibit ilegal di pelabuhan, Rabu (4/6/2025).

                "Semua bibit itu masuk tanpa dokumen karantina," kata Kepala Balai Karantina Hewan, Ikan, dan Tumbuhan Sulawesi Tengah, Rudi Hartono, dalam keterangannya.

                "Kami sudah menyiapkan program bantuan benih," ujar Sekretaris Kementerian Kelautan, Perikanan, dan Pesisir, Dewi Anggraini, di Jakarta.

                "Gudang itu kami segel sejak pagi," kata Kepala Seksi Penindakan, Yusuf Hamdani, dan Kepala Seksi Pengawasan, Lina Marlina.

                "Hujan lebat masih turun sampai akhir pekan," kata Kepala Badan Cuaca, Iklim, dan Gempa (BCIG), Sari Pertiwi, Selasa (3/6).
                """);
        assertThat(quotes).extracting(q -> q.speaker().name())
                .containsExactly("Rudi Hartono", "Dewi Anggraini", "Yusuf Hamdani", "Sari Pertiwi");
    }

    @Test
    void aNameSetOffAfterADescribedOnesRelativeClauseIsTheSpeaker() {
        List<Quote> quotes = direct("""
                SINGARAJA - Ratusan warga mengikuti lomba lari, Minggu (24/5/2026).

                "Kami ingin mengajak masyarakat lebih peduli terhadap kesehatan," ujar peserta Posbindu Remaja yang turut hadir dalam kegiatan tersebut, Andi Saputra (29).

                "Jalur larinya cukup menantang bagi pemula," kata warga yang tinggal di dekat lapangan, Rina Kartika.

                "Cuacanya sangat mendukung hari ini," ujar seorang pelari yang ditemui di garis finis, Minggu.

                Pengusaha Hendra Wijaya mendukung lomba itu. "Semua pihak harus ikut menjaga," harap pria yang memimpin klub sepak bola Eropa, Real Betis.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name())
                .containsExactly("Andi Saputra", "Rina Kartika", "seorang pelari", "Hendra Wijaya");
    }

    @Test
    void aTitlesHolderIntroducedWithARankAfterTheCommaIsWhoTheBareTitleNames() {
        List<Quote> quotes = direct("""
                PALEMBANG - Sebuah rumah terbakar di Kelurahan Sukamaju.

                Kapolsek Sukamaju Timur, Iptu Budi Hartono, menjelaskan bahwa api muncul pada Kamis (10/7/2025) siang.

                "Api berasal dari dapur," kata Iptu Budi, Jumat (11/7/2025).

                "Kami imbau masyarakat untuk selalu waspada," kata Kapolsek.

                Kapolres Lahat, AKBP Rudi Sutanto, menyebut penyelidikan berlanjut. "Saksi sudah kami periksa," jelas Kapolres.

                Surat itu dikirim kepada Gus Hamid, Pastor Yohanes Sitorus. "Undangan ini terbuka untuk semua," kata Yohanes.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name())
                .containsExactly("Budi Hartono", "Budi Hartono", "Rudi Sutanto", "Yohanes Sitorus");
    }

    @Test
    void anUnnamedOneDescribedBeforeAPlacePhraseIsWhoTheNextNyaPointsTo() {
        List<Quote> quotes = direct("""
                KUPANG - Kepala desa, Markus Lena, meresmikan jalan baru di Desa Oelnasi, Senin (2/6/2025). "Jalan ini sudah ditunggu sepuluh tahun," kata Markus.

                Seorang petani di desa tersebut mengaku kini bisa membawa hasil panen ke pasar dalam setengah jam. "Dulu kami harus memikul jagung berjam-jam," ucapnya.

                Salah satu pedagang di sekitar pasar mengatakan pembelinya bertambah. "Sekarang pembeli dari kampung atas datang tiap hari," katanya.

                Menurut laporan itu, Yohana Bria, seorang guru di Sekolah Dasar Oelnasi mengatakan muridnya kini jarang terlambat. "Anak-anak tiba sebelum lonceng berbunyi," ujarnya.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name())
                .containsExactly("Markus Lena", "Seorang petani", "Salah satu pedagang", "Yohana Bria");
    }

    @Test
    void aPlaceClosingTheDescriptionOfSomeoneUnnamedDescribesThemAndDoesNotSpeak() {
        List<Quote> quotes = direct("""
                Sebuah surat beredar luas di media sosial pekan ini. Seorang remaja berusia 17 tahun di Teheran menulis: "Kami hanya ingin hidup tenang tanpa rasa takut."

                Seorang ibu asal Medan mengaku, "Anak saya belum pulang sejak kemarin malam."

                Relawan dapur umum, Budi Santoso, tiba di lokasi pada pagi hari. Pria asal Surabaya itu menuturkan, "Saya tidak pernah melihat banjir sebesar ini."
                """);
        assertThat(quotes).extracting(q -> q.speaker().name())
                .containsExactly("Seorang remaja berusia 17 tahun", "Seorang ibu asal Medan", "Budi Santoso");
    }

    @Test
    void aDescriptionWithAnAgePointsBackToTheOneDescribed() {
        List<Quote> quotes = direct("""
                BANDUNG - Pelatih tim, Hendra Wiguna, menyiapkan tiga pemain muda. "Mereka siap tampil pekan depan," ujar Hendra.

                Kapten tim, Agus Salimin, menyambut baik keputusan itu. "Saya senang bisa membimbing adik-adik," tutur pemain berusia 33 tahun tersebut.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Hendra Wiguna", "Agus Salimin");
    }

    @Test
    void anAgeWrittenWithoutBerusiaInADescriptionPointsBackToTheOneDescribed() {
        List<Quote> quotes = direct("""
                BANDUNG - Pelatih tim, Hendra Wiguna, menyiapkan tiga pemain muda. "Mereka siap tampil pekan depan," ujar Hendra.

                Kapten tim, Agus Salimin, menyambut baik keputusan itu. "Saya senang bisa membimbing adik-adik," tutur bek 33 tahun tersebut.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Hendra Wiguna", "Agus Salimin");
    }

    @Test
    void aNameBeforeWhereTheyWorkSpeaksNotTheBody() {
        List<Quote> quotes = direct("""
                Musim hujan tahun ini datang lebih awal di banyak daerah. Dewi Lestari dari Badan Cuaca Nusantara mengatakan, "Petani perlu menyesuaikan jadwal tanam."

                Harga gabah diperkirakan naik. Namun, Rina Kusuma dari Kementerian Pertanian mengatakan, "Stok beras di gudang masih aman."
                """);
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Dewi Lestari", "Rina Kusuma");
    }

    @Test
    void anAsideCitingTheOutletBetweenTheSpeakerAndTheVerbLeavesTheSpeaker() {
        List<Quote> quotes = direct("""
                Peneliti pangan Dewi Lestari menguji puluhan varietas padi. Hasilnya belum memuaskan, Dewi seperti dikutip Harian Samudra, Selasa (3/5/2022) mengatakan, "Kami masih butuh dua musim tanam lagi."

                Kapal itu tenggelam di perairan utara. Seorang pejabat pelabuhan, seperti dilansir Kantor Berita Samudra, Jumat, mengatakan, "Semua awak kapal sudah dievakuasi."
                """);
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Dewi Lestari", "Seorang pejabat pelabuhan");
    }

    @Test
    void anUnclosedQuoteEndsBeforeItsOwnInvertedCue() {
        List<Quote> quotes = direct("""
                Peneliti sejarah Titi Wulandari membaca ulang naskah kuno itu.

                "Perempuan boleh menuntut cerai. Seperti itu di naskahnya, kata Titi saat dihubungi, Jumat (2/5/2025).

                Naskah itu memuat ratusan pasal.
                """);
        assertThat(quotes).extracting(Quote::text, q -> q.speaker().name(), Quote::cue).containsExactly(
                tuple("Perempuan boleh menuntut cerai. Seperti itu di naskahnya,", "Titi Wulandari", "kata"));
    }

    @Test
    void aTitlesShortFormInBracketsNamesItsHolderMadeDefiniteOrAlone() {
        List<Quote> quotes = direct("""
                NATUNA - Kepala Staf TNI Angkatan Darat (KSAD) Jenderal Budi Santoso meninjau latihan gabungan di pulau itu.

                Panglima Kodam Jaya Mayjen Rudi Hartono ikut hadir. Ia menilai latihan berjalan lancar.

                KSAD itu mengatakan, "Kami ingin semua satuan siap bergerak kapan pun dibutuhkan."

                "Semua prajurit harus siap," kata KSAD.

                Komisi Pemberantasan Korupsi (KPK) memantau pengadaan logistik latihan. KPK itu mengatakan, "Kami akan mengawasi setiap rupiah."
                """);
        assertThat(quotes).extracting(q -> q.speaker().name())
                .containsExactly("Budi Santoso", "Budi Santoso", "Komisi Pemberantasan Korupsi");
    }

    @Test
    void anAgeBeforeAnOriginWordDescribesTheOneFromThere() {
        List<Quote> quotes = direct("""
                MEDAN - Harga beras di pasar tradisional naik menjelang Lebaran.

                Seorang ibu berusia 40 tahun asal Medan mengatakan, "Sekarang satu karung jauh lebih mahal dari bulan lalu."
                """);
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Seorang ibu berusia 40 tahun asal Medan");
    }

    @Test
    void aBodyDescribedSpeaksAsTheBodyNamedBeforeOrAsDescribed() {
        List<Quote> quotes = direct("""
                JAKARTA - PT Sinar Baterai Nusantara berencana menambah investasi di Indonesia.

                Pabrikan asal Jepang itu mengatakan, "Kami akan menambah produksi baterai di Cikarang tahun depan."

                "Pasar Indonesia masih sangat menjanjikan," tulis perusahaan tersebut dalam keterangan resminya.

                Sebuah perusahaan asal Korea mengatakan, "Kami juga tertarik membangun pabrik."
                """);
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("PT Sinar Baterai Nusantara",
                "PT Sinar Baterai Nusantara", "Sebuah perusahaan asal Korea");
    }

    @Test
    void aLawsWordsLedInByAPassiveVerbAreTheLawsNotTheNextSpeakers() {
        List<Quote> quotes = direct("""
                JAKARTA - Usulan perpanjangan masa jabatan kepala desa kembali dibahas.

                Dalam Pasal 39 ayat (1) Undang-Undang Desa 2014, diatur bahwa: "Kepala Desa memegang jabatan selama enam tahun sejak dilantik."

                Dalam Peraturan Pemerintah Nomor 43 Tahun 2014 disebutkan, "Kepala Desa dapat diberhentikan sementara oleh bupati."

                Ketua Komisi II Budi Santoso menilai aturan itu perlu dikaji. "Kami akan mendengar semua pihak lebih dulu," kata Budi.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name(), Quote::cue).containsExactly(
                tuple("Undang-Undang Desa 2014", "diatur"), tuple("Peraturan Pemerintah Nomor 43 Tahun 2014", "disebutkan"),
                tuple("Budi Santoso", "kata"));
    }

    @Test
    void aSecondTitleAfterSekaligusClosedByTheHoldersNameGivesThatName() {
        List<Quote> quotes = direct("""
                SURABAYA - Forum Pedagang Pasar Turi (FPPT) mengadu ke DPRD, Senin (3/3/2025).

                "Kami hanya ingin kios kami dikembalikan seperti semula," ujar perwakilan FPPT sekaligus mantan member Koperasi Sejahtera Rina Marlina saat dihubungi.

                "Sudah dua bulan kami berjualan di emperan," kata ketua FPPT sekaligus pengurus koperasi.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name())
                .containsExactly("Rina Marlina", "Forum Pedagang Pasar Turi");
    }

    @Test
    void aTitleWithTwoFieldsJoinedByDanStillOpensTheSubject() {
        List<Quote> quotes = direct("""
                Nyeri dada tidak selalu berarti serangan jantung. Spesialis jantung dan pembuluh darah dr Rina Kartikasari, SpJP mengatakan bahwa nyeri bisa berasal dari otot. "Banyak pasien datang karena salah mengira nyeri otot sebagai serangan jantung," ucapnya.

                Polisi dan warga setempat mengatakan jalan itu sering dilalui truk. "Setiap malam ada puluhan truk yang lewat," kata Budi.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Rina Kartikasari", "Budi");
    }

    @Test
    void berucapBeforeAQuoteIsAVerbOfSayingAfterALongFrontedPhrase() {
        List<Quote> quotes = direct("""
                Kepala desa Sutrisno Wibowo datang terlambat ke balai desa. Di depan balai desa yang penuh sesak itu, Sutrisno berucap, "Kami akan memperbaiki jalan desa tahun ini."
                """);
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.speaker().name()).isEqualTo("Sutrisno Wibowo");
            assertThat(q.cue()).isEqualTo("berucap");
        });
    }

    @Test
    void aQuoteWithNoCueAfterASentenceOpenedByAPronounForTheOneQuotedIsTheirs() {
        List<Quote> quotes = direct("""
                Pelatih Persija, Hendra Wiguna, enggan bicara soal transfer. "Saya tidak bisa berkomentar soal pemain baru," kata Hendra kepada wartawan. Soal laga melawan Persib, Hendra mengaku puas. Ia hanya menyesalkan timnya gagal mencetak gol."Kami bermain bagus dan yang kurang hanya gol."
                """);
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Hendra Wiguna", "Hendra Wiguna");
    }

    @Test
    void aLowerCaseFragmentClosedByTheSentencesFullStopIsNoQuoteWithoutASpeaker() {
        List<Quote> quotes = direct("""
                Pedoman lembaga sensor itu membatasi tayangan dengan berbagai alasan, termasuk "ketertiban umum atau kesusilaan." Aturan itu berlaku sejak tahun lalu. Kini aturan itu dibahas lagi.

                Menteri Budi Santoso menyebut rencana itu sebagai "langkah yang terlalu tergesa-gesa."
                """);
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.text()).startsWith("langkah yang");
            assertThat(q.speaker().name()).isEqualTo("Budi Santoso");
        });
    }

    @Test
    void aRaisedOrLoweredVoiceBeforeOrAfterAQuoteSaysIt() {
        List<Quote> quotes = direct("""
                Ketua panitia Budi Santoso berada di pinggir lapangan. Pelatih tamu, Rina Marlina, berseru kepada wasit, "Itu jelas pelanggaran!"

                "Semua pemain kembali ke posisi," teriak Joko Prasetyo dari bangku cadangan.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name(), Quote::cue)
                .containsExactly(tuple("Rina Marlina", "berseru"), tuple("Joko Prasetyo", "teriak"));
    }

    @Test
    void aNameDoingSomethingAfterALongFrontedPhraseLeadsIntoItsQuote() {
        Document d = doc("""
                Petugas keamanan Dedi Kurnia datang terlambat.

                Usai rapat tertutup di gedung DPR pada Senin sore, Hendra Gunawan tersenyum lebar, "Kami siap menjalankan keputusan ini."
                """);
        List<Quote> quotes = new id.warta.pipeline.Pipeline().analyze(d).quotes();
        assertThat(quotes).singleElement().satisfies(q -> assertThat(q.speaker().name()).isEqualTo("Hendra Gunawan"));
    }
    @Test
    void himbauSpeltWithAnHIsTheCueImbau() {
        List<Quote> quotes = direct("""
                SEMARANG - Pelatih tim itu kecewa setelah timnya kalah di kandang.

                "Kami butuh dua pemain baru sebelum bursa transfer ditutup," himbau Bayu Anggara kepada pengurus klub.
                """);
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.speaker().name()).isEqualTo("Bayu Anggara");
            assertThat(q.cue()).isEqualTo("himbau");
        });
    }

    @Test
    void aDoctorTitledTwiceIsNamedAfterBothTitles() {
        List<Quote> quotes = direct("""
                BANDUNG - Kasus demam berdarah di kota itu naik dua kali lipat.

                "Stok obat di puskesmas harus ditambah sebelum musim hujan," kata spesialis penyakit dalam Dr. dr. Wulan Pratiwi, Sp.PD, Senin (3/3/2025).

                "Pasien anak perlu ditangani lebih dulu," ujar ahli gizi Prof. dr. Hendra Saputra.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Wulan Pratiwi", "Hendra Saputra");
    }

    @Test
    void aSecondFieldAfterDanIsTheSameExpertsBeforeTheName() {
        List<Quote> quotes = direct("""
                MEDAN - Warga diminta berhati-hati saat membersihkan kebun.

                "Sengatan lebah bisa berakibat fatal bagi anak kecil," kata pakar serangga dan toksikologi Rina Marlina, Selasa (4/3/2025).

                "Aturan itu harus segera direvisi," ujar pengamat hukum dan tata negara Dedi Kurniawan.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Rina Marlina", "Dedi Kurniawan");
    }

    @Test
    void aFieldNamedByAPlaceBeforeTheNameIsTheTitlesNotTheSpeaker() {
        List<Quote> quotes = direct("""
                KAIRO - Sebuah makam tua ditemukan di dekat sungai.

                "Makam ini dipakai lagi ratusan tahun kemudian," kata ahli Mesir kuno Rina Marlina, ketua tim penggali.

                "Naskahnya ditulis dengan huruf yang jarang dipakai," ujar pakar sastra Jawa klasik Dedi Kurniawan.

                "Lontar itu hanya ada dua di dunia," kata peneliti sejarah Yunani kuno dari Universitas Nusantara, Budi Santoso.

                "Arca ini lebih tua dari candi di dekatnya," tutur ahli Mesir kuno, Siti Aminah, kepada wartawan.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name())
                .containsExactly("Rina Marlina", "Dedi Kurniawan", "Budi Santoso", "Siti Aminah");
    }

    @Test
    void aDocumentShownAfterALeadInWithAColonIsItsWritersWords() {
        List<Quote> quotes = direct("""
                SURABAYA - Hartini Susilowati (64), pensiunan guru, kembali menyoal jalan rusak di kampungnya.

                Ia mengirim surat terbuka kepada Camat Budi Santoso pada Senin pagi. Begini sebagian isi surat itu:

                "Bapak Camat, jalan di depan rumah kami sudah rusak sejak tiga tahun lalu dan belum juga diperbaiki."

                "Kami hanya minta jalan itu diaspal sebelum musim hujan datang."
                """);
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Hartini Susilowati", "Hartini Susilowati");
        Document d = doc("""
                JAKARTA - Sebuah pabrik tekstil di Bekasi terbakar pada Selasa malam.

                Berikut isi pernyataan resmi PT Wijaya Tekstil Abadi:

                "Kami memastikan seluruh karyawan selamat dan proses produksi akan segera pulih."
                """);
        List<Quote> issued = Quotes.find(d, List.of(entity(d, "PT Wijaya Tekstil Abadi", EntityType.ORGANIZATION,
                "PT Wijaya Tekstil Abadi"))).stream().filter(q -> q.kind() == Quote.Kind.DIRECT).toList();
        assertThat(issued).extracting(q -> q.speaker().name()).containsExactly("PT Wijaya Tekstil Abadi");
    }
    @Test
    void aNameAfterALongFrontedPhraseWithARoleInsideIsWhoTheSentenceIsAbout() {
        List<Quote> quotes = direct("""
                MALANG - Tim tuan rumah kalah 0-2 pada laga Minggu sore. "Kami kurang beruntung di depan gawang," ujar pelatih kepala Joko Susanto.

                Di hadapan wartawan usai pertandingan, Wali Kota Malang Suharyanto tampak kecewa. "Kami berharap tim bisa bangkit di laga berikutnya," katanya.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Joko Susanto", "Suharyanto");
        // a clause of time may have a subject of its own; the one after its comma is who the sentence is about
        List<Quote> told = direct("""
                SOLO - Sumiyati Rahayu (70) membesarkan cucunya, Raka Pratama, dari hasil berjualan bunga tabur. "Dia sudah seperti anak saya sendiri," ujar Sumiyati.

                Raka kini bersekolah di sebuah SMA negeri. Saat Raka lulus SMP, Sumiyati sempat bingung. "Waktu itu saya tidak punya uang sama sekali," ujarnya.
                """);
        assertThat(told).extracting(q -> q.speaker().name()).containsExactly("Sumiyati Rahayu", "Sumiyati Rahayu");
    }
}
