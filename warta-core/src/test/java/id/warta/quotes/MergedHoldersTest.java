package id.warta.quotes;

import static id.warta.quotes.QuotesTest.doc;
import static id.warta.quotes.QuotesTest.entity;
import static org.assertj.core.api.Assertions.assertThat;

import id.warta.model.Document;
import id.warta.model.Entity;
import id.warta.model.EntityType;
import id.warta.model.Mention;
import id.warta.model.Quote;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A holder's name the tagger ran into its body's name ({@link MergedHolders}) speaks as the person. */
class MergedHoldersTest {

    @Test
    void aHoldersNameTheTaggerRanIntoItsBodysNameSpeaksAsThePerson() {
        Document d = doc("""
                JAKARTA - Suku bunga acuan dinaikkan oleh BNR. Kepala Departemen Komunikasi BNR Rahmat Hidayat menuturkan kenaikan itu untuk menahan inflasi. "Kami akan terus memantau harga pangan," kata Rahmat.

                Direktur Pemasaran PT Sentosa Lestari Wulandari menyebut penjualan naik. "Permintaan tahun ini tinggi sekali," ujar Lestari. Gerai baru dibuka PT Sentosa.

                "Indeks kami dihitung ulang setiap kuartal," tegas pengumuman FTSE Kalimaya.
                """);
        List<Entity> bodies = List.of(entity(d, "Bank Nusa Raya", EntityType.ORGANIZATION, "BNR."),
                merged(d, "BNR Rahmat Hidayat", "Rahmat"), merged(d, "PT Sentosa Lestari Wulandari", "Lestari"),
                entity(d, "PT Sentosa", EntityType.ORGANIZATION, "PT Sentosa."),
                entity(d, "FTSE Kalimaya", EntityType.ORGANIZATION, "FTSE Kalimaya"));
        // the body's own last word, never written alone, is no one's name
        assertThat(Quotes.find(d, bodies).stream().filter(q -> q.kind() == Quote.Kind.DIRECT))
                .extracting(q -> q.speaker().name())
                .containsExactly("Rahmat Hidayat", "Lestari Wulandari", "FTSE Kalimaya");
    }

    @Test
    void readsTheHoldersNameByTheBodysEntityItRanInto() {
        Document d = doc("""
                Kepala Biro Humas BNR Rahmat Hidayat membuka acara. BNR menaikkan suku bunga. "Kami pantau terus," kata Rahmat.
                """);
        List<Entity> entities = List.of(entity(d, "BNR", EntityType.ORGANIZATION, "BNR"), merged(d, "BNR Rahmat Hidayat", "Rahmat"));
        assertThat(MergedHolders.read(d.text(), entities, (start, end) -> false))
                .containsExactly(Map.entry("bnr rahmat hidayat", "Rahmat Hidayat"));
    }

    /** A body's entity tagged over {@code name} and over each later {@code word} alone, as the tagger links a short form. */
    private static Entity merged(Document d, String name, String word) {
        List<Mention> mentions = new ArrayList<>();
        int first = d.text().indexOf(name);
        mentions.add(new Mention(name, first, first + name.length(), "name"));
        for (int at = d.text().indexOf(word, first + name.length()); at >= 0; at = d.text().indexOf(word, at + 1)) {
            mentions.add(new Mention(word, at, at + word.length(), "name"));
        }
        return new Entity(name, EntityType.ORGANIZATION, mentions, List.of(), null);
    }
}
