package id.warta.amounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.warta.model.Amount;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmountsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Anggaran itu mencapai Rp 1,6 triliun tahun ini.           | Rp 1,6 triliun          | 1600000000000    | IDR
            Kerugian negara ditaksir Rp7,3 M.                         | Rp7,3 M                 | 7300000000       | IDR
            Ia hanya membawa Rp 500 ribu saat itu.                    | Rp 500 ribu             | 500000           | IDR
            Belanja militer mencapai US$ 97,7 miliar pada 2024.       | US$ 97,7 miliar         | 97700000000      | USD
            setara Rp 1.549 triliun pada 2024                         | Rp 1.549 triliun        | 1549000000000000 | IDR
            Perusahaan menyiapkan USD 5 juta untuk ekspansi.          | USD 5 juta              | 5000000          | USD
            Nilai ekspor 1,5 juta dolar AS per bulan.                 | 1,5 juta dolar AS       | 1500000          | USD
            hasil utak atik Rp 600 (juta) saja                        | Rp 600 (juta)           | 600000000        | IDR
            Harga karet naik ke 177,10 yen per kg.                    | 177,10 yen              | 177.1            | JPY
            ditutup di 11.505 yuan per ton                            | 11.505 yuan             | 11505            | CNY
            Bantuan sebesar 2 juta euro disalurkan.                   | 2 juta euro             | 2000000          | EUR
            Klub itu menebusnya seharga 45,5 juta Pounds.             | 45,5 juta Pounds        | 45500000         | GBP
            Pertumbuhan ekonomi 5,2 persen.                           | 5,2 persen              | 5.2              | PERCENT
            Inflasi tercatat 2,3% secara tahunan.                     | 2,3%                    | 2.3              | PERCENT
            Kenaikannya hampir empat persen dibanding tahun lalu.     | empat persen            | 4                | PERCENT
            harga bisa turun sampai lima puluh persen                 | lima puluh persen       | 50               | PERCENT
            Saya yakin sejuta persen bahwa dia jujur.                 | sejuta persen           | 1000000          | PERCENT
            Ia menerima seribu dolar AS dari perantara itu.           | seribu dolar AS         | 1000             | USD
            Harga kontrak melemah -2,10% ke level terendah.           | -2,10%                  | -2.1             | PERCENT
            lalu menguat +0,83% pada sesi kedua                       | +0,83%                  | 0.83             | PERCENT
            Saat krisis ekonomi tumbuh minus 7,5 persen setahun.      | minus 7,5 persen        | -7.5             | PERCENT
            Tahun itu ekonomi tumbuh minus 7 persen.                  | minus 7 persen          | -7               | PERCENT
            Inflasi dijaga plus minus 1% dari sasarannya.             | 1%                      | 1                | PERCENT
            Harga Pertalite Rp 6.500-an per liter.                    | Rp 6.500                | 6500             | IDR
            Rupiah menembus Rp14 ribu per dolar AS.                   | Rp14 ribu               | 14000            | IDR
            Nilainya Rp 250 Miliar.                                   | Rp 250 Miliar           | 250000000000     | IDR
            konsumsinya meningkat 2,7 persendari konsumsi harian    | 2,7 persen     | 2.7     | PERCENT
            Harga minyak US$51,99 per barel.                          | US$51,99                | 51.99            | USD
            Harga tembaga bisa mencapai US$ 8,500 per ton.            | US$ 8,500               | 8500             | USD
            Aset perseroan Rp 1,250 triliun.                          | Rp 1,250 triliun        | 1250000000000    | IDR
            Kerugian global ditaksir Rp2,5 kuadriliun.                | Rp2,5 kuadriliun        | 2500000000000000 | IDR
            Imbal hasilnya 6,125% setahun.                            | 6,125%                  | 6.125            | PERCENT
            Utang luar negeri mencapai 1,549.5 juta dolar AS.         | 1,549.5 juta dolar AS   | 1549500000       | USD
            Denda yang disetor senilai Rp5, 17 triliun ke kas negara. | Rp5, 17 triliun         | 5170000000000    | IDR
            Serapan dana baru mencapai Rp36, triliun tahun ini.       | Rp36, triliun           | 36000000000000   | IDR
            Subsidi tahun itu hanya Rp 7 ,4 triliun saja.             | Rp 7 ,4 triliun         | 7400000000000    | IDR
            Pabrik baru itu bernilai sekitar euro 12 juta.            | euro 12 juta            | 12000000         | EUR
            Investasi awalnya dolar AS 3,5 miliar.                    | dolar AS 3,5 miliar     | 3500000000       | USD
            """)
    void readsOneAmount(String sentence, String text, String value, String unit) {
        List<Amount> found = Amounts.find(sentence);
        assertThat(found).hasSize(1);
        Amount a = found.getFirst();
        assertThat(a.text()).isEqualTo(text);
        assertThat(a.evidence(sentence)).isEqualTo(text);
        assertThat(a.value()).isEqualByComparingTo(new BigDecimal(value));
        assertThat(a.unit()).isEqualTo(unit);
        assertThat(a.upper()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Proyek itu butuh Rp 2–3 miliar.                     | Rp 2–3 miliar                | 2000000000 | 3000000000 | IDR
            Bunga naik 2-3 persen tahun depan.                  | 2-3 persen                   | 2          | 3          | PERCENT
            Nilainya 10 hingga 15 juta dolar AS.                | 10 hingga 15 juta dolar AS   | 10000000   | 15000000   | USD
            Kebiasaan makan menyumbang 25--35 persen risiko.    | 25--35 persen                | 25         | 35         | PERCENT
            Renovasi pasar butuh Rp 4--6 miliar.                | Rp 4--6 miliar               | 4000000000 | 6000000000 | IDR
            Mereka menanam euro 30 juta-45 juta di sini.        | euro 30 juta-45 juta         | 30000000   | 45000000   | EUR
            """)
    void readsRangesWithTheirUpperBound(String sentence, String text, String value, String upper, String unit) {
        Amount a = Amounts.find(sentence).getFirst();
        assertThat(a.text()).isEqualTo(text);
        assertThat(a.value()).isEqualByComparingTo(new BigDecimal(value));
        assertThat(a.upper()).isEqualByComparingTo(new BigDecimal(upper));
        assertThat(a.unit()).isEqualTo(unit);
    }

    @Test
    void plusMinusBeforeAPercentageSaysAboutNotBelowZero() {
        assertThat(Amounts.find("Inflasi dijaga pada 3 persen plus minus 1 persen, bukan minus 1 persen."))
                .extracting(a -> a.value().toPlainString()).containsExactly("3", "1", "-1");
    }

    @Test
    void keepsIndonesianDecimalCommaAndThousandsDotApart() {
        List<Amount> found = Amounts.find("Belanja militer mencapai US$ 97,7 miliar atau setara Rp 1.549 triliun.");
        assertThat(found).extracting(Amount::value).map(BigDecimal::toPlainString)
                .containsExactly("97700000000", "1549000000000000");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Sebanyak 1.129 orang meninggal dan 174 orang hilang.
            Timnas menang 3-1 dalam laga yang berlangsung 90 menit.
            Jembatan sepanjang 2,5 kilometer itu dibangun pada 2019.
            Rupiah berada di level 109,22 per dolar AS.
            Kerugiannya bisa mencapai beberapa ribu dolar.
            Nomor rekening 1.2.3,4,5 tidak dikenal, begitu pula Rp 1.2.3,4,5.
            Ini 3 Syaratnya
            Spanyol menjuarai Euro 2012 dan mobil itu memenuhi standar emisi Euro 4.
            Nilai tukar rupiah 16.000 per dolar AS tahun lalu.
            """)
    void ignoresCountsLengthsScoresAndBrokenNumbers(String sentence) {
        assertThat(Amounts.find(sentence)).isEmpty();
    }

    @Test
    void readsACurrencyWhoseDotIsGluedToTheNumber() {
        assertThat(Amounts.find("Voucher senilai Rp.250.000 dan omzet Rp.1,8 Triliun, bukan versi 2.250 atau No.5 persen."))
                .extracting(Amount::text, a -> a.value().toPlainString())
                .containsExactly(tuple("Rp.250.000", "250000"), tuple("Rp.1,8 Triliun", "1800000000000"));
    }

    @Test
    void readsTwoAmountsEachWithItsCurrencyAsTwo() {
        assertThat(Amounts.find("harga mulai dari Rp 4,2 miliar hingga Rp 7,5 miliar."))
                .extracting(Amount::text, a -> a.value().toPlainString(), Amount::upper)
                .containsExactly(tuple("Rp 4,2 miliar", "4200000000", null), tuple("Rp 7,5 miliar", "7500000000", null));
    }

    @Test
    void readsTheSignsOfAFlattenedTable() {
        String row = "Tanggal Harga (Yen/Kg) Perubahan 29/1/2019177,10-2,10%28/1/2019180,90-1,04%25/1/2019182,80+0,83%";
        assertThat(Amounts.find(row)).extracting(Amount::text, a -> a.value().toPlainString())
                .containsExactly(tuple("-2,10%", "-2.1"), tuple("-1,04%", "-1.04"), tuple("0,83%", "0.83"));
    }

    @Test
    void findsEveryAmountOfALongTableInOrder() {
        String table = "Harga karet 177,10 yen -2,10% 182,80 yen +0,83% 180,90 yen -1,04%";
        assertThat(Amounts.find(table)).extracting(Amount::text)
                .containsExactly("177,10 yen", "-2,10%", "182,80 yen", "+0,83%", "180,90 yen", "-1,04%");
    }

    @Test
    void readsAScaleWordRunIntoTheNextRowOfAFlattenedTable() {
        String table = "Harga per ukuran:1 gram: Rp 812 ribu2 gram: Rp 1,6 juta5 gram: Rp 3,95 juta";
        assertThat(Amounts.find(table)).extracting(Amount::text, a -> a.value().toPlainString())
                .containsExactly(tuple("Rp 812 ribu", "812000"), tuple("Rp 1,6 juta", "1600000"), tuple("Rp 3,95 juta", "3950000"));
    }
}
