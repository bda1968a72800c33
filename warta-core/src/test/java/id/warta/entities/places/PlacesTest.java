package id.warta.entities.places;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.model.PlaceRef;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Codes from the Home Affairs 2025 list, ISO 3166 and GeoNames, as shipped. */
class PlacesTest {
    private final Places places = Places.shipped();

    private PlaceRef one(String... names) {
        return places.resolve(List.of(List.of(names))).getFirst();
    }

    @Test
    void countriesByIndonesianEnglishAndShortNames() {
        assertThat(one("Jerman").code()).isEqualTo("DE");
        assertThat(one("Germany").code()).isEqualTo("DE");
        assertThat(one("Amerika Serikat", "AS").code()).isEqualTo("US");
        assertThat(one("Tiongkok").code()).isEqualTo("CN");
        assertThat(one("Jerman").level()).isEqualTo("country");
    }

    @Test
    void aCountrysEnglishNameHasItsIndonesianOneUnlessTheNewsWritesItToo() {
        assertThat(places.indonesianCountryName("Singapore")).isEqualTo("Singapura");
        assertThat(places.indonesianCountryName("Japan")).isEqualTo("Jepang");
        assertThat(places.indonesianCountryName("China")).isNull();
        assertThat(places.indonesianCountryName("Singapura")).isNull();
        assertThat(places.indonesianCountryName("Malaysia")).isNull();
        assertThat(places.indonesianCountryName("Brazil")).isNull(); // a letter from Brasil: the news writes both
        assertThat(places.indonesianCountryName("Greenland")).isNull(); // listed: the news writes it
    }

    @Test
    void theLongestCountryClosingANameLeavesANameBeforeIt() {
        assertThat(places.countryClosing("Dewan Perfilman Korea Selatan", 2)).isEqualTo("Korea Selatan");
        assertThat(places.countryClosing("Dewan Perfilman Korea Selatan", 1)).isNull();
        assertThat(places.countryClosing("Kursk Rusia", 2)).isEqualTo("Rusia");
        assertThat(places.countryClosing("Rusia", 2)).isNull();
        assertThat(places.countryClosing("Dewan Perfilman", 2)).isNull();
    }

    @Test
    void aRegionIsKnownAtItsOwnLevelOnly() {
        assertThat(places.namesRegionOfLevel("Bima", "kabupaten")).isTrue();
        assertThat(places.namesRegionOfLevel("Bima", "kota")).isTrue();
        assertThat(places.namesRegionOfLevel("Batu", "kota")).isTrue();
        assertThat(places.namesRegionOfLevel("Batu", "kabupaten")).isFalse();
        assertThat(places.namesRegionOfLevel("Bima", "provinsi")).isFalse();
        assertThat(places.namesRegionOfLevel("Nusa Tenggara Barat", "provinsi")).isTrue();
        assertThat(places.namesRegionOfLevel("Jatim", "provinsi")).isTrue(); // by its other name
        assertThat(places.namesRegionOfLevel("Woha", "kecamatan")).isTrue();
    }

    @Test
    void indonesianRegionsWithTheirLevelAndCoordinates() {
        PlaceRef sleman = one("Kabupaten Sleman");
        assertThat(sleman.scheme()).isEqualTo("kemendagri");
        assertThat(sleman.code()).isEqualTo("34.04");
        assertThat(sleman.level()).isEqualTo("regency");
        assertThat(sleman.latitude()).isBetween(-7.8, -7.6);
        assertThat(sleman.longitude()).isBetween(110.3, 110.5);
        assertThat(one("Jawa Tengah").code()).isEqualTo("33");
        assertThat(one("Jawa Tengah").level()).isEqualTo("province");
        assertThat(one("Jateng").code()).isEqualTo("33");
        assertThat(one("Kota Semarang").code()).isEqualTo("33.74");
        assertThat(one("Kecamatan Karangpawitan").level()).isEqualTo("district");
    }

    @Test
    void aVillageNameSharedAcrossTheCountryIsChosenInsideTheRegencyTheArticleNames() {
        PlaceRef alone = one("Desa Tanjungsari");
        List<PlaceRef> withContext = places.resolve(List.of(List.of("Desa Tanjungsari"), List.of("Kabupaten Garut")));
        assertThat(alone.level()).isEqualTo("village");
        assertThat(alone.confidence()).isLessThan(0.05);
        assertThat(withContext.getFirst().code()).isEqualTo("32.05.02.2018");
        assertThat(withContext.getFirst().confidence()).isEqualTo(1.0);
        assertThat(withContext.get(1).code()).isEqualTo("32.05");
    }

    @Test
    void worldCitiesByGeoNamesIdAlsoUnderIndonesianExonyms() {
        assertThat(one("Moskow").code()).isEqualTo("524901");
        assertThat(one("Moskow").scheme()).isEqualTo("geonames");
        assertThat(one("Irpin").code()).isEqualTo("707565");
        List<PlaceRef> washington = places.resolve(List.of(List.of("Springfield"), List.of("Amerika Serikat")));
        assertThat(washington.getFirst().scheme()).isEqualTo("geonames");
        assertThat(washington.getFirst().confidence()).isLessThan(1.0);
    }

    @Test
    void unknownNamesStayUnresolved() {
        assertThat(one("Negeri Antah Berantah")).isNull();
    }

    @Test
    void keysIgnoreCaseAccentsAndPunctuation() {
        assertThat(Places.key("  Kab. Bandung-Barat ")).isEqualTo("kab bandung barat");
        assertThat(Places.key("Bogotá")).isEqualTo("bogota");
        assertThat(Places.key("KÖLN (Jerman)")).isEqualTo("koln jerman");
        Random random = new Random(7);
        String alphabet = "aZ09 .-_(),'\t\n/é";
        for (int i = 0; i < 5000; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String name = b.toString();
            String plain = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
            assertThat(Places.key(name)).as("'%s'", name)
                    .isEqualTo(plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip());
        }
    }
}
