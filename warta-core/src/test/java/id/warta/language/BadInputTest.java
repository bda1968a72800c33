package id.warta.language;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.model.Span;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Hostile and broken text: no crash, and every offset stays true to the original text. */
class BadInputTest {
    /** Tokens in order, each equal to its span of the text; sentences in order, made of whole tokens. */
    private static List<Token> assertValid(String text) {
        List<Token> tokens = Tokenizer.tokenize(text);
        int previousEnd = 0;
        for (Token t : tokens) {
            assertThat(t.text()).isNotEmpty().isEqualTo(text.substring(t.start(), t.end()));
            assertThat(t.start()).isGreaterThanOrEqualTo(previousEnd);
            previousEnd = t.end();
            t.kind();
            Span base = t.clitics().base();
            assertThat(base.start()).isGreaterThanOrEqualTo(t.start());
            assertThat(base.end()).isLessThanOrEqualTo(t.end()).isGreaterThan(base.start());
        }
        List<Span> sentences = Sentences.split(text, tokens);
        int sentenceEnd = 0;
        for (Span s : sentences) {
            assertThat(s.start()).isGreaterThanOrEqualTo(sentenceEnd);
            assertThat(s.end()).isGreaterThan(s.start()).isLessThanOrEqualTo(text.length());
            assertThat(tokens).anyMatch(t -> t.start() == s.start());
            assertThat(tokens).anyMatch(t -> t.end() == s.end());
            sentenceEnd = s.end();
        }
        assertThat(sentences.isEmpty()).isEqualTo(tokens.isEmpty());
        return tokens;
    }

    @Test
    void allCapsHeadline() {
        String text = "BERAKHIR :NATO DADAKAN BERI SINYAL PERANG RUSIA-UKRAINA, DR. BUDI: \"KAMI SIAP!\"";
        List<Token> tokens = assertValid(text);
        assertThat(tokens).extracting(Token::text).contains("BERAKHIR", ":", "NATO", "RUSIA", "UKRAINA", "DR.");
        assertThat(Sentences.split(text)).hasSize(1);
    }

    @Test
    void textWithoutAnyPunctuation() {
        String text = "warga desa mengungsi sejak pagi karena banjir setinggi dua meter merendam rumah mereka ".repeat(50);
        assertThat(assertValid(text)).hasSize(13 * 50);
        assertThat(Sentences.split(text)).hasSize(1);
    }

    @Test
    void oneMegabyteSentence() {
        StringBuilder text = new StringBuilder();
        while (text.length() < 1_000_000) text.append("pemerintah, yang menaikkan harga Rp 1.549 per kilo di Jl. Merdeka, ");
        List<Token> tokens = assertValid(text.toString());
        assertThat(tokens.size()).isGreaterThan(100_000);
        assertThat(Sentences.split(text.toString())).hasSize(1);
    }

    @Test
    void oneMegabyteWithoutSpaces() {
        String text = "abc.".repeat(250_000) + "@" + "x".repeat(1000);
        assertValid(text);
        assertValid("1.".repeat(300_000));
        assertValid("-".repeat(100_000) + "A-".repeat(100_000));
    }

    @Test
    void emojiAndMixedScripts() {
        String text = "Warga 🇮🇩 bersorak 👍🏽👨‍👩‍👧 di Jakarta. Turis dari 北京 dan قطر datang. Кремль menolak. ❤️🔥";
        List<Token> tokens = assertValid(text);
        assertThat(tokens).extracting(Token::text).contains("北京", "قطر", "Кремль", "🇮🇩", "👍🏽", "👨‍👩‍👧");
        assertThat(Sentences.split(text)).extracting(sentence -> sentence.evidence(text)).containsExactly(
                "Warga 🇮🇩 bersorak 👍🏽👨‍👩‍👧 di Jakarta.", "Turis dari 北京 dan قطر datang.", "Кремль menolak. ❤️🔥");
    }

    @Test
    void zeroWidthAndInvisibleCharacters() {
        String text = "\uFEFF\u200BPresiden\u200B \u200Dtiba\u00AD di Jakar\u200Bta.\u2060\u200E Ia disambut.\u200B";
        List<Token> tokens = assertValid(text);
        assertThat(tokens).extracting(Token::text).contains("Presiden", "tiba", "Jakar\u200Bta", "Ia", "disambut");
        assertThat(Sentences.split(text)).hasSize(2);
    }

    @Test
    void randomInputNeverBreaksOffsets() {
        Random random = new Random(20261125L);
        String alphabet = "abcdegiklmnoprstuy AEIKMNPST.,;:!?\"'“”()[]-–/@#$%0123456789\n\u200B\u00AD\uFEFFé漢عÿ"
                + "\uD83D\uDE00\uD83C\uDDEE\u200D\uFE0F\u0301";
        for (int round = 0; round < 2000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(120);
            for (int i = 0; i < length; i++) text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            if (random.nextInt(8) == 0) text.insert(random.nextInt(text.length() + 1), '\uDC00'); // a lone surrogate
            String s = text.toString();
            assertValid(s);
            int from = s.isEmpty() ? 0 : random.nextInt(s.length());
            for (Token t : Tokenizer.tokenize(s, from, s.length())) {
                assertThat(t.text()).isEqualTo(s.substring(t.start(), t.end()));
                assertThat(t.start()).isGreaterThanOrEqualTo(from);
            }
        }
    }

    @Test
    void stemmerTakesAnyLowercaseString() {
        Random random = new Random(7L);
        Stemmer stemmer = Stemmer.indonesian();
        for (int round = 0; round < 5000; round++) {
            StringBuilder word = new StringBuilder();
            int length = random.nextInt(16);
            for (int i = 0; i < length; i++) word.append("aeiouymnkgprstdbhl-".charAt(random.nextInt(19)));
            assertThat(stemmer.stem(word.toString())).isNotNull();
        }
    }
}
