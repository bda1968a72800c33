package id.warta.dates;

import static org.assertj.core.api.Assertions.assertThat;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.warta.eval.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A prefiltered pattern finds exactly what {@link Matcher#find()} finds, in every pattern the date finder uses. */
class PrefilteredTest {
    /** Pieces of date-like text, and characters that test word boundaries and case folding. */
    private static final String[] PIECES = {"Rabu", "rabu", "RABU", "Senin", "Jumat", "Jum'at", "Minggu", "minggu", "Ahad",
        "04", "4", "21", "2024", "1999", "12", "Desember", "Des", "des.", "DESEMBER", "Mei", "mei", "Agustus", "Oktober",
        "kemarin", "Kemarin", "hari ini", "tadi malam", "lusa", "dua", "se", "setahun", "tiga", "hari", "bulan", "tahun",
        "lalu", "lagi", "silam", "ke depan", "kurang dari", "lebih dari", "sekitar", "awal", "akhir", "sejak", "pada",
        "hingga", "medio", "(", ")", "/", "-", "–", ",", ".", " ", " ", " ", "  ", "\n", "_", "a", "x", "Z", "9",
        "ſenin", "\u212Aamis", "e\u0301", "\u0301", "\uD835\uDC00", "İ", "\u00A0"};

    @Test
    void findsWhatMatcherFindFinds() {
        Random random = new Random(20261126);
        List<String> texts = new ArrayList<>(List.of(
                "Rapat digelar Rabu 04 Desember 2024 di Brussel, kata Hendra, Selasa (21/10/2025).",
                "Festival digelar Jumat-Minggu (8-10/5). Data per 29/1/2019. Gempa terjadi dua hari lalu.",
                "sejak tahun 2022 dan pada 2024, akhir Desember 2025; kurang dari dua bulan lagi; Minggu lalu"));
        for (int i = 0; i < 3000; i++) {
            StringBuilder b = new StringBuilder();
            int n = 1 + random.nextInt(30);
            for (int k = 0; k < n; k++) b.append(PIECES[random.nextInt(PIECES.length)]);
            texts.add(b.toString());
        }
        for (Prefiltered p : DateFinder.PATTERNS) {
            for (String text : texts) assertThat(prefiltered(p, text)).as("%s in '%s'", p.pattern(), text).isEqualTo(plain(p.pattern(), text));
        }
    }

    @Test
    void findsWhatMatcherFindFindsInRealNews() throws IOException {
        var news = SharedData.resolve("data/news/kompas_2025_md_naandalist");
        assumeTrue(news.isPresent(), "shared/data/news is absent");
        for (Path f : SharedData.firstFiles(news.get(), ".md", 300)) {
            String text = Files.readString(f);
            for (Prefiltered p : DateFinder.PATTERNS) assertThat(prefiltered(p, text)).as("%s in %s", p.pattern(), f).isEqualTo(plain(p.pattern(), text));
        }
    }

    @Test
    void findsWhatMatcherFindFindsInAnyPattern() {
        List<Prefiltered> patterns = List.of(Prefiltered.anywhere(Pattern.compile("(?<=a)b+|c")),
                Prefiltered.anywhere(Pattern.compile("x+|(?<![a-z])9")), Prefiltered.wordStart(Pattern.compile("\\b(?i:senin|se)\\b")));
        for (Prefiltered p : patterns) {
            for (String text : List.of("abbb cab", "", "xx yxx a9 9", "Senin, SE se ſe senin_x")) {
                assertThat(prefiltered(p, text)).as("%s in '%s'", p.pattern(), text).isEqualTo(plain(p.pattern(), text));
            }
        }
    }

    private static List<String> prefiltered(Prefiltered p, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = p.matcher(text);
        Prefiltered.Openings openings = new Prefiltered.Openings(text);
        while (p.find(m, openings)) found.add(m.start() + ":" + m.group());
        return found;
    }

    private static List<String> plain(Pattern p, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) found.add(m.start() + ":" + m.group());
        return found;
    }
}
