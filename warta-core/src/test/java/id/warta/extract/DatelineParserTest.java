package id.warta.extract;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.model.Dateline;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatelineParserTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            JAKARTA, KOMPAS.com -- Pemerintah menaikkan tarif.        | Jakarta          | KOMPAS.com           | Pemerintah menaikkan tarif.
            BANDUNG, KOMPAS.com - Hujan deras turun.                  | Bandung          | KOMPAS.com           | Hujan deras turun.
            Jakarta (ANTARA) - Bank Indonesia menahan suku bunga.     | Jakarta          | ANTARA               | Bank Indonesia menahan suku bunga.
            Kupang (ANTARA) - Kementerian Kesehatan menargetkan.      | Kupang           | ANTARA               | Kementerian Kesehatan menargetkan.
            TRIBUNNEWS.COM, JAKARTA - Majelis hakim menjatuhkan vonis.| Jakarta          | TRIBUNNEWS.COM       | Majelis hakim menjatuhkan vonis.
            Liputan6.com, Jakarta - Harga emas naik.                  | Jakarta          | Liputan6.com         | Harga emas naik.
            REPUBLIKA.CO.ID, JAKARTA -- Menteri Agama menyampaikan.   | Jakarta          | REPUBLIKA.CO.ID      | Menteri Agama menyampaikan.
            Jakarta - Harga beras medium naik lagi.                   | Jakarta          | -                    | Harga beras medium naik lagi.
            Jakarta, CNBC Indonesia - Rupiah melemah.                 | Jakarta          | CNBC Indonesia       | Rupiah melemah.
            KONTAN.CO.ID - JAKARTA. Harga saham turun.                | Jakarta          | KONTAN.CO.ID         | Harga saham turun.
            TRIBUNNEWS.COM - Pelatih Persikota, Rudi Hartono, kecewa. | -                | TRIBUNNEWS.COM       | Pelatih Persikota, Rudi Hartono, kecewa.
            KOMPAS.com - Budi Santoso, warga Bogor, mengaku rugi.     | -                | KOMPAS.com           | Budi Santoso, warga Bogor, mengaku rugi.
            VIVA.co.id - Gila. Itu kata warga.                        | -                | VIVA.co.id           | Gila. Itu kata warga.
            CIAMIS KOMPAS.com - Hujan deras turun.                    | Ciamis           | KOMPAS.com           | Hujan deras turun.
            CIAMIS, KOMPAS.com Menteri Pertanian meninjau sawah.      | Ciamis           | KOMPAS.com           | Menteri Pertanian meninjau sawah.
            TRIBUNNEWS.COM, BEKASI Warga memadati pasar.              | Bekasi           | TRIBUNNEWS.COM       | Warga memadati pasar.
            REPUBLIKA.CO.ID, CILEGON  Dalam rapat itu warga protes.   | Cilegon          | REPUBLIKA.CO.ID      | Dalam rapat itu warga protes.
            TRIBUNNEWS.COM, JAKARTA:Ketua RT membuka acara.           | Jakarta          | TRIBUNNEWS.COM       | Ketua RT membuka acara.
            NEW YORK, KOMPAS.com - Saham teknologi menguat.           | New York         | KOMPAS.com           | Saham teknologi menguat.
            TRIBUNNEWS, COM. JAKARTA - Harga cabai naik.              | Jakarta          | TRIBUNNEWS           | Harga cabai naik.
            REPUBLIKA.CO.ID, PALU Warga mengungsi ke bukit.           | Palu             | REPUBLIKA.CO.ID      | Warga mengungsi ke bukit.
            """)
    void readsThePortalDatelines(String paragraph, String place, String outlet, String rest) {
        DatelineParser.Parsed parsed = DatelineParser.parse(paragraph).orElseThrow();
        assertThat(parsed.dateline().place()).isEqualTo(place);
        assertThat(parsed.dateline().outlet()).isEqualTo(outlet);
        assertThat(parsed.rest()).isEqualTo(rest);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            DISWAYPROBOLINGGO.ID.Amerika Serikat.Sabtu 07 Desember 2024.Dengan Perseteruan | Amerika Serikat | DISWAYPROBOLINGGO.ID | 2024-12-07 | Dengan Perseteruan
            DISWAYSURABAYA.ID.Surabaya.Senin 20 Oktober 2025.Harga emas naik.              | Surabaya        | DISWAYSURABAYA.ID    | 2025-10-20 | Harga emas naik.
            """)
    void readsTheDiswayRunOnDatelineWithItsDate(String paragraph, String place, String outlet, LocalDate date,
                                                String rest) {
        Dateline d = DatelineParser.parse(paragraph).orElseThrow().dateline();
        assertThat(d.place()).isEqualTo(place);
        assertThat(d.outlet()).isEqualTo(outlet);
        assertThat(d.date().date()).isEqualTo(date);
        assertThat(paragraph).endsWith(rest);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            **CIAMIS, KOMPAS.com** -- Petani cabai panen raya.        | Ciamis           | KOMPAS.com           | Petani cabai panen raya.
            **CIAMIS, KOMPAS.com -** Petani cabai panen raya.         | Ciamis           | KOMPAS.com           | Petani cabai panen raya.
            **CIAMIS, KOMPAS.com**- Petani cabai panen raya.          | Ciamis           | KOMPAS.com           | Petani cabai panen raya.
            **CIAMIS, KOMPAS.com - **Petani cabai panen raya.         | Ciamis           | KOMPAS.com           | Petani cabai panen raya.
            **KOMPAS.com** --- Petani cabai panen raya.               | -                | KOMPAS.com           | Petani cabai panen raya.
            """)
    void readsAMarkdownPagesBoldDatelineWithoutItsStars(String paragraph, String place, String outlet, String rest) {
        DatelineParser.Parsed parsed = DatelineParser.parse(paragraph).orElseThrow();
        assertThat(parsed.dateline().place()).isEqualTo(place);
        assertThat(parsed.dateline().outlet()).isEqualTo(outlet);
        assertThat(parsed.dateline().text()).doesNotContain("*");
        assertThat(parsed.rest()).isEqualTo(rest);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            **Penting:** harga cabai naik - petani senang.
            Presiden Joko Widodo meresmikan bendungan itu pada Senin.
            Menurut dia, harga beras naik - meski tidak banyak.
            Sebanyak 340 warga mengungsi - sebagian ke masjid.
            Dr. Andi Wijaya S.H. - kuasa hukum terdakwa - menolak berkomentar.
            BERITA co.id - Harga beras naik.
            TRIBUNNEWS.COM, JAKARTA KPK menahan tersangka.
            TRIBUNNEWS.COM, SERPONG PT Sinar Motor membuka diler.
            BERITA.co.id, DPR Setuju Anggaran Naik.
            """)
    void leavesOrdinarySentencesAlone(String paragraph) {
        assertThat(DatelineParser.parse(paragraph)).isEmpty();
    }
}
