package id.warta.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Invented market news: a continent's markets are no exchange, the continent a place. */
class RegionalMarketsTest {
    @Test
    void aContinentsMarketsAreTheContinent() {
        assertThat(EntitiesRead.named("""
                Melemahnya Bursa Asia pagi ini menekan IHSG, sementara Bursa Eropa ditutup menguat tipis."""))
                .contains("Asia/PLACE", "Eropa/PLACE")
                .noneMatch(n -> n.startsWith("Bursa Asia") || n.startsWith("Bursa Eropa"));
    }
}
