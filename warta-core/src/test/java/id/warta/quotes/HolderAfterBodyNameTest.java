package id.warta.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.model.Quote;
import id.warta.pipeline.Pipeline;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A title holder's name after a body's name ({@code Anggota Fraksi Partai X Budi}) holds no word of the body's. */
class HolderAfterBodyNameTest {

    private static List<Quote> direct(String body) {
        return new Pipeline().analyze(QuotesTest.doc(body)).quotes().stream().filter(q -> q.kind() == Quote.Kind.DIRECT).toList();
    }

    @Test
    void aRoleHoldersNameStartsAfterTheBodysNameBeforeIt() {
        List<Quote> quotes = direct("""
                JAKARTA - Anggota Fraksi Partai Keadilan Sejahtera Hendra Kusuma membuat surat terbuka untuk Presiden terkait harga beras. "Kami minta harga beras segera diturunkan," kata Hendra, Selasa (25/8/2015). Hendra juga menyoroti impor beras. "Kami tunggu solusinya, ya Pak," ujar anggota Komisi IV DPR RI ini.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Hendra Kusuma", "Hendra Kusuma");
    }
}
