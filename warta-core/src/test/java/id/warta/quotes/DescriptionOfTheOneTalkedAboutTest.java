package id.warta.quotes;

import static id.warta.quotes.QuotesTest.direct;
import static id.warta.quotes.QuotesTest.doc;
import static id.warta.quotes.QuotesTest.entity;
import static org.assertj.core.api.Assertions.assertThat;

import id.warta.model.Document;
import id.warta.model.EntityType;
import id.warta.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code "...," kata Rendi Saputra. "...," ujar pebalap Brasil itu}: of several people introduced with a description's
 * head, a definite description points to the one the text is talking about, not to the one introduced last; a further
 * word of the description that is part of one's role still picks that one.
 */
class DescriptionOfTheOneTalkedAboutTest {

    private static final String RIDERS = """
            Pebalap Tim Garuda Racing, Rendi Saputra, tidak kecewa gagal naik ke tim utama. Sebelumnya pebalap Tim Elang, Marco Bellini, menyebut Rendi punya peluang besar. Kini kursi itu diincar pebalap debutan, Tomas Varga, dan manajer tim, Joko Lestari, belum memutuskan. "Semua keputusan ada di tangan manajemen," kata Rendi Saputra. "Saya tetap senang membalap untuk tim ini musim depan," ujar %s itu.
            """;

    private static List<String> speakers(String description) {
        Document d = doc(RIDERS.formatted(description));
        return Quotes.find(d, List.of(entity(d, "Rendi Saputra", EntityType.PERSON, "Rendi"),
                        entity(d, "Marco Bellini", EntityType.PERSON, "Marco Bellini"),
                        entity(d, "Tomas Varga", EntityType.PERSON, "Tomas Varga"),
                        entity(d, "Joko Lestari", EntityType.PERSON, "Joko Lestari")))
                .stream().filter(q -> q.kind() == Quote.Kind.DIRECT).map(q -> q.speaker().name()).toList();
    }

    @Test
    void aDescriptionByNationalityPointsToTheRiderJustQuoted() {
        assertThat(speakers("pebalap Brasil")).containsExactly("Rendi Saputra", "Rendi Saputra");
    }

    @Test
    void aWordOfAnotherOnesRoleStillPicksThatOne() {
        assertThat(speakers("pebalap debutan")).containsExactly("Rendi Saputra", "Tomas Varga");
    }

    @Test
    void aDescriptionNoOneElseWasIntroducedWithStaysWithThatOne() {
        assertThat(direct("""
                Manajer tim, Joko Lestari, memuji kerja mekanik. Pebalap Tim Garuda Racing, Rendi Saputra, setuju. "Motornya jauh lebih stabil sekarang," kata Rendi Saputra. "Kami bangga dengan kerja keras mereka," ujar manajer asal Solo itu.
                """)).extracting(q -> q.speaker().name()).containsExactly("Rendi Saputra", "Joko Lestari");
    }
}
