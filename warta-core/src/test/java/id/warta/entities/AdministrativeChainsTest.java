package id.warta.entities;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.entities.places.Places;
import id.warta.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A place and the administrative unit it lies in, written without a comma; sentences written for this test. */
class AdministrativeChainsTest {
    /** What {@link AdministrativeChains#split} makes of {@code place} in {@code text}, found as one place after {@code others}. */
    private static List<String> split(String text, String place, String... others) {
        List<Found> found = new ArrayList<>();
        for (String o : others) found.add(new Found(text.indexOf(o), text.indexOf(o) + o.length(), EntityType.PLACE, "model"));
        int at = text.indexOf(place);
        found.add(new Found(at, at + place.length(), EntityType.PLACE, "model"));
        AdministrativeChains.split(text, found, Places.shipped());
        return found.stream().map(f -> text.substring(f.start(), f.end())).toList();
    }

    @Test
    void aVillageItsDistrictAndItsRegencyAreEachAPlace() {
        assertThat(split("Banjir merendam Desa Karangsari Kecamatan Wanayasa Kabupaten Banjarnegara sejak Senin.",
                "Desa Karangsari Kecamatan Wanayasa Kabupaten Banjarnegara"))
                .containsExactly("Desa Karangsari", "Kecamatan Wanayasa", "Kabupaten Banjarnegara");
        assertThat(split("Gunung Merbabu ramai. Para pemandu wisata Merbabu Kabupaten Semarang menolak tarif baru.",
                "Merbabu Kabupaten Semarang", "Gunung Merbabu"))
                .containsExactly("Gunung Merbabu", "Merbabu", "Kabupaten Semarang");
        assertThat(split("Angin kencang merusak rumah di Desa Karangsari Kecamatan Wanayasa Banjarnegara.",
                "Desa Karangsari Kecamatan Wanayasa Banjarnegara"))
                .containsExactly("Desa Karangsari", "Kecamatan Wanayasa", "Banjarnegara");
        assertThat(split("Toko itu berada di Jalan Anggrek Kota Malang dekat pasar.", "Jalan Anggrek Kota Malang"))
                .containsExactly("Jalan Anggrek", "Kota Malang");
    }

    @Test
    void aLevelsWordInsideANameStays() {
        assertThat(split("Ia tinggal di Kecamatan Kota Raja sejak kecil.", "Kecamatan Kota Raja")).containsExactly("Kecamatan Kota Raja");
        assertThat(split("Pembangunan Ibu Kota Nusantara berlanjut.", "Ibu Kota Nusantara")).containsExactly("Ibu Kota Nusantara");
        assertThat(split("Warga berkumpul di Balai Kota Bandung pada pagi itu.", "Balai Kota Bandung")).containsExactly("Balai Kota Bandung");
        assertThat(split("Pesawat mendarat di Bandara Internasional Kota Kinabalu.", "Bandara Internasional Kota Kinabalu"))
                .containsExactly("Bandara Internasional Kota Kinabalu");
        assertThat(split("Warga antre di Kantor Desa Karangsari sejak pagi.", "Kantor Desa Karangsari")).containsExactly("Kantor Desa Karangsari");
        assertThat(split("Pemilik kendaraan membayar pajak di Samsat Kabupaten Bogor kemarin.", "Samsat Kabupaten Bogor"))
                .containsExactly("Samsat Kabupaten Bogor");
        assertThat(split("Truk melintas di Jalan Raya Desa Sukamulya kemarin.", "Jalan Raya Desa Sukamulya"))
                .containsExactly("Jalan Raya Desa Sukamulya");
    }
}
