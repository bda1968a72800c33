package id.warta.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import id.warta.model.Quote;
import id.warta.pipeline.Pipeline;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A passive verb of saying whose agent, named right after it, leads into a quote after a comma or colon
 * ({@code Hal ini juga disampaikan oleh X, staf ahli dinas, "..."}): the agent says it, the passive verb is its cue.
 */
class PassiveAgentLeadingInTest {

    private static List<Quote> direct(String body) {
        return new Pipeline().analyze(QuotesTest.doc(body)).quotes().stream().filter(q -> q.kind() == Quote.Kind.DIRECT).toList();
    }

    @Test
    void theAgentAfterOlehWithARoleSetOffSaysTheQuote() {
        List<Quote> quotes = direct("""
                SORONG - Pemerintah kabupaten membuka klinik baru di pesisir. Budi Santoso, kepala dinas kesehatan, menjelaskan klinik itu melayani warga nelayan. Hal ini juga disampaikan oleh Andi Wijaya, Staf Ahli Dinas Kesehatan Kabupaten Sorong yang ditemui di acara, “Kami sangat terbantu karena warga pesisir sulit menjangkau puskesmas di kota.” Jumlah pasien terus naik.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name(), Quote::cue).containsExactly(tuple("Andi Wijaya", "disampaikan"));
    }

    @Test
    void aRoleAgentWithoutOlehIsTheHolderNamedBefore() {
        List<Quote> quotes = direct("""
                SLEMAN - Bupati Sleman Hartono Wijaya meresmikan pasar rakyat yang baru dibangun, Senin. Pasar itu menampung tiga ratus pedagang. Harapan pemerintah dikatakan Bupati Sleman, "Pedagang jangan lagi berjualan di bahu jalan, tempatnya sudah cukup." Pasar buka setiap hari.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name(), Quote::cue).containsExactly(tuple("Hartono Wijaya", "dikatakan"));
    }

    @Test
    void aPassiveVerbAfterYangNamesNoAgent() {
        List<Quote> quotes = direct("""
                BANDUNG - Festival musik kota digelar akhir pekan ini. Ketua panitia, Rina Kartika, menanggapi kritik yang disampaikan Joko Susilo, "Kami akan memperbaiki antrean di pintu masuk tahun depan," ujarnya.
                """);
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Rina Kartika");
    }
}
