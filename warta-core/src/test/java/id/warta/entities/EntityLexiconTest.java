package id.warta.entities;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.extract.Outlets;
import id.warta.lexicon.Lexicon;
import id.warta.language.Token;
import id.warta.language.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class EntityLexiconTest {
    private final EntityLexicon lexicon = EntityLexicon.INSTANCE;

    /** Names as the lists and articles write them, and the shapes the tokenizer cuts otherwise than at spaces. */
    private static List<String> names() {
        List<String> names = new ArrayList<>();
        for (String[] row : Lexicon.rows(EntityLexicon.class, "aliases.tsv")) {
            names.add(row[0]);
            names.add(row[1]);
        }
        for (String[] row : Lexicon.rows(EntityLexicon.class, "places/countries.tsv")) names.add(row[1]);
        for (String[] row : Lexicon.rows(EntityLexicon.class, "places/capitals.tsv")) names.add(row[0]);
        names.addAll(Outlets.writtenForms());
        names.addAll(List.of("Rusia-Ukraina", "Kompas.com Jakarta", "Rp1.549 triliun", "US$ 5", "Jum'at Agung",
                "Ab\u200Bcd Ef", "e\u0301clair Paris", "Ünal Yılmaz", "H Ahmad Dahlan", "H. Ahmad", "Dr Sutomo",
                "www Kompas", "www.kompas.com", "http Jakarta", "KPK", "S\u00A0H", "Pengadilan Tipikor Jakarta Pusat",
                "Bank Mandiri, Tbk", "\uD835\uDC00bc Def", "Nama@contoh.id Budi", "Sri\tMulyani", "PT. Adaro"));
        return names;
    }

    @Test
    void aNamesPlainFirstWordIsTheTokenizersFirstWord() {
        int plain = 0;
        for (String name : names()) {
            String first = EntityLexicon.plainFirstWord(name);
            if (first == null) continue;
            plain++;
            assertThat(EntityLexicon.words(name).getFirst()).as(name).isEqualTo(first);
        }
        assertThat(plain).isGreaterThan(500);
        assertThat(EntityLexicon.plainFirstWord("Pengadilan Tipikor Jakarta")).isEqualTo("Pengadilan");
        assertThat(EntityLexicon.plainFirstWord("KPK")).isEqualTo("KPK");
        for (String cut : List.of("Rusia-Ukraina", "Kompas.com Jakarta", "Rp1.549 triliun", "Jum'at Agung", "Ab\u200Bcd Ef",
                "e\u0301clair Paris", "S\u00A0H", "\uD835\uDC00bc Def", "Sri\tMulyani", "PT. Adaro", " KPK", "")) {
            assertThat(EntityLexicon.plainFirstWord(cut)).as(cut).isNull();
        }
    }

    @Test
    void everyListedFormIsFoundAsItsWordsAndOtherNamesAreNot() {
        for (String[] row : Lexicon.rows(EntityLexicon.class, "aliases.tsv")) {
            EntityLexicon.Alias listed = lexicon.listedExactly(row[0]);
            assertThat(listed).as(row[0]).isNotNull();
            assertThat(listed.words()).as(row[0]).isEqualTo(EntityLexicon.words(row[0]));
        }
        assertThat(lexicon.listedExactly("KPK").canonical()).isEqualTo("Komisi Pemberantasan Korupsi");
        assertThat(lexicon.listedExactly("KPK Baru")).isNull(); // a listed first word, the rest not
        assertThat(lexicon.listedExactly("Kusnendar Madiasmo")).isNull(); // no alias opens with it
        assertThat(lexicon.listed("JATENG").canonical()).isEqualTo("Jawa Tengah"); // a dateline's capitals, in title case
        assertThat(lexicon.listed("SOLO")).isNull(); // four letters or fewer in capitals stay an acronym
    }

    /** Every title as articles write it: as listed, capitalised, in capitals, each word with a period. */
    private List<List<String>> writtenTitles() {
        List<List<String>> written = new ArrayList<>();
        for (String title : lexicon.titles.keySet()) {
            List<String> words = List.of(title.split(" "));
            written.add(words);
            written.add(words.stream().map(EntityLexiconTest::capitalised).toList());
            written.add(words.stream().map(w -> w.toUpperCase(Locale.ROOT)).toList());
            written.add(words.stream().map(w -> capitalised(w) + ".").toList());
        }
        return written;
    }

    private static String capitalised(String w) {
        return w.isEmpty() ? w : w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1);
    }

    @Test
    void theQuickTitleTestsLetEveryTitleThrough() {
        int titles = 0;
        for (List<String> words : writtenTitles()) {
            if (lexicon.title(words) == null) continue;
            titles++;
            assertThat(lexicon.mayStartTitle(words.getFirst())).as("%s", words).isTrue();
            assertThat(lexicon.mayEndTitle(words.getLast())).as("%s", words).isTrue();
        }
        assertThat(titles).isGreaterThan(lexicon.titles.size() * 3);
        // and they rule out a name's words, dotted or not, and Turkish capitals lowercased with a combining dot
        for (String word : List.of("Budi", "Santoso", "Jakarta", "İrjen", "Sutomo.", "", ".")) {
            assertThat(lexicon.mayStartTitle(word)).as(word).isFalse();
        }
    }

    @Test
    void aTitlesLengthIsTheLongestListedRunOfWords() {
        String sentence = "Kapolda Metro Jaya Irjen. Pol. Karyoto dan Brigjen TNI Andi Mallarangeng serta Wakil Ketua DPR RI "
                + "Budi Santoso, Dr. Siti Rahayu dan İr. Yusuf hadir di Balai Kota.";
        List<Token> tokens = Tokenizer.tokenize(sentence);
        int titles = 0;
        for (int first = 0; first <= tokens.size(); first++) {
            int longest = 0;
            for (int k = Math.min(lexicon.longestTitle, tokens.size() - first); k >= 1 && longest == 0; k--) {
                if (lexicon.title(tokens.subList(first, first + k).stream().map(Token::text).toList()) != null) longest = k;
            }
            if (longest > 0) titles++;
            assertThat(lexicon.titleLengthAt(tokens, first)).as("at %d", first).isEqualTo(longest);
        }
        assertThat(titles).isGreaterThanOrEqualTo(5);
    }

    @Test
    void shoutedReadsCaseAsTheJdkDoes() {
        for (String s : List.of("JAKARTA", "Jakarta", "KPK", "PT.", "DKI-2", "123", "", " ", "JAKARTA—", "İSTANBUL", "ÇANAKKALE",
                "ÉCOLE", "Ünal", "ÜNAL", "ß", "STRASSE", "ǅ", "ΑΘΗΝΑ", "Αθήνα", "BANDUNG\u00A0", "SOLO\u200B", "𝐀BC")) {
            boolean asTheJdk = s.equals(s.toUpperCase(Locale.ROOT)) && !s.equals(s.toLowerCase(Locale.ROOT));
            assertThat(EntityLexicon.shouted(s)).as(s).isEqualTo(asTheJdk);
        }
        assertThat(EntityLexicon.shouted("JAKARTA")).isTrue();
        assertThat(EntityLexicon.shouted("İSTANBUL")).isTrue();
        assertThat(EntityLexicon.shouted("DKI-2")).isTrue();
        assertThat(EntityLexicon.shouted("Jakarta")).isFalse();
        assertThat(EntityLexicon.shouted("123")).isFalse();
    }
}
