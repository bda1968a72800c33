package id.warta.entities;

import static id.warta.entities.EntitiesRead.mentions;
import static id.warta.entities.EntitiesRead.named;
import static org.assertj.core.api.Assertions.assertThat;

import id.warta.entities.places.Places;
import id.warta.model.Entity;
import id.warta.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bodies named with a country or the Republic's initials after them; sentences written for this test. */
class CountriesAfterBodiesTest {
    private static Found at(String text, String name, EntityType type) {
        int start = text.indexOf(name);
        return new Found(start, start + name.length(), type, "model");
    }

    private static List<String> joined(String text, Found... found) {
        return CountriesAfterBodies.joinForeignNamesakes(text, List.of(found), Places.shipped()).stream().map(f -> f.textIn(text) + "/" + f.type()).toList();
    }

    @Test
    void aBodyNamedAgainWithItsCountryIsTheBody() {
        String text = "Direktorat Jenderal Bina Marga (Ditjen Binmar) meneken nota di Brussel. Kementerian Kesehatan mendukung. "
                + "Nota itu mendorong pertukaran ahli antara Ditjen Binmar Indonesia dan mitranya. "
                + "Juru bicara Kementerian Kesehatan RI menyebut kerja sama itu penting bagi Kemenkes dan Kemenkes RI.";
        assertThat(named(text)).doesNotContain("Ditjen Binmar Indonesia/ORGANIZATION", "Kementerian Kesehatan RI/ORGANIZATION",
                "Kemenkes RI/ORGANIZATION");
        assertThat(mentions(text, "Direktorat Jenderal Bina Marga")).containsExactly("Direktorat Jenderal Bina Marga", "Ditjen Binmar",
                "Ditjen Binmar");
        // the body written out with RI joins whole, by the national bodies' RI merge that runs first
        assertThat(mentions(text, "Kementerian Kesehatan")).containsExactly("Kementerian Kesehatan", "Kementerian Kesehatan RI",
                "Kemenkes", "Kemenkes");
    }

    @Test
    void aBodyNamedAgainWithTheRepublicsInitialsJoinsWhole() {
        String text = "Direktorat Jenderal Bina Marga (Ditjen Binmar) memperbaiki jembatan di Kabupaten Garut. Menurut Ditjen Binmar RI, "
                + "perbaikan selesai pekan depan. Jembatan itu salah satu yang terpanjang di Indonesia.";
        assertThat(mentions(text, "Direktorat Jenderal Bina Marga")).containsExactly("Direktorat Jenderal Bina Marga", "Ditjen Binmar",
                "Ditjen Binmar RI");
        assertThat(mentions(text, "Indonesia")).containsExactly("Indonesia");
    }

    @Test
    void aForeignBodyKeepsItsNameAndTheCountryItsPlace() {
        String text = "Dewan Perfilman Jepang menilai film itu layak tayang. Menurut Dewan Perfilman, adegan di Osaka, Jepang, "
                + "tidak melanggar aturan.";
        assertThat(named(text)).contains("Dewan Perfilman/ORGANIZATION", "Jepang/PLACE").doesNotContain("Dewan Perfilman Jepang/ORGANIZATION");
        assertThat(mentions(text, "Jepang")).containsExactly("Jepang", "Jepang");
    }

    @Test
    void bodiesOfTwoCountriesOrAFirmsIndonesianCompanyStayApart() {
        String text = "Dewan Perfilman Jepang dan Dewan Perfilman Korea Selatan menilai film itu layak tayang. Menurut Dewan Perfilman, "
                + "adegan di Osaka tidak melanggar aturan. Juru bicara PT Freeport Indonesia menyebut Freeport menambah smelter. "
                + "Laba Sunlife Indonesia naik, kata Presiden Direktur Sunlife Indonesia. Induknya, Sunlife, berbasis di Kanada.";
        // the company with its legal form stays whole; the listed firm named short joins it (GroupMerges, entleft8)
        assertThat(named(text)).contains("Dewan Perfilman Jepang/ORGANIZATION", "Dewan Perfilman Korea Selatan/ORGANIZATION",
                "Dewan Perfilman/ORGANIZATION", "PT Freeport Indonesia/ORGANIZATION", "Sunlife Indonesia/ORGANIZATION", "Sunlife/ORGANIZATION")
                .doesNotContain("Freeport/ORGANIZATION", "Indonesia/PLACE");
    }

    @Test
    void aListedIndonesianBodyAndAForeignNamesakeStayApart() {
        String text = "Mahkamah Agung menolak kasasi itu. Di Washington, Mahkamah Agung AS menunda sidang tarif. "
                + "Laporan itu dikutip dari CNBC dan CNBC Indonesia.";
        assertThat(named(text)).contains("Mahkamah Agung/ORGANIZATION", "Mahkamah Agung AS/ORGANIZATION", "CNBC/ORGANIZATION",
                "CNBC Indonesia/ORGANIZATION");
    }

    @Test
    void aListedBodyBeforeAForeignCountryIsThatCountrysBody() {
        String text = "Kemenkes Peru dan Kemenkes memantau wabah itu.";
        assertThat(joined(text, at(text, "Kemenkes", EntityType.ORGANIZATION), at(text, "Peru", EntityType.PLACE),
                new Found(text.lastIndexOf("Kemenkes"), text.lastIndexOf("Kemenkes") + 8, EntityType.ORGANIZATION, "model")))
                .containsExactly("Kemenkes Peru/ORGANIZATION", "Kemenkes/ORGANIZATION");
    }

    @Test
    void theCountryTheTaggerMissedAfterTheBodyCountsToo() {
        String text = "Menurut Kemlu Korea Selatan, Kemenkes Peru, Chile dan WHO sudah bergerak.";
        assertThat(joined(text, at(text, "Kemlu", EntityType.ORGANIZATION), at(text, "Kemenkes", EntityType.ORGANIZATION),
                at(text, "Chile", EntityType.PLACE), at(text, "WHO", EntityType.ORGANIZATION)))
                .containsExactly("Kemlu Korea Selatan/ORGANIZATION", "Kemenkes Peru/ORGANIZATION", "Chile/PLACE", "WHO/ORGANIZATION");
    }

    @Test
    void itsOwnCountryAPlaceAfterACommaOrABodyOfOneNameStaysApart() {
        String text = "Kemenkes RI menyurati Kemlu, Peru juga. Kata kepresidenan UE Swedia, harga naik.";
        assertThat(joined(text, at(text, "Kemenkes", EntityType.ORGANIZATION), at(text, "RI", EntityType.PLACE),
                at(text, "Kemlu", EntityType.ORGANIZATION), at(text, "Peru", EntityType.PLACE), at(text, "UE", EntityType.ORGANIZATION),
                at(text, "Swedia", EntityType.PLACE)))
                .containsExactly("Kemenkes/ORGANIZATION", "RI/PLACE", "Kemlu/ORGANIZATION", "Peru/PLACE", "UE/ORGANIZATION", "Swedia/PLACE");
    }

    @Test
    void aBodyWithAndWithoutRiIsOneBody() {
        List<Entity> entities = Entities.shipped().find("""
                Pimpinan DPR dan Badan Anggaran DPR bertemu dengan pemerintah pada Senin malam. "Kajian teknisnya belum \
                selesai," kata Ketua Badan Anggaran DPR RI Hasan Wirawan di Jakarta, Selasa.""");
        List<String> bodies = entities.stream().filter(e -> e.type() == EntityType.ORGANIZATION).map(Entity::name).toList();
        assertThat(bodies).filteredOn(b -> b.startsWith("Badan Anggaran")).hasSize(1);
    }

    @Test
    void aMinistryWithAndWithoutRiIsOneBody() {
        List<Entity> entities = Entities.shipped().find("""
                Kementerian Sosial RI menyalurkan bantuan ke Garut. Menurut Kementerian Sosial, bantuan tahap kedua \
                dikirim pekan depan.""");
        List<String> bodies = entities.stream().filter(e -> e.type() == EntityType.ORGANIZATION).map(Entity::name).toList();
        assertThat(bodies).filteredOn(b -> b.startsWith("Kementerian Sosial")).hasSize(1);
    }
}
