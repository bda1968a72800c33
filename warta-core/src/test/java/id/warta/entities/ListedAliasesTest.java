package id.warta.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The listed aliases' first-word table: every listed first word passes, ordinary words are turned away. */
class ListedAliasesTest {
    @Test
    void everyListedFirstWordPassesTheFilter() {
        assertThat(EntityLexicon.INSTANCE.aliases.keySet()).isNotEmpty()
                .allSatisfy(word -> assertThat(ListedAliases.mayOpenListedName(word)).as(word).isTrue());
    }

    @Test
    void mostOrdinaryWordsAreTurnedAway() {
        String[] words = "yang dan di ke dari untuk dengan ini itu pada tidak akan juga sudah bisa kata menurut saat ada"
                .split(" ");
        long through = java.util.Arrays.stream(words).filter(ListedAliases::mayOpenListedName).count();
        assertThat(through).isLessThan(words.length / 2);
    }
}
