package id.warta.dates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import id.warta.model.DateMention;
import id.warta.model.DateMention.Kind;
import id.warta.model.Moment;
import id.warta.model.Period;
import id.warta.model.Warning;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateFinderTest {
    /** Saturday 7 December 2024, the seed's publication date. */
    static final Moment PUBLISHED = Moment.of(LocalDate.of(2024, 12, 7));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Rapat digelar Rabu 04 Desember 2024 di Brussel.           | Rabu 04 Desember 2024   | 2024-12-04 | ABSOLUTE
            Sidang ditunda hingga 4 Des 2024.                          | 4 Des 2024              | 2024-12-04 | ABSOLUTE
            kata Hendra, Selasa (21/10/2025).                          | Selasa (21/10/2025)     | 2025-10-21 | ABSOLUTE
            Operasi pasar dimulai (3/12) pagi.                         | (3/12)                  | 2024-12-03 | PARTIAL
            Data per 29/1/2019 menunjukkan kenaikan.                   | 29/1/2019               | 2019-01-29 | ABSOLUTE
            Banjir terjadi kemarin sore.                               | kemarin sore            | 2024-12-06 | RELATIVE
            Rapat digelar hari ini.                                    | hari ini                | 2024-12-07 | RELATIVE
            Hasilnya diumumkan lusa.                                   | lusa                    | 2024-12-09 | RELATIVE
            Ia tiba tadi malam di Jakarta.                             | tadi malam              | 2024-12-06 | RELATIVE
            Laga itu berakhir imbang dini hari tadi.                   | dini hari tadi          | 2024-12-07 | RELATIVE
            Laga final digelar nanti malam di Bandung.                 | nanti malam             | 2024-12-07 | RELATIVE
            Rombongan baru tiba petang nanti.                          | petang nanti            | 2024-12-07 | RELATIVE
            Gempa terjadi dua hari lalu.                               | dua hari lalu           | 2024-12-05 | RELATIVE
            Menurut dia, Kamis lalu rapat batal.                       | Kamis lalu              | 2024-12-05 | RELATIVE
            Pelantikan digelar pada 24 Desember mendatang.             | 24 Desember             | 2024-12-24 | PARTIAL
            Pelantikan digelar pada 24 Mei.                            | 24 Mei                  | 2024-05-24 | PARTIAL
            """)
    void resolvesDayExpressions(String text, String expression, LocalDate day, Kind kind) {
        DateFinder.Result r = DateFinder.find(text, PUBLISHED);
        assertThat(r.dates()).extracting(DateMention::text, DateMention::value, DateMention::kind)
                .containsExactly(tuple(expression, day, kind));
        DateMention d = r.dates().getFirst();
        assertThat(text.substring(d.start(), d.end())).isEqualTo(expression);
    }

    @Test
    void aDayWithoutYearFarAheadOfPublicationBelongsToTheYearBefore() {
        Moment january = Moment.of(LocalDate.of(2025, 1, 3));
        assertThat(DateFinder.find("Kebakaran terjadi pada 28 Desember.", january).dates())
                .extracting(DateMention::value).containsExactly(LocalDate.of(2024, 12, 28));
    }

    @Test
    void aRangeGivesItsFirstAndLastDay() {
        assertThat(DateFinder.find("Pameran berlangsung 19-21 Desember 2018 di JCC.", null).dates())
                .extracting(DateMention::value)
                .containsExactly(LocalDate.of(2018, 12, 19), LocalDate.of(2018, 12, 21));
        assertThat(DateFinder.find("Festival digelar Jumat-Minggu (8-10/5).", Moment.of(LocalDate.of(2026, 5, 1))).dates())
                .extracting(DateMention::value)
                .containsExactly(LocalDate.of(2026, 5, 8), LocalDate.of(2026, 5, 10));
    }

    @Test
    void aYearBracketedAfterTheDayCountsAndADayWrittenAgainKeepsIt() {
        // published in November: the holiday closure runs into the next year, written once with its year in brackets
        Moment november = Moment.of(LocalDate.of(2024, 11, 20));
        String text = "Pasar induk ditutup mulai 23 Desember sampai 2 Januari (2025) untuk perbaikan. "
                + "\"Pedagang kembali berjualan setelah 2 Januari,\" kata pengelola pasar.";
        assertThat(DateFinder.find(text, november).dates()).extracting(DateMention::text, DateMention::value).containsExactly(
                tuple("23 Desember", LocalDate.of(2024, 12, 23)), tuple("2 Januari (2025)", LocalDate.of(2025, 1, 2)),
                tuple("2 Januari", LocalDate.of(2025, 1, 2)));
    }

    @Test
    void aContradictingWeekdayIsReportedAndTheDateKept() {
        DateFinder.Result r = DateFinder.find("Laga digelar Kamis (27/4/2018) malam.", null);
        assertThat(r.dates()).extracting(DateMention::value).containsExactly(LocalDate.of(2018, 4, 27));
        assertThat(r.warnings()).extracting(Warning::code).containsExactly("weekday-mismatch");
        assertThat(r.warnings().getFirst().message()).contains("Friday");
    }

    @Test
    void aYearSlippedByOneWhoseWeekdayFitsThePagesYearIsThePagesYear() {
        // published Friday 29 May 2026; 28 May 2026 was a Thursday, 28 May 2025 a Wednesday
        Moment may = Moment.of(LocalDate.of(2026, 5, 29));
        DateFinder.Result r = DateFinder.find("Banjir melanda kota itu, Kamis (28/5/2025). Jembatan lama diresmikan "
                + "Senin (8/9/2025).", may);
        assertThat(r.dates()).extracting(DateMention::text, DateMention::value).containsExactly(
                tuple("Kamis (28/5/2025)", LocalDate.of(2026, 5, 28)), tuple("Senin (8/9/2025)", LocalDate.of(2025, 9, 8)));
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void withoutPublicationDateRelativeDaysFollowTheArticlesOwnReportingDay() {
        String text = "Banjir merendam rumah sejak Minggu (19/10/2025) malam. \"Kami bergerak cepat,\" kata Rahmat, "
                + "Senin (20/10/2025). Curah hujan kemarin tercatat 150 milimeter.";
        assertThat(DateFinder.find(text, null).dates()).extracting(DateMention::text, DateMention::value).contains(
                tuple("kemarin", LocalDate.of(2025, 10, 19)));
    }

    @Test
    void aRelativeDayInAQuotationCountsFromTheDayItsAttributionGives() {
        // published Saturday 7 December; the quote was said on Friday, as its attribution says
        String text = "Harga cabai naik tajam. \u201CHari ini harga cabai sudah Rp 90.000, kemarin masih Rp 70.000,\u201D kata "
                + "Sari, pedagang di Pasar Baru, Jumat (6/12/2024). Pasar diperkirakan ramai hari ini. "
                + "\"Besok kami tutup,\" ujar Sari. \"Kiriman datang kemarin,\" kata Tono, sopir, Senin (2/9/2024).";
        assertThat(DateFinder.find(text, PUBLISHED).dates()).extracting(DateMention::text, DateMention::value).containsExactly(
                tuple("Hari ini", LocalDate.of(2024, 12, 6)), tuple("kemarin", LocalDate.of(2024, 12, 5)),
                tuple("Jumat (6/12/2024)", LocalDate.of(2024, 12, 6)), tuple("hari ini", LocalDate.of(2024, 12, 7)),
                tuple("Besok", LocalDate.of(2024, 12, 8)), tuple("kemarin", LocalDate.of(2024, 12, 6)),
                tuple("Senin (2/9/2024)", LocalDate.of(2024, 9, 2)));
    }

    @Test
    void aRelativeDayWithATimeOfDaysNyaCountsFromADayTheStoryTellsOf() {
        // "esok harinya", "besok paginya": the day after the told event, not tomorrow from the publication date
        assertThat(DateFinder.find("Perahu nelayan itu hilang saat badai. Bangkainya ditemukan warga esok harinya di pantai. "
                + "Tim SAR kembali menyisir laut besok paginya, lalu pulang. Pencarian dilanjutkan besok.", PUBLISHED).dates())
                .extracting(DateMention::text, DateMention::value).containsExactly(tuple("besok", LocalDate.of(2024, 12, 8)));
    }

    @Test
    void aDayThatIsPlannedOrEndsASpanIsNotTheReportingDay() {
        String text = "Pameran kerajinan dibuka di Solo, Jumat (7/3/2025) malam. \"Kami datang sejak sore ini,\" "
                + "kata Wulan, pengunjung. Pameran berlangsung hingga Minggu (16/3/2025). Hasil penjualan akan "
                + "diumumkan Senin (17/3/2025) pukul 10.00 WIB. Rapat panitia Kamis (20/3/2025) pukul 09.00 WIB, "
                + "akan membahas pameran berikutnya. Panitia menyiapkan tenda sejak kemarin.";
        assertThat(DateFinder.find(text, null).dates()).extracting(DateMention::text, DateMention::value).contains(
                tuple("sore ini", LocalDate.of(2025, 3, 7)), tuple("kemarin", LocalDate.of(2025, 3, 6)));
        // with nothing else dated, a planned day is still the best reading of the story's today
        assertThat(DateFinder.find("Lelang akan digelar Kamis (20/3/2025). Peserta mendaftar sejak kemarin.", null)
                .dates()).extracting(DateMention::text, DateMention::value)
                .contains(tuple("kemarin", LocalDate.of(2025, 3, 19)));
    }

    @Test
    void aRangeWrittenWithHinggaGivesItsFirstAndLastDay() {
        assertThat(DateFinder.find("Turnamen digelar pada 3 hingga 8 Juli 2018 di Istora, pukul 08.00 hingga 12 malam.", null)
                .dates()).extracting(DateMention::text, DateMention::value).containsExactly(
                        tuple("3 hingga 8 Juli 2018", LocalDate.of(2018, 7, 3)),
                        tuple("3 hingga 8 Juli 2018", LocalDate.of(2018, 7, 8)));
        assertThat(DateFinder.find("Tur dimulai di Manila pada 18--19 Oktober 2025.", null).dates())
                .extracting(DateMention::value).containsExactly(LocalDate.of(2025, 10, 18), LocalDate.of(2025, 10, 19));
    }

    @Test
    void daysListedBeforeOneMonthAreEachADay() {
        assertThat(DateFinder.find("Laga kandang dan tandang digelar pada 12 dan 17 Maret 2027 di Surabaya.", null).dates())
                .extracting(DateMention::text, DateMention::value).containsExactly(
                        tuple("12 dan 17 Maret 2027", LocalDate.of(2027, 3, 12)),
                        tuple("12 dan 17 Maret 2027", LocalDate.of(2027, 3, 17)));
        assertThat(DateFinder.find("Kereta tambahan berangkat pada 2, 4, dan 9 Agustus.", PUBLISHED).dates())
                .extracting(DateMention::value).containsExactly(
                        LocalDate.of(2024, 8, 2), LocalDate.of(2024, 8, 4), LocalDate.of(2024, 8, 9));
        // an hour before dan is no listed day
        assertThat(DateFinder.find("Sidang pertama dibuka pukul 09.30 dan 14 Mei sidang kedua.", PUBLISHED).dates())
                .extracting(DateMention::value).containsExactly(LocalDate.of(2024, 5, 14));
    }

    @Test
    void kemarinBeforeASeasonsNameMeansTheLastOne() {
        Moment saturday = Moment.of(LocalDate.of(2025, 3, 8));
        // "kemarin Ramadan" is last Ramadan, as "Ramadan kemarin" is; "kemarin Minggu" is still yesterday, a Sunday
        assertThat(DateFinder.find("Program itu berjalan saat Idul Adha, juga kemarin Ramadan berbagi takjil di masjid.",
                saturday).dates()).isEmpty();
        assertThat(DateFinder.find("Gudang itu disegel polisi kemarin Minggu sore.", Moment.of(LocalDate.of(2025, 3, 10)))
                .dates()).extracting(DateMention::value).contains(LocalDate.of(2025, 3, 9));
    }

    @Test
    void kemarinRightAfterADayOnlySaysWhenThatDayWas() {
        assertThat(DateFinder.find("Diskusi digelar di Majene, Kamis (30/3/2017) kemarin. Hari ini panitia pulang.", null)
                .dates()).extracting(DateMention::text, DateMention::value).containsExactly(
                        tuple("Kamis (30/3/2017)", LocalDate.of(2017, 3, 30)), tuple("Hari ini", LocalDate.of(2017, 3, 30)));
    }

    @Test
    void kemarinAfterAStretchOfTimeMeansLastNotYesterday() {
        Moment saturday = Moment.of(LocalDate.of(2025, 3, 8));
        assertThat(DateFinder.find("\"Akhir tahun 2024 kemarin kami tutup buku dengan untung,\" kata Yusuf. Arus mudik "
                + "Lebaran kemarin juga ramai. Stok beras bulan kemarin cukup.", saturday).dates()).isEmpty();
        assertThat(DateFinder.find("Tol itu sudah dibuka fungsional saat libur Natal dan Tahun Baru kemarin. Penjualan kurma "
                + "selama Ramadan kemarin naik.", saturday).dates()).isEmpty();
        // the month a reporter bracketed into the speech dates the day; "kemarin" qualifies it
        assertThat(DateFinder.find("\"Semua kantor tutup pada tanggal 31 (Desember) kemarin,\" kata Yusuf.", saturday).dates())
                .extracting(DateMention::text, DateMention::value)
                .containsExactly(tuple("31 (Desember)", LocalDate.of(2024, 12, 31)));
        assertThat(DateFinder.find("Rapat digelar Senin kemarin, lalu gudang disegel kemarin.", saturday).dates())
                .extracting(DateMention::text, DateMention::value).containsExactly(
                        tuple("Senin kemarin", LocalDate.of(2025, 3, 3)), tuple("kemarin", LocalDate.of(2025, 3, 7)));
    }

    @Test
    void aPlannedBareWeekdayIsTheNextOneNotTheLast() {
        // PUBLISHED is a Saturday: the Thursday to come is 12 December, the one past 5 December
        assertThat(DateFinder.find("Hasil seleksi akan diumumkan Kamis dini hari. Sidang lanjutan digelar Senin mendatang. "
                + "Berkas perkara diterima jaksa Kamis.", PUBLISHED).dates())
                .extracting(DateMention::text, DateMention::value).containsExactly(
                        tuple("Kamis", LocalDate.of(2024, 12, 12)), tuple("Senin", LocalDate.of(2024, 12, 9)),
                        tuple("Kamis", LocalDate.of(2024, 12, 5)));
    }

    @Test
    void aBareWeekdayWhoseRelativeClauseSaysWhatWillHappenThatDayIsStillToCome() {
        // PUBLISHED is a Saturday: the Sunday to come is 8 December, the Thursday 12 December; the Tuesday past 3 December
        assertThat(DateFinder.find("Tim fokus menyiapkan ban untuk balapan utama pada Minggu, yang diperkirakan akan "
                + "berlangsung dalam kondisi kering. Rapat pengurus digelar Kamis yang akan datang. Jadwal itu dibahas "
                + "pada Selasa, yang juga dihadiri para sponsor.", PUBLISHED).dates())
                .extracting(DateMention::text, DateMention::value).containsExactly(
                        tuple("Minggu", LocalDate.of(2024, 12, 8)), tuple("Kamis", LocalDate.of(2024, 12, 12)),
                        tuple("Selasa", LocalDate.of(2024, 12, 3)));
    }

    @Test
    void aBareWeekdayAfterInsyaallahOrNantiIsStillToCome() {
        // PUBLISHED is a Saturday: the Tuesday to come is 10 December, the Thursday 12 December
        assertThat(DateFinder.find("\"Pelakunya sudah kami kenali. Insyaallah Selasa kami sampaikan ke publik. Nanti Kamis "
                + "berkasnya kami kirim,\" kata kapolsek. Korban ditemukan Rabu.", PUBLISHED).dates())
                .extracting(DateMention::text, DateMention::value).containsExactly(
                        tuple("Selasa", LocalDate.of(2024, 12, 10)), tuple("Kamis", LocalDate.of(2024, 12, 12)),
                        tuple("Rabu", LocalDate.of(2024, 12, 4)));
    }

    @Test
    void aWeekdayBracketedAfterARelativeDayIsThatDay() {
        // published on a Tuesday: "besok (Rabu)" is the Wednesday after it, not the one before
        assertThat(DateFinder.find("\"Pasokan datang besok (Rabu) pagi,\" kata kepala gudang.", Moment.of(LocalDate.of(2025, 3, 4))).dates())
                .extracting(DateMention::value).containsOnly(LocalDate.of(2025, 3, 5));
    }

    @Test
    void weekdaysOfAWeeklyScheduleAreNoDays() {
        assertThat(DateFinder.find("Jam kerja ASN dipangkas menjadi pukul 07.30-15.00 WIB dari Senin hingga Kamis, sedangkan "
                + "pada Jumat pulang pukul 11.00 WIB. Apel pagi digelar setiap Senin. Tiket akhir pekan (Sabtu--Minggu) Rp 50.000. "
                + "Aturan itu diteken gubernur Rabu.",
                PUBLISHED).dates()).extracting(DateMention::text, DateMention::value)
                .containsExactly(tuple("Rabu", LocalDate.of(2024, 12, 4)));
        assertThat(DateFinder.find("Pasar murah digelar Jumat-Minggu (6-8/12).", PUBLISHED).dates())
                .extracting(DateMention::value).containsExactly(LocalDate.of(2024, 12, 6), LocalDate.of(2024, 12, 8));
    }

    @Test
    void weekdaysOfAWeeklyFrequencyOrAHabitualTimeOfDayAreNoDays() {
        assertThat(DateFinder.find("Kapal feri berlayar ke Pulau Seribu tiga kali dalam sepekan, yaitu Senin, Rabu, dan Jumat. "
                + "Bus kota lewat dua kali seminggu pada hari Selasa dan Sabtu. Warga mengaji setiap malam Jumat di surau. "
                + "Jadwal baru itu diumumkan Kamis.",
                PUBLISHED).dates()).extracting(DateMention::text, DateMention::value)
                .containsExactly(tuple("Kamis", LocalDate.of(2024, 12, 5)));
    }

    @Test
    void withoutPublicationDateADayWithoutYearTakesTheReportingDaysYear() {
        String text = "Sejak 1 Oktober 2024 hingga 16 Mei, 2,1 juta situs judi diblokir. Program itu dimulai 1 Oktober 2024. "
                + "\"Pemblokiran terus berjalan,\" kata Menteri Komunikasi Rina Astuti, Senin (18/5/2026).";
        assertThat(DateFinder.find(text, null, null, LocalDate.of(2026, 11, 25)).dates())
                .extracting(DateMention::text, DateMention::value).contains(tuple("16 Mei", LocalDate.of(2026, 5, 16)));
    }

    @Test
    void withoutPublicationDateTheCopyrightYearDatesTheDaysWithoutOne() {
        String text = "Pada 3 November lalu, kapal itu bersandar di Bitung. Dermaga dibangun sejak Maret 2019. "
                + "Kapal berangkat lagi Sabtu (8/11).";
        assertThat(DateFinder.find(text, null, 2025, LocalDate.of(2026, 11, 25)).dates())
                .extracting(DateMention::text, DateMention::value).containsExactly(
                        tuple("3 November", LocalDate.of(2025, 11, 3)), tuple("Sabtu (8/11)", LocalDate.of(2025, 11, 8)));
        // a weekday the page's year does not fit names another year: the latest it fits
        assertThat(DateFinder.find("Kapal berangkat Kamis (8/11).", null, 2025, LocalDate.of(2026, 11, 25)).dates())
                .extracting(DateMention::value).containsExactly(LocalDate.of(2018, 11, 8));
        // a publication date wins over the page's year
        assertThat(DateFinder.find(text, Moment.of(LocalDate.of(2024, 11, 10)), 2025).dates())
                .extracting(DateMention::value).contains(LocalDate.of(2024, 11, 3));
    }

    @Test
    void withoutAnyDatedDayAHolidaysServiceOnTheWeekdayGivenBesideItIsTheStorysDay() {
        LocalDate today = LocalDate.of(2026, 11, 25);
        String text = "Ribuan umat mengikuti misa Malam Natal di Gereja Santo Yosef, Rabu. \"Hari ini kami berdoa bagi "
                + "korban banjir,\" kata pastor paroki.";
        assertThat(DateFinder.find(text, null, 2025, today).dates()).extracting(DateMention::text, DateMention::value)
                .containsExactly(tuple("Rabu", LocalDate.of(2025, 12, 24)), tuple("Hari ini", LocalDate.of(2025, 12, 24)));
        // the year written with it serves as well, the weekday in the next sentence too
        assertThat(DateFinder.find("Jemaat memadati ibadah Natal 2025 di Kupang. Menurut pantauan di lokasi, Kamis, "
                + "gereja penuh sejak pagi.", null, null, today).dates()).extracting(DateMention::value)
                .containsExactly(LocalDate.of(2025, 12, 25));
        // a service named with its kind between ("Misa Pontifikal Natal")
        assertThat(DateFinder.find("Uskup memimpin Misa Pontifikal Natal di Katedral Medan, Kamis.", null, 2025, today)
                .dates()).extracting(DateMention::value).containsExactly(LocalDate.of(2025, 12, 25));
        // not a weekday it did not fall on, nor one far from it, nor a day before it
        assertThat(DateFinder.find("Umat bersiap untuk misa Malam Natal, kata pastor, Kamis.", null, 2025, today).dates()).isEmpty();
        assertThat(DateFinder.find("Panitia menyiapkan misa Malam Natal. Kursi ditambah. Tenda dipasang. Pastor tiba Rabu.",
                null, 2025, today).dates()).isEmpty();
        assertThat(DateFinder.find("Menjelang misa Malam Natal, polisi menyisir gereja, Rabu.", null, 2025, today).dates()).isEmpty();
    }

    @Test
    void withoutPublicationDateADayFarAheadOfTheReportingDayIsLastYears() {
        String text = "\"Pasar sempat anjlok pada 30 (Desember) lalu,\" kata analis Dewi Lestari saat membuka perdagangan, "
                + "Selasa (2/1/2024). Rapat berikutnya digelar 15 Januari.";
        assertThat(DateFinder.find(text, null, null, LocalDate.of(2026, 11, 25)).dates())
                .extracting(DateMention::text, DateMention::value).containsExactly(
                        tuple("30 (Desember)", LocalDate.of(2023, 12, 30)), tuple("Selasa (2/1/2024)", LocalDate.of(2024, 1, 2)),
                        tuple("15 Januari", LocalDate.of(2024, 1, 15)));
    }

    @Test
    void aYearCutToThreeDigitsIsReadAsNoYear() {
        Moment thursday = Moment.of(LocalDate.of(2023, 1, 5));
        assertThat(DateFinder.find("Terdakwa dituntut 12 tahun penjara di PN Surabaya, Rabu (4/1/202).", thursday).dates())
                .extracting(DateMention::text, DateMention::value)
                .containsExactly(tuple("Rabu (4/1/202)", LocalDate.of(2023, 1, 4)));
    }

    @Test
    void withoutPublicationDateABareWeekdayJustAfterTheArticlesOwnDayIsTheReportsDayAfterIt() {
        String text = "\"Bantuan dibagikan pekan depan,\" kata Menteri Sosial saat dihubungi di Jakarta, Kamis, usai rapat "
                + "di Kantor Sekretariat Kabinet, Rabu (24/12). Gudang bantuan disegel Senin.";
        assertThat(DateFinder.find(text, null, null, LocalDate.of(2026, 11, 25)).dates())
                .extracting(DateMention::text, DateMention::value).containsExactly(
                        tuple("Kamis", LocalDate.of(2025, 12, 25)), tuple("Rabu (24/12)", LocalDate.of(2025, 12, 24)),
                        tuple("Senin", LocalDate.of(2025, 12, 22)));
    }

    @Test
    void aDayWithItsWeekdaySetsTheYearOfTheDaysWithoutOneBeforeIt() {
        String text = "Bank sentral menggelar rapat pada 29-30 Januari. Suku bunga naik tiga kali pada 2017. "
                + "\"Pasar sudah memperhitungkannya,\" kata analis Rudi Hartono, Selasa (29/1).";
        assertThat(DateFinder.find(text, null, null, LocalDate.of(2026, 11, 25)).dates())
                .extracting(DateMention::text, DateMention::value).containsExactly(
                        tuple("29-30 Januari", LocalDate.of(2019, 1, 29)), tuple("29-30 Januari", LocalDate.of(2019, 1, 30)),
                        tuple("Selasa (29/1)", LocalDate.of(2019, 1, 29)));
    }

    @Test
    void aYearAheadOfTodayIsAProjectionNotTheYearOfADay() {
        assertThat(DateFinder.find("Pada 27 April, suhu mencapai 46 derajat. Pada 2050 suhu bisa lebih tinggi.", null, null,
                LocalDate.of(2026, 11, 25)).dates()).isEmpty();
    }

    @Test
    void aBareWeekdayJoinedToTheBareWeekdayBeforeItIsADayOfTheSameFew() {
        Moment wednesday = Moment.of(LocalDate.of(2026, 4, 15));
        assertThat(DateFinder.find("Kantor kecamatan tutup sementara, hanya Rabu dan Kamis, kata camat.", wednesday).dates())
                .extracting(DateMention::text, DateMention::value).containsExactly(
                        tuple("Rabu", LocalDate.of(2026, 4, 15)), tuple("Kamis", LocalDate.of(2026, 4, 16)));
        // the same weekdays apart, or in falling order, are each the last such day
        assertThat(DateFinder.find("Pasar buka Kamis. Rapat warga digelar Rabu.", wednesday).dates())
                .extracting(DateMention::value).containsExactly(LocalDate.of(2026, 4, 9), LocalDate.of(2026, 4, 15));
        assertThat(DateFinder.find("Hujan turun Rabu atau Senin.", wednesday).dates())
                .extracting(DateMention::value).containsExactly(LocalDate.of(2026, 4, 15), LocalDate.of(2026, 4, 13));
    }

    @Test
    void aBareWeekdayJoinedToADatedDayFollowsThatDay() {
        Moment saturday = Moment.of(LocalDate.of(2025, 3, 8));
        assertThat(DateFinder.find("Final digelar pada Minggu (9/3/2025) atau Senin dini hari WIB.", saturday).dates())
                .extracting(DateMention::text, DateMention::value).containsExactly(
                        tuple("Minggu (9/3/2025)", LocalDate.of(2025, 3, 9)), tuple("Senin", LocalDate.of(2025, 3, 10)));
        assertThat(DateFinder.find("Rapat digelar Senin lalu.", saturday).dates())
                .extracting(DateMention::value).containsExactly(LocalDate.of(2025, 3, 3));
    }

    @Test
    void withoutAnyYearADayWithItsWeekdayTakesTheLatestYearThatFitsAndSetsItForTheRest() {
        LocalDate today = LocalDate.of(2026, 11, 25);
        var r = DateFinder.find("Laga digelar Sabtu (05/05). Sehari sebelumnya, Jumat (04/05), tim tiba. "
                + "Selasa (29/1) rapat digelar.", null, null, today);
        assertThat(r.dates()).extracting(DateMention::value).containsExactly(
                LocalDate.of(2018, 5, 5), LocalDate.of(2018, 5, 4), LocalDate.of(2018, 1, 29));
        assertThat(r.warnings()).extracting(Warning::code).containsExactly("weekday-mismatch");
    }

    @Test
    void withoutPublicationDateADayWithoutYearTakesTheYearTheArticleNames() {
        assertThat(DateFinder.find("Tema Natal 2025 diumumkan. Misa digelar 24 Desember di gereja.", null).dates())
                .extracting(DateMention::value).containsExactly(LocalDate.of(2025, 12, 24));
    }

    @Test
    void aYearTheArticleMerelyNamesGivesWayToTheWeekday() {
        assertThat(DateFinder.find("Ferguson pensiun pada 2013. Ia dioperasi Sabtu (05/05).", null, null, LocalDate.of(2026, 11, 25))
                .dates()).extracting(DateMention::value).containsExactly(LocalDate.of(2018, 5, 5));
    }

    @Test
    void fullDatesOfSeveralYearsGiveWayToAWeekdayTheyDoNotFit() {
        var r = DateFinder.find("Koperasi itu berdiri pada 12 Maret 1972 dan berganti nama pada 5 Mei 2003. "
                + "Rapat anggota digelar Rabu (19/11) di Bandung, sehari sebelum Kamis (20/11).", null, null, LocalDate.of(2026, 11, 25));
        assertThat(r.dates()).extracting(DateMention::value).containsExactly(LocalDate.of(1972, 3, 12),
                LocalDate.of(2003, 5, 5), LocalDate.of(2025, 11, 19), LocalDate.of(2025, 11, 20));
    }

    @Test
    void aDecemberDayInAJanuaryStoryBelongsToTheYearBefore() {
        assertThat(DateFinder.find("Rapat digelar Selasa (3/1/2023). Sebelumnya, Jumat (30/12), ia tiba.", null).dates())
                .extracting(DateMention::value).containsExactly(LocalDate.of(2023, 1, 3), LocalDate.of(2022, 12, 30));
    }

    @Test
    void datesGluedIntoAFlattenedTableAreStillRead() {
        assertThat(DateFinder.find("TanggalHarga (Yen/Kg)Perubahan29/1/2019177,10-2,10%28/1/2019180,90-1,04%", null)
                .dates()).extracting(DateMention::value).containsExactly(LocalDate.of(2019, 1, 29), LocalDate.of(2019, 1, 28));
    }

    @Test
    void relativeDaysNeedSomethingToResolveAgainst() {
        assertThat(DateFinder.find("Banjir terjadi kemarin sore.", null).dates()).isEmpty();
    }

    @Test
    void coarserExpressionsArePeriodsNotDays() {
        DateFinder.Result r = DateFinder.find("Trump menjabat kurang dari dua bulan lagi. Perang berlangsung sejak tahun "
                + "2022 dan anggaran naik pada 2024 hingga akhir Desember 2025.", PUBLISHED);
        assertThat(r.dates()).isEmpty();
        assertThat(r.periods()).extracting(Period::text, Period::value, Period::granularity, Period::relation).containsExactly(
                tuple("kurang dari dua bulan lagi", "2025-02-07", "day", "before"),
                tuple("sejak tahun 2022", "2022", "year", "since"),
                tuple("pada 2024", "2024", "year", "at"),
                tuple("akhir Desember 2025", "2025-12", "month", "at"));
    }

    @Test
    void aSpanOfDaysAfterSelamaOrHinggaIsALengthOfTimeNotADay() {
        DateFinder.Result r = DateFinder.find("Tersangka ditahan selama 20 hari ke depan. Pameran dibuka untuk tiga hari "
                + "lagi, dan cuaca buruk diperkirakan berlangsung hingga dua hari ke depan. Hasilnya keluar tiga hari lagi.", PUBLISHED);
        assertThat(r.dates()).extracting(DateMention::text, DateMention::value)
                .containsExactly(tuple("tiga hari lagi", LocalDate.of(2024, 12, 10)));
        assertThat(r.periods()).extracting(Period::text, Period::value, Period::relation).containsExactly(
                tuple("selama 20 hari ke depan", "2024-12-27", "before"),
                tuple("untuk tiga hari lagi", "2024-12-10", "before"),
                tuple("hingga dua hari ke depan", "2024-12-09", "before"));
    }

    @Test
    void minggu_isSundayOnlyWhereItReadsAsADay() {
        assertThat(DateFinder.find("Harga naik dalam dua minggu terakhir.", PUBLISHED).dates()).isEmpty();
        assertThat(DateFinder.find("Minggu lalu harga naik.", PUBLISHED).dates()).isEmpty();
        assertThat(DateFinder.find("Acara digelar pada Minggu malam.", PUBLISHED).dates())
                .extracting(DateMention::value).containsExactly(LocalDate.of(2024, 12, 1));
    }

    @Test
    void numbersThatAreNotDatesStayNumbers() {
        assertThat(DateFinder.find("Skor akhir 2/1 dan rasio 45/100, sebanyak 2024 orang hadir.", PUBLISHED).dates()).isEmpty();
        assertThat(DateFinder.find("Pada 31/2/2024 tidak ada tanggal itu.", PUBLISHED).dates()).isEmpty();
    }

    @Test
    void withoutPublicationDateARelativeWordWithItsOwnDateSaysWhichDayIsToday() {
        // the latest weekday date is a forecast day; "besok (12/3)" says the article's today is 11/3
        String text = "Saham ditutup melemah hari ini, kata analis Rudi Hartanto, Senin (11/3/2024). Ia memprediksi "
                + "pasar menguat pada perdagangan Selasa (12/3), sedangkan analis lain melihat pelemahan besok (12/3).";
        assertThat(DateFinder.find(text, null).dates()).extracting(DateMention::text, DateMention::value).contains(
                tuple("hari ini", LocalDate.of(2024, 3, 11)), tuple("besok", LocalDate.of(2024, 3, 12)));
        assertThat(DateFinder.find("Rapat digelar Rabu (13/3/2024) dan hasilnya diumumkan hari ini. Laporan diterima "
                + "kemarin (14/3).", null).dates()).extracting(DateMention::text, DateMention::value)
                .contains(tuple("hari ini", LocalDate.of(2024, 3, 15)));
    }

    @Test
    void withoutPublicationDateTheTomorrowAnArticleSpeaksOfIsTheLaterOfTwoDatedDaysADayApart() {
        // written on Monday: Tuesday is the trading day it forecasts, "besok"
        String text = "Rupiah ditutup melemah, Senin (11/3/2024). Analis Rudi Hartanto memperkirakan rupiah besok masih "
                + "tertekan. Untuk perdagangan Selasa (12/3), ia memasang kisaran yang lebar.";
        assertThat(DateFinder.find(text, null).dates()).extracting(DateMention::text, DateMention::value).contains(
                tuple("besok", LocalDate.of(2024, 3, 12)));
        // the later day named first, as the day of saying, then "besok": that day stays the article's today
        assertThat(DateFinder.find("Petugas ditemui di lokasi, Selasa (12/3/2024). Sehari sebelumnya, Senin (11/3), sampah "
                + "menumpuk. \"Besok kami angkut semua,\" katanya.", null).dates())
                .extracting(DateMention::text, DateMention::value).contains(tuple("Besok", LocalDate.of(2024, 3, 13)));
        // the day before named first, as the day of saying, the later day planned: "besok" after it is still that day
        assertThat(DateFinder.find("\"Kami siap,\" ujarnya dalam jumpa pers, Senin (11/3/2024). Tim akan kembali bertanding "
                + "di turnamen itu pada hari pertama, Selasa (12/3/2024). Besok menjadi laga perdana mereka.", null).dates())
                .extracting(DateMention::text, DateMention::value).contains(tuple("Besok", LocalDate.of(2024, 3, 12)));
        // the day before named first for what happened on it, not as the day of saying: the later day stays today
        assertThat(DateFinder.find("Pebalap itu terjatuh di Le Mans, Sabtu (9/3/2024). Operasinya berjalan sukses, Minggu "
                + "(10/3). \"Ia akan pulang besok,\" tulis tim dalam pernyataannya.", null).dates())
                .extracting(DateMention::text, DateMention::value).contains(tuple("besok", LocalDate.of(2024, 3, 11)));
        // no tomorrow spoken of: the latest dated day stays the article's today
        assertThat(DateFinder.find("Rapat digelar Senin (11/3/2024) dan dilanjutkan Selasa (12/3). Hasilnya diumumkan "
                + "hari ini.", null).dates()).extracting(DateMention::text, DateMention::value)
                .contains(tuple("hari ini", LocalDate.of(2024, 3, 12)));
    }

    @Test
    void semalamAsALengthOfTimeIsNoDay() {
        Moment saturday = Moment.of(LocalDate.of(2025, 3, 8));
        assertThat(DateFinder.find("Kekayaan tidak datang dalam semalam. Warga berjaga sehari semalam di posko, lalu "
                + "menonton wayang semalam suntuk. Rendam kedelai semalam sebelum direbus.", saturday).dates()).isEmpty();
        assertThat(DateFinder.find("Gudang di Cilincing terbakar semalam. \"Api padam pukul 03.00,\" kata Yusuf.", saturday)
                .dates()).extracting(DateMention::text, DateMention::value)
                .containsExactly(tuple("semalam", LocalDate.of(2025, 3, 7)));
    }

    @Test
    void anakKemarinSoreIsAGreenhornNotYesterday() {
        Moment saturday = Moment.of(LocalDate.of(2025, 3, 8));
        assertThat(DateFinder.find("\"Kami bukan anak-anak kemarin sore,\" kata Rina. Ia menyebut pelatih itu bukan anak "
                + "kemarin sore lagi, tetapi juga bukan bocah baru kemarin sore.", saturday).dates()).isEmpty();
        assertThat(DateFinder.find("Rapat digelar kemarin sore di balai desa.", saturday).dates())
                .extracting(DateMention::text, DateMention::value)
                .containsExactly(tuple("kemarin sore", LocalDate.of(2025, 3, 7)));
    }

    @Test
    void kemarinWithABracketNamingAThingIsTheLastOneNotYesterday() {
        String text = "\"Aturan ini berbeda dari kemarin (Perda 7/2023),\" katanya. Rapat kemarin (Senin) dan pertemuan "
                + "kemarin (20/10) membahas kejadian kemarin (Pasar Baru).";
        List<Integer> starts = DateFinder.find(text, Moment.of(LocalDate.of(2025, 10, 21))).dates().stream()
                .map(DateMention::start).toList();
        assertThat(starts).contains(text.indexOf("kemarin (Senin)"), text.indexOf("kemarin (20/10)"))
                .doesNotContain(text.indexOf("kemarin (Perda"), text.indexOf("kemarin (Pasar"));
    }
}
