package id.warta.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.model.Quote;
import id.warta.pipeline.Pipeline;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code Rina, yang keluar dari PT X pada 2024, menegaskan}: a relative clause set off by commas describes the name before it. */
class RelativeClauseSetOffTest {

    @Test
    void theNameBeforeARelativeClauseSetOffSpeaksNotTheBodyInsideIt() {
        List<String> speakers = new Pipeline().analyze(QuotesTest.doc("""
                Rina Kusuma menuduh Budi menciptakan kekacauan. Rina, yang keluar dari PT Sinar Abadi pada 2024, menegaskan bahwa Budi memiliki pola "mengatakan satu hal kepada satu orang dan hal lain kepada orang lain". Budi membantah.
                """)).quotes().stream().filter(q -> q.kind() == Quote.Kind.DIRECT).map(q -> q.speaker().name()).toList();
        assertThat(speakers).containsExactly("Rina Kusuma");
    }
}
