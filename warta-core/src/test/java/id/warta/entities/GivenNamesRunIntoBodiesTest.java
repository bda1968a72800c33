package id.warta.entities;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A holder's first name the tagger ran into the body before it; sentences written for this test. */
class GivenNamesRunIntoBodiesTest {
    private static final Set<String> PLACES = Set.of("Sumbawa", "Jakarta", "Arga");
    private static final Set<String> GIVEN_NAMES = Set.of("Lalu", "Siti", "Arga");

    private static Found at(String text, String name, EntityType type) {
        int start = text.indexOf(name);
        return new Found(start, start + name.length(), type, "model");
    }

    private static Found last(String text, String name, EntityType type) {
        int start = text.lastIndexOf(name);
        return new Found(start, start + name.length(), type, "model");
    }

    private static List<String> moved(String text, Found... found) {
        List<Found> list = new ArrayList<>(List.of(found));
        GivenNamesRunIntoBodies.move(text, list, PLACES::contains, GIVEN_NAMES::contains);
        return list.stream().map(f -> f.textIn(text) + "/" + f.type()).toList();
    }

    @Test
    void theBodysLastWordOpensThePersonTheArticleCallsByIt() {
        String text = "Analis PT Sinar Modal Hendra Wijaya Kusuma menilai pasar lesu. \"Tunggu dulu,\" ujar Hendra.";
        assertThat(moved(text, at(text, "PT Sinar Modal Hendra", EntityType.ORGANIZATION),
                at(text, "Wijaya Kusuma", EntityType.PERSON), last(text, "Hendra", EntityType.PERSON)))
                .containsExactly("PT Sinar Modal/ORGANIZATION", "Hendra Wijaya Kusuma/PERSON", "Hendra/PERSON");
    }

    @Test
    void aTownsNameOpensThePersonOnlyWhenTheArticleCallsThePersonByIt() {
        String text = "Analis PT Sinar Modal Arga Wijaya Kusuma menilai pasar lesu. \"Tunggu dulu,\" ujar Arga.";
        assertThat(moved(text, at(text, "PT Sinar Modal Arga", EntityType.ORGANIZATION),
                at(text, "Wijaya Kusuma", EntityType.PERSON), last(text, "Arga", EntityType.PERSON)))
                .startsWith("PT Sinar Modal/ORGANIZATION", "Arga Wijaya Kusuma/PERSON");
        String town = "Anggota Komisi IV DPR Arga Wijaya Kusuma meminta pupuk segera disalurkan.";
        assertThat(moved(town, at(town, "Komisi IV DPR Arga", EntityType.ORGANIZATION), at(town, "Wijaya Kusuma", EntityType.PERSON)))
                .containsExactly("Komisi IV DPR Arga/ORGANIZATION", "Wijaya Kusuma/PERSON");
    }

    @Test
    void orByItAndThePersonsNextWord() {
        String text = "Kepala Seksi Kejari Kota Sumbawa Ketut Adi Putra hadir. Menurut Ketut Adi, berkas sudah lengkap.";
        assertThat(moved(text, at(text, "Kejari Kota Sumbawa Ketut", EntityType.ORGANIZATION),
                at(text, "Adi Putra", EntityType.PERSON), last(text, "Ketut Adi", EntityType.PERSON)))
                .startsWith("Kejari Kota Sumbawa/ORGANIZATION", "Ketut Adi Putra/PERSON");
    }

    @Test
    void aGivenNameAfterABodysShortFormOpensThePerson() {
        String text = "Anggota Komisi IV DPR Lalu Ahmad Zaini meminta pupuk segera disalurkan.";
        assertThat(moved(text, at(text, "Komisi IV DPR Lalu", EntityType.ORGANIZATION), at(text, "Ahmad Zaini", EntityType.PERSON)))
                .containsExactly("Komisi IV DPR/ORGANIZATION", "Lalu Ahmad Zaini/PERSON");
    }

    @Test
    void aGivenNameAfterAWordOfTheBodyStaysInIt() {
        String text = "Direktur Utama Sinar Lalu Ahmad Zaini meresmikan gudang baru.";
        assertThat(moved(text, at(text, "Sinar Lalu", EntityType.ORGANIZATION), at(text, "Ahmad Zaini", EntityType.PERSON)))
                .containsExactly("Sinar Lalu/ORGANIZATION", "Ahmad Zaini/PERSON");
    }

    @Test
    void withoutThatWordAloneTheBodyStaysWhole() {
        String text = "Analis PT Sinar Modal Hendra Wijaya Kusuma menilai pasar lesu. \"Tunggu dulu,\" ujar Kusuma.";
        assertThat(moved(text, at(text, "PT Sinar Modal Hendra", EntityType.ORGANIZATION),
                at(text, "Wijaya Kusuma", EntityType.PERSON), last(text, "Kusuma", EntityType.PERSON)))
                .startsWith("PT Sinar Modal Hendra/ORGANIZATION", "Wijaya Kusuma/PERSON");
    }

    @Test
    void aWordOfAnotherBodyOrPlaceStaysInTheBody() {
        String text = "Ketua KPU Kabupaten Sumba Siti Aminah menerima berkas di Kabupaten Sumba. \"Lengkap,\" kata Sumba.";
        assertThat(moved(text, at(text, "KPU Kabupaten Sumba", EntityType.ORGANIZATION), at(text, "Siti Aminah", EntityType.PERSON),
                last(text, "Kabupaten Sumba", EntityType.PLACE), last(text, "Sumba", EntityType.PERSON)))
                .startsWith("KPU Kabupaten Sumba/ORGANIZATION", "Siti Aminah/PERSON");
    }

    @Test
    void aPlaceOrAProductsModelIsNoGivenName() {
        String text = "Kepala BPBD DKI Jakarta Siti Aminah meninjau banjir.";
        assertThat(moved(text, at(text, "BPBD DKI Jakarta", EntityType.ORGANIZATION), at(text, "Siti Aminah", EntityType.PERSON)))
                .containsExactly("BPBD DKI Jakarta/ORGANIZATION", "Siti Aminah/PERSON");
        String product = "Earphone buatan Nusa Jaya Audio Pro5 dijual murah. Audio juga membuat speaker.";
        assertThat(moved(product, at(product, "Nusa Jaya Audio", EntityType.ORGANIZATION), at(product, "Pro5", EntityType.PERSON),
                last(product, "Audio", EntityType.PERSON)))
                .startsWith("Nusa Jaya Audio/ORGANIZATION", "Pro5/PERSON");
    }
}
