package id.warta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import id.warta.model.Amount;
import id.warta.model.Article;
import id.warta.model.Citation;
import id.warta.model.Quote;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed article read as ../shared/seed/EXPECTED.md says, sections Quotes, Sources and provenance, Amounts. */
class SeedFactsTest {
    static Article seed;

    @BeforeAll
    static void analyseSeed() {
        seed = Seed.analysed();
    }

    private static List<Quote> direct() {
        return seed.quotes().stream().filter(q -> q.kind() == Quote.Kind.DIRECT).toList();
    }

    @Test
    void findsTheSixQuotesWithTheirSpeakersAndCues() {
        assertThat(direct()).extracting(q -> q.text().substring(0, 24), q -> q.speaker().name(), Quote::cue).containsExactly(
                tuple("Presiden Rusia Vladimir ", "Bloomberg", "tulis"),
                tuple("Diskusi-diskusi tersebut", "Bloomberg", "tambah"),
                tuple("Salah satu ide yang dilo", "Bloomberg", null),
                tuple("Pihak Jerman akan menduk", "Annalena Baerbock", "katanya"),
                tuple("Dia ditanya apa yang mun", "Olaf Scholz", "Ujarnya"),
                tuple("Kami sepakat dengan ment", "Olaf Scholz", "Tegasnya"));
    }

    @Test
    void theScholzQuoteRunsOverTwoParagraphs() {
        Quote scholz = direct().get(4);
        assertThat(scholz.text()).contains("tanpa mengatakan ya atau tidak.\n\nKarena sangat tidak tepat")
                .endsWith("gencatan senjata yang dinegosiasikan,");
        assertThat(scholz.evidence(seed.text())).isEqualTo(scholz.text());
    }

    @Test
    void resolvesNyaToTheSpeakerItPointsBackTo() {
        Quote baerbock = direct().get(3);
        assertThat(seed.text().substring(baerbock.speaker().start(), baerbock.speaker().end())).isEqualTo("katanya");
        Quote scholz = direct().get(4);
        assertThat(seed.text().substring(scholz.speaker().start(), scholz.speaker().end())).isEqualTo("Scholz");
    }

    @Test
    void reportsTheAnonymousSourceAsIndirectSpeech() {
        assertThat(seed.quotes()).filteredOn(q -> q.kind() == Quote.Kind.INDIRECT)
                .anySatisfy(q -> {
                    assertThat(q.speaker().name()).isEqualTo("Seorang sumber anonim");
                    assertThat(q.text()).startsWith("rencana apapun masih bersifat pribadi");
                });
    }

    @Test
    void chainsTheSourcesFromBloombergThroughRussiaTodayToThePortal() {
        assertThat(seed.sources()).extracting(Citation::name, Citation::role).containsExactly(
                tuple("Bloomberg", "origin"), tuple("Russia Today", "relay"), tuple("diswayprobolinggo.id", "publisher"),
                tuple("Seorang sumber anonim", "anonymous"));
        Citation relay = seed.sources().get(1);
        assertThat(seed.text().substring(relay.start(), relay.end())).isEqualTo("Russia Today (RT)");
    }

    @Test
    void readsTheTwoAmountsWithoutConfusingCommaAndDot() {
        assertThat(seed.amounts()).extracting(Amount::text, a -> a.value().toPlainString(), Amount::unit).containsExactly(
                tuple("US$ 97,7 miliar", "97700000000", "USD"),
                tuple("Rp 1.549 triliun", "1549000000000000", "IDR"));
        for (Amount a : seed.amounts()) assertThat(a.evidence(seed.text())).isEqualTo(a.text());
    }
}
