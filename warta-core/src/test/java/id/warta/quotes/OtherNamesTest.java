package id.warta.quotes;

import static id.warta.quotes.QuotesTest.doc;
import static id.warta.quotes.QuotesTest.entity;
import static org.assertj.core.api.Assertions.assertThat;

import id.warta.entities.Entities;
import id.warta.model.Document;
import id.warta.model.Entity;
import id.warta.model.EntityType;
import id.warta.model.Mention;
import id.warta.model.Quote;
import id.warta.pipeline.Pipeline;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The other names an article calls a person by ({@link OtherNames}): a quote under one speaks as the person. */
class OtherNamesTest {

    // a name the article says the person is called by
    @Test
    void aNameGivenAsWhatSomeoneIsCalledAfterItsCommaIsThatPersons() {
        Document d = doc("""
                Lima atlet panahan memastikan tiket ke kejuaraan Asia. "Kami tinggal menjaga nilai yang sudah kami raih," ungkap Bayu Prasetyo, salah satu atlet senior di tim itu. Ubay, sapaan akrab dari putra legenda panahan nasional Hadi Prasetyo itu, menempati urutan ketiga di seri kedua. "Yang penting sekarang saya sudah aman dan tinggal menjaga konsistensi," kata Ubay, atlet andalan klub Panah Emas itu.

                Pelatih Marlina Siregar juga puas. Lina, sapaan akrabnya, menilai timnya siap. "Semua atlet sudah dalam kondisi terbaik," ujar Lina.

                Obi, panggilan akrab Robertus Sinaga, baru bergabung pekan lalu. "Saya masih harus banyak belajar," kata Obi.

                Tunggal putra Mohammad Rizki Ubaidi tersingkir di babak kedua. Alih-alih menembus delapan besar, Kiki justru kalah dari pemain Korea, Park Min Jae. Kiki, sapaan karibnya, mengaku terkejut. "Pola mainnya di luar dugaan saya," kata Kiki.
                """); // the one called is named last before the short name's first use (Bayu, not Hadi whose son he is;
                     // Mohammad Rizki Ubaidi, not his opponent), or right after the words
        List<Quote> quotes = Quotes.find(d, Entities.shipped().find(d)).stream()
                .filter(q -> q.kind() == Quote.Kind.DIRECT).toList();
        assertThat(quotes).extracting(q -> q.speaker().name())
                .containsExactly("Bayu Prasetyo", "Bayu Prasetyo", "Marlina Siregar", "Robertus Sinaga", "Mohammad Rizki Ubaidi");
    }

    // a name in brackets right after a person's name is what the article goes on to call them
    @Test
    void aNameInBracketsAfterAPersonsNameIsThatPersons() {
        Document d = doc("""
                JAKARTA - Ketua Yayasan Peduli Umat, Ahmad Fauzi menyampaikan terima kasih atas bantuan itu. "Kami berterima kasih atas dukungan yang terus mengalir," ucap Ahmad (Ojik). Ojik mengatakan kerja sama ini sudah berjalan lama. "Kerja sama ini memberi dampak positif bagi warga sekitar," jelas Ojik.
                """); // "Ojik" shares no letters' run with "Ahmad Fauzi": only the brackets tie them
        List<Quote> quotes = Quotes.find(d, Entities.shipped().find(d)).stream()
                .filter(q -> q.kind() == Quote.Kind.DIRECT).toList();
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Ahmad Fauzi", "Ahmad Fauzi");
    }

    @Test
    void aShortNameSetOffByTheCallingWordsThatOnePersonsNameBeginsWithIsThatPersons() {
        Document d = doc("""
                Guru besar ilmu pangan Nugroho Wicaksono meneliti cara alami mengempukkan daging bersama koleganya, Retno Anggraini. "Getah pepaya mengandung enzim pemecah protein," ungkap Prof Nug, sapaan akrabnya, saat ditemui di kampusnya, Senin (4/5/2026). "Nanas juga punya enzim serupa," tambah Prof Nug.
                """); // named last before the short name is his colleague: the name it is cut from decides
        List<Quote> quotes = Quotes.find(d, Entities.shipped().find(d)).stream()
                .filter(q -> q.kind() == Quote.Kind.DIRECT).toList();
        assertThat(quotes).extracting(q -> q.speaker().name())
                .containsExactly("Nugroho Wicaksono", "Nugroho Wicaksono");
    }

    @Test
    void aShortNameInsideTheOneWordNameOfThePersonNamedLastIsThatPersons() {
        Document d = doc("""
                Api misterius berkali-kali muncul di sebuah rumah warga di Kecamatan Godean. Pemilik rumah, Kartinah, bercerita sejumlah orang pintar sempat datang. Tin, sapaan akrabnya, mengaku sudah tiga kali memadamkan api sendiri. "Malam itu api muncul dari lemari pakaian," kata Tin.
                """);
        List<Quote> quotes = Quotes.find(d, Entities.shipped().find(d)).stream()
                .filter(q -> q.kind() == Quote.Kind.DIRECT).toList();
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Kartinah");
    }

    @Test
    void aDoubledSyllableNicknamePointsBackToTheNameItOpensPastAnOpponentNamedLater() {
        Document d = doc("""
                Tunggal putri Gabriela Sanjaya tersingkir di perempatfinal. Gabriela kalah dari pemain Taiwan, Lin Mei Hua, dalam tiga gim. Gaga, sapaan karibnya, mengaku kecewa. "Saya kurang sabar di akhir gim," kata Gaga.
                """);
        List<Quote> quotes = Quotes.find(d, Entities.shipped().find(d)).stream()
                .filter(q -> q.kind() == Quote.Kind.DIRECT).toList();
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Gabriela Sanjaya");
        Document alone = doc("""
                Tunggal putri Indonesia tersingkir di perempatfinal. Ia kalah dari pemain Taiwan, Lin Mei Hua, dalam tiga gim. Gaga, sapaan karibnya, mengaku kecewa. "Saya kurang sabar di akhir gim," kata Gaga.
                """); // no name bears the syllable: the opponent named last is not the one called so
        assertThat(Quotes.find(alone, Entities.shipped().find(alone))).extracting(q -> q.speaker().name())
                .doesNotContain("Lin Mei Hua");
    }

    @Test
    void aCallingPhraseOpenedByDemikianPointsBackToThePersonNamedBefore() {
        Document d = doc("""
                Seorang peneliti muda, Wulandari Kusumaningrum, meraih penghargaan internasional bidang geologi. Wulan, demikian sapaan akrabnya, adalah dosen di sebuah kampus negeri. "Saya tidak menyangka sama sekali," ungkapnya. "Penghargaan ini untuk seluruh tim," imbuh Wulan.
                """);
        List<Quote> quotes = Quotes.find(d, Entities.shipped().find(d)).stream()
                .filter(q -> q.kind() == Quote.Kind.DIRECT).toList();
        assertThat(quotes).extracting(q -> q.speaker().name())
                .containsExactly("Wulandari Kusumaningrum", "Wulandari Kusumaningrum");
    }

    @Test
    void aNameSetOffByBegituIsWhatTheOneHoldingTheTitleAfterItIsCalled() {
        Document d = doc("""
                Mentan Rahmat Siregar meninjau gudang beras bersama Gubernur Sumut Edy Pranata. "Saya banyak belajar dari Pak Edy Pranata," ujar Ucok begitu sapaan akrab Mentan baru itu di Medan, Senin. "Stok kita aman sampai akhir tahun," kata Ucok.
                """); // the title after the words is held by one person only; the one named last before is someone else
        List<Quote> quotes = Quotes.find(d, Entities.shipped().find(d)).stream()
                .filter(q -> q.kind() == Quote.Kind.DIRECT).toList();
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Rahmat Siregar", "Rahmat Siregar");
    }

    @Test
    void theNameAfterAliasIsThePersonNamedJustBefore() {
        String body = """
                Menteri Kelautan Rahmat Hidayat alias Dayat mengatakan patroli diperketat. "Kapal asing yang masuk tanpa izin akan kami tenggelamkan," tegas Dayat. Sebelumnya, tersangka berinisial AK alias Cebong ditangkap di Bitung.

                Ketua Himpunan Nelayan, Joko Susilo, menyambut langkah itu. "Kami mendukung penuh langkah ini," ujar Joko. Dayat lalu meninjau dermaga. "Nelayan tidak takut lagi karena Pak Dayat tegas," sambungnya.
                """;
        Document d = doc(body);
        List<Entity> entities = List.of(entity(d, "Rahmat Hidayat", EntityType.PERSON, "Rahmat Hidayat"),
                entity(d, "Dayat", EntityType.PLACE, "Dayat."), entity(d, "Joko Susilo", EntityType.PERSON, "Joko"));
        assertThat(Quotes.find(d, entities).stream().filter(q -> q.kind() == Quote.Kind.DIRECT))
                .extracting(q -> q.speaker().name()).containsExactly("Rahmat Hidayat", "Joko Susilo", "Joko Susilo");
    }

    @Test
    void theNameAPersonIsCalledByIsThatPersonsLaterOn() {
        Document d = doc("""
                Ketua Asosiasi Petani Kopi Nusantara Bonifasius Sitanggang menyambut baik rencana itu. Sebab, petani yang akrab disapa Boni ini menilai harga kopi terlalu rendah. "Idealnya harga di tingkat petani naik dua kali lipat," kata Boni, Senin (4/5/2026).
                """);
        List<Quote> quotes = Quotes.find(d, Entities.shipped().find(d)).stream()
                .filter(q -> q.kind() == Quote.Kind.DIRECT).toList();
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Bonifasius Sitanggang");
    }

    @Test
    void aNicknameGivenAfterAtauSpeaksForThePersonNamedBeforeIt() {
        Document d = doc("""
                SURABAYA - Menteri Perikanan Sutarjo Wibisono atau Gus Jarwo meninjau pelabuhan di Lamongan.

                "Kami akan menambah kapal pengawas tahun ini," ujar Gus Jarwo.
                """);
        List<Quote> quotes = new Pipeline().analyze(d).quotes();
        assertThat(quotes).singleElement().satisfies(q -> assertThat(q.speaker().name()).isEqualTo("Sutarjo Wibisono"));
    }

    // a name cut short
    @Test
    void aNameCutShortIsThePersonWhoseNameItBegins() {
        Document d = doc("""
                Ketua Harian Asosiasi Koperasi Simpan Pinjam Indonesia (Askopindo) Kurniasyah mengatakan bunga pinjaman koperasi berbeda-beda menurut jenis usahanya. Menurut Kur, persaingan membuat bunga turun. "Kalau koperasi memasang bunga terlalu tinggi, anggota pasti pindah," kata Kur, Selasa (5/5/2026).
                """);
        List<Quote> quotes = Quotes.find(d, Entities.shipped().find(d)).stream()
                .filter(q -> q.kind() == Quote.Kind.DIRECT).toList();
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Kurniasyah");
    }

    @Test
    void aOneWordNameEndingOneWordOfAnotherPersonsNameIsThatPersonCalledShort() {
        Document d = doc("""
                Kepala Desa Sukamaju, Agus Suprayogi, mengatakan warga sudah siap bergotong royong membersihkan saluran air.

                "Kami akan kerja bakti setiap Minggu pagi sampai musim hujan selesai," kata Yogi.
                """);
        List<Quote> quotes = Quotes.find(d, Entities.shipped().find(d)).stream()
                .filter(q -> q.kind() == Quote.Kind.DIRECT).toList();
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Agus Suprayogi");
    }

    @Test
    void aOneWordNameInsideOneWordOfAnotherPersonsNameIsThatPersonCalledShort() {
        Document d = doc("""
                Dosen psikologi Universitas Andalas, Sekarningsih Pertiwi, mengatakan anak perlu waktu bermain di luar rumah.

                "Anak yang cukup bermain lebih mudah fokus belajar," kata Ning.
                """);
        List<Quote> quotes = Quotes.find(d, Entities.shipped().find(d)).stream()
                .filter(q -> q.kind() == Quote.Kind.DIRECT).toList();
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Sekarningsih Pertiwi");
    }

    @Test
    void aTaggedShortNameCutFromAnUntaggedOneWordNameIsThatPerson() {
        String body = """
                Nasi merah belakangan jadi menu favorit warga kota. Ahli gizi klinik dr Sekarwangi, SpGK mengatakan porsi nasi merah sebaiknya tetap dibatasi. "Porsi wajar itu sekitar satu centong per makan," ujarnya, Kamis (14/5/2026). Selain itu, dr Sekar juga mengingatkan pengidap diabetes agar lebih berhati-hati. "Kalau yang mengidap diabetes sebaiknya porsinya dikurangi," ujarnya.
                """;
        Document d = doc(body);
        String name = "Sekar"; // the entity layer may tag the short form alone and miss the full one-word name
        int at = d.text().indexOf("dr Sekar ") + 3;
        Entity shortName = new Entity(name, EntityType.PERSON, List.of(new Mention(name, at, at + name.length(), "name")),
                List.of(), null);
        assertThat(Quotes.find(d, List.of(shortName)).stream().filter(q -> q.kind() == Quote.Kind.DIRECT))
                .extracting(q -> q.speaker().name()).containsExactly("Sekarwangi", "Sekarwangi");
    }

    // a name misspelt, or a like name of someone else
    @Test
    void aOneWordNameSpeltOneLetterOffAFullerNameIsThatPerson() {
        Document d = doc("""
                Ketua Umum Asosiasi Pengusaha Kakao Suriyanto Budi Santoso menolak aturan baru itu. "Aturan ini memberatkan petani kecil," kata Suriyanto. Suryanto juga menyayangkan sikap pemerintah daerah. "Kami tidak pernah diajak bicara," katanya.
                """);
        List<Entity> people = List.of(entity(d, "Suriyanto Budi Santoso", EntityType.PERSON, "Suriyanto"),
                entity(d, "Suryanto", EntityType.PERSON, "Suryanto"));
        assertThat(Quotes.find(d, people).stream().filter(q -> q.kind() == Quote.Kind.DIRECT))
                .extracting(q -> q.speaker().name())
                .containsExactly("Suriyanto Budi Santoso", "Suriyanto Budi Santoso");
    }

    @Test
    void aOneWordNameAVowelOffOrTwoLettersSwappedIsThatPersonMisspelt() {
        Document d = doc("""
                Kepala Balai Pertanian Wiratmaja Surya Putra meninjau sawah warga. "Panen tahun ini lebih baik," kata Wiratmoja. Ketua kelompok tani Sudjatmiko Hadi ikut hadir. "Air irigasi sudah cukup," ujar Sujdatmiko.
                """);
        List<Entity> people = List.of(entity(d, "Wiratmaja Surya Putra", EntityType.PERSON, "Wiratmaja"),
                entity(d, "Wiratmoja", EntityType.PERSON, "Wiratmoja"),
                entity(d, "Sudjatmiko Hadi", EntityType.PERSON, "Sudjatmiko"),
                entity(d, "Sujdatmiko", EntityType.PERSON, "Sujdatmiko"));
        assertThat(Quotes.find(d, people).stream().filter(q -> q.kind() == Quote.Kind.DIRECT))
                .extracting(q -> q.speaker().name())
                .containsExactly("Wiratmaja Surya Putra", "Sudjatmiko Hadi");
    }

    @Test
    void aShortNameWithADoubledLetterWrittenOnceIsThatPerson() {
        Document d = doc("""
                Kepala Dinas Pangan Yunni Astuti memantau harga cabai. Yuni mengatakan stok cukup. "Pasokan dari petani lancar," ujarnya.
                """);
        List<Entity> people = List.of(entity(d, "Yunni Astuti", EntityType.PERSON, "Yunni"),
                entity(d, "Yuni", EntityType.PERSON, "Yuni"));
        assertThat(Quotes.find(d, people).stream().filter(q -> q.kind() == Quote.Kind.DIRECT))
                .extracting(q -> q.speaker().name())
                .containsExactly("Yunni Astuti");
    }

    @Test
    void aOneWordNameTwoVowelsOffIsThatPersonMisspelt() {
        Document d = doc("""
                Ketua Koperasi Nelayan Sutrisno Adiguna menyebut hasil tangkapan turun. Sotrisna menambahkan, cuaca buruk sejak sepekan. "Perahu kecil tidak berani melaut," ungkapnya.
                """);
        List<Entity> people = List.of(entity(d, "Sutrisno Adiguna", EntityType.PERSON, "Sutrisno"),
                entity(d, "Sotrisna", EntityType.PERSON, "Sotrisna"));
        assertThat(Quotes.find(d, people).stream().filter(q -> q.kind() == Quote.Kind.DIRECT))
                .extracting(q -> q.speaker().name())
                .containsExactly("Sutrisno Adiguna");
    }

    @Test
    void aOneWordNameWrittenOnlyBeforeASimilarFullerNameIsItsOwnPerson() {
        Document d = doc("""
                Mewakili bupati, Plt Kepala Dinas Pertanian Rusdiman menyampaikan benih padi sudah dibagikan. "Benih sudah kami salurkan ke 40 desa," ujar Rusdiman. Rapat itu juga dihadiri Ketua Gapoktan Asep Rosdiman.
                """);
        List<Entity> people = List.of(entity(d, "Rusdiman", EntityType.PERSON, "Rusdiman"),
                entity(d, "Asep Rosdiman", EntityType.PERSON, "Asep Rosdiman"));
        assertThat(Quotes.find(d, people).stream().filter(q -> q.kind() == Quote.Kind.DIRECT))
                .extracting(q -> q.speaker().name())
                .containsExactly("Rusdiman");
    }

    @Test
    void aOneWordNameWithAnotherLastLetterStaysItsOwn() {
        Document d = doc("""
                Camat Haryanto Wibisono membuka pasar murah. "Harga beras kami tekan," kata Haryanti, pedagang beras di pasar itu.
                """);
        List<Entity> people = List.of(entity(d, "Haryanto Wibisono", EntityType.PERSON, "Haryanto"),
                entity(d, "Haryanti", EntityType.PERSON, "Haryanti"));
        assertThat(Quotes.find(d, people).stream().filter(q -> q.kind() == Quote.Kind.DIRECT))
                .extracting(q -> q.speaker().name())
                .containsExactly("Haryanti");
    }
}
