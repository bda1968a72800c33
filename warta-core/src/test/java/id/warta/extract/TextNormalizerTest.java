package id.warta.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextNormalizerTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Berakhir :NATO dadakan                          | Berakhir: NATO dadakan
            Memanas Sehingga,Negara-negara                  | Memanas Sehingga, Negara-negara
            STOP : Rusia ,Pasokan Gas                       | STOP: Rusia, Pasokan Gas
            asisten pribadi Cortana.Kecanggihan fitur       | asisten pribadi Cortana. Kecanggihan fitur
            Perseteruan Semangkin Memanas                   | Perseteruan Semakin Memanas
            Mengevakuasi DiKota Irpin                       | Mengevakuasi di Kota Irpin
            aliansi Fakta Pertahanan Atlantik Utara         | aliansi Pakta Pertahanan Atlantik Utara
            harga Rp 1.549 triliun atau 97,7 persen         | harga Rp 1.549 triliun atau 97,7 persen
            dibuka pukul 09:07 di KOMPAS.com                | dibuka pukul 09:07 di KOMPAS.com
            ungkapLionel Messi usai laga                    | ungkap Lionel Messi usai laga
            """)
    void mendsDefectsOutsideQuotes(String raw, String mended) {
        assertThat(TextNormalizer.paragraph(raw)).isEqualTo(mended);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            `"Situasi Semangkin sulit,kata dia ,"Tegasnya.`    | `"Situasi Semangkin sulit,kata dia ," Tegasnya.`
            `Ia berkata:"Kami siap ,sekarang."`                | `Ia berkata: "Kami siap ,sekarang."`
            `“Harga naik .Kami rugi,” ujar Hendra.`            | `“Harga naik .Kami rugi,” ujar Hendra.`
            `“Tim kontraMadrid siap,” kataRonaldo.`           | `“Tim kontraMadrid siap,” kata Ronaldo.`
            `"Mereka menyebut saya "kutu buku" dan menjauh,"kenang Rina.` | `"Mereka menyebut saya "kutu buku" dan menjauh," kenang Rina.`
            """)
    void leavesQuotedWordsAsSpoken(String raw, String mended) {
        assertThat(TextNormalizer.paragraph(raw)).isEqualTo(mended);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            `  dua   spasi\u00A0dan\u200Btak terlihat  `    | `dua spasi dantak terlihat`
            """)
    void collapsesSpacingAndDropsInvisibleCharacters(String raw, String mended) {
        assertThat(TextNormalizer.spacing(raw)).isEqualTo(mended);
    }
}
