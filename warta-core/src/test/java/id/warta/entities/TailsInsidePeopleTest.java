package id.warta.entities;

import static id.warta.entities.EntitiesRead.named;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A body's closing word inside what the tagger read as one person; invented market and health news. */
class TailsInsidePeopleTest {
    @Test
    void aFirmClosingWordSplitsTheFirmFromItsAnalyst() {
        String text = "Harga saham emiten batu bara naik tipis pada perdagangan Senin. Analis Senior Sinar Sekuritas "
                + "Budi Hartono menilai kenaikan itu wajar karena permintaan masih kuat.";
        assertThat(named(text)).contains("Budi Hartono/PERSON")
                .noneMatch(n -> n.contains("Sekuritas Budi"));
    }

    @Test
    void aHospitalsBranchAfterItsStreetIsNoPerson() {
        String text = "Tim dokter dari Elora Hospitals TB Simatupang berhasil menjalankan prosedur baru itu. "
                + "Elora Hospitals TB Simatupang kini menjadi rujukan bagi pasien dari luar kota. Dokter jantung dari "
                + "Tim Aritmia Elora Hospitals TB Simatupang mengatakan prosedur itu aman.";
        assertThat(named(text)).noneMatch(n -> n.endsWith("/PERSON"));
    }

    @Test
    void aHoldersNameAfterABodysTailStaysAPerson() {
        String text = "Ekonom senior di Sinar Economics Alex Holmes menyebut ekspor melemah. Menurut Alex Holmes, "
                + "permintaan dari China turun sejak awal tahun.";
        assertThat(named(text)).contains("Alex Holmes/PERSON").noneMatch(n -> n.contains("Economics Alex"));
    }
}
