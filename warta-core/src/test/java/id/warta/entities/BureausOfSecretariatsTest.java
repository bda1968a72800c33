package id.warta.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Invented news: a bureau's name runs on over its secretariat general's, whose rank-like word names no officer. */
class BureausOfSecretariatsTest {
    @Test
    void secretariatGeneralIsPartOfTheBureau() {
        assertThat(EntitiesRead.named("""
                Hal itu disampaikan Kepala Biro Humas Sekretariat Jenderal Kementerian Perindustrian, Sarwono Adi, \
                di Jakarta, Senin."""))
                .noneMatch(n -> n.startsWith("Biro Humas Sekretariat/"))
                .anyMatch(n -> n.startsWith("Biro Humas Sekretariat Jenderal"));
    }
}
