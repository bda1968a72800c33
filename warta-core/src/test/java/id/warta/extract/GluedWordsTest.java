package id.warta.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GluedWordsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Acara itu dipandu presenterSarah Wulandari sejak pagi.           | Acara itu dipandu presenter Sarah Wulandari sejak pagi.
            PresenterRuben Hartanto akhirnya angkat bicara soal gugatan.     | Presenter Ruben Hartanto akhirnya angkat bicara soal gugatan.
            ArtisVinessa Larasati membantah kabar tersebut.                  | Artis Vinessa Larasati membantah kabar tersebut.
            Penampilan itu dipuji, kataRonaldomenambahkan di sesi jumpa pers. | Penampilan itu dipuji, kata Ronaldo menambahkan di sesi jumpa pers.
            Laga San Antonio SpurskontraNew York Knicksberlangsung ketat.    | Laga San Antonio Spurs kontra New York Knicks berlangsung ketat.
            Gelandang Declan Ricemengaku timnya belum puas.                  | Gelandang Declan Rice mengaku timnya belum puas.
            Penyanyi Fariz RMmasih aktif manggung.                           | Penyanyi Fariz RM masih aktif manggung.
            Pemain Real Madriditu cedera.                                    | Pemain Real Madrid itu cedera.
            Gol itu dicetak olehRD dari luar kotak penalti.                  | Gol itu dicetak oleh RD dari luar kotak penalti.
            Penyerang tim tamu Robertosempat unggul lebih dulu.              | Penyerang tim tamu Roberto sempat unggul lebih dulu.
            """)
    void splitsALinkGluedToTheWordsAroundIt(String glued, String split) {
        assertThat(GluedWords.split(glued)).isEqualTo(split);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Baca juga di detikNews dan detikSport hari ini.",
            "Harga iPhone baru dibahas di YouTube dan WhatsApp.",
            "SoftBank menyiapkan PlayStation versi baru, tulis KompasTekno.",
            "Gerai McDonald ramai, turnamen eSports digelar di McLaren.",
            "Kebijakan itu berlaku. Adapun Walaupun demikian, Pergerakan harga dan Keberpihakan pemerintah.",
            "Keluarga Simanjuntak dan Sebayang bertemu, Sayang sekali Penyayang binatang absen.",
            "Terakhirnya ia dipanggil oleh Kapolda, Sekembalinya dari Sudan dan Setengah hari di Nanyang.",
            "Aktivis KontraS dan aktor DiCaprio hadir; kampanye PilahDariSekarang diluncurkan.",
            "Wildan, Syahdan, Fandi dan Rivaldi menonton Ramadan Fair.",
            "Sri Wulandari dan Dewi Sundari datang dari Bandung.",
    })
    void leavesBrandsNamesAndWordsWhole(String text) {
        assertThat(GluedWords.split(text)).isEqualTo(text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Warga Desa Kembang Resah Akibat Banjir RobSementara itu, petugas menyiapkan pompa.    | Warga Desa Kembang Resah Akibat Banjir Rob Sementara itu, petugas menyiapkan pompa.
            Ia tampil di lagaPiala Dunia pekan lalu.                                            | Ia tampil di laga Piala Dunia pekan lalu.
            Stok aman hingga Lebaran," katanyaDengan begitu, harga tidak naik.                   | Stok aman hingga Lebaran," katanya Dengan begitu, harga tidak naik.
            Kapten tim, seniorDimas Saputramembagikan kisahnya.                                  | Kapten tim, senior Dimas Saputra membagikan kisahnya.
            Panen Padi Desa Sukamaju Meningkat Tajam Tahun IniPada musim lalu, hasilnya sedikit.  | Panen Padi Desa Sukamaju Meningkat Tajam Tahun Ini Pada musim lalu, hasilnya sedikit.
            """)
    void splitsTheSeamThatRemovedMarkupLeavesBeforeTheNextText(String glued, String split) {
        assertThat(GluedWords.split(glued)).isEqualTo(split);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Materi dibuat di PowerPoint lalu dibuka di MacBook dan iPad.",
            "Aplikasi PeduliLindungi dan layanan GoPay dipakai di McDonald dan AirAsia.",
            "Ikuti akun @ligaIndonesia dan tagar #ayoBerolahraga untuk kabar detikJatim.",
            "Jangan menyekutukanNya, kata penceramah itu.",
            "Layanan pinjaman AdaKami dan aplikasi TanyaKami diawasi OJK.",
            "Argumentasi Lembaga Nonkementerian itu soal Suplementasi gizi di Sumberagung.",
    })
    void leavesCamelCaseBrandsHandlesAndCliticsWhole(String text) {
        assertThat(GluedWords.split(text)).isEqualTo(text);
    }
}
