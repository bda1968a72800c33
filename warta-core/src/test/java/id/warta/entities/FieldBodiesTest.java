package id.warta.entities;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.model.Entity;
import id.warta.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Invented health-insurance news: a body named by its parent's short form and its field is a body of its own. */
class FieldBodiesTest {
    private static List<String> bodies(String text) {
        return Entities.shipped().find(text).stream().filter(e -> e.type() == EntityType.ORGANIZATION).map(Entity::name).toList();
    }

    @Test
    void theFieldAfterAShortFormIsPartOfTheBodysName() {
        List<String> bodies = bodies("""
                Kepala Cabang BPJS Kesehatan Sleman Rina Pratiwi menyebut jumlah peserta naik. Di kantor yang sama, \
                BPJS Ketenagakerjaan membuka layanan klaim. Prajurit TNI Angkatan Laut ikut berjaga di pelabuhan.""");
        assertThat(bodies).anyMatch(b -> b.endsWith("Kesehatan")).anyMatch(b -> b.endsWith("Ketenagakerjaan"))
                .anyMatch(b -> b.endsWith("Angkatan Laut"));
    }

    @Test
    void aFieldInLowerCaseIsNoPartOfTheName() {
        List<String> bodies = bodies("Pemerintah menanggung iuran BPJS kesehatan warga miskin, kata Budi Hartono.");
        assertThat(bodies).noneMatch(b -> b.contains("kesehatan"));
    }

    @Test
    void theShortFormTheLongFormAndTheBareParentAfterItsBracketAreOneFieldBody() {
        List<String> bodies = bodies("""
                Badan Penyelenggara Jaminan Sosial (BPJS) Kesehatan menambah kantor layanan di Kota Depok. Direktur \
                BPJS Kesehatan Lukas Wiranata meresmikan kantor itu pada Senin. Loket BPJS di sana buka hingga sore. Kapal milik TNI AL bersandar di \
                dermaga, dan prajurit TNI Angkatan Laut membantu warga.""");
        assertThat(bodies).contains("Badan Penyelenggara Jaminan Sosial Kesehatan", "Tentara Nasional Indonesia Angkatan Laut")
                .doesNotContain("BPJS Kesehatan", "Badan Penyelenggara Jaminan Sosial", "TNI Angkatan Laut");
    }
}
