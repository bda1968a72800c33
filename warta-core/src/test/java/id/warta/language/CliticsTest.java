package id.warta.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CliticsTest {
    private static Token token(String text, String word) {
        return Tokenizer.tokenize(text).stream().filter(t -> t.text().equals(word)).findFirst().orElseThrow();
    }

    @Test
    void readsNyaThatPointsBackToTheSpeaker() {
        String text = "\"Kami sepakat,\" Tegasnya. Hal itu, katanya, penting.";
        Clitics tegasnya = token(text, "Tegasnya").clitics();
        assertThat(tegasnya.hasNya()).isTrue();
        assertThat(tegasnya.base().evidence(text)).isEqualTo("Tegas");
        assertThat(token(text, "katanya").clitics().base().evidence(text)).isEqualTo("kata");
    }

    @Test
    void readsParticlesPossessivesAndProclitics() {
        assertThat(token("Benarkah itu?", "Benarkah").clitics().particle()).isEqualTo("kah");
        Clitics rumahku = token("di rumahku", "rumahku").clitics();
        assertThat(rumahku.possessive()).isEqualTo("ku");
        Clitics kubawa = token("buku yang kubawa", "kubawa").clitics();
        assertThat(kubawa.proclitic()).isEqualTo("ku");
        assertThat(kubawa.base().evidence("buku yang kubawa")).isEqualTo("bawa");
    }

    @Test
    void leavesWordsThatOnlyLookCliticWhole() {
        for (String word : new String[] {"masalah", "sekolah", "tanya", "hanya", "ditanya", "bertanya", "kuasa", "kurang", "Maluku", "buku"}) {
            assertThat(token(word, word).clitics().isEmpty()).as(word).isTrue();
        }
    }

    @Test
    void findsNyaOnReduplicatedWords() {
        String text = "anak-anaknya bermain";
        Clitics clitics = token(text, "anak-anaknya").clitics();
        assertThat(clitics.hasNya()).isTrue();
        assertThat(clitics.base().evidence(text)).isEqualTo("anak-anak");
    }
}
