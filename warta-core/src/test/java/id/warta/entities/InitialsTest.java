package id.warta.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What reads as initials; names invented for this test. */
class InitialsTest {
    @Test
    void aWordOfCapitalsOnlyIsInitials() {
        assertThat(Initials.written("GPIB", 3)).isTrue();
        assertThat(Initials.written("BS", 3)).isFalse();
        assertThat(Initials.written("Budi", 2)).isFalse();
        assertThat(Initials.written("TÜV", 2)).isTrue();
        assertThat(Initials.writtenInAscii("TÜV")).isFalse();
        assertThat(Initials.writtenInAscii("BMRI")).isTrue();
    }

    @Test
    void aPersonsInitialsAreTheFirstCapitalsOfTheNamesWords() {
        assertThat(Initials.ofName("BS", "Budi Santoso")).isTrue();
        assertThat(Initials.ofName("BS", "Budi santoso")).isFalse();
        assertThat(Initials.ofName("B", "Budi")).isFalse();
        assertThat(Initials.ofName("BSW", "Budi Santoso")).isFalse();
    }

    @Test
    void aBodysInitialsLeaveOutItsFunctionWords() {
        assertThat(Initials.ofKey("badan pengawas obat dan makanan")).isEqualTo("bpom");
        assertThat(Initials.ofKey("dinas sumber daya air")).isEqualTo("dsda");
    }
}
