package id.warta.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A company's legal form around its name; names written for this test. */
class LegalFormsTest {
    @Test
    void aNameOpeningWithALegalFormIsComparedWithoutIt() {
        assertThat(LegalForms.withoutOpening("PT Sinar Kencana")).isEqualTo("Sinar Kencana");
        assertThat(LegalForms.withoutOpening("PT. Sinar Kencana")).isEqualTo("Sinar Kencana");
        assertThat(LegalForms.withoutOpening("Perum Pangan Raya")).isEqualTo("Pangan Raya");
        assertThat(LegalForms.withoutOpening("Pangan Raya")).isEqualTo("Pangan Raya");
        assertThat(LegalForms.withoutOpening("PT")).isEqualTo("PT");
        assertThat(LegalForms.opens("PT Sinar Kencana")).isTrue();
        assertThat(LegalForms.opens("Ptolemy Kencana")).isFalse();
    }

    @Test
    void aLegalFormRightBeforeANameIsFoundWhereItOpens() {
        String text = "Direktur Perum Pangan Raya";
        int name = text.indexOf("Pangan");
        assertThat(LegalForms.openingBefore(text, name)).isEqualTo(text.indexOf("Perum"));
        assertThat(LegalForms.openingBefore(text, text.indexOf("Perum"))).isEqualTo(text.indexOf("Perum"));
        String dotted = "Dirut PT. Sinar Kencana";
        assertThat(LegalForms.openingBefore(dotted, dotted.indexOf("Sinar"))).isEqualTo(dotted.indexOf("PT."));
    }

    @Test
    void aLegalFormAnywhereInTheNameIsFoundAsAWordOnly() {
        assertThat(LegalForms.in("Sinar Kencana Tbk")).isTrue();
        assertThat(LegalForms.in("Ophir Energy Plc")).isTrue();
        assertThat(LegalForms.in("Petrus Kencana")).isFalse();
        assertThat(LegalForms.isWord("PT")).isTrue();
        assertThat(LegalForms.isBracketed("Persero")).isTrue();
        assertThat(LegalForms.isBracketed("Blibli")).isFalse();
    }
}
