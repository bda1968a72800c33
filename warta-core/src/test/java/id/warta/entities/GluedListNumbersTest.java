package id.warta.entities;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.language.Token;
import id.warta.language.Tokenizer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An invented list of envoys whose line breaks were lost: each number is glued onto the country before it. */
class GluedListNumbersTest {
    private static final String LIST = "Daftar calon duta besar yang dikirim ke DPR antara lain: 1. Budi Santoso, Dubes RI "
            + "untuk Norwegia2. Siti Rahmawati, Dubes RI untuk Portugal3. Agus Salim, Dubes RI untuk Kenya4. Dewi Lestari, "
            + "Dubes RI untuk Peru.";

    @Test
    void theCountriesOfAGluedListAreFound() {
        assertThat(EntitiesRead.named(LIST)).contains("Norwegia/PLACE", "Portugal/PLACE", "Kenya/PLACE", "Peru/PLACE",
                "Siti Rahmawati/PERSON", "Agus Salim/PERSON");
    }

    @Test
    void aWordsOwnNumberStaysOnIt() {
        String text = "Pembalap muda itu juara Moto3. Musim depan ia naik ke Moto2. Tim Tech3. Di sana ia bertahan.";
        List<Token> tokens = Tokenizer.tokenize(text);
        assertThat(GluedListNumbers.apart(tokens)).isSameAs(tokens);
    }

    @Test
    void onlyTheNumbersOfARunAreCut() {
        List<Token> apart = GluedListNumbers.apart(Tokenizer.tokenize(LIST));
        assertThat(apart).extracting(Token::text).contains("Norwegia", "Portugal", "Kenya").doesNotContain("2", "3")
                .doesNotContain("Norwegia2", "Kenya4");
        for (Token t : apart) assertThat(LIST.substring(t.start(), t.end())).isEqualTo(t.text());
    }
}
