package id.warta.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateParserTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Sabtu 07 Desember 2024                 | 2024-12-07
            Selasa, 26 Mei 2026 09:07 WIB          | 2026-05-26T09:07+07:00
            Selasa, 29 Januari 2019 / 17:48 WIB    | 2019-01-29T17:48+07:00
            Kamis, 23 Oktober 2025 15:10 WITA      | 2025-10-23T15:10+08:00
            Jumat, 3 Jan 2025 pukul 10.30 WIT      | 2025-01-03T10:30+09:00
            2025-07-27T17:01:00+07:00              | 2025-07-27T17:01+07:00
            2025-07-27T10:01:00Z                   | 2025-07-27T10:01Z
            2024-12-07                             | 2024-12-07
            2015/08/25                             | 2015-08-25
            21/10/2025                             | 2025-10-21
            13+December+2018                       | 2018-12-13
            December 13, 2018                      | 2018-12-13
            Sat, 07 Dec 2024 10:00:00 +0700        | 2024-12-07T10:00+07:00
            4. 2. 2022                             | 2022-02-04
            Rabu, 26. 11. 2025                   | 2025-11-26
            Dipublikasikan 2025-11-26 09:15        | 2025-11-26T09:15
            Halaman ini (terakhir disunting 2019-11-10) | 2019-11-10
            """)
    void readsPublicationDates(String input, String iso) {
        assertThat(DateParser.parse(input)).hasValueSatisfying(m -> assertThat(m.iso()).isEqualTo(iso));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"26 | 01 | 2022", "26|01|2022", "26 / 01 / 2022 14:05", "Rabu, 26 | 1 | 2022"})
    void readsADayFirstDateSetWithBarsOrSpacedSlashes(String input) {
        assertThat(DateParser.parse(input)).hasValueSatisfying(m -> assertThat(m.date()).isEqualTo(LocalDate.of(2022, 1, 26)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "kemarin", "31 Februari 2024", "tanpa tanggal", "2024-13-45",
            "berkas/2024-11-03/foto.jpg", "versi 2.2024-11-03", "kode 12024-11-03"})
    void rejectsWhatIsNotADate(String input) {
        assertThat(DateParser.parse(input)).isEmpty();
    }
}
