package id.warta.entities;

import static id.warta.entities.EntitiesRead.named;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code Departemen ...} right before a country is that country's ministry; sentences written for this test. */
class ForeignDepartmentsTest {
    @Test
    void aDepartmentBeforeACountryIsThatCountrysMinistry() {
        List<String> names = named("""
                Departemen Pertanian Amerika Serikat menahan impor itu. Pekan lalu Departemen Perdagangan AS \
                mengumumkan tarif baru. Kepala Departemen Humas perusahaan itu, Rina Sari, menolak berkomentar.""");
        assertThat(names).contains("Departemen Pertanian Amerika Serikat/ORGANIZATION")
                .anyMatch(n -> n.startsWith("Departemen Perdagangan") && n.endsWith("/ORGANIZATION"))
                .noneMatch(n -> n.startsWith("Departemen Humas"));
    }
}
