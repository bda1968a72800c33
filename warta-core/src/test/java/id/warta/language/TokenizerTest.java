package id.warta.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {
    private static List<String> texts(String text) {
        return Tokenizer.tokenize(text).stream().map(Token::text).toList();
    }

    private static Token only(String text, String wanted) {
        return Tokenizer.tokenize(text).stream().filter(t -> t.text().equals(wanted)).findFirst().orElseThrow();
    }

    @Test
    void keepsIndonesianNumbersWhole() {
        assertThat(texts("senilai US$ 97,7 miliar atau Rp 1.549 triliun pada 21/10/2025 pukul 09.07 WIB"))
                .containsExactly("senilai", "US$", "97,7", "miliar", "atau", "Rp", "1.549", "triliun", "pada",
                        "21/10/2025", "pukul", "09.07", "WIB");
        assertThat(only("naik 2,5% tahun ini", "2,5").kind()).isEqualTo(TokenKind.NUMBER);
        assertThat(texts("naik 2,5%")).containsExactly("naik", "2,5", "%");
    }

    @Test
    void splitsCurrencyGluedToItsNumber() {
        assertThat(texts("harganya Rp10.000 per kilo")).containsExactly("harganya", "Rp", "10.000", "per", "kilo");
        assertThat(texts("sebesar Rp.5.000.000,00")).containsExactly("sebesar", "Rp.", "5.000.000,00");
        assertThat(texts("US$97,7 miliar")).containsExactly("US$", "97,7", "miliar");
        assertThat(only("US$ 5", "US$").kind()).isEqualTo(TokenKind.SYMBOL);
    }

    @Test
    void keepsAbbreviationsAndTitlesWithTheirPeriod() {
        assertThat(texts("Dr. H. Budi Santoso, S.H., M.Si. tinggal di Jl. Merdeka No. 5"))
                .containsExactly("Dr.", "H.", "Budi", "Santoso", ",", "S.H.", ",", "M.Si.", "tinggal", "di", "Jl.",
                        "Merdeka", "No.", "5");
        assertThat(texts("diperiksa dr. Ani, Sp.PD dan Prof.Ir. Joko, Ph.D."))
                .containsExactly("diperiksa", "dr.", "Ani", ",", "Sp.PD", "dan", "Prof.", "Ir.", "Joko", ",", "Ph.D.");
        assertThat(only("oleh J.K. Rowling", "J.K.").kind()).isEqualTo(TokenKind.ABBREVIATION);
    }

    @Test
    void keepsReduplicationAndCompoundsButSeparatesTwoNames() {
        assertThat(texts("Sehingga,Negara-negara anggota ke-3 kali COVID-19 e-KTP"))
                .containsExactly("Sehingga", ",", "Negara-negara", "anggota", "ke-3", "kali", "COVID-19", "e-KTP");
        assertThat(texts("perang Rusia-Ukraina dan KTT Biden-Xi")).containsExactly("perang", "Rusia", "-", "Ukraina",
                "dan", "KTT", "Biden", "-", "Xi");
        assertThat(texts("pada Jum'at dan tahun 1980-an")).containsExactly("pada", "Jum'at", "dan", "tahun", "1980-an");
    }

    @Test
    void separatesAPeriodGluedBetweenTwoSentences() {
        assertThat(texts("asisten virtual Cortana.Kecanggihan ini")).containsExactly("asisten", "virtual", "Cortana",
                ".", "Kecanggihan", "ini");
    }

    @Test
    void keepsUrlsDomainsEmailsHashtagsAndMentionsWhole() {
        String text = "Baca di https://www.detik.com/berita/d-123?x=1. Dikutip KOMPAS.com dan diswayprobolinggo.id, "
                + "kirim ke redaksi@kantor.go.id #PemiluDamai @jokowi (www.antaranews.com)";
        List<Token> tokens = Tokenizer.tokenize(text);
        assertThat(tokens).extracting(Token::text).contains("https://www.detik.com/berita/d-123?x=1", "KOMPAS.com",
                "diswayprobolinggo.id", "redaksi@kantor.go.id", "#PemiluDamai", "@jokowi", "www.antaranews.com");
        assertThat(only(text, "KOMPAS.com").kind()).isEqualTo(TokenKind.URL);
        assertThat(only(text, "redaksi@kantor.go.id").kind()).isEqualTo(TokenKind.EMAIL);
        assertThat(only(text, "#PemiluDamai").kind()).isEqualTo(TokenKind.HASHTAG);
        assertThat(only(text, "@jokowi").kind()).isEqualTo(TokenKind.MENTION);
    }

    @Test
    void keepsEachEmojiWithItsModifiersAsOneToken() {
        String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67";
        String thumbs = "\uD83D\uDC4D\uD83C\uDFFD";
        String flag = "\uD83C\uDDEE\uD83C\uDDE9";
        List<Token> tokens = Tokenizer.tokenize("Mantap" + thumbs + " keluarga " + family + " " + flag + "❤️!");
        assertThat(tokens).extracting(Token::text).containsExactly("Mantap", thumbs, "keluarga", family, flag, "❤️", "!");
        assertThat(tokens.get(1).kind()).isEqualTo(TokenKind.EMOJI);
    }

    @Test
    void groupsRunsOfPunctuationAndSplitsQuotesAndBrackets() {
        assertThat(texts("\"Kami sepakat...\" katanya (dalam rapat)?!"))
                .containsExactly("\"", "Kami", "sepakat", "...", "\"", "katanya", "(", "dalam", "rapat", ")", "?!");
        assertThat(texts("“Tidak,” ujarnya.")).containsExactly("“", "Tidak", ",", "”", "ujarnya", ".");
    }

    @Test
    void offsetsPointIntoTheOriginalTextEvenInARegion() {
        String text = "Presiden  Prabowo\u00A0tiba di Jakarta.\n\nIa disambut Gubernur.";
        int from = text.indexOf("Ia");
        for (Token t : Tokenizer.tokenize(text, from, text.length())) {
            assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
            assertThat(t.start()).isGreaterThanOrEqualTo(from);
        }
        assertThat(texts(text)).containsExactly("Presiden", "Prabowo", "tiba", "di", "Jakarta", ".", "Ia", "disambut",
                "Gubernur", ".");
    }

    /** What lets an article's body be tokenised once for every stage: its tokens are those of the fields joined after it. */
    @Test
    void noTokenReachesAcrossABlankLine() {
        List<String> endings = List.of("oleh Dr.", "di KOMPAS.com", "ke humas@kantor.go.id", "senilai Rp", "sebesar US$",
                "pada 21/10", "tahun 1980-", "warga Jak\u200B", "salam 👍🏽\u200D", "dan e-", "kata dia...", "ke www.warta.id/",
                "pukul 09.", "katanya\uD83D");
        List<String> openings = List.of("Sp.PD menjelaskan", "com/berita", "id dan", "10.000", "97,7 miliar", "/2025",
                "an Bupati", "arta pulang", "🙂 senang", "KTP baru", "!? Ya", "\uDE00 lagi", "SCROLL TO CONTINUE");
        for (String body : endings) {
            for (String next : openings) {
                String all = body + "\n\n" + next;
                List<Token> joined = new java.util.ArrayList<>(Tokenizer.tokenize(body));
                joined.addAll(Tokenizer.tokenize(all, body.length(), all.length()));
                assertThat(joined).as("%s | %s", body, next).isEqualTo(Tokenizer.tokenize(all));
            }
        }
    }

    @Test
    void readsZeroWidthCharactersInsideAWordAsPartOfIt() {
        String text = "\uFEFFwarga Jak\u200Barta\u200B pulang";
        assertThat(texts(text)).containsExactly("warga", "Jak\u200Barta", "pulang");
    }

    @Test
    void tellsWhatATokenIs() {
        assertThat(only("KPK menahan", "KPK").isAllCaps()).isTrue();
        assertThat(only("KPK menahan", "menahan").isAllCaps()).isFalse();
        assertThat(only("negara-negara maju", "negara-negara").isReduplicated()).isTrue();
        assertThat(only("perang Rusia-Ukraina", "Rusia").isReduplicated()).isFalse();
        assertThat(only("katanya, .", ",").kind()).isEqualTo(TokenKind.PUNCTUATION);
    }
}
