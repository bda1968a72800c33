package id.warta.index.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.language.Token;
import id.warta.language.TokenKind;
import id.warta.language.Tokenizer;
import org.junit.jupiter.api.Test;

class IndonesianNewsTokenizerTest {
    private static final String NEWS = """
            JAKARTA, KOMPAS.com -- Dr. Sri Hartini, M.Si. dari Univ. Gadjah Mada menyebut harga beras naik 12,5 persen \
            (Rp 14.500/kg) sejak 1/11/2025 pukul 09.30 WIB. "Negara-negara ASEAN harus siap," katanya via @bulog_ri \
            dan #HargaBeras, info: humas@bulog.go.id, https://bulog.go.id/rilis?id=7 serta bulog.go.id. \
            Sebanyak 3x lipat, tahun 2026an, kode A1B2 dan 007 naik; U.S. dan a.n. Menteri; caf\u00e9 \u00c9lise, \
            kata\u00adkata, e\u200bmail, S1, x, 5G, PT, PKB, Tbk. 😀 & $100 US$5.
            """;

    @Test
    void plainKindIsTheTokensOwnKindWheneverItAnswers() {
        int answered = 0;
        for (Token t : Tokenizer.tokenize(NEWS)) {
            TokenKind plain = IndonesianNewsTokenizer.plainKind(t.text());
            if (plain == null) continue;
            answered++;
            assertThat(plain).as(t.text()).isEqualTo(t.kind());
        }
        assertThat(answered).isGreaterThan(40);
    }

    @Test
    void plainKindLeavesEveryOtherTokenToTokenKind() {
        for (String text : new String[] {"Dr.", "M.Si", "12,5", "09.30", "bulog.go.id", "@bulog_ri", "#HargaBeras",
                "humas@bulog.go.id", "Negara-negara", "café", "kata\u00adkata", "$100", "", "😀", "x".repeat(256)}) {
            assertThat(IndonesianNewsTokenizer.plainKind(text)).as(text).isNull();
        }
    }
}
