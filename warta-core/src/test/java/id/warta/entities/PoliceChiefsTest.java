package id.warta.entities;

import static id.warta.entities.EntitiesRead.named;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A police chief's office and its region name the chief's unit; sentences written for this test. */
class PoliceChiefsTest {
    @Test
    void theOfficeAndItsRegionNameTheUnit() {
        String text = "Kapolsek Cibeunying Kaler Kompol Hartono mengatakan pelaku sudah ditangkap. Sementara itu Kapolres "
                + "Metro Depok Kombes Arief Wibowo menyebut kasus masih didalami bersama Wakapolda Jawa Tengah dan Kapolrestabes Medan.";
        assertThat(named(text)).contains("Polsek Cibeunying Kaler/ORGANIZATION", "Polres Metro Depok/ORGANIZATION",
                        "Polda Jawa Tengah/ORGANIZATION", "Polrestabes Medan/ORGANIZATION", "Hartono/PERSON", "Arief Wibowo/PERSON")
                .doesNotContain("Cibeunying Kaler/PLACE", "Depok/PLACE", "Jawa Tengah/PLACE");
    }

    @Test
    void theUnitWrittenOutElsewhereIsOneBody() {
        String text = "Polres Garut menahan dua orang. Kapolres Garut AKBP Rudi Santoso mengatakan keduanya warga setempat.";
        assertThat(named(text)).containsOnlyOnce("Polres Garut/ORGANIZATION").contains("Rudi Santoso/PERSON");
    }

    @Test
    void noRegionNoUnit() {
        String text = "Kapolres AKBP Rudi Santoso dan Kapolri Jenderal Budi Hartono hadir di Bandung.";
        assertThat(named(text)).noneMatch(n -> n.startsWith("Pol")).contains("Rudi Santoso/PERSON", "Bandung/PLACE");
    }
}
