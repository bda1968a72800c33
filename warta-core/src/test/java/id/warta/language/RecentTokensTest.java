package id.warta.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RecentTokensTest {
    private static final String BODY = "Wali Kota Bogor, Dedie A. Rachim, meninjau Jl. Pajajaran pada Senin (3/11). "
            + "\"Perbaikan selesai akhir bulan,\" katanya.";

    @Test
    void anEqualTextGetsTheRememberedTokensAnotherIsCutAfresh() {
        List<Token> remembered = RecentTokens.remember(BODY);
        assertThat(remembered).isEqualTo(Tokenizer.tokenize(BODY));
        assertThat(RecentTokens.of(new String(BODY.toCharArray()))).isSameAs(remembered);

        String title = "Jalan Pajajaran Diperbaiki";
        assertThat(RecentTokens.of(title)).isEqualTo(Tokenizer.tokenize(title));
        assertThat(RecentTokens.of(BODY)).as("asking for another text forgets nothing").isSameAs(remembered);
    }

    @Test
    void eachThreadKeepsItsOwnAndTheTokensCannotBeChanged() throws InterruptedException {
        List<Token> remembered = RecentTokens.remember(BODY);
        Thread other = new Thread(() -> RecentTokens.remember("Hujan deras mengguyur Bekasi."));
        other.start();
        other.join();
        assertThat(RecentTokens.of(BODY)).isSameAs(remembered);
        assertThatThrownBy(() -> remembered.removeFirst()).isInstanceOf(UnsupportedOperationException.class);
    }
}
