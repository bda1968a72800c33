package id.warta.entities;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.extract.Outlets;
import id.warta.lexicon.Lexicon;
import java.util.ArrayList;
import java.util.List;
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
}
