package id.warta.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class EntityKeysTest {
    /** The key as a regular expression states it: the scan in EntityKeys.of must give the same. */
    private static String byPattern(String name) {
        String plain = Pattern.compile("[^\\p{L}\\p{N}]+").matcher(name.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
        StringBuilder b = new StringBuilder();
        for (String w : plain.split(" ")) {
            if (Set.of("pt", "tbk", "persero").contains(w)) continue;
            if (!b.isEmpty()) b.append(' ');
            b.append(w);
        }
        String key = b.isEmpty() ? plain : b.toString();
        return key.matches(".+ (fc|cf|sc)") ? key.substring(0, key.lastIndexOf(' ')) : key;
    }

    @Test
    void keysAreTheLowercasedWordsWithoutLegalFormsOrAClosingClubSuffix() {
        assertEquals("pertamina", EntityKeys.of("PT Pertamina (Persero) Tbk."));
        assertEquals("damri", EntityKeys.of("Perum Damri"));
        assertEquals("kementerian pendidikan dan kebudayaan", EntityKeys.of("Kementerian Pendidikan dan Kebudayaan"));
        assertEquals("pt", EntityKeys.of("PT"));
        assertEquals("", EntityKeys.of(" — "));
        assertEquals("dewa united", EntityKeys.of("Dewa United FC"));
        assertEquals("fc", EntityKeys.of("FC"));
        assertEquals("fc porto", EntityKeys.of("FC Porto"));
    }

    @Test
    void theScanReadsLettersAndNumbersAsThePatternDoes() {
        List<String> names = List.of("PT Pertamina (Persero) Tbk", "Dr. H. Ahmad Sahroni, S.E., M.M.", "", "  ", "(PT) Tbk",
                "İstanbul", "ΣΊΣΥΦΟΣ Tbk", "Legiun Ⅻ", "½ Maraton Jakarta", "Tim 😀 Garuda", "𝐀𝐁𝐂 News",
                "\uD800Kota", "Kota\uDC00", "Jl. M.H. Thamrin No. 9", "Ma'ruf Amin", "Al-Azhar", "ʻOkina Hawaiʻi",
                "Nguyễn Văn Thiệu", "٣ Arab", "Café\u0301 Noir", "pt-tbk", "_garis_bawah_",
                "Persik Kediri FC.", "SC Freiburg", "PT FC", "Inter Miami CF (2)");
        for (String name : names) assertEquals(byPattern(name), EntityKeys.of(name), name);
    }
}
