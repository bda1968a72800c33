package id.warta.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code ujar salah satu orangtua murid}: a parent is a relative, described by whose parent they are, not someone the
 * lead named before; {@code situs tersebut menulis:} a website writes on behalf of its owners, as {@code situs} does.
 */
class ParentsAndWebsitesTest {

    @Test
    void aPupilsParentSpeaksAsTheRoleNotAsThePlacesOfTheLead() {
        List<Quote> quotes = QuotesTest.direct("""
                Warga di kawasan Jalan Sawah Indah, RT 02/04, Kelurahan Sukasari, Kecamatan Cibeunying, Kota Bandung, berharap ada pihak yang membantu perbaikan sekolah gratis di wilayah tersebut.

                "Jujur aja nih sekolah ini kalau udah hujan ya banjir," ujar salah satu orangtua murid, Sabtu (25/10/2025).

                "Anak saya jadi sering libur," kata orang tua siswa lainnya.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name())
                .containsExactly("salah satu orangtua murid", "orang tua siswa lainnya");
    }
}
