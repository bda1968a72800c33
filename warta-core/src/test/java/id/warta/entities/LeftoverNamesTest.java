package id.warta.entities;

import static id.warta.entities.EntitiesRead.named;
import static org.assertj.core.api.Assertions.assertThat;

import id.warta.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A region's longer name, a foreign ministry named Departemen, a word of prayer, a kind of public facility, a landmark
 * named with its kind last, and a firm named after its industry; sentences written for this test.
 */
class LeftoverNamesTest {
    private static Found at(String text, String name, EntityType type) {
        int start = text.indexOf(name);
        return new Found(start, start + name.length(), type, "model");
    }

    @Test
    void aPlaceGoingOnWithAWordThatMakesALongerRegionIsThatRegion() {
        String text = "Banjir melanda Kabupaten Maluku Barat Daya dan Papua Barat Daya, bukan Papua Barat. Tim tiba di Papua Barat Sabtu.";
        List<Found> found = new ArrayList<>(List.of(at(text, "Kabupaten Maluku Barat", EntityType.PLACE),
                at(text, "Papua Barat", EntityType.PLACE), at(text, "bukan Papua Barat".substring(6), EntityType.PLACE)));
        found.set(2, new Found(text.indexOf("Papua Barat."), text.indexOf("Papua Barat.") + 11, EntityType.PLACE, "model"));
        found.add(new Found(text.lastIndexOf("Papua Barat"), text.lastIndexOf("Papua Barat") + 11, EntityType.PLACE, "model"));
        new LongerRegionNames(id.warta.entities.places.Places.shipped()).widen(text, found);
        assertThat(found).extracting(f -> f.textIn(text)).containsExactly(
                "Kabupaten Maluku Barat Daya", "Papua Barat Daya", "Papua Barat", "Papua Barat");
    }

    @Test
    void aWordHyphenedOnIsNoPartOfTheRegion() {
        String text = "Dekorasi Natal di Jakarta Pusat-pusat belanja di kota itu ramai.";
        List<Found> found = new ArrayList<>(List.of(at(text, "Jakarta", EntityType.PLACE)));
        new LongerRegionNames(id.warta.entities.places.Places.shipped()).widen(text, found);
        assertThat(found).extracting(f -> f.textIn(text)).containsExactly("Jakarta");
    }

    @Test
    void aDepartmentBeforeACountryIsThatCountrysMinistry() {
        List<String> names = named("""
                Departemen Pertanian Amerika Serikat menahan impor itu. Pekan lalu Departemen Perdagangan AS \
                mengumumkan tarif baru. Kepala Departemen Humas perusahaan itu, Rina Sari, menolak berkomentar.""");
        assertThat(names).contains("Departemen Pertanian Amerika Serikat/ORGANIZATION")
                .anyMatch(n -> n.startsWith("Departemen Perdagangan") && n.endsWith("/ORGANIZATION"))
                .noneMatch(n -> n.startsWith("Departemen Humas"));
    }

    @Test
    void aWordOfPrayerStandingAloneIsNoPerson() {
        List<String> names = named("""
                Warga berharap tim kesayangannya menang di final. Amin!

                "Amin," seru para pendukung di tribune. Ketua panitia, Amin Santoso, mengaku lega, kata Amin.""");
        assertThat(names).contains("Amin Santoso/PERSON").doesNotContain("Amin/PERSON");
    }

    @Test
    void aKindOfPublicFacilityIsNoPlace() {
        List<String> names = named("""
                Antrean kendaraan mengular di SPBU sejak pagi. Warga juga diminta mencoblos di TPS terdekat, kata \
                Kepala Desa Sukamaju, Budi Hartono.""");
        assertThat(names).noneMatch(n -> n.startsWith("SPBU/") || n.startsWith("TPS/"));
    }

    @Test
    void aLandmarkNamedWithItsKindLastIsAPlace() {
        List<String> names = named("""
                Wisatawan berfoto di depan Sentosa Clock Tower, lalu menyeberangi Merah Delima Bridge menuju \
                Harbourside Building di pusat kota.""");
        assertThat(names).filteredOn(n -> n.contains("Tower") || n.contains("Bridge") || n.contains("Building"))
                .isNotEmpty().allMatch(n -> n.endsWith("/PLACE"));
    }

    @Test
    void aOneWordNameAfterAMakersNounAndItsIndustryIsAFirm() {
        String text = "Produsen mobil asal China, yakni produsen mobil Cakrawa, membuka pabrik. Cakrawa menyerap 500 pekerja.";
        List<Found> found = new ArrayList<>(List.of(at(text, "China", EntityType.PLACE),
                new Found(text.indexOf("Cakrawa,"), text.indexOf("Cakrawa,") + 7, EntityType.PERSON, "model"),
                new Found(text.lastIndexOf("Cakrawa"), text.lastIndexOf("Cakrawa") + 7, EntityType.PERSON, "model")));
        new TypesInContext(null, null, null).firmsTakenForPeople(text, found);
        assertThat(found).extracting(Found::type).containsExactly(
                EntityType.PLACE, EntityType.ORGANIZATION, EntityType.ORGANIZATION);
    }
}
