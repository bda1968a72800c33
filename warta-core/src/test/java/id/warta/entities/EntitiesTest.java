package id.warta.entities;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.model.Entity;
import id.warta.model.EntityType;
import id.warta.model.Mention;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A regional disaster story written for this test; its people and events are invented. */
class EntitiesTest {
    static final String STORY = """
            Bupati Garut Rudi Hartawan meninjau banjir di Desa Tanjungsari, Kecamatan Karangpawitan, Kabupaten Garut, \
            Jawa Barat, Selasa (14/1/2025). Ia didampingi Kepala Badan Penanggulangan Bencana Daerah Garut, Asep Sumarna.

            "Kami sudah mengirim perahu karet dan logistik untuk warga," kata Rudi kepada wartawan.

            Menurut Rudi, Komisi Pemberantasan Korupsi (KPK) juga diminta mengawasi penyaluran bantuan. KPK belum \
            memberikan tanggapan.

            Sementara itu, Badan Pangan Nasional (Bapanas) mengirim 20 ton beras ke Garut. Bapanas menyebut stok beras \
            aman hingga Maret.

            Pewarta: Dewi Lestari
            """;

    static final List<Entity> ENTITIES = Entities.shipped().find(STORY);

    private static Entity named(String name) {
        return ENTITIES.stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not among " + ENTITIES.stream().map(Entity::name).toList()));
    }

    @Test
    void aPersonIsNamedInFullAndKeepsTheRoleBeforeTheName() {
        Entity rudi = named("Rudi Hartawan");
        assertThat(rudi.type()).isEqualTo(EntityType.PERSON);
        assertThat(rudi.mentions()).extracting(Mention::text).containsExactly("Rudi Hartawan", "Rudi", "Rudi");
        assertThat(rudi.roles()).containsExactly("Bupati Garut");
        assertThat(named("Asep Sumarna").roles()).containsExactly("Kepala Badan Penanggulangan Bencana Daerah Garut");
    }

    @Test
    void aListedAbbreviationIsWrittenOutAndGroupedWithItsLongForm() {
        Entity kpk = named("Komisi Pemberantasan Korupsi");
        assertThat(kpk.type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(kpk.mentions()).extracting(Mention::text, Mention::use)
                .contains(org.assertj.core.groups.Tuple.tuple("KPK", "alias"));
        assertThat(ENTITIES).extracting(Entity::name).doesNotContain("KPK");
    }

    @Test
    void anAbbreviationTheArticleDefinesJoinsItsLongForm() {
        Entity bapanas = named("Badan Pangan Nasional");
        assertThat(bapanas.mentions()).extracting(Mention::text).containsExactly("Badan Pangan Nasional", "Bapanas", "Bapanas");
    }

    @Test
    void aListedAbbreviationTheArticleDefinesAsSomethingElseNamesNoListedBody() {
        List<Entity> found = Entities.shipped().find("""
                PT Sawit Makmur Sentosa Tbk mempertahankan Dividend Payout Ratio (DPR) sebesar 60 persen. \
                Direktur Keuangan Sawit Makmur, Hendra Wijaya, mengatakan DPR itu sama dengan tahun lalu. \
                Perseroan juga menandatangani Perjanjian Kerja Sama (PKS) dengan Pabrik Kelapa Sawit di Riau.
                """);
        assertThat(found).extracting(Entity::name)
                .doesNotContain("Dewan Perwakilan Rakyat", "Partai Keadilan Sejahtera")
                .contains("Hendra Wijaya");
        List<Entity> meant = Entities.shipped().find("""
                Komisi XI Dewan Perwakilan Rakyat (DPR) memanggil direksi PT Sawit Makmur Sentosa Tbk. \
                Anggota DPR, Hendra Wijaya, meminta perseroan bekerja sama dengan Central Intelligence Agency (CIA).
                """);
        assertThat(meant).extracting(Entity::name).contains("Dewan Perwakilan Rakyat", "CIA");
    }

    @Test
    void aJobTitleBeforeABodysNameIsNoPartOfIt() {
        List<Entity> found = Entities.shipped().find("""
                Harga avtur di Bandara Kualanamu turun mulai Senin. VP Corporate Communication Pertamina, \
                Rina Oktaviani, mengatakan penurunan itu mengikuti harga minyak dunia. SVP Credit Cards \
                Bank Mandiri, Dimas Prasetyo, menyebut transaksi kartu kredit di bandara naik 12 persen.
                """);
        assertThat(found).extracting(Entity::name)
                .contains("Pertamina", "Bank Mandiri", "Rina Oktaviani", "Dimas Prasetyo")
                .noneMatch(name -> name.startsWith("VP ") || name.startsWith("SVP "));
    }

    @Test
    void aListedCompanysStockCodeAfterItsNameIsTheCompany() {
        List<Entity> found = Entities.shipped().find("""
                Saham PT Bank Sentosa Makmur Tbk atau BSMK naik 3 persen pada perdagangan Senin. \
                Analis menilai BSMK masih menarik karena laba bersihnya tumbuh 12 persen.
                """);
        assertThat(found).extracting(Entity::name).doesNotContain("BSMK");
        assertThat(named(found, "PT Bank Sentosa Makmur Tbk").mentions()).extracting(Mention::text).contains("BSMK");
    }

    @Test
    void placesResolveInsideTheRegionsTheStoryNames() {
        assertThat(named("Desa Tanjungsari").place().code()).isEqualTo("32.05.02.2018");
        assertThat(named("Kabupaten Garut").place().code()).isEqualTo("32.05");
        assertThat(named("Jawa Barat").place().level()).isEqualTo("province");
    }

    @Test
    void theReporterCreditIsNotAnEntity() {
        assertThat(ENTITIES).extracting(Entity::name).noneMatch(n -> n.contains("Dewi"));
    }

    @Test
    void mentionsQuoteTheText() {
        for (Entity e : ENTITIES) {
            for (Mention m : e.mentions()) assertThat(STORY.substring(m.start(), m.end())).isEqualTo(m.text());
        }
    }

    @Test
    void aListedClubTaggedAsAPersonIsAnOrganisationAndALoneCompanySuffixIsNoName() {
        List<Entity> found = Entities.shipped().find(
                "Persib hadir sebagai juara Liga 1. Sementara itu, Arema FC berpartisipasi sebagai juara Piala Presiden. "
                + "Perusahaan itu bermitra dengan Musim Mas Group dan Wilmar International Group.");
        assertThat(found).filteredOn(e -> e.name().equals("Arema FC")).singleElement()
                .satisfies(e -> assertThat(e.type()).isEqualTo(EntityType.ORGANIZATION));
        assertThat(found).extracting(Entity::name).doesNotContain("FC", "Group");
    }

    @Test
    void anOfficeThenItsBodyThenItsHolderIsTwoNamesNotOne() {
        List<Entity> found = Entities.shipped().find(
                "Laporan itu disampaikan manajemen Bank Nusantara Jaya. Sekretaris Perusahaan Bank Nusantara Jaya "
                + "Rohan Pradipta mengatakan laba naik. Direktur Utama Bank Nusantara Jaya Kartika Wirasena menambahkan hal serupa.");
        assertThat(found).extracting(Entity::name, Entity::type).contains(
                org.assertj.core.groups.Tuple.tuple("Bank Nusantara Jaya", EntityType.ORGANIZATION),
                org.assertj.core.groups.Tuple.tuple("Rohan Pradipta", EntityType.PERSON),
                org.assertj.core.groups.Tuple.tuple("Kartika Wirasena", EntityType.PERSON));
        assertThat(found).extracting(Entity::name).noneMatch(n -> n.startsWith("Bank Nusantara Jaya "));
    }

    @Test
    void aRegionWrittenWithoutTheSpaceOfItsNameIsNamedAsTheGazetteerSpellsIt() {
        List<Entity> found = Entities.shipped().find("Ketua KONI itu berbicara di Bandarlampung, Selasa, di depan para atlet.");
        assertThat(found).filteredOn(e -> e.type() == EntityType.PLACE).singleElement().satisfies(e -> {
            assertThat(e.name()).isEqualTo("Bandar Lampung");
            assertThat(e.place().code()).isEqualTo("18.71");
            assertThat(e.mentions().getFirst().text()).isEqualTo("Bandarlampung");
        });
    }

    @Test
    void aNameNeverOpensWithTheCommonWordBeforeIt() {
        List<Entity> found = Entities.shipped().find(
                "Rapat koordinasi digelar di gedung Kementerian Koordinator Bidang Pangan, Jakarta, Kamis. "
                + "Pelatih asal Belanda itu, Louis van Gaal, hadir sebagai tamu.");
        assertThat(found).extracting(Entity::name).contains("Kementerian Koordinator Bidang Pangan")
                .noneMatch(n -> n.startsWith("gedung"));
    }

    @Test
    void anInstitutionNamedTheEnglishWayIsOneOrganisation() {
        List<Entity> found = Entities.shipped().find(
                "Menurut Institute for Development of Economics and Finance (Indef), inflasi masih terkendali. "
                + "Studi itu melibatkan peneliti Massachusetts Institute of Technology dan Olympic Council of Asia. "
                + "Bank of England dan People's Bank of China menahan suku bunga, sementara rapat digelar di Jakarta Convention Center.");
        assertThat(found).filteredOn(e -> e.type() == EntityType.ORGANIZATION).extracting(Entity::name)
                .contains("Institute for Development of Economics and Finance", "Massachusetts Institute of Technology",
                        "Olympic Council of Asia", "Bank of England", "People's Bank of China")
                .noneMatch(n -> n.startsWith("Menurut") || n.contains(" dan ") || n.equals("Jakarta Convention Center"));
        assertThat(found).filteredOn(e -> e.name().startsWith("Institute for")).singleElement()
                .satisfies(e -> assertThat(e.mentions()).extracting(m -> m.text()).contains("Indef"));
    }

    @Test
    void aNationalTeamWrittenInLowerCaseIsABody() {
        List<Entity> found = Entities.shipped().find(
                "Mantan striker timnas Italia itu kini melatih klub kecil. Pelatih timnas Jerman memanggil tiga pemain "
                + "baru, sedangkan pemerintah Kanada belum berkomentar. Timnas Jerman berlatih sore ini.");
        assertThat(found).filteredOn(e -> e.type() == EntityType.ORGANIZATION).extracting(Entity::name)
                .containsExactlyInAnyOrder("timnas Italia", "Timnas Jerman");
        assertThat(found).filteredOn(e -> e.type() == EntityType.PLACE).extracting(Entity::name).containsExactly("Kanada");
    }

    @Test
    void anInstitutionNamedAfterItsPlaceIsOneOrganisationWrittenOut() {
        List<Entity> found = Entities.shipped().find(
                "Gubernur Bengkulu Rohidin Mersyah mewajibkan seluruh ASN di lingkungan Pemprov Bengkulu menjalani tes. "
                + "Polda Kalsel melaporkan kasus itu sudah ditangani. Parlemen Jerman menolak usulan tersebut. "
                + "Ia kemudian pulang ke Bengkulu.");
        assertThat(found).filteredOn(e -> e.type() == EntityType.ORGANIZATION).extracting(Entity::name)
                .contains("Pemerintah Provinsi Bengkulu", "Polda Kalimantan Selatan", "Parlemen Jerman");
        assertThat(found).filteredOn(e -> e.type() == EntityType.PLACE).extracting(Entity::name).contains("Bengkulu");
        assertThat(found).filteredOn(e -> e.name().equals("Pemerintah Provinsi Bengkulu")).singleElement()
                .satisfies(e -> assertThat(e.mentions()).extracting(m -> m.text()).containsExactly("Pemprov Bengkulu"));
    }

    @Test
    void capitalisedWordsClosedByAnEnglishHeadAreOneOrganisationButNeverCutAName() {
        List<Entity> found = Entities.shipped().find(
                "Harga minyak ditutup di level US$51,99 per barel di New York Mercantile Exchange. "
                + "\"Indeks akan bergerak terbatas,\" kata Analis First Asia Capital David Sutanto kepada wartawan. "
                + "General Manager Vista Land Group, Oka Mahendra, menuturkan penjualan naik. "
                + "Direktur Utama PT Bank Mandiri Tbk Darmawan Junaidi hadir dalam acara itu.");
        assertThat(found).filteredOn(e -> e.type() == EntityType.ORGANIZATION).extracting(Entity::name)
                .contains("New York Mercantile Exchange", "First Asia Capital", "Vista Land Group")
                .noneMatch(n -> n.startsWith("General") || n.equals("PT Bank"));
        assertThat(found).filteredOn(e -> e.type() == EntityType.PLACE).extracting(Entity::name).doesNotContain("New York");
    }

    @Test
    void aForeignFirmClosedByAnEnglishHeadOrAHeadAndRegionIsAnOrganisationNotAPlace() {
        List<Entity> found = Entities.shipped().find(
                "Harga minyak Brent berakhir melemah di level US$74,10 per barel di ICE Futures Europe di London. "
                + "\"Bank sentral akan menahan suku bunga,\" ujar Mei Lin Tan, ekonom senior di Oxford Economics. "
                + "Sementara itu, Capital Economics memperkirakan pertumbuhan ekonomi Asia melambat.");
        assertThat(found).filteredOn(e -> e.type() == EntityType.ORGANIZATION).extracting(Entity::name)
                .contains("ICE Futures Europe", "Oxford Economics", "Capital Economics");
        assertThat(found).filteredOn(e -> e.type() == EntityType.PLACE).extracting(Entity::name)
                .contains("London").doesNotContain("ICE Futures Europe", "Oxford Economics", "Europe", "Oxford");
    }

    @Test
    void aPanelOfJudgesOpeningASentenceNamesItsCourt() {
        List<Entity> found = Entities.shipped().find(
                "Majelis hakim Pengadilan Tindak Pidana Korupsi Bandung menjatuhkan hukuman 4 tahun penjara kepada mantan kepala dinas itu. "
                + "Sidang berikutnya digelar pekan depan.");
        assertThat(found).filteredOn(e -> e.type() == EntityType.ORGANIZATION).extracting(Entity::name)
                .contains("Pengadilan Tindak Pidana Korupsi Bandung").noneMatch(n -> n.startsWith("Majelis"));
    }

    @Test
    void aCourtNamedByItsListedShortFormIsTheCourtWrittenOut() {
        List<Entity> found = Entities.shipped().find(
                "Majelis hakim Pengadilan Tindak Pidana Korupsi Bandung menjatuhkan vonis kepada mantan kepala dinas itu. "
                + "Usai sidang di Pengadilan Tipikor Bandung, kuasa hukumnya menyatakan akan mengajukan banding.");
        assertThat(found).filteredOn(e -> e.name().contains("Pengadilan")).singleElement().satisfies(e -> {
            assertThat(e.name()).isEqualTo("Pengadilan Tindak Pidana Korupsi Bandung");
            assertThat(e.mentions()).extracting(m -> m.text()).contains("Pengadilan Tipikor Bandung");
        });
    }

    @Test
    void degreesAndLowerCaseWordsAreNoNames() {
        List<Entity> found = Entities.shipped().find(
                "Praktisi kesehatan, dr Diana Suganda, SpKJ mengatakan banyak orang yang kurang serat. "
                + "Fenomena super blue blood moon terlihat dari Bandung. Angka itu naik 25.000 pada tahun ini. (isa/fay)");
        assertThat(found).extracting(Entity::name).contains("Diana Suganda", "Bandung")
                .doesNotContain("SpKJ", "blue", "isa");
    }

    @Test
    void aBodyNamedHeadFirstIsOneOrganisationUpToThePersonOrNumberAfterIt() {
        List<Entity> found = Entities.shipped().find(
                "Direktorat Jenderal Pelindungan Kebudayaan dan Tradisi menyurati Balai Teknik Perkeretaapian Kelas II "
                + "Padang soal jembatan tua itu. Rapat digelar di gedung Kementerian Koordinator Bidang Pangan, Rabu. "
                + "Hal itu tertulis dalam surat Badan Pangan Nasional Nomor 2 Tahun 2023. "
                + "Kasat Reskrim Polres Sukabumi Kota Ipda Rendi Saputra mengatakan pelaku sudah ditahan. "
                + "Peraturan Pemerintah Pengganti Undang-Undang itu terbit kemarin.");
        assertThat(found).filteredOn(e -> e.type() == EntityType.ORGANIZATION).extracting(Entity::name)
                .contains("Direktorat Jenderal Pelindungan Kebudayaan dan Tradisi",
                        "Balai Teknik Perkeretaapian Kelas II Padang", "Kementerian Koordinator Bidang Pangan",
                        "Badan Pangan Nasional", "Polres Sukabumi Kota")
                .noneMatch(n -> n.endsWith("Nomor") || n.contains("Ipda") || n.startsWith("Pemerintah"));
        assertThat(found).filteredOn(e -> e.type() == EntityType.PERSON).extracting(Entity::name).contains("Rendi Saputra");
    }

    @Test
    void aHolidayOrATitleAloneNamesNoOne() {
        List<Entity> found = Entities.shipped().find(
                "Menjelang Idul Adha, Wali Kota Pekalongan Ahmad Zainuri memeriksa hewan kurban di Pasar Kliwon. "
                + "Harga sapi naik sejak Hari Raya Idul Fitri, kata Zainuri. Arus mudik Lebaran juga padat. "
                + "Rapat digelar di kantor Wapres, Jakarta Pusat, Selasa.");
        assertThat(found).extracting(Entity::name).contains("Ahmad Zainuri")
                .noneMatch(n -> n.contains("Idul") || n.contains("Lebaran") || n.equals("Wapres"));
    }

    @Test
    void anOutletWrittenInItsBrandsCamelCaseIsAnOrganisation() {
        List<Entity> found = Entities.shipped().find(
                "Hal itu disampaikan keponakan korban, Lia Amalia, saat dikonfirmasi detikSulsel, Selasa (3/1/2023).");
        assertThat(found).filteredOn(e -> e.type() == EntityType.ORGANIZATION).extracting(Entity::name).contains("detikSulsel");
    }

    @Test
    void productsFuelsAndMarketIndicesNameNoOne() {
        List<Entity> found = Entities.shipped().find(
                "PT Pertamina (Persero) menaikkan harga Pertamina Dex dan Dexlite mulai Sabtu. Vice President "
                + "Corporate Communication Pertamina Fajar Wibisono mengatakan harga Pertalite tetap. Di pasar saham, "
                + "Dow Jones Industrial Average dan Nasdaq Composite melemah, sementara Bank Indonesia menahan BI Rate. "
                + "Perusahaan rintisan itu memakai AI untuk menjawab pelanggan.");
        assertThat(found).extracting(Entity::name).contains("Fajar Wibisono", "Bank Indonesia")
                .noneMatch(n -> n.contains("Dex") || n.contains("Pertalite") || n.contains("Dow Jones")
                        || n.contains("Nasdaq") || n.equals("BI Rate") || n.equals("AI"));
    }

    @Test
    void climatePhenomenaNameNoOne() {
        List<Entity> found = Entities.shipped().find(
                "Kepala Badan Meteorologi Klimatologi dan Geofisika Dwi Hartanto mengatakan El Nino diperkirakan menguat "
                + "hingga akhir tahun, sementara La Nina baru datang tahun depan. Fase El Nino-Osilasi Selatan (ENSO) "
                + "itu memengaruhi panen petani di Sulawesi Selatan. Fenomena El Nino pada dasarnya mengubah arah angin.");
        assertThat(found).extracting(Entity::name).contains("Dwi Hartanto", "Sulawesi Selatan")
                .noneMatch(n -> n.contains("Nino") || n.contains("Nina") || n.equals("ENSO"));
    }

    @Test
    void documentsAndConditionsNamedInEnglishNameNoOne() {
        List<Entity> found = Entities.shipped().find(
                "Menteri Perdagangan Budi Santoso menyebut Technical Cooperation Agreement (TCA) dengan Kanada diperbarui "
                + "bulan ini, sejalan dengan Paris Agreement. Di Bandung, dokter Rina Lestari menjelaskan Down Syndrome "
                + "dan Polycystic Ovary Syndrome (PCOS) kepada para orang tua. Menurut Rina, PCOS bisa diobati.");
        assertThat(found).extracting(Entity::name).contains("Budi Santoso", "Rina Lestari", "Kanada", "Bandung")
                .noneMatch(n -> n.contains("Agreement") || n.equals("TCA") || n.contains("Syndrome") || n.equals("PCOS"));
    }

    @Test
    void aRulingFamilysLineNamesNoOne() {
        List<Entity> found = Entities.shipped().find(
                "Sejarawan Rina Lestari meneliti keramik peninggalan Dinasti Goryeo di Gyeongju. Ia membandingkannya "
                + "dengan guci Wangsa Sanjaya yang ditemukan di Magelang.");
        assertThat(found).extracting(Entity::name).contains("Rina Lestari")
                .noneMatch(n -> n.contains("Goryeo") || n.contains("Sanjaya"));
    }

    @Test
    void aMinistersPortfolioWrittenShortIsNoPartOfTheHoldersName() {
        List<Entity> found = Entities.shipped().find(
                "Menko Polhukam Hendra Wijaya meninjau pos lintas batas di Entikong. Ia didampingi Menko Marinvest "
                + "Bambang Sulistyo, Menko Kumham Imipas Agus Santoso dan Menteri PUPR Rina Kusumawati.");
        assertThat(found).filteredOn(e -> e.type() == EntityType.PERSON).extracting(Entity::name)
                .contains("Hendra Wijaya", "Bambang Sulistyo", "Agus Santoso", "Rina Kusumawati")
                .noneMatch(n -> n.contains("Polhukam") || n.contains("Marinvest") || n.contains("Imipas") || n.contains("PUPR"));
    }

    @Test
    void aShortFormDefinedAfterARegulationsTitleIsTheRegulationNoBody() {
        List<Entity> found = Entities.shipped().find(
                "Berdasarkan Peraturan Bawaslu (PBWS) Nomor 4 Tahun 2025, pengawas wajib melapor. Ketua Bawaslu Rina "
                + "Lestari mengatakan PBWS itu berlaku sejak Januari. Peraturan Menteri Pertanian (PMTN) Nomor 3 juga diterbitkan.");
        assertThat(found).extracting(Entity::name).contains("Rina Lestari").noneMatch(n -> n.equals("PBWS") || n.equals("PMTN"));
    }

    @Test
    void theIssuersInitialsAfterARegulationsTitleStayTheIssuer() {
        String text = "Berdasarkan Peraturan Otoritas Jasa Keuangan (OJK) Nomor 4 Tahun 2025, bank wajib melapor. OJK juga "
                + "memanggil direksi bank itu pekan lalu.";
        assertThat(EntitiesRead.mentions(text, "Otoritas Jasa Keuangan")).contains("OJK");
    }

    @Test
    void capitalsDefinedAsAThingsInitialsAreNoPerson() {
        List<Entity> found = Entities.shipped().find(
                "Perusahaan itu meluncurkan tiga satelit Low Earth Orbit (LEO) bulan lalu. Menurut Direktur Rina Lestari, "
                + "satelit LEO lebih murah. Mantan Presiden Bambang Sudarsono Yudhokusumo (BSY) hadir. Menurut BSY, acara itu meriah.");
        assertThat(found).filteredOn(e -> e.type() == EntityType.PERSON).extracting(Entity::name)
                .contains("Rina Lestari", "Bambang Sudarsono Yudhokusumo").doesNotContain("LEO");
    }

    @Test
    void technicalTermsNamedInEnglishNameNoOne() {
        List<Entity> found = Entities.shipped().find(
                "Peneliti Rina Lestari menyebut kadar zat itu di bawah Acceptable Weekly Intake (AWI) yang ditetapkan. "
                + "Pabrikan di Bekasi juga mulai memproduksi Hybrid Solar Vehicle (HSV) tahun depan.");
        assertThat(found).extracting(Entity::name).contains("Rina Lestari")
                .noneMatch(n -> n.contains("Intake") || n.equals("AWI") || n.contains("Vehicle") || n.equals("HSV"));
    }

    @Test
    void contestsNameNoOne() {
        List<Entity> found = Entities.shipped().find(
                "Pelatih Budi Hartono menargetkan dua emas di Asian Games 2030 dan gelar juara Borneo Pacific Cup (BPC). "
                + "Sebelumnya timnya tampil di Sulawesi Open. Persiapan Piala Dunia Qatar dibahas bersama Komite Olimpiade "
                + "Indonesia di Jakarta.");
        assertThat(found).extracting(Entity::name).contains("Budi Hartono", "Qatar", "Komite Olimpiade Indonesia", "Jakarta")
                .noneMatch(n -> n.contains("Games") || n.contains("Cup") || n.equals("BPC") || n.contains("Open") || n.contains("Piala"));
    }

    @Test
    void aDirectorateGeneralShortenedToDitjenIsABody() {
        List<Entity> found = Entities.shipped().find(
                "Ditjen Hubla memastikan kapal penumpang di Pelabuhan Tanjung Perak laik berlayar. Ditjen Hubla juga "
                + "memeriksa dokumen awak kapal, kata Sutrisno Wibowo kepada wartawan di Surabaya.");
        assertThat(found).filteredOn(e -> e.name().contains("Hubla")).isNotEmpty()
                .allMatch(e -> e.type() == EntityType.ORGANIZATION);
    }

    @Test
    void governmentSecuritiesAndVehicleClassesNameNoOne() {
        List<Entity> found = Entities.shipped().find(
                "Kementerian Keuangan menyerap Rp 20 triliun dari lelang Surat Utang Negara (SUN) pada Selasa. Minat "
                + "investor asing pada SUN dan SBSN masih tinggi. Di pameran otomotif, PT Sinar Motor memajang SUV "
                + "dan MPV terbarunya.");
        assertThat(found).extracting(Entity::name).contains("Kementerian Keuangan")
                .noneMatch(n -> n.equals("SUN") || n.equals("Surat Utang Negara") || n.equals("SBSN") || n.equals("SUV")
                        || n.equals("MPV"));
    }

    @Test
    void aLeagueNamedByItsTierIsACompetitionButALeagueOfNationsIsABody() {
        List<Entity> found = Entities.shipped().find(
                "Pelatih Persib Bandung, Bambang Sutrisno, menargetkan gelar Indonesia Super League musim ini. Timnya "
                + "juga bersiap tampil di Liga Champions Asia. Sementara itu, Liga Arab mengecam serangan di Gaza.");
        assertThat(found).extracting(Entity::name).contains("Bambang Sutrisno", "Persib Bandung")
                .noneMatch(n -> n.contains("Super League") || n.contains("Liga Champions"));
        assertThat(ThingWords.INSTANCE.isCompetition("Liga Arab")).isFalse();
        assertThat(ThingWords.INSTANCE.isCompetition("Liga Muslim Dunia")).isFalse();
        // in any case, as the pattern reads them (its words are looked for first, in lower case)
        assertThat(ThingWords.INSTANCE.isCompetition("INDONESIA SUPER LEAGUE")).isTrue();
        assertThat(ThingWords.INSTANCE.isCompetition("Semarang Night Run")).isTrue();
        assertThat(ThingWords.INSTANCE.isCompetition("Borobudur MARATON")).isTrue();
        assertThat(ThingWords.INSTANCE.isCompetition("Bank Runtuh")).isFalse();
    }

    @Test
    void aScriptureNamesNoOne() {
        List<Entity> found = Entities.shipped().find(
                "Bupati Garut Rudi Hartawan mewajibkan seluruh ASN di lingkungan Pemkab Garut mengikuti tes baca Al-Quran. "
                + "ASN yang belum lancar membaca Al-Quran akan mengikuti kelas bersama lembaga pendidikan Al-Quran. "
                + "Pengurus gereja setempat juga membagikan Alkitab kepada jemaat.");
        assertThat(found).extracting(Entity::name).contains("Rudi Hartawan")
                .noneMatch(n -> n.contains("Quran") || n.equals("Alkitab"));
    }

    @Test
    void aCapitalStandingForItsGovernmentIsAlsoAPlaceOfItsOwn() {
        List<Entity> found = Entities.shipped().find(
                "Amerika Serikat dan China melanjutkan perundingan dagang pekan ini. Para pejabat akan membahas "
                + "keluhan Washington terhadap Beijing soal subsidi industri, sementara janji Beijing membeli "
                + "kedelai belum ditepati.");
        Entity us = named(found, "Amerika Serikat");
        assertThat(us.mentions()).filteredOn(m -> m.use().equals("metonym")).extracting(Mention::text).containsExactly("Washington");
        assertThat(named(found, "Washington").type()).isEqualTo(EntityType.PLACE);
        Entity beijing = named(found, "Beijing");
        assertThat(beijing.type()).isEqualTo(EntityType.PLACE);
        assertThat(beijing.mentions()).extracting(Mention::text).containsExactly("Beijing", "Beijing");
    }

    @Test
    void aCapitalPlacedInItsCountryIsAPlaceNotItsGovernment() {
        List<Entity> found = Entities.shipped().find(
                "Gelombang panas ekstrem melanda Bangkok, Thailand, sepanjang pekan ini. Suhu udara mencapai 41 derajat "
                + "Celsius. Otoritas Thailand meminta warga mengurangi kegiatan di luar rumah.");
        assertThat(named(found, "Bangkok").type()).isEqualTo(EntityType.PLACE);
        assertThat(named(found, "Thailand").mentions()).extracting(Mention::use).doesNotContain("metonym");
    }

    @Test
    void aCountryBeforeAPersonsNameSaysWhereTheyAreFromAndIsNoPartOfTheName() {
        List<Entity> found = Entities.shipped().find(
                "Timnas Indonesia menahan imbang tamu mereka 1-1 di Stadion Utama Gelora Bung Karno, Jakarta, Selasa "
                + "malam. Kiper Korea Kim Seung-gyu beberapa kali menggagalkan peluang tuan rumah, sementara "
                + "gelandang Jepang Takumi Minamino mencetak gol penyeimbang.");
        List<String> people = found.stream().filter(e -> e.type() == EntityType.PERSON).map(Entity::name).toList();
        assertThat(people).contains("Kim Seung-gyu", "Takumi Minamino").noneMatch(n -> n.startsWith("Korea") || n.startsWith("Jepang"));
        assertThat(named(found, "Jepang").type()).isEqualTo(EntityType.PLACE);
    }

    @Test
    void aPlaceGoingOnAfterABodysAbbreviationIsPartOfItsName() {
        List<Entity> found = Entities.shipped().find(
                "Kepala Badan Pengusahaan (BP) Batam Hendra Wijaya mengatakan realisasi investasi triwulan ketiga "
                + "naik 12 persen. Menurut dia, sebagian besar modal masuk ke kawasan industri di Kabil.");
        assertThat(named(found, "Badan Pengusahaan Batam").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(found).extracting(Entity::name).doesNotContain("Batam");
    }

    @Test
    void aPlaceNamedByCommonWordsIsTheOneFullNameTheArticleOpensWithThem() {
        List<Entity> found = Entities.shipped().find(
                "Rapat koordinasi penanganan banjir digelar di Balai Kota Bogor, Jawa Barat, Senin (3/11/2025). "
                + "Usai rapat, wali kota meninjau posko pengungsian di Kecamatan Tanah Sareal. Sore harinya ia "
                + "kembali ke Balai Kota.");
        assertThat(named(found, "Balai Kota Bogor").mentions()).extracting(Mention::text)
                .containsExactly("Balai Kota Bogor", "Balai Kota");
        assertThat(found).extracting(Entity::name).doesNotContain("Balai Kota");
    }

    private static Entity named(List<Entity> found, String name) {
        return found.stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not among " + found.stream().map(Entity::name).toList()));
    }

    @Test
    void aPersonNamedByOneWordWhereOnlyAPersonStands() {
        List<Entity> found = Entities.shipped().find("""
                Vice President Gas Domestik PT Pertamina, Kusnendar menuturkan tambahan pasokan hanya tiga persen. \
                "Untuk tahun ini kita siapkan sampai empat persen," kata Kusnendar di Jakarta, Rabu (16/5/2018).

                Rapat dihadiri Menteri Koordinator Bidang Perekonomian Darmin Nasution, Wakil Menteri Keuangan Mardiasto, \
                Menteri Perdagangan Enggartiasto Lukita, dan sejumlah pejabat lain.

                Warsidi menjelaskan, keluarganya sudah lama mencari kabar. Direktur Ekonomi Digital Celios, Nailul Huda, \
                menilai kebijakan itu tepat. Data Gabungan Industri Kendaraan Bermotor Indonesia (Gaikindo) menunjukkan \
                penjualan naik.
                """);
        assertThat(found).filteredOn(e -> e.type() == EntityType.PERSON).extracting(Entity::name)
                .contains("Kusnendar", "Mardiasto", "Warsidi", "Nailul Huda")
                .doesNotContain("Celios", "Gaikindo");
        assertThat(named(found, "Kusnendar").mentions()).hasSize(2);
    }

    @Test
    void aNameTheTaggerBeganAWordLateAfterARoleIsMadeWholeAndARankAfterABodyIsNoPartOfIt() {
        List<Entity> found = Entities.shipped().find(
                "Menteri Keuangan Purwadi Yudha Santoso juga hadir. Purwadi menyebut anggaran sudah siap. "
                + "Kapuspen TNI Mayjen Darmanto Siregar menyebut evakuasi berjalan lancar. TNI menyiapkan dua pesawat.");
        Entity purwadi = named(found, "Purwadi Yudha Santoso");
        assertThat(purwadi.mentions()).extracting(Mention::text).containsExactly("Purwadi Yudha Santoso", "Purwadi");
        assertThat(found).extracting(Entity::name).contains("Darmanto Siregar").noneMatch(n -> n.startsWith("Mayjen"));
    }

    @Test
    void theItemsOfANumberedListOfPeopleArePeople() {
        List<Entity> found = Entities.shipped().find("""
                Berikut atlet panjat tebing Indonesia di Kejuaraan Asia 2026: Speed Putra: 1. Veddrriq Leonardo \
                2. Kiromal Katibin 3. Antasyafi Robby 4. Aditya Tri Syahria Lead Putri: 1. Sukma Lintang Cahyani \
                2. Alma Ariella Tsany

                Tim seleksi mengumumkan atlet yang lolos: 1. Gilang Prasetyo Wibowo 2. Hardianto Saragih \
                3. Rizky Ananda Siregar 4. Yohanes Tumbelaka 5. Maharani Sekar Ayu.

                Tiga bank memimpin penyaluran kredit: 1. Bank Mandiri 2. Bank Rakyat Indonesia 3. Bank Negara Indonesia.
                """);
        assertThat(found).filteredOn(e -> e.type() == EntityType.PERSON).extracting(Entity::name)
                .containsExactlyInAnyOrder("Veddrriq Leonardo", "Kiromal Katibin", "Antasyafi Robby", "Aditya Tri Syahria",
                        "Sukma Lintang Cahyani", "Alma Ariella Tsany", "Gilang Prasetyo Wibowo", "Hardianto Saragih",
                        "Rizky Ananda Siregar", "Yohanes Tumbelaka", "Maharani Sekar Ayu");
        assertThat(found).filteredOn(e -> e.type() == EntityType.ORGANIZATION).extracting(Entity::name)
                .contains("Bank Mandiri", "Bank Rakyat Indonesia", "Bank Negara Indonesia");
    }

    @Test
    void teasersInAnyCaseAndCreditTailsNameNoEntitiesButAReadersLetterDoes() {
        List<Entity> found = Entities.shipped().find("""
                Gubernur Jawa Tengah Ahmad Lutfianto meninjau banjir di Demak, Senin (3/3/2025). BACA JUGA: Menteri \
                Sosial Hendra Gunadarma Salurkan Bantuan ke Kudus. Warga mengungsi ke balai desa.

                Dalam rubrik Surat Pembaca: warga Bekasi, Andi Wirasena, mengeluhkan banjir yang tak kunjung surut.

                baca juga: Bupati Pati Sudarsono Wibisono Tinjau Tanggul Jebol

                Redaktur: Fransiska Nindyarini
                Copyright © ANTARA 2025
                """);
        assertThat(found).extracting(Entity::name).contains("Ahmad Lutfianto", "Andi Wirasena")
                .noneMatch(n -> n.contains("Gunadarma") || n.contains("Wibisono") || n.contains("Nindyarini"));
    }

    @Test
    void aReportersCreditBeforeTheDatelineNamesNoOneButTheDatelinesOutletCounts() {
        List<Entity> found = Entities.shipped().find("""
                Laporan Wartawan Wartaraya.com, R Hadiningrat WARTARAYA.COM, BEKASI - Dinas Perhubungan Kota Bekasi \
                menutup Jalan Ahmad Yani selama dua hari. Kepala Dinas Perhubungan, Sutrisno Wibowo, meminta warga \
                mencari jalan lain.

                Laporan Reporter Wartaraya, Dewi Anggraini Putri WARTARAYA.COM, BOGOR - Banjir merendam Kampung Sawah.
                """);
        assertThat(found).extracting(Entity::name).contains("Sutrisno Wibowo")
                .noneMatch(n -> n.contains("Hadiningrat") || n.contains("Anggraini") || n.startsWith("Reporter"));
    }

    @Test
    void aBuildingNamedAfterTheBodyItHousesNamesTheBody() {
        List<Entity> found = Entities.shipped().find(
                "Rapat digelar di Kantor Kemenhub, Jakarta Pusat, Senin (3/3/2025). Sore harinya para sopir truk "
                + "berunjuk rasa di depan Gedung DPR, lalu bergerak ke Kantor Gubernur Banten di Serang.");
        assertThat(found).filteredOn(e -> e.type() == EntityType.ORGANIZATION).extracting(Entity::name)
                .contains("Kementerian Perhubungan", "Dewan Perwakilan Rakyat");
        assertThat(found).extracting(Entity::name).noneMatch(n -> n.startsWith("Kantor Kemenhub"));
        assertThat(named(found, "Gedung DPR").type()).isEqualTo(EntityType.PLACE); // the building, besides the body (BodyBuildings)
        assertThat(named(found, "Kantor Gubernur Banten").type()).isEqualTo(EntityType.PLACE);
    }

    @Test
    void aCityHallOrAHospitalIsAPlaceAndAnAgencyNamedBalaiIsABody() {
        List<Entity> found = Entities.shipped().find(
                "Wali Kota Bogor Dedie Rachim menerima rombongan di Balai Kota Bogor, Rabu (5/3/2025). Gubernur Lampung "
                + "menggelar rapat di Balai Keratun, Bandar Lampung. Balai Pelestarian Kebudayaan Wilayah III mencatat "
                + "kerusakan situs itu. Pemain itu dirawat di Royal Bolton Hospital sejak Sabtu.");
        assertThat(named(found, "Balai Kota Bogor").type()).isEqualTo(EntityType.PLACE);
        assertThat(named(found, "Balai Keratun").type()).isEqualTo(EntityType.PLACE);
        assertThat(named(found, "Royal Bolton Hospital").type()).isEqualTo(EntityType.PLACE);
        assertThat(named(found, "Balai Pelestarian Kebudayaan Wilayah III").type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void anOrganOfABodyNamesTheBodyAndANameCutBeforeItsConjunctionJoinsTheFullName() {
        List<Entity> found = Entities.shipped().find(
                "Otoritas Jasa Keuangan (OJK) memanggil direksi perusahaan asuransi itu. Dewan Komisioner Otoritas Jasa "
                + "Keuangan menilai kasus itu serius. Kementerian Haji dan Umrah menyiapkan kuota tambahan. Menurut "
                + "Kementerian Haji, kuota itu dibagi ke 34 provinsi.");
        assertThat(found).filteredOn(e -> e.type() == EntityType.ORGANIZATION).extracting(Entity::name)
                .containsExactlyInAnyOrder("Otoritas Jasa Keuangan", "Kementerian Haji dan Umrah");
        assertThat(named(found, "Kementerian Haji dan Umrah").mentions()).extracting(Mention::text)
                .containsExactly("Kementerian Haji dan Umrah", "Kementerian Haji");
    }

    @Test
    void anAbbreviationDefinedInsideANameStandsForTheWholeName() {
        List<Entity> found = Entities.shipped().find(
                "Badan Pengusahaan (BP) Batam menaikkan tarif sewa lahan mulai April. Kepala BP Batam Rudi Hartono "
                + "mengatakan kenaikan itu sudah dibahas. Menurut dia, BP Batam juga memangkas izin yang berbelit.");
        Entity bp = named(found, "Badan Pengusahaan Batam");
        assertThat(bp.type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(bp.mentions()).extracting(Mention::text).containsExactly("Badan Pengusahaan", "BP", "BP Batam", "BP Batam");
        assertThat(found).extracting(Entity::name).doesNotContain("Badan Pengusahaan", "BP Batam");
    }

    @Test
    void aPoliceRankWrittenOutIsKeptWholeAsTheRole() {
        List<Entity> found = Entities.shipped().find(
                "Ajun Komisaris Rina Maharani menyebut korban berusia 23 tahun, kata dia di Surabaya, Senin. "
                + "Kasat Reskrim Polres Malang, Ajun Komisaris Besar Polisi Dedi Kurniawan, mengatakan hal itu.");
        assertThat(found).filteredOn(e -> e.name().equals("Rina Maharani")).singleElement()
                .satisfies(e -> assertThat(e.roles()).containsExactly("Ajun Komisaris"));
        assertThat(found).filteredOn(e -> e.name().equals("Dedi Kurniawan")).singleElement()
                .satisfies(e -> assertThat(e.roles()).containsExactly("Ajun Komisaris Besar Polisi"));
    }

    @Test
    void aPersonsInitialsInBracketsAreThatPerson() {
        List<Entity> found = Entities.shipped().find(
                "Kejaksaan Tinggi Sulawesi Selatan menahan mantan Kepala Dinas Pekerjaan Umum Hendra Kusuma Wijaya "
                + "(HKW) dan Direktur PT Cahaya Baru Lestari, Rosmini Paembonan (RP). Menurut jaksa, HKW menerima "
                + "aliran dana proyek jalan itu sejak 2023. RP sudah dua kali mangkir dari panggilan.");
        Entity hendra = named(found, "Hendra Kusuma Wijaya");
        assertThat(hendra.type()).isEqualTo(EntityType.PERSON);
        assertThat(hendra.mentions()).extracting(Mention::text).containsExactly("Hendra Kusuma Wijaya", "HKW", "HKW");
        assertThat(named(found, "Rosmini Paembonan").mentions()).extracting(Mention::text)
                .containsExactly("Rosmini Paembonan", "RP", "RP");
        assertThat(found).extracting(Entity::name).doesNotContain("HKW", "RP");
    }

    @Test
    void aBodysAbbreviationShowsWhereItsNameStartsWhenTheTaggerFoundOnlyItsEnd() {
        List<Entity> found = Entities.shipped().find(
                "Gubernur meninjau Bandara Internasional Sulawesi Tengah (BIST) di Palu, Senin. Jembatan tua di lembah itu "
                + "bagian dari Warisan Budaya Dunia United Nations Educational, Scientific, and Cultural Organization "
                + "(UNESCO) sejak 2019. Produk rotan itu juga sudah mengantongi Standar Nasional Indonesia (SNI).");
        assertThat(named(found, "Bandara Internasional Sulawesi Tengah").mentions()).extracting(Mention::text)
                .containsExactly("Bandara Internasional Sulawesi Tengah", "BIST");
        Entity unesco = named(found, "United Nations Educational, Scientific and Cultural Organization");
        assertThat(unesco.type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(unesco.mentions()).extracting(Mention::text)
                .containsExactly("United Nations Educational, Scientific, and Cultural Organization", "UNESCO");
        assertThat(found).extracting(Entity::name)
                .doesNotContain("Cultural Organization", "Sulawesi Tengah", "Standar Nasional Indonesia");
    }

    @Test
    void aListedNameRunningIntoTheNextListsHeadingEndsBeforeIt() {
        List<Entity> found = Entities.shipped().find(
                "Hasil kualifikasi Kejuaraan Asia 2027: Speed Putra: 1. Gilang Saputra Nainggolan 2. Rafael Sitompul "
                + "3. Haryanjati Wiraksa Speed Putri: 1. Ni Komang Ayu 2. Rahmadina Salsabila 3. Ferdiska Anjani "
                + "Lead Putra: 1. Bima Ardiansyah 2. Fadlan Rasyid Tamher");
        assertThat(found).filteredOn(e -> e.type() == EntityType.PERSON).extracting(Entity::name)
                .contains("Haryanjati Wiraksa", "Ferdiska Anjani")
                .noneMatch(n -> n.endsWith("Putri") || n.endsWith("Putra") || n.endsWith("Speed") || n.endsWith("Lead"));
    }

    @Test
    void theCountrysInitialsAfterAnOfficeSayItIsTheNationsAndNameNoPlace() {
        List<Entity> office = Entities.shipped().find(
                "Menteri Kelautan dan Perikanan RI Hendra Saputro meninjau tambak udang itu. Presiden ke-9 RI dijadwalkan "
                + "hadir pada upacara HUT RI ke-82 di Istana Merdeka.");
        assertThat(office).extracting(Entity::name).contains("Hendra Saputro").doesNotContain("Indonesia");
        List<Entity> country = Entities.shipped().find("Ekspor RI ke Jepang naik 5 persen pada kuartal ketiga.");
        assertThat(named(country, "Indonesia").type()).isEqualTo(EntityType.PLACE);
    }

    @Test
    void aPlaceNamedHeadFirstThatTheTaggerLeftOutIsAPlace() {
        List<Entity> found = Entities.shipped().find(
                "Delapan penumpang terjatuh antara Stasiun Diwa dan Kalwa, yang mengakibatkan korban jiwa. Warga Kelurahan "
                + "Sekip Lama mengungsi ke masjid. Program Desa Merah Putih dan Gunung Api Purba jadi andalan wisata daerah itu.");
        assertThat(found).filteredOn(e -> e.type() == EntityType.PLACE).extracting(Entity::name)
                .contains("Stasiun Diwa", "Kelurahan Sekip Lama")
                .doesNotContain("Desa Merah Putih", "Gunung Api Purba");
    }

    @Test
    void aBureauIsABody() {
        List<Entity> found = Entities.shipped().find(
                "Biro Perencanaan Daerah mencatat, penyerapan anggaran naik menjadi 80 persen. Kepala Biro Umum "
                + "Kementerian Pertanian Rudi Hartanto mengatakan laporan itu sudah diserahkan.");
        assertThat(found).filteredOn(e -> e.type() == EntityType.ORGANIZATION).extracting(Entity::name)
                .contains("Biro Perencanaan Daerah");
        assertThat(found).filteredOn(e -> e.type() == EntityType.PERSON).extracting(Entity::name)
                .containsExactly("Rudi Hartanto");
    }

    @Test
    void aFacultyStandingAloneIsABodyAndOneNamedWithItsUniversityStaysTheUniversity() {
        List<Entity> found = Entities.shipped().find(
                "Program studi baru dibuka di Fakultas Ilmu Budaya, Fakultas Kesehatan Masyarakat, dan Fakultas Teknik. "
                + "Dosen Fakultas Hukum Universitas Sriwijaya, Rudi Hartanto, menilai aturan itu perlu dikaji ulang.");
        assertThat(found).filteredOn(e -> e.type() == EntityType.ORGANIZATION).extracting(Entity::name)
                .contains("Fakultas Ilmu Budaya", "Fakultas Kesehatan Masyarakat", "Fakultas Teknik", "Universitas Sriwijaya")
                .noneMatch(n -> n.startsWith("Fakultas Hukum"));
    }

    @Test
    void aSquareNamedAfterLapanganIsAPlaceButAFieldRankOpensNone() {
        List<Entity> found = Entities.shipped().find(
                "Ribuan umat menghadiri perayaan Natal di Lapangan Sekar Wangi pada Kamis malam. Panglima militer itu, "
                + "Marsekal Lapangan Tariq Hamdani, bertemu menteri luar negeri di Islamabad.");
        assertThat(found).filteredOn(e -> e.type() == EntityType.PLACE).extracting(Entity::name)
                .contains("Lapangan Sekar Wangi").noneMatch(n -> n.contains("Tariq"));
        assertThat(found).filteredOn(e -> e.type() == EntityType.PERSON).extracting(Entity::name).contains("Tariq Hamdani");
    }

    @Test
    void aTownsNameRightAfterAQuoteAndItsVerbIsTheSpeaker() {
        List<Entity> found = Entities.shipped().find(
                "Pelatih muda itu akrab disapa Garut oleh para pemainnya. \"Kami tidak pernah diberi tahu soal jadwal itu,\" "
                + "ujar Garut saat ditemui seusai latihan, Senin. Tim akan berlatih lagi di Bandung pekan depan.");
        assertThat(found).filteredOn(e -> e.type() == EntityType.PERSON).extracting(Entity::name).contains("Garut");
        assertThat(found).filteredOn(e -> e.type() == EntityType.PLACE).extracting(Entity::name)
                .contains("Bandung").doesNotContain("Garut");
    }

    @Test
    void aListedBodyBeforeARegionIsItsBranchThere() {
        List<Entity> found = Entities.shipped().find(
                "Ketua KONI Lampung Hendri Saputra Wijaya menyerahkan bonus kepada atlet. KPU Jawa Tengah menetapkan "
                + "hasil rekapitulasi suara, sementara Bawaslu Kota Semarang menerima tiga laporan pelanggaran.");
        assertThat(found).filteredOn(e -> e.type() == EntityType.ORGANIZATION).extracting(Entity::name)
                .contains("Komite Olahraga Nasional Indonesia Lampung", "Komisi Pemilihan Umum Jawa Tengah",
                        "Badan Pengawas Pemilihan Umum Kota Semarang");
        assertThat(found).filteredOn(e -> e.type() == EntityType.PERSON).extracting(Entity::name)
                .contains("Hendri Saputra Wijaya").noneMatch(n -> n.startsWith("Lampung"));
        assertThat(found).filteredOn(e -> e.type() == EntityType.PLACE).isEmpty();
    }

    @Test
    void aRegionBetweenARegionalHeadsOfficeAndTheHoldersNameIsThePlaceNotPartOfTheName() {
        List<Entity> found = Entities.shipped().find(
                "Calon bupati Bima Ahmad Rifai Saleh berjanji membangun irigasi. Pj Bupati Sinjai Andi Irwan Hamid "
                + "meresmikan jembatan. Camat Woha Hendra Kusuma ikut hadir. \"Pilkada Bima harus damai,\" kata Ahmad Rifai.");
        assertThat(found).filteredOn(e -> e.type() == EntityType.PERSON).extracting(Entity::name)
                .contains("Ahmad Rifai Saleh", "Andi Irwan Hamid", "Hendra Kusuma")
                .noneMatch(n -> n.startsWith("Bima ") || n.startsWith("Sinjai") || n.startsWith("Woha"));
        assertThat(named(found, "Ahmad Rifai Saleh").mentions()).extracting(Mention::text)
                .containsExactly("Ahmad Rifai Saleh", "Ahmad Rifai");
        assertThat(found).filteredOn(e -> e.type() == EntityType.PLACE).extracting(Entity::name).contains("Sinjai", "Woha");
    }

    @Test
    void aWordAfterARegionalHeadsOfficeThatNamesNoRegionOfItsLevelStaysInTheName() {
        List<Entity> found = Entities.shipped().find(
                "Gubernur Bima Santoso menolak usulan itu. Bupati Bima mengatakan hal serupa. Bupati Kusumajaya Ratna "
                + "Sari tidak hadir.");
        // Bima is no province; Kusumajaya no regency the tables know; "Bupati Bima" alone leaves no name to split off
        assertThat(found).extracting(Entity::name).containsExactly("Bima Santoso", "Kusumajaya Ratna Sari");
    }

    @Test
    void aRegionNamedByANicknameIsNamedOfficiallyAndAShortFormStays() {
        List<Entity> found = Entities.shipped().find(
                "Ribuan warga Solo memadati Jalan Slamet Riyadi saat kirab budaya, Minggu. Wisatawan dari Jogja dan "
                + "Jakarta ikut menonton.");
        assertThat(named(found, "Surakarta").mentions()).extracting(Mention::text).containsExactly("Solo");
        assertThat(named(found, "Daerah Istimewa Yogyakarta").mentions()).extracting(Mention::text).containsExactly("Jogja");
        assertThat(named(found, "Jakarta").type()).isEqualTo(EntityType.PLACE);
    }

    @Test
    void aCountryNamedInEnglishIsNamedInIndonesian() {
        List<Entity> found = Entities.shipped().find(
                "Tunggal putra Budi Santoso tersingkir di babak pertama Singapore Open 2026, Rabu. Ia kini fokus ke "
                + "turnamen berikutnya di China.");
        assertThat(named(found, "Singapura").mentions()).extracting(Mention::text).containsExactly("Singapore");
        assertThat(named(found, "China").type()).isEqualTo(EntityType.PLACE);
    }

    @Test
    void aFamilyNameTheTaggerTookForAPlaceIsThePersonNamedInFull() {
        String match = "Namun bola tendangannya masih bisa ditepis oleh Lukas Winterthur. Sundulan Owen Carrick di injury "
                + "time masih bisa diamankan Winterthur. Susunan Pemain Swiss: Winterthur, Keller, Amstutz, Gerber.";
        List<Entity> found = Entities.shipped().find(match);
        assertThat(named(found, "Lukas Winterthur").mentions()).extracting(Mention::text)
                .containsExactly("Lukas Winterthur", "Winterthur", "Winterthur");
        assertThat(found).filteredOn(e -> e.type() == EntityType.PLACE).extracting(Entity::name).doesNotContain("Winterthur");
        List<Entity> located = Entities.shipped().find(match + " Tim tamu lalu berlatih di Winterthur.");
        assertThat(located).filteredOn(e -> e.type() == EntityType.PLACE).extracting(Entity::name).contains("Winterthur");
    }

    @Test
    void aBrandsModelTheTaggerTookForABodyJoinsNoOneNamedWithTheBrand() {
        List<Entity> found = Entities.shipped().find(
                "PT Suzuki Indomobil Sales siap meluncurkan sedan Suzuki Ciaz di Surabaya. Sebelum mencoba, ada baiknya "
                + "mengetahui spesifikasi lengkap Suzuki Ciaz. Menggunakan sistem kemudi elektrik, Ciaz telah dilengkapi "
                + "rem cakram di roda depan. Untuk memberikan keamanan dan keselamatan, Suzuki Ciaz telah dilengkapi "
                + "dengan kantung udara di baris depan. Ciaz tersedia hanya dalam satu varian saja, yaitu GLX.");
        assertThat(found).filteredOn(e -> e.type() == EntityType.PERSON).flatExtracting(Entity::mentions)
                .extracting(Mention::text).doesNotContain("Ciaz");
    }

    @Test
    void aCompanyNamedWithItsLegalFormIsTheBodyItsShortNameNames() {
        List<Entity> found = Entities.shipped().find(
                "PT PLN Batam menandatangani perjanjian jual beli listrik dengan pengelola kawasan industri Kabil. "
                + "PLN Batam menyiapkan gardu induk baru untuk kawasan itu. Direktur Utama PT PLN Batam, Hendra "
                + "Wiratmaja, menyebut pasokan aman.");
        assertThat(found).filteredOn(e -> e.mentions().stream().anyMatch(m -> m.text().contains("PLN Batam")))
                .singleElement().satisfies(e -> assertThat(e.mentions()).extracting(Mention::text)
                        .contains("PT PLN Batam", "PLN Batam"));
    }

    @Test
    void aCompanysShortNameAndEnglishLegalFormJoinItsFullName() {
        List<Entity> found = Entities.shipped().find(
                "PT Adaro Energy Indonesia Tbk berencana membeli saham tambang milik Rio Tinto Plc senilai US$ 300 juta. "
                + "Direktur Adaro Energy, Hendra Wijaya, mengatakan tawaran itu final. Pihak Rio Tinto belum menjawab "
                + "tawaran Adaro Energy.");
        assertThat(found).filteredOn(e -> e.type() == EntityType.ORGANIZATION).extracting(Entity::name)
                .containsExactlyInAnyOrder("PT Adaro Energy Indonesia Tbk", "Rio Tinto Plc");
        assertThat(named(found, "PT Adaro Energy Indonesia Tbk").mentions()).extracting(Mention::text).contains("Adaro Energy");
        assertThat(named(found, "Rio Tinto Plc").mentions()).extracting(Mention::text).contains("Rio Tinto");
    }

    @Test
    void aUnitNamedWithItsBodysShortFormLastNamesTheBodyToo() {
        List<Entity> found = Entities.shipped().find(
                "Anggota Komisi IV DPR Rahmat Hidayat meminta pemerintah menambah anggaran pupuk bersubsidi. Menurut dia, "
                + "Komisi IV DPR akan memanggil direksi perusahaan pupuk pekan depan.");
        assertThat(found).filteredOn(e -> e.type() == EntityType.ORGANIZATION).extracting(Entity::name)
                .containsExactlyInAnyOrder("Komisi IV DPR", "Dewan Perwakilan Rakyat");
        assertThat(named(found, "Dewan Perwakilan Rakyat").mentions()).extracting(Mention::text).containsOnly("DPR");
    }

    @Test
    void aGovernmentOfOnePlaceNamedWithAndWithoutItsLevelIsOneBodyButTwoLevelsAreTwo() {
        List<Entity> found = Entities.shipped().find(
                "Pemerintah DKI Jakarta menambah pompa air di Jakarta Utara. Kepala Dinas Sumber Daya Air, Budi Santoso, "
                + "mengatakan Pemprov Jakarta menyiapkan anggaran tambahan. Pemerintah Jakarta juga meminta warga waspada. "
                + "Sementara itu, Pemerintah Kota Bogor dan Pemerintah Kabupaten Bogor membersihkan saluran air.");
        List<String> bodies = found.stream().filter(e -> e.type() == EntityType.ORGANIZATION).map(Entity::name).toList();
        assertThat(bodies).filteredOn(n -> n.contains("Jakarta")).hasSize(1);
        assertThat(bodies).filteredOn(n -> n.contains("Bogor")).hasSize(2);
    }

    @Test
    void aRegionalOfficesShortNameBeforeItsRegionIsABody() {
        List<Entity> found = Entities.shipped().find(
                "Jumlah pengunjung naik tahun ini, kata Kepala Disparekrafbud Sumba Timur Yosef Lende, Senin. "
                + "Disparekrafbud Sumba Timur menyiapkan festival budaya pada Agustus.");
        assertThat(found).filteredOn(e -> e.name().startsWith("Disparekrafbud")).singleElement()
                .satisfies(e -> assertThat(e.type()).isEqualTo(EntityType.ORGANIZATION));
    }

    @Test
    void aBodyNamedByItsInitialsOrItsHeadAndTheInitialsOfTheRestIsTheBodyNamedInFull() {
        List<Entity> found = Entities.shipped().find(
                "Dinas Sumber Daya Air mengeruk tiga waduk di Jakarta Barat. Kepala Dinas SDA, Budi Santoso, mengatakan "
                + "pengerukan selesai pekan depan. Dinas SDA juga menambah pompa.");
        assertThat(found).filteredOn(e -> e.type() == EntityType.ORGANIZATION).extracting(Entity::name)
                .containsExactly("Dinas Sumber Daya Air");
        List<Entity> motor = Entities.shipped().find(
                "PT Hikari Prima Motor meluncurkan mobil listrik di Jakarta, Senin. Direktur Pemasaran HPM, Hendra Wijaya, "
                + "mengatakan pabrik HPM di Karawang siap memproduksi 5.000 unit tahun ini.");
        assertThat(motor).filteredOn(e -> e.type() == EntityType.ORGANIZATION).singleElement()
                .satisfies(e -> assertThat(e.mentions()).extracting(Mention::text).contains("PT Hikari Prima Motor", "HPM"));
    }

    @Test
    void aSchoolAReligiousOrderAndASecretariatAreBodies() {
        List<Entity> found = Entities.shipped().find(
                "Suster Maria Goreti pernah mengajar di SMA Santo Yosef Malang selama sepuluh tahun. Menurut dia, Ordo "
                + "Karmelit membangun banyak sekolah di Jawa Timur. Undangan itu dikirim Sekretariat Wakil Presiden.");
        assertThat(found).filteredOn(e -> e.type() == EntityType.ORGANIZATION).extracting(Entity::name)
                .anyMatch(n -> n.startsWith("SMA Santo Yosef")).contains("Ordo Karmelit");
        assertThat(found).filteredOn(e -> e.type() != EntityType.ORGANIZATION).extracting(Entity::name)
                .noneMatch(n -> n.startsWith("SMA") || n.startsWith("Ordo") || n.startsWith("Sekretariat"));
    }

    @Test
    void aWordDescribingACountryBeforeItNamesTheCountryNotAPerson() {
        List<Entity> found = Entities.shipped().find(
                "Warga Jalur Gaza merayakan Natal meski wilayah tersebut luluh lantak akibat agresi Zionis Israel selama "
                + "dua tahun. Pada Rabu, otoritas Zionis melarang pejabat Palestina masuk ke Betlehem.");
        assertThat(found).filteredOn(e -> e.type() == EntityType.PERSON).isEmpty();
        assertThat(found).filteredOn(e -> e.type() == EntityType.PLACE).extracting(Entity::name).contains("Israel");
    }

    @Test
    void aNicknameInBracketsAfterAPersonIsThatPersonButAPartyIsNot() {
        List<Entity> found = Entities.shipped().find(
                "Koalisi itu mengusung Rahmat Subagja (Ramsu) dan Lestari Handayani sebagai pasangan calon. Ramsu "
                + "mengaku siap bertarung. Anggota DPRD Dedi Kuswara (Golkar) mendukung pasangan itu.");
        Entity rahmat = named(found, "Rahmat Subagja");
        assertThat(rahmat.type()).isEqualTo(EntityType.PERSON);
        assertThat(rahmat.mentions()).extracting(Mention::text).containsExactly("Rahmat Subagja", "Ramsu", "Ramsu");
        assertThat(found).extracting(Entity::name).doesNotContain("Ramsu");
        assertThat(named(found, "Dedi Kuswara").mentions()).extracting(Mention::text).doesNotContain("Golkar");
    }

    @Test
    void aUnitNamedBeforeItsBodysShortFormIsNoPerson() {
        List<Entity> found = Entities.shipped().find(
                "Jamintel Kejagung menangkap 40 buronan sepanjang tahun lalu, kata Kapuspenkum Kejagung Harli Wiranata "
                + "di Jakarta, Minggu. Menurut Harli, Jamintel Kejagung juga memeriksa tujuh jaksa.");
        assertThat(found).filteredOn(e -> e.type() == EntityType.PERSON).extracting(Entity::name)
                .containsExactly("Harli Wiranata");
        assertThat(named(found, "Jamintel Kejagung").type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aBodysInitialsAndOneWordNameNoPerson() {
        List<Entity> found = Entities.shipped().find(
                "Pendeta Markus Silalahi dari GPIB Imanuel menyerahkan bantuan kepada warga Kelurahan Sukamaju, Minggu. "
                + "Jemaat GPIB Imanuel mengumpulkan 2 ton beras untuk korban banjir.");
        assertThat(named(found, "GPIB Imanuel").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(found).filteredOn(e -> e.type() == EntityType.PERSON).extracting(Entity::name)
                .containsExactly("Markus Silalahi");
    }

    @Test
    void aNameTheTaggerMissedInAListOfBodiesIsABody() {
        List<Entity> found = Entities.shipped().find(
                "Empat perusahaan rintisan di Indonesia sudah bernilai lebih dari 1 miliar dolar AS, yakni Go-Jek, "
                + "Traveloka, Bukalapak, dan Tokopedia. Pemerintah berharap jumlahnya bertambah tahun depan.");
        assertThat(found).filteredOn(e -> e.type() == EntityType.ORGANIZATION).extracting(Entity::name)
                .contains("Go-Jek", "Traveloka", "Bukalapak", "Tokopedia");
        assertThat(found).extracting(Entity::name).doesNotContain("Jek");
    }

    @Test
    void aCapitalisedWordBesideAnotherInAListIsLeftAlone() {
        List<Entity> found = Entities.shipped().find(
                "Bantuan itu datang dari Traveloka, Bukalapak, dan Blue Harmoni Nusantara, kata panitia di Bandung, Senin. "
                + "Eksportir diminta melirik pasar MERCOSUR, Eropa, Amerika Latin, dan Afrika.");
        assertThat(found).extracting(Entity::name).doesNotContain("Blue", "Harmoni", "Nusantara", "MERCOSUR");
    }

    @Test
    void aNameAfterAPlacesHeadWordIsThePlaceNotAPerson() {
        List<Entity> found = Entities.shipped().find(
                "Pebalap muda asal Bandung itu finis kelima di Sirkuit Le Mans, Minggu. Kepala Desa Sukamulya, Yusuf "
                + "Tasane, mengatakan warga menonton balapan itu bersama.");
        assertThat(named(found, "Sirkuit Le Mans").type()).isEqualTo(EntityType.PLACE);
        assertThat(found).filteredOn(e -> e.type() == EntityType.PERSON).extracting(Entity::name)
                .containsExactly("Yusuf Tasane");
    }

    @Test
    void aNumberedSchoolIsNamedWholeNotItsPlace() {
        List<Entity> found = Entities.shipped().find(
                "Sebanyak 320 siswa SMAN 2 Cikaret dan SDN 4 Sukaraja mengikuti lomba cerdas cermat di Kota Bogor, Senin. "
                + "Kepala SMAN 2 Cikaret, Wawan Setiawan, mengatakan siswanya sudah berlatih sebulan.");
        assertThat(found).filteredOn(e -> e.type() == EntityType.ORGANIZATION).extracting(Entity::name)
                .contains("SMAN 2 Cikaret", "SDN 4 Sukaraja");
        assertThat(found).extracting(Entity::name).doesNotContain("Cikaret", "Sukaraja");
    }

    @Test
    void aSitesNameIsAnOrganisationAndAnOutletWrittenInLowerCaseIsFound() {
        List<Entity> found = Entities.shipped().find(
                "Seperti dikutip dari Beritalangit.com, roket itu meluncur pukul 19.00. Kepada detikcom, Rudi Hartono "
                + "mengaku melihat cahaya itu dari Coronado.");
        assertThat(named(found, "Beritalangit.com").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(named(found, "detikcom").type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aOneWordNameAfterAFormOfAddressIsAPerson() {
        List<Entity> found = Entities.shipped().find(
                "Warga menyebut Bu Sumiati sebagai penjual nasi paling ramah di pasar itu. Setiap pagi Mbak Rindayu "
                + "membantunya. Mereka juga mengenang Sang Proklamator dan pindah ke Ibu Kota Nusantara.");
        assertThat(found).filteredOn(e -> e.type() == EntityType.PERSON).extracting(Entity::name)
                .containsExactlyInAnyOrder("Sumiati", "Rindayu");
    }

    @Test
    void theNameAfterAPoliceOrMilitaryRankIsItsHoldersWhole() {
        List<Entity> found = Entities.shipped().find(
                "Penyaluran bantuan dipimpin Kasat Binmas Polres Lumajang AKP Sugiharto bersama personel Polsek. Lomba "
                + "menembak dimenangi Serda Budi Santoso Lubis dari Kodim Lumajang. Warga Jalan Brigjen Katamso ikut "
                + "menonton bersama Direktur Jenderal Pelayanan Kesehatan.");
        assertThat(found).filteredOn(e -> e.type() == EntityType.PERSON).extracting(Entity::name)
                .containsExactlyInAnyOrder("Sugiharto", "Budi Santoso Lubis");
    }

    @Test
    void aPublicCorporationWithAndWithoutItsLegalFormIsOneBody() {
        List<Entity> found = Entities.shipped().find(
                "Perum Damri menambah armada bus bandara di Medan. Direktur Utama Damri, Rudi Santoso, mengatakan bus "
                + "baru tiba pekan depan. Damri juga membuka rute ke Berastagi.");
        assertThat(found).filteredOn(e -> e.type() == EntityType.ORGANIZATION).extracting(Entity::name)
                .containsExactly("Perum Damri");
    }

    @Test
    void anOilCompanyWrittenWithOrWithoutItsSpaceIsOneListedBody() {
        List<Entity> found = Entities.shipped().find(
                "Kontraktor migas Conoco Phillips menambah produksi di Blok Koridor. Juru bicara ConocoPhillips, "
                + "Hendra Wibisono, mengatakan sumur baru mulai berproduksi April.");
        Entity conoco = named(found, "ConocoPhillips");
        assertThat(conoco.type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(conoco.mentions()).extracting(Mention::text).containsExactly("Conoco Phillips", "ConocoPhillips");
    }

    @Test
    void aRaceNamedForItsSponsorNamesNoOne() {
        List<Entity> found = Entities.shipped().find(
                "Ajang lari Sinarbank Marathon kembali digelar di Lombok pada Agustus. Race Director Sinarbank Marathon "
                + "Rudi Hartono mengatakan pendaftaran dibuka pekan depan. Pemkot juga menggelar Mataram Fun Run.");
        assertThat(found).extracting(Entity::name).noneMatch(n -> n.contains("Marathon") || n.contains("Fun Run"));
        assertThat(found).extracting(Entity::name).contains("Rudi Hartono", "Lombok");
    }

    @Test
    void aVillagesPoliceOrArmyOfficerIsARoleNoName() {
        List<Entity> found = Entities.shipped().find(
                "Warga langsung melaporkan penemuan itu ke Bhabinkamtibmas dan Babinsa setempat, kata Agus Salim. "
                + "Babinsa Serda Joko Susilo lalu memasang garis polisi.");
        assertThat(found).extracting(Entity::name).containsExactlyInAnyOrder("Agus Salim", "Joko Susilo");
    }

    @Test
    void aNationalCoordinatorAnExecutiveVicePresidentAndAShortGovernorAreRoles() {
        List<Entity> found = Entities.shipped().find(
                "Rapat itu dihadiri Koordinator Nasional Jaringan Petani Agus Salim di Bogor. EVP Marketing PT Maju "
                + "Rudi Hartono mengatakan penjualan naik. Gub Kaltara Budi Santoso meninjau lokasi banjir.");
        assertThat(found).filteredOn(e -> e.name().equals("Agus Salim")).singleElement()
                .satisfies(e -> assertThat(e.roles()).containsExactly("Koordinator Nasional Jaringan Petani"));
        assertThat(found).filteredOn(e -> e.name().equals("Rudi Hartono")).singleElement()
                .satisfies(e -> assertThat(e.roles()).containsExactly("EVP Marketing PT Maju"));
        assertThat(found).extracting(Entity::name).contains("Budi Santoso").noneMatch(n -> n.startsWith("Gub"));
    }

    @Test
    void theSecondOfTwoPeopleNamedWithTheirTitlesTakesOnlyItsOwnTitle() {
        List<Entity> found = Entities.shipped().find(
                "Pertemuan itu dihadiri Gubernur Jawa Tengah Budi Santoso dan Kepala Dinas Kelautan dan Perikanan "
                + "Jawa Tengah Rina Kusuma. Menteri Kelautan dan Perikanan Agus Salim membuka acara.");
        assertThat(found).filteredOn(e -> e.name().equals("Rina Kusuma")).singleElement()
                .satisfies(e -> assertThat(e.roles()).containsExactly("Kepala Dinas Kelautan dan Perikanan Jawa Tengah"));
        assertThat(found).filteredOn(e -> e.name().equals("Budi Santoso")).singleElement()
                .satisfies(e -> assertThat(e.roles()).containsExactly("Gubernur Jawa Tengah"));
        assertThat(found).filteredOn(e -> e.name().equals("Agus Salim")).singleElement()
                .satisfies(e -> assertThat(e.roles()).containsExactly("Menteri Kelautan dan Perikanan"));
    }

    @Test
    void anAbbreviationDefinedByWordsInLowerCaseIsATermNoBody() {
        List<Entity> found = Entities.shipped().find(
                "Kementerian memberikan pengurangan masa pidana khusus (PMPK) kepada 151 anak binaan. Penerima PMPK "
                + "wajib berkelakuan baik. Ketua dewan perwakilan rakyat (DPR) menerima laporan itu.");
        assertThat(found).extracting(Entity::name).doesNotContain("PMPK").contains("Dewan Perwakilan Rakyat");
    }

    @Test
    void aOneWordNameAfterANounForAFirmIsTheFirmEverywhere() {
        List<Entity> found = Entities.shipped().find(
                "Awak media dapat mendatangi gerai Mitramart untuk membuat kartu anggota. Manajer Mitramart, Arif "
                + "Nursandi, mengatakan program itu gratis. Penumpang maskapai Sayapindo tertahan di Makassar. "
                + "Sayapindo meminta maaf.");
        assertThat(found).filteredOn(e -> e.type() == EntityType.ORGANIZATION).extracting(Entity::name)
                .contains("Mitramart", "Sayapindo");
        assertThat(found).filteredOn(e -> e.type() == EntityType.PERSON).extracting(Entity::name)
                .containsExactly("Arif Nursandi");
    }

    @Test
    void aOneWordNameAfterAnAppOrSiteIsItsFirm() {
        List<Entity> found = Entities.shipped().find(
                "Warga kini bisa berkonsultasi dengan dokter lewat aplikasi Sehatku. Menurut Rudi Santoso, Sehatku "
                + "sudah diunduh sejuta kali.");
        assertThat(found).filteredOn(e -> e.type() == EntityType.ORGANIZATION).extracting(Entity::name)
                .containsExactly("Sehatku");
        assertThat(found).filteredOn(e -> e.type() == EntityType.PERSON).extracting(Entity::name)
                .containsExactly("Rudi Santoso");
    }

    @Test
    void aBodyNamedWithAndWithoutItsRegionIsOneBodyUnlessTwoRegionsAreNamed() {
        List<Entity> one = Entities.shipped().find(
                "Siswa SMAN 3 Cikaret Banyuwangi menjuarai olimpiade matematika. Kepala SMAN 3 Cikaret, Wawan Setiawan, "
                + "mengatakan sekolah akan memberi beasiswa. Dinas Pendidikan Jawa Timur memberi penghargaan. "
                + "Menurut Dinas Pendidikan, lomba itu diikuti 200 sekolah.");
        assertThat(one).filteredOn(e -> e.type() == EntityType.ORGANIZATION).extracting(Entity::name)
                .containsExactlyInAnyOrder("SMAN 3 Cikaret Banyuwangi", "Dinas Pendidikan Jawa Timur");
        List<Entity> two = Entities.shipped().find(
                "Dinas Pendidikan Jawa Timur dan Dinas Pendidikan Jawa Tengah menggelar lomba bersama. Menurut Dinas "
                + "Pendidikan, lomba itu diikuti 200 sekolah.");
        assertThat(two).filteredOn(e -> e.type() == EntityType.ORGANIZATION).extracting(Entity::name)
                .contains("Dinas Pendidikan Jawa Timur", "Dinas Pendidikan Jawa Tengah", "Dinas Pendidikan");
    }

    @Test
    void aKindOfSchoolWrittenOutIsNoSchool() {
        List<Entity> found = Entities.shipped().find(
                "Rahmawati Sukma terus berlatih hingga lulus Sekolah Menengah Atas (SMA). Ia pernah bersekolah di "
                + "SMA Negeri 3 Garut sebelum masuk perguruan tinggi.");
        assertThat(found).filteredOn(e -> e.type() == EntityType.ORGANIZATION).extracting(Entity::name)
                .containsExactly("SMA Negeri 3 Garut");
    }

    @Test
    void aKindOfInstitutionItsAbbreviationAndItsOwnNameAreOneName() {
        List<Entity> found = Entities.shipped().find(
                "Korban dilarikan ke Rumah Sakit (RS) Mitra Sehat, Bekasi, kata Dewi Anggraini. Di RS Mitra Sehat ia "
                + "dirawat dua hari. Kakaknya kuliah di Universitas Islam Negeri (UIN) Sunan Kalijaga dan adiknya "
                + "bersekolah di Sekolah Dasar Negeri (SDN) Cibeureum 2.");
        assertThat(found).extracting(Entity::name).contains("Rumah Sakit Mitra Sehat", "Universitas Islam Negeri Sunan Kalijaga",
                        "Sekolah Dasar Negeri Cibeureum 2", "Bekasi", "Dewi Anggraini")
                .noneMatch(n -> n.equals("Mitra Sehat") || n.equals("RS") || n.equals("Sunan Kalijaga") || n.contains("("));
        Entity hospital = found.stream().filter(e -> e.name().equals("Rumah Sakit Mitra Sehat")).findFirst().orElseThrow();
        assertThat(hospital.type()).isEqualTo(EntityType.PLACE);
        assertThat(hospital.mentions()).extracting(Mention::text).containsExactly("Rumah Sakit (RS) Mitra Sehat", "RS Mitra Sehat");
    }

    @Test
    void theShortFormOfAnInstitutionsNameMayLeaveOutItsLastWords() {
        List<Entity> found = Entities.shipped().find(
                "Pasien dirujuk ke Rumah Sakit Islam (RSI) Sultan Hadi Kendal pada Senin. Direktur RSI Sultan Hadi, "
                + "Joko Susanto, mengatakan layanan tetap buka.");
        assertThat(found).filteredOn(e -> e.name().contains("Sultan Hadi")).extracting(Entity::name)
                .containsExactly("Rumah Sakit Islam Sultan Hadi Kendal");
    }

    @Test
    void aPlaceAfterAKindsAbbreviationIsWhereTheInstitutionIs() {
        List<Entity> found = Entities.shipped().find(
                "Mahasiswa Universitas Islam Negeri (UIN) Kelurahan Cempaka ikut membersihkan sungai bersama warga.");
        assertThat(found).extracting(Entity::name).noneMatch(n -> n.contains("Universitas Islam Negeri Kelurahan"));
    }

    @Test
    void anAbbreviationDefinedByAPhraseInTitleCaseWithoutANameInItIsNoBody() {
        List<Entity> found = Entities.shipped().find(
                "Kepala Puskesmas Sukamaju, Hendra Gunawan, mengajak warga menerapkan Perilaku Hidup Bersih dan Sehat "
                + "(PHBS) di rumah. Menurut Hendra, PHBS mencegah diare. Forum Kerukunan Umat Beragama (FKUB) ikut membantu.");
        assertThat(found).extracting(Entity::name).contains("Hendra Gunawan", "Forum Kerukunan Umat Beragama")
                .doesNotContain("PHBS", "Perilaku Hidup Bersih dan Sehat");
    }

    @Test
    void stockCodesListedTogetherAreSecuritiesNotBodies() {
        List<Entity> found = Entities.shipped().find(
                "Analis Sinar Sekuritas, Rudi Hartono, menyarankan saham berkapitalisasi besar seperti KRTA, BMNA, "
                + "TLKA, dan SGRA. Sementara itu BNPB, BPBD, dan BMKG memantau cuaca di Jakarta.");
        assertThat(found).extracting(Entity::name).doesNotContain("KRTA", "BMNA", "TLKA", "SGRA");
        assertThat(found).extracting(Entity::name).contains("Badan Nasional Penanggulangan Bencana");
    }

    @Test
    void theNameAPersonIsCalledByIsThatPerson() {
        List<Entity> found = Entities.shipped().find(
                "Anggota dewan Hendrawan Sitompul mendukung langkah polisi. Pria yang akrab disapa Bang Hendro itu "
                + "meminta warga tenang. \"Kami siap membantu,\" kata Hendro. Ketua RW, Sutrisno, setuju.");
        Entity hendrawan = named(found, "Hendrawan Sitompul");
        assertThat(hendrawan.mentions()).extracting(Mention::text).contains("Hendro");
        assertThat(found).filteredOn(e -> e.type() == EntityType.PERSON).extracting(Entity::name)
                .containsExactlyInAnyOrder("Hendrawan Sitompul", "Sutrisno");
    }

    @Test
    void anAssociationALaboratoryAndAParkAreNamedByTheirHeadWords() {
        List<Entity> found = Entities.shipped().find(
                "TEMPO, JAKARTA - Pengusaha mebel yang tergabung dalam Gabungan Pengusaha Mebel (Gapem) mengalami "
                + "kerugian. Ketua Umum Gapem, Budi Santoso, mengatakan sampel diperiksa di Laboratorium Forensik Polda "
                + "Maluku. Panitia memilih Bukit Indah Bike Park, Bantul dan Argopuro Bike Park, Pasuruan, Jawa Timur.");
        assertThat(named(found, "Gabungan Pengusaha Mebel").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(named(found, "Laboratorium Forensik Polda Maluku").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(named(found, "Argopuro Bike Park").type()).isEqualTo(EntityType.PLACE);
    }

    @Test
    void aWaterfallIsAPlaceAndACaveSpeltTwoWaysIsOnePlace() {
        List<Entity> found = Entities.shipped().find(
                "Wisatawan memadati Air Terjun Tumpak Sewu di Lumajang, Minggu. Sebagian lain memilih Air Terjun Coban "
                + "Rondo. Pengelola Goa Pindul, Suparno, mengatakan Gua Pindul juga ramai. Pengunjung air terjun Sipiso "
                + "Piso juga bertambah.");
        assertThat(found).filteredOn(e -> e.type() == EntityType.PLACE).extracting(Entity::name)
                .contains("Air Terjun Tumpak Sewu", "Air Terjun Coban Rondo", "Sipiso Piso");
        assertThat(found).filteredOn(e -> e.type() == EntityType.PERSON).extracting(Entity::name)
                .containsExactly("Suparno");
        assertThat(found).filteredOn(e -> e.name().endsWith("Pindul")).singleElement()
                .extracting(Entity::mentions).asList().hasSize(2);
    }

    @Test
    void aNameRunOverTheEndOfAnEnglishTitleIsWhatFollowsTheTitle() {
        List<Entity> found = Entities.shipped().find(
                "Nota ditandatangani Budi Santoso dan Jean Deroche, Senior Regional Officer Asia Pasifik dari Banque "
                + "Lumiere, Rabu.");
        assertThat(found).extracting(Entity::name).noneMatch(n -> n.contains("Officer")).contains("Asia Pasifik");
        assertThat(named(found, "Asia Pasifik").type()).isEqualTo(EntityType.PLACE);
    }

    @Test
    void aBoardingSchoolIsABodyAMosqueAPlaceAPartyMeetingNoOne() {
        List<Entity> found = Entities.shipped().find(
                "Rapimnas sudah menentukan Rahmat Hidayat sebagai calon. Ia datang ke Pondok Pesantren Nurul Falah, "
                + "Sukamaju, lalu salat di Masjid Al Hikmah. Santri Ponpes Nurul Falah menyambutnya. Kedaulatan "
                + "Negara Kesatuan Republik Indonesia (NKRI) harus dijaga.");
        assertThat(found).filteredOn(e -> e.type() == EntityType.PERSON).extracting(Entity::name)
                .containsExactly("Rahmat Hidayat");
        assertThat(named(found, "Pondok Pesantren Nurul Falah").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(named(found, "Masjid Al Hikmah").type()).isEqualTo(EntityType.PLACE);
        assertThat(named(found, "Indonesia").type()).isEqualTo(EntityType.PLACE);
        assertThat(found).extracting(Entity::name).doesNotContain("Negara Kesatuan Republik Indonesia");
    }

    @Test
    void aListedShortFormAloneIsTheOneRegionalBodyTheArticleNames() {
        id.warta.model.Document doc = new id.warta.model.Document(null, null, null, null, null,
                "Anggota DPRD DKI Hendra Dukung Polisi Tindak Tegas Begal", null, null, null,
                "Anggota DPRD DKI Jakarta dari Fraksi Golkar, Hendra Wijaya menyatakan mendukung langkah polisi.",
                null, List.of(), List.of(), List.of(), null, List.of());
        List<Entity> found = Entities.shipped().find(doc);
        assertThat(named(found, "DPRD DKI Jakarta").mentions()).extracting(Mention::text).contains("DPRD");
        assertThat(found).extracting(Entity::name).doesNotContain("Dewan Perwakilan Rakyat Daerah");
    }

    @Test
    void aHeadlinesVerbInTitleCaseEndsTheNameBeforeIt() {
        id.warta.model.Document doc = new id.warta.model.Document(null, null, null, null, null,
                "Rahmat Hidayat Tinjau Tanggul Jebol, Universitas Terbuka Kirim Relawan", null, null, null,
                "Bupati Rahmat Hidayat Santoso meninjau tanggul yang jebol di Sukamaju, Senin. Rahmat meminta warga "
                + "mengungsi. Universitas Terbuka mengirim relawan ke lokasi banjir.",
                null, List.of(), List.of(), List.of(), null, List.of());
        List<Entity> found = Entities.shipped().find(doc);
        assertThat(named(found, "Rahmat Hidayat Santoso").mentions()).extracting(Mention::text).contains("Rahmat Hidayat");
        assertThat(named(found, "Universitas Terbuka").type()).isEqualTo(EntityType.ORGANIZATION); // written whole in the text
        assertThat(found).extracting(Entity::name).noneMatch(n -> n.contains("Tinjau") || n.contains("Kirim"));
    }

    @Test
    void aBodysNameListingItsFieldsWithCommasIsOneName() {
        List<Entity> found = Entities.shipped().find(
                "Kepala Dinas Pendidikan, Pemuda, dan Olahraga Kabupaten Sukamaju, Rudi Hartawan, menghadiri rapat "
                + "bersama Kementerian Keuangan, Bank Indonesia, dan Otoritas Jasa Keuangan di Jakarta. Kementerian "
                + "Pertanian, Kehutanan, dan Perikanan Jepang juga hadir.");
        assertThat(found).extracting(Entity::name)
                .contains("Dinas Pendidikan, Pemuda, dan Olahraga", "Kementerian Pertanian, Kehutanan, dan Perikanan",
                        "Kementerian Keuangan", "Bank Indonesia", "Otoritas Jasa Keuangan", "Rudi Hartawan", "Jepang")
                .noneMatch(n -> n.equals("Dinas Pendidikan") || n.equals("Kementerian Pertanian") || n.contains("Keuangan, Bank"));
    }

    @Test
    void theLandTaxPbbIsNoUnitedNations() {
        List<Entity> tax = Entities.shipped().find(
                "Warga Desa Sukamaju mengeluhkan tagihan PBB yang naik dua kali lipat. Kepala desa Rudi Hartawan "
                + "meminta warga tetap membayar PBB sebelum jatuh tempo. Menurut Rudi, PBB tahun ini dihitung dari NJOP baru.");
        assertThat(tax).extracting(Entity::name).contains("Rudi Hartawan").doesNotContain("Perserikatan Bangsa-Bangsa", "PBB");
        List<Entity> un = Entities.shipped().find("Sekretaris Jenderal PBB mengecam serangan itu. PBB menyerukan gencatan senjata.");
        assertThat(un).extracting(Entity::name).contains("Perserikatan Bangsa-Bangsa");
    }

    @Test
    void theTownAfterANationalBodyBeforeTheDayIsAPlace() {
        List<Entity> found = Entities.shipped().find(
                "\"Kami akan mempercepat penyaluran dana desa,\" kata Rudi Hartawan di Kementerian Keuangan Jakarta, Senin "
                + "(3/2/2025). Ia juga bertemu anggota DPRD Surabaya, Selasa (4/2/2025).");
        assertThat(found).extracting(Entity::name).contains("Kementerian Keuangan", "Jakarta", "Rudi Hartawan")
                .doesNotContain("Kementerian Keuangan Jakarta");
    }

    @Test
    void shipsNameNoOne() {
        List<Entity> found = Entities.shipped().find(
                "Kapal penumpang KMP Sinar Bahari Jaya tenggelam di Selat Bali. Tim SAR gabungan bersama KRI Sultan "
                + "Iskandar mencari 12 penumpang, kata Rudi Hartawan, Kepala Basarnas Denpasar. Kapal pesiar MV Ocean "
                + "Harmony ikut membantu.");
        assertThat(found).extracting(Entity::name).contains("Rudi Hartawan", "Selat Bali")
                .noneMatch(n -> n.contains("Sinar Bahari") || n.contains("Sultan Iskandar") || n.contains("Ocean Harmony"));
    }

    @Test
    void palestineIsAPlaceByItsShortName() {
        List<Entity> found = Entities.shipped().find(
                "Para pengurus masjid menegaskan tidak akan ada pesta tahun ini sebagai bentuk penghormatan kepada "
                + "ribuan warga Palestina yang tewas di seluruh wilayah tersebut.");
        assertThat(named(found, "Palestina").type()).isEqualTo(EntityType.PLACE);
    }

    @Test
    void aNameRightAfterABodysHeadWordIsTheBodysNotAPersons() {
        List<Entity> found = Entities.shipped().find(
                "Oni, siswi kelas VIII SMP Satap Wolomeze, pernah menjadi juara kelas. Pemerintah Jokowi dinilai "
                + "lamban, kata Josua Pardede.");
        assertThat(named(found, "SMP Satap Wolomeze").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(found).filteredOn(e -> e.type() == EntityType.PERSON).extracting(Entity::name)
                .contains("Joko Widodo", "Josua Pardede").doesNotContain("Satap Wolomeze");
    }

    @Test
    void aPersonNamedByTheFirstAndLastWordsOfTheirFullNameIsThatPerson() {
        List<Entity> found = Entities.shipped().find(
                "Ulama Habib Umar bin Ahmad bin Salim al-Jufri hadir. Menurut Habib Umar Al Jufri, acara itu penting. "
                + "Ketua panitia Rudi Hartono Wibowo mengatakan Rudi Wibowo akan hadir.");
        assertThat(found).filteredOn(e -> e.type() == EntityType.PERSON).extracting(Entity::name)
                .containsExactlyInAnyOrder("Umar bin Ahmad bin Salim al-Jufri", "Rudi Hartono Wibowo");
    }

    @Test
    void aNameBlendingTheOpeningsOfAFullNamesFirstAndLastWordsIsThatPerson() {
        List<Entity> found = Entities.shipped().find(
                "Menteri Pertanian Suharyanto Wibisono meninjau panen di Karawang. Menurut Suhawi, produksi padi naik "
                + "tahun ini. Suhawi juga bertemu petani setempat. Dari Suhawi, rombongan menuju Bekasi.");
        assertThat(named(found, "Suharyanto Wibisono").mentions()).extracting(Mention::text).contains("Suhawi");
        assertThat(found).extracting(Entity::name).doesNotContain("Suhawi");
    }

    @Test
    void theBodyBetweenAnOfficeAndItsHolderIsAnOrganisation() {
        List<Entity> found = Entities.shipped().find(
                "Managing Director Sinar Pelangi Indonesia Ricardo Tomasi mengatakan penjualan naik. PT Tirta Gemilang Sentosa "
                + "membuka pabrik baru. CEO Tirta Gemilang Hartono Wijaya Kusuma menjelaskan rencana itu. Menurut dia, Tirta "
                + "Gemilang juga menyiapkan gudang. Camat Cibeunying "
                + "Kaler Budi Santosa hadir. Menteri Perindustrian Sri Wahyuni dan Event Director Jakarta Lari Malam Dodi "
                + "Prasetyo ikut berbicara. PT Semen Nusantara menaikkan harga. Direktur Utama Semen Nusantara, Suparno "
                + "Hadi, menjelaskan alasan kenaikan harga itu kepada wartawan. Ia juga bertemu Presiden Republik Islam "
                + "Iran Hasan Rahimi dalam kunjungan itu.");
        assertThat(named(found, "Sinar Pelangi Indonesia").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(named(found, "PT Semen Nusantara").mentions()).extracting(Mention::text).contains("Semen Nusantara");
        assertThat(found).filteredOn(e -> e.type() == EntityType.PLACE).extracting(Entity::name).doesNotContain("Nusantara");
        assertThat(found).filteredOn(e -> e.mentions().stream().anyMatch(m -> m.text().equals("Tirta Gemilang")))
                .extracting(Entity::type).containsOnly(EntityType.ORGANIZATION);
        assertThat(found).filteredOn(e -> e.type() == EntityType.PERSON).extracting(Entity::name)
                .contains("Ricardo Tomasi", "Hartono Wijaya Kusuma").doesNotContain("Tirta Gemilang");
        assertThat(found).filteredOn(e -> e.type() == EntityType.ORGANIZATION).extracting(Entity::name)
                .doesNotContain("Cibeunying Kaler", "Perindustrian", "Jakarta Lari Malam", "Republik Islam Iran");
    }

    @Test
    void aPhotographersCreditAfterTheOutletNamesNoOne() {
        List<Entity> found = Entities.shipped().find(
                "Umat mengikuti misa di Gereja Santo Yosef, Kamis (25/12/2025). ANTARA/Budi Santoso Setelah misa, "
                + "Pastor Agustinus Wibowo menyapa umat.");
        assertThat(found).extracting(Entity::name).contains("ANTARA", "Agustinus Wibowo").doesNotContain("Budi Santoso");
    }

    /** A credit in capitals, the outlet's too, glued to the sentence before or standing after it. */
    @Test
    void aPhotographersCreditInCapitalsNamesNoOne() {
        List<Entity> found = Entities.shipped().find(
                "Sasana itu ramai dikunjungi pekerja kantoran.KOMPAS.COM/BAYU SETIAWAN Pelatihnya, Agus Wiranto, "
                + "menyebut peminat terus bertambah. KOMPAS.COM/RINA KARTIKA Suasana latihan di sasana itu pada malam hari.");
        assertThat(found).extracting(Entity::name).contains("Agus Wiranto")
                .noneMatch(n -> n.toUpperCase().contains("SETIAWAN") || n.toUpperCase().contains("KARTIKA"));
    }

    /** The slash stands after the outlet and " FOTO", as far from the credit's start as it may. */
    @Test
    void aPhotographersCreditAfterTheOutletsPhotoDeskNamesNoOne() {
        List<Entity> found = Entities.shipped().find(
                "Warga antre di pasar murah, Sabtu (3/1/2026). ANTARA FOTO/Rina Kartika Dewi Harga beras turun, "
                + "kata Kepala Dinas Perdagangan Sutrisno Hadi.");
        assertThat(found).extracting(Entity::name).contains("Sutrisno Hadi").doesNotContain("Rina Kartika Dewi");
    }

    @Test
    void aBodysSeatAfterTheBracketOfItsListedAbbreviationIsItsBranch() {
        List<Entity> found = Entities.shipped().find(
                "Sidang digelar di Pengadilan Negeri (PN) Surabaya, Senin. Data Badan Pusat Statistik (BPS) Jawa Timur "
                + "menunjukkan kenaikan. Hakim Pengadilan Negeri Surabaya menunda sidang. Pengurus Partai Persatuan "
                + "Pembangunan (PPP) Jawa Barat menggugat keputusan pengurus pusat PPP di Jakarta.");
        assertThat(found).extracting(Entity::name).containsOnlyOnce("Pengadilan Negeri Surabaya")
                .contains("Badan Pusat Statistik Jawa Timur").doesNotContain("Pengadilan Negeri", "Surabaya");
        assertThat(named(found, "Pengadilan Negeri Surabaya").mentions()).extracting(Mention::text)
                .containsExactly("Pengadilan Negeri", "PN", "Pengadilan Negeri Surabaya");
        assertThat(named(found, "Partai Persatuan Pembangunan").mentions()).extracting(Mention::text).containsExactly("PPP");
        assertThat(named(found, "Partai Persatuan Pembangunan Jawa Barat").mentions()).extracting(Mention::text)
                .containsExactly("Partai Persatuan Pembangunan", "PPP");
    }

    @Test
    void aUnitsShortNameBeforeItsBodyIsOneOrganisationWithIt() {
        List<Entity> found = Entities.shipped().find(
                "Kasus itu kini ditangani Ditreskrimum Polda Jawa Tengah. Sebelumnya, tim Satreskrim Polres Kudus menangkap "
                + "dua orang. Kasat Reskrim Polres Kudus AKP Danu Wibowo membenarkan penangkapan itu.");
        assertThat(found).filteredOn(e -> e.type() == EntityType.ORGANIZATION).extracting(Entity::name)
                .contains("Ditreskrimum Polda Jawa Tengah", "Satreskrim Polres Kudus");
        assertThat(named(found, "Danu Wibowo").type()).isEqualTo(EntityType.PERSON);
    }

    @Test
    void aMakersLabelNamesNoOneButABalineseNameStays() {
        List<Entity> found = Entities.shipped().find(
                "Sepatu itu bertuliskan Made in China di bagian dalamnya. Pemilik toko, I Made Wirata, mengaku tidak tahu.");
        assertThat(found).extracting(Entity::name).doesNotContain("Made").contains("China");
        assertThat(found).filteredOn(e -> e.type() == EntityType.PERSON).extracting(Entity::name).anyMatch(n -> n.contains("Wirata"));
    }

    @Test
    void aSecurityCameraIsNoBody() {
        List<Entity> found = Entities.shipped().find(
                "Polisi memeriksa rekaman CCTV di sekitar lokasi. Warga juga diminta memasang CCTV di rumah masing-masing.");
        assertThat(found).extracting(Entity::name).doesNotContain("CCTV");
    }

    @Test
    void theKindOfBodyBeforeTheAbbreviationTheArticleGaveItIsTheBodyAgain() {
        List<Entity> found = Entities.shipped().find(
                "Partai Rakyat Bersatu (PRB) menang pemilu di negeri itu. Ketua Partai PRB, Ahmad Fauzi, menyambut hasil "
                + "tersebut. Lawannya, Partai Buruh Sejahtera, kalah tipis.");
        assertThat(found).extracting(Entity::name).contains("Partai Rakyat Bersatu").doesNotContain("Partai PRB", "PRB");
        assertThat(named(found, "Partai Rakyat Bersatu").mentions()).extracting(Mention::text)
                .containsExactly("Partai Rakyat Bersatu", "PRB", "Partai PRB");
    }

    @Test
    void theTownAfterTheBracketOfAHeadsShortTitleIsTheBodysSeat() {
        List<Entity> found = Entities.shipped().find(
                "Kepala Dinas Perhubungan (Kadishub) Kota Medan, Iswar Lubis, meninjau terminal. Kepala Dinas Pemadam "
                + "Kebakaran (Kadis Damkar) Balikpapan, Hendra Saputra, mengatakan api sudah padam.");
        assertThat(found).filteredOn(e -> e.type() == EntityType.ORGANIZATION).extracting(Entity::name)
                .contains("Dinas Perhubungan Kota Medan", "Dinas Pemadam Kebakaran Balikpapan")
                .doesNotContain("Dinas Perhubungan", "Dinas Pemadam Kebakaran");
    }

    @Test
    void aBuildingNamedAgainWithoutTheWordForItsKindIsOnePlace() {
        List<Entity> found = Entities.shipped().find(
                "Presiden menerima para tamu di Kompleks Istana Kepresidenan Yogyakarta, Senin. Setelah itu, rombongan "
                + "berkeliling Istana Kepresidenan Yogyakarta. Warga berkumpul di Gereja Katedral Malang. Romo di Katedral "
                + "Malang memimpin doa.");
        assertThat(found).filteredOn(e -> e.type() == EntityType.PLACE).extracting(Entity::name)
                .contains("Kompleks Istana Kepresidenan Yogyakarta", "Gereja Katedral Malang")
                .doesNotContain("Istana Kepresidenan Yogyakarta", "Katedral Malang");
        assertThat(named(found, "Gereja Katedral Malang").mentions()).extracting(Mention::text)
                .containsExactly("Gereja Katedral Malang", "Katedral Malang");
    }

    @Test
    void aSiteNamedBareAndThenWithItsTownIsOnePlace() {
        List<Entity> found = Entities.shipped().find(
                "Ribuan umat mengikuti misa di Gereja Katedral, Semarang, Sabtu (3/5/2025). Gereja Katedral Semarang membuka "
                + "tiga sesi. Warga lain menuju Tanah Abang. Pedagang Tanah Abang Jakarta mengeluh sepi.");
        assertThat(found).filteredOn(e -> e.type() == EntityType.PLACE).extracting(Entity::name)
                .contains("Gereja Katedral Semarang", "Semarang", "Tanah Abang")
                .doesNotContain("Gereja Katedral");
    }

    @Test
    void aSiteNamedThenWithTheWordForItsGroundsIsOnePlace() {
        List<Entity> found = Entities.shipped().find(
                "Menteri itu tiba di Istana Kepresidenan pukul 09.00 WIB. Ia berbicara kepada wartawan di Kompleks Istana "
                + "Kepresidenan, Jakarta, Selasa (6/5/2025).");
        assertThat(found).filteredOn(e -> e.type() == EntityType.PLACE).extracting(Entity::name)
                .containsOnlyOnce("Kompleks Istana Kepresidenan").doesNotContain("Istana Kepresidenan");
    }

    @Test
    void shortFormsOfCourtsProsecutorsAndConfederationsAreBodies() {
        List<Entity> found = Entities.shipped().find(
                "Penyidik Kejakgung memanggil pejabat dinas itu. Perkara tersebut digugat ke PTUN Semarang pekan lalu. Klub itu "
                + "menerima sanksi dari CAF setelah laga di Kairo.");
        assertThat(found).filteredOn(e -> e.type() == EntityType.ORGANIZATION).extracting(Entity::name)
                .contains("Kejaksaan Agung", "Confederation of African Football")
                .anyMatch(n -> n.startsWith("Pengadilan Tata Usaha Negara"));
        assertThat(found).filteredOn(e -> e.type() == EntityType.PERSON).isEmpty();
    }

    @Test
    void anOceanTrenchIsAPlace() {
        List<Entity> found = Entities.shipped().find(
                "Kapal riset itu menyelam ke Palung Kermadec di Samudra Pasifik. Para ilmuwan menyebut Palung Kermadec "
                + "sebagai salah satu yang terdalam.");
        assertThat(found).filteredOn(e -> e.type() == EntityType.PLACE).extracting(Entity::name).contains("Palung Kermadec");
        assertThat(found).filteredOn(e -> e.type() == EntityType.PERSON).isEmpty();
    }

    @Test
    void aTunnelIsAPlaceAndADioceseABody() {
        List<Entity> found = Entities.shipped().find(
                "Kereta barang melintas di Terowongan Karangsari menuju Cilacap. Terowongan Karangsari dibuka pada 1912. "
                + "Keuskupan Agung Semarang menggalang bantuan bagi korban banjir di Demak, Minggu.");
        assertThat(found).filteredOn(e -> e.type() == EntityType.PLACE).extracting(Entity::name).contains("Terowongan Karangsari");
        assertThat(found).filteredOn(e -> e.type() == EntityType.ORGANIZATION).extracting(Entity::name)
                .contains("Keuskupan Agung Semarang");
        assertThat(found).filteredOn(e -> e.type() == EntityType.PERSON).isEmpty();
    }

    @Test
    void sumatraAndSumateraAreOnePlace() {
        List<Entity> found = Entities.shipped().find(
                "Longsor menutup jalan lintas di Provinsi Sumatra Utara, Selasa. Gubernur Sumut meminta warga waspada. "
                + "Hujan juga turun di Sumatra Barat sejak pagi.");
        List<String> places = namesOf(found, EntityType.PLACE);
        assertThat(places).contains("Sumatera Barat").doesNotContain("Sumatra Barat");
        assertThat(places).filteredOn(n -> n.endsWith("Utara")).hasSize(1); // Provinsi Sumatra Utara and Sumut: one province
    }

    @Test
    void aRegencysShortFormIsTheRegency() {
        List<Entity> found = Entities.shipped().find(
                "Harga beras di Kabupaten Mahakam Ulu, Kalimantan Timur, terus naik. Warga Mahulu berharap jalan darat "
                + "segera diperbaiki.");
        List<String> places = namesOf(found, EntityType.PLACE);
        assertThat(places).contains("Kabupaten Mahakam Ulu").doesNotContain("Mahulu");
    }

    @Test
    void aBodyNamedWithItsAbbreviationIsFoundWhenTheTaggerMissedIt() {
        List<Entity> found = Entities.shipped().find(
                "Rapat Tim Percepatan Pembangunan Desa ( TPPD) digelar Senin. Anggota Serikat Pekerja Nelayan Indonesia "
                + "(SPNI) berunjuk rasa di depan kantor gubernur.");
        assertThat(found).filteredOn(e -> e.type() == EntityType.ORGANIZATION).extracting(Entity::name)
                .contains("Tim Percepatan Pembangunan Desa", "Serikat Pekerja Nelayan Indonesia");
        assertThat(named(found, "Tim Percepatan Pembangunan Desa").mentions()).extracting(Mention::text)
                .containsExactly("Tim Percepatan Pembangunan Desa", "TPPD");
    }

    @Test
    void aLinksTitleCaseTextRunsIntoNoName() {
        List<Entity> found = Entities.shipped().find(
                "Warga Desa Sukamaju menggelar syukuran. Artikel ini telah tayang di Surya.co.id dengan judul [SMPN 2 "
                + "Sukamaju Juara Lomba Sains Nasional Tingkat Provinsi Tahun Ini](https://surabaya.tribunnews.com/2025/01/01/juara).");
        assertThat(found).extracting(Entity::name).contains("Desa Sukamaju").noneMatch(n -> n.contains("Juara") || n.contains("Lomba"));
    }

    @Test
    void aBodyRunIntoTheNameOfAPersonTheArticleNamesElsewhereIsSplit() {
        List<Entity> found = Entities.shipped().find("""
                Majelis Kehormatan Rakyat (MKR) memeriksa juru sita Pengadilan Negeri Bogor. Ketua Sidang MKR Sutrisno \
                membacakan putusan pada Senin. "Kami sudah memeriksa semua bukti yang ada," kata Hakim Agung Sutrisno. \
                Juru sita PN Bogor Haryanto diberhentikan. Haryanto Wibisono belum menanggapi putusan itu.""");
        assertThat(namesOf(found, EntityType.ORGANIZATION)).doesNotContain("MKR Sutrisno", "PN Bogor Haryanto")
                .contains("Majelis Kehormatan Rakyat");
        assertThat(namesOf(found, EntityType.PERSON)).contains("Sutrisno", "Haryanto Wibisono");
    }

    @Test
    void aPersonRunIntoTheSecondBodyOfAnOfficeIsSplit() {
        List<Entity> found = Entities.shipped().find("""
                Ketua Fraksi Partai Golkar DPR Suparmin mengatakan partainya menghormati putusan itu. "Kami akan patuh \
                pada aturan," ujar Suparmin dalam keterangannya.""");
        assertThat(namesOf(found, EntityType.ORGANIZATION)).doesNotContain("DPR Suparmin");
        assertThat(namesOf(found, EntityType.PERSON)).contains("Suparmin");
    }

    @Test
    void aBodysLastWordNoPersonBearsStaysInTheBody() {
        List<Entity> found = Entities.shipped().find("""
                Bank Pembangunan Daerah (BPD) Bali mencatat laba naik. Direktur BPD Bali Made Santika mengatakan \
                kredit tumbuh. Gubernur Bali Wayan Koster menyambut baik.""");
        assertThat(namesOf(found, EntityType.ORGANIZATION)).anyMatch(n -> n.contains("Bali"));
    }

    @Test
    void anOutletsWrittenFormsAreOneOrganisation() {
        List<Entity> found = Entities.shipped().find("""
                Wali Kota Sukamaju Joko Pranoto mengatakan kepada TRIBUNNEWS.COM bahwa proyek itu selesai. Menurut \
                pantauan Tribun, jalan sudah dibuka. Hal itu disampaikan Joko kepada Tribunnews di balai kota.""");
        assertThat(found.stream().filter(e -> e.type() == EntityType.ORGANIZATION
                && e.name().toLowerCase(Locale.ROOT).startsWith("tribun"))).hasSize(1);
    }

    @Test
    void seniorAfterARoleIsTheTitlesNotTheBodys() {
        List<Entity> found = Entities.shipped().find("""
                Analis Senior Mandala Sekuritas Rudi Hartono mengatakan pasar saham masih tertekan pekan ini.""");
        assertThat(namesOf(found, EntityType.ORGANIZATION)).contains("Mandala Sekuritas").doesNotContain("Senior Mandala Sekuritas");
    }

    @Test
    void aCommitteeNamedHeadFirstIsAnOrganisation() {
        List<Entity> found = Entities.shipped().find("""
                Panitia Seleksi Calon Pimpinan Komisi Yudisial menggelar wawancara terbuka di Jakarta pada Senin. Hasil \
                seleksi itu akan diumumkan pekan depan.""");
        assertThat(namesOf(found, EntityType.ORGANIZATION)).contains("Panitia Seleksi Calon Pimpinan Komisi Yudisial");
    }

    @Test
    void proceduresGoalsAndProgrammesNameNoOne() {
        List<Entity> found = Entities.shipped().find("""
                Kementerian Sosial menyebut siswa Sekolah Rakyat belajar sesuai SOP yang berlaku. Program itu \
                mendukung pencapaian Sustainable Development Goals (SDGs) di daerah.""");
        assertThat(found).extracting(Entity::name)
                .doesNotContain("Sekolah Rakyat", "SOP", "Sustainable Development Goals", "SDGs")
                .contains("Kementerian Sosial");
    }

    @Test
    void capitalsGivenAsAPersonsInitialsNameNoBody() {
        List<Entity> found = Entities.shipped().find("""
                Komisi Yudisial memberhentikan seorang hakim berinisial TR di Pengadilan Tinggi Kendari. Terlapor TR \
                terbukti menerima suap. Menurut majelis, TR juga meminjam uang kepada pelapor.""");
        assertThat(namesOf(found, EntityType.ORGANIZATION)).doesNotContain("TR").contains("Komisi Yudisial");
    }

    @Test
    void aListOfInitialsNamesNoOne() {
        List<Entity> found = Entities.shipped().find("""
                Polisi menangkap tiga pemuda berinisial RA, DN, dan YK di sebuah gudang di Cikarang, Senin. Menurut \
                penyidik, YK berperan sebagai penjual dan DN sebagai kurir.""");
        assertThat(found).extracting(Entity::name).doesNotContain("RA", "DN", "YK").contains("Cikarang");
    }

    @Test
    void aPersonAStreetOrAirportIsNamedForIsPartOfThePlacesName() {
        List<Entity> found = Entities.shipped().find("""
                Ratusan penumpang tertahan di Bandara Soekarno-Hatta karena cuaca buruk, Rabu. Arus kendaraan dari \
                Kampung Melayu dialihkan ke underpass DI Panjaitan menuju Tebet. Kepala Bandara Sultan Hasanuddin \
                Makassar, Rudi Hartawan, meminta maaf. Camat Cimanggis Asep Sumarna meninjau lokasi.""");
        assertThat(namesOf(found, EntityType.PLACE)).contains("Bandara Soekarno-Hatta", "DI Panjaitan");
        assertThat(namesOf(found, EntityType.PERSON)).containsExactlyInAnyOrder("Rudi Hartawan", "Asep Sumarna");
    }

    @Test
    void aCountrysNameOfSeveralWordsIsOnePlaceNotTheNamesInside() {
        List<Entity> found = Entities.shipped().find("""
                Tim bulu tangkis DPR Korea tiba di Jakarta, Senin. Ketua DPR Puan Maharani menyambut mereka di \
                Senayan. Pelatih dari Bosnia Herzegovina juga hadir.""");
        assertThat(found).filteredOn(e -> e.name().equals("DPR Korea")).singleElement()
                .satisfies(e -> assertThat(e.type()).isEqualTo(EntityType.PLACE))
                .satisfies(e -> assertThat(e.place().code()).isEqualTo("KP"));
        assertThat(namesOf(found, EntityType.PLACE)).contains("Bosnia Herzegovina").doesNotContain("Korea", "Bosnia");
        assertThat(namesOf(found, EntityType.ORGANIZATION)).contains("Dewan Perwakilan Rakyat");
    }

    @Test
    void aNameWrittenOnlyInCapitalsKeepsItsAcronymsInCapitals() {
        List<Entity> found = Entities.shipped().find("""
                Pameran mobil listrik itu digelar di ICE BSD, Tangerang, Sabtu. Wartawan kami melaporkan \
                dari NEW YORK bahwa galangan PT PAL menerima pesanan dua kapal baru.""");
        List<String> names = found.stream().map(Entity::name).toList();
        assertThat(names).contains("ICE BSD", "New York").doesNotContain("Ice Bsd", "NEW YORK");
    }

    @Test
    void aFirmSpeltKapitalAfterAResearchTitleIsTheBodyNoPerson() {
        List<Entity> found = Entities.shipped().find("""
                Kepala Riset Sentosa Kapital, Hendro Wibisono, mengatakan saham bank masih menarik. Analis Bumi \
                Kapital Rudi Hartanto juga sepakat.""");
        assertThat(namesOf(found, EntityType.ORGANIZATION)).contains("Sentosa Kapital", "Bumi Kapital")
                .doesNotContain("Riset Sentosa Kapital");
        assertThat(namesOf(found, EntityType.PERSON)).containsExactlyInAnyOrder("Hendro Wibisono", "Rudi Hartanto");
    }

    @Test
    void aBrandOrShortNameInBracketsAfterAFirmsFullNameIsThatFirm() {
        List<Entity> found = Entities.shipped().find("""
                Pada 2019 The Northern Rice Growers Board (Nergo) membeli saham PT Sumber Padi Makmur Tbk (Spadi). \
                Menurut Nergo, harganya wajar. Spadi juga setuju.""");
        assertThat(found).filteredOn(e -> e.name().equals("PT Sumber Padi Makmur Tbk")).singleElement()
                .satisfies(e -> assertThat(e.mentions()).extracting(Mention::text).contains("Spadi"));
        assertThat(found).filteredOn(e -> e.name().endsWith("Northern Rice Growers Board")).singleElement()
                .satisfies(e -> assertThat(e.mentions()).extracting(Mention::text).contains("Nergo"));
        assertThat(found).extracting(Entity::name).doesNotContain("Spadi", "Nergo");
    }

    @Test
    void aWordOfTheFullNameALearntNicknameStandsForIsThatPerson() {
        List<Entity> found = Entities.shipped().find("""
                Presiden Joko berharap ekonomi tumbuh. Hal itu disampaikan Jokowi di Istana, Senin.""");
        assertThat(found).filteredOn(e -> e.type() == EntityType.PERSON).singleElement()
                .satisfies(e -> assertThat(e.name()).isEqualTo("Joko Widodo"))
                .satisfies(e -> assertThat(e.mentions()).extracting(Mention::text).contains("Joko", "Jokowi"));
    }

    @Test
    void aSeriesNumberOpensNoFirmsName() {
        List<Entity> found = Entities.shipped().find("""
                Dana itu untuk melunasi obligasi berkelanjutan II Sentosa Kapital Indonesia Tahun 2020 yang jatuh \
                tempo bulan depan.""");
        assertThat(found).extracting(Entity::name).noneMatch(n -> n.startsWith("II "));
    }

    private static List<String> namesOf(List<Entity> found, EntityType type) {
        return found.stream().filter(e -> e.type() == type).map(Entity::name).toList();
    }
}
