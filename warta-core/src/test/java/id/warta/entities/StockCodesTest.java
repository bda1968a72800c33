package id.warta.entities;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.model.Entity;
import id.warta.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Invented market news: a code the sentence calls a stock code names a security, not a body. */
class StockCodesTest {
    @Test
    void aCodeCalledAStockCodeIsNoOrganisation() {
        List<Entity> entities = Entities.shipped().find("""
                PT Bank Sentosa Raya menyiapkan kredit mikro. Bank dengan sandi saham BSRA ini akan menggunakan \
                strategi baru. Emiten berkode saham KRPA mencatat penjualan turun.""");
        assertThat(entities).extracting(Entity::name).doesNotContain("BSRA", "KRPA");
    }

    /** Codes with their day's change in brackets are stocks, even one that spells a body's short form. */
    @Test
    void codesWithTheirPriceChangesAreStocks() {
        List<Entity> entities = Entities.shipped().find("""
                Saham yang paling naik hari ini adalah KRPA (21,5%), NICK (14%), KONI (12,2%), dan TMNO (9,8%).                 Yang paling turun: BSRA (-18,4%), ALMI (-11%), LMBA (-7,6%).""");
        assertThat(entities).extracting(Entity::name)
                .doesNotContain("KRPA", "NICK", "KONI", "Komite Olahraga Nasional Indonesia", "ALMI", "BSRA", "LMBA");
    }

    /** The patterns are tried only where they can open: at the text's first character, and in any case. */
    @Test
    void listsAndCallingWordsAreFoundWhereverTheyOpen() {
        String text = "KRPA, BSRA, dan TMNO naik. KODE SAHAM LMBA turun. Sandi emiten belum dipilih.";
        List<Found> found = new ArrayList<>(List.of(code(text, "KRPA"), code(text, "BSRA"), code(text, "TMNO"),
                code(text, "LMBA"), code(text, "Sandi")));
        StockCodes.drop(text, found);
        assertThat(found).extracting(f -> f.textIn(text)).containsExactly("Sandi");
    }

    @Test
    void aCodeInsideALongerWordIsNone() {
        String text = "Saham XKRPA, BSRA, dan TMNO naik; berkodeBSRA tidak.";
        List<Found> found = new ArrayList<>(List.of(code(text, "BSRA"), code(text, "TMNO")));
        StockCodes.drop(text, found);
        assertThat(found).extracting(f -> f.textIn(text)).containsExactly("BSRA", "TMNO");
    }

    private static Found code(String text, String name) {
        int at = text.indexOf(name);
        return new Found(at, at + name.length(), EntityType.ORGANIZATION, "model");
    }
}
