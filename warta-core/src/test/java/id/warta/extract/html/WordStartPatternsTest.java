package id.warta.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The search tried only at word starts, with the rows that can begin there, finds what the one
 * pattern of all rows tried at every position finds.
 */
class WordStartPatternsTest {
    private static final List<String> FILES = List.of("appeals.tsv", "support-appeals.tsv", "notices.tsv");

    private static final List<String> TEXTS = List.of(
            "Ikuti kami di Google News dan dapatkan update berita setiap hari.",
            "Para peserta seminar menyatakan mendukung jurnalisme yang berimbang.",
            "Berlangganan newsletter kami: gratis. Abonnieren Sie unseren Newsletter!",
            "Tulisan ini sepenuhnya tanggung jawab penulis, di luar tanggung jawab redaksi.",
            "The views expressed in this article are the author's own and do not necessarily reflect ours.",
            "Jede kleine Spende hilft. Brauchen wir Ihre Unterstützung? Unterstütze uns bereits mit 5 Euro.",
            "Soutenez notre journalisme ; les auteurs n’engagent que leurs opinions.",
            "Apóyanos: apoya el periodismo. Suscríbete, cancela cuando quieras.",
            "ünewsletter, _subscribe, 2newsletter, x-newsletter, éabonnez, «suivez» @ikuti #unduh aplikasi",
            "Wali Kota Medan, Rahmat Sudirja, meresmikan jembatan baru di Kecamatan Medan Belawan pada Senin (12/2).",
            "",
            "Download aplikasi Warta di App Store dan Google Play sekarang juga.");

    @Test
    void findsWhatTheWholePatternFinds() {
        for (String file : FILES) {
            WordStartPatterns search = new WordStartPatterns(file);
            Pattern whole = Pattern.compile(Vocabulary.rows(file).stream().map(r -> "(?:" + r[0] + ")")
                    .collect(Collectors.joining("|", "\\b(?:", ")")));
            int found = 0;
            for (String text : TEXTS) {
                for (String t : List.of(text, text.toUpperCase(Locale.ROOT), "(" + text + ")")) {
                    boolean expected = whole.matcher(t.toLowerCase(Locale.ROOT)).find();
                    assertThat(search.in(t)).as(file + ": " + t).isEqualTo(expected);
                    if (expected) found++;
                    // every cut of the text, so each word (and each part of one) opens it and each letter pair is tried first
                    for (int from = 1; from < t.length(); from++) {
                        String cut = t.substring(from);
                        assertThat(search.in(cut)).as(file + ": " + cut).isEqualTo(whole.matcher(cut.toLowerCase(Locale.ROOT)).find());
                    }
                }
            }
            assertThat(found).as(file + " finds some of the texts").isPositive();
        }
    }
}
