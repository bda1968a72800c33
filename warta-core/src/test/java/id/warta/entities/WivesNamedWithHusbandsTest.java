package id.warta.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WivesNamedWithHusbandsTest {
    @Test
    void aListedNicknameAloneStaysItsPersonsBesideANameEndingWithIt() {
        String text = "Presiden ketujuh RI Joko Widodo dan istrinya, Iriana Jokowi, menghadiri pernikahan kerabat di Solo. "
                + "Jokowi tampak mengenakan batik cokelat. Iriana mengenakan kebaya hijau. "
                + "Usai acara, Jokowi menyapa warga yang menunggu di depan gedung.";
        assertThat(EntitiesRead.mentions(text, "Joko Widodo")).contains("Jokowi");
        assertThat(EntitiesRead.mentions(text, "Iriana Jokowi")).containsExactly("Iriana Jokowi", "Iriana");
    }

    @Test
    void aFullNameSharingAWordWithTheListedOneIsThatPersonSpeltOtherwise() {
        String text = "Presiden Ukraina Volodymyr Zelenskyy meminta bantuan pertahanan udara. Zelenskyy berbicara di Kyiv.";
        assertThat(EntitiesRead.mentions(text, "Volodymyr Zelenskyy")).containsExactly("Volodymyr Zelenskyy", "Zelenskyy");
    }
}
