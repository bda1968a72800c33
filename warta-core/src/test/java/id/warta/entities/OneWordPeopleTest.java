package id.warta.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Invented sports and entertainment news: people the news names by one word only are people, wherever they stand. */
class OneWordPeopleTest {
    @Test
    void listedOneWordNamesArePeople() {
        assertThat(EntitiesRead.named("""
                Klub itu siap menebus penyerang Barcelona, Neymar, dengan harga tinggi. Kepindahan ke Paris akan menjadi \
                transfer kedua bagi Neymar. Di Seoul, Jungkook menyapa penggemarnya."""))
                .contains("Neymar/PERSON", "Jungkook/PERSON")
                .noneMatch(n -> n.startsWith("Neymar/PLACE") || n.startsWith("Jungkook/PLACE"));
    }
}
