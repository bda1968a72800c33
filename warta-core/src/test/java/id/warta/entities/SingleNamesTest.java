package id.warta.entities;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.entities.places.Places;
import id.warta.language.Tokenizer;
import id.warta.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One-word names of people, given what a tagger read; sentences written for this test. */
class SingleNamesTest {
    private static final SingleNames SINGLE = new SingleNames(Entities.shippedModel(), Places.shipped());

    /** The type {@link SingleNames#retype} gives {@code word} of {@code text}, which the tagger read as an organisation. */
    private static EntityType retyped(String text, String word) {
        List<Sentence> sentences = Entities.sentences(text, Tokenizer.tokenize(text));
        int at = text.indexOf(word);
        List<Found> found = new ArrayList<>(List.of(new Found(at, at + word.length(), EntityType.ORGANIZATION, "model")));
        SINGLE.retype(sentences, found);
        return found.getFirst().type();
    }

    @Test
    void aWordAfterARoleAndItsCommaBeforeAVerbOfSayingIsTheRolesHolder() {
        assertThat(retyped("Vice President Distribusi PDAM Tirta Intan, Sukendar menuturkan tambahan itu kecil.", "Sukendar"))
                .isEqualTo(EntityType.PERSON);
        assertThat(retyped("Kepala Seksi Pengendalian Dinas Pertanian Garut, Suhartini menyebutkan harga gabah turun.", "Suhartini"))
                .isEqualTo(EntityType.PERSON);
    }

    @Test
    void aBodyStaysABodyWithoutTheCommaTheVerbOrAWordThatMayBeAName() {
        assertThat(retyped("Juru Bicara Sukendar menuturkan tambahan itu kecil.", "Sukendar")).isEqualTo(EntityType.ORGANIZATION);
        assertThat(retyped("Vice President Distribusi PDAM Tirta Intan, Sukendar, tambahan itu kecil.", "Sukendar"))
                .isEqualTo(EntityType.ORGANIZATION);
        assertThat(retyped("Menurut Kepala Dinas Pertanian Garut, Pertamina menyebutkan harga solar naik.", "Pertamina"))
                .isEqualTo(EntityType.ORGANIZATION);
        assertThat(retyped("Menurut warga, Sukendar menuturkan hal itu kemarin.", "Sukendar")).isEqualTo(EntityType.ORGANIZATION);
    }

    /** The one-word names {@link SingleNames#find} reads in {@code text}, which the tagger left unfound. */
    private static List<String> single(String text) {
        List<String> out = new ArrayList<>();
        Occupied taken = new Occupied(List.of());
        for (Sentence s : Entities.sentences(text, Tokenizer.tokenize(text))) {
            for (Found f : SINGLE.find(s, taken)) out.add(f.textIn(text));
        }
        return out;
    }

    @Test
    void twoUnknownWordsAfterAnOfficeBeforeALowerCaseWordAreItsHolder() {
        assertThat(single("Hasil itu diumumkan setelah Menteri ESDM Sutarjo Wiranegara meninjau tambang di pulau itu."))
                .containsExactly("Sutarjo Wiranegara");
        assertThat(single("Laporan diserahkan kepada Menteri Keuangan Halimah Sukmaraga pada rapat itu."))
                .containsExactly("Halimah Sukmaraga");
    }

    @Test
    void aBodyAfterAnOfficeIsNoHolder() {
        assertThat(single("Kata CEO Kampus Hoopers, Sutarjo Wiranegara, laga itu ramai.")).doesNotContain("Kampus Hoopers");
        assertThat(single("Ia kini menjabat Direktur Utama Perum Bulog sejak April.")).isEmpty();
        assertThat(single("Menteri ESDM Sutarjo Tinjau Tambang Di Pulau Gag")).isEmpty();
    }

    @Test
    void aWordOpeningASentenceBeforeARelativesWordInAppositionIsAPerson() {
        assertThat(single("Warsiti, kakak korban, mengaku terakhir bertemu adiknya di pasar.")).containsExactly("Warsiti");
        assertThat(single("Dirgo, tetangga pelaku, melihat mobil itu pergi.")).containsExactly("Dirgo");
        assertThat(single("Hal itu disampaikan oleh Warsiti, kakak korban, di rumah duka.")).containsExactly("Warsiti");
        assertThat(single("Hal itu disampaikan oleh Bunga, adik korban, di rumah duka.")).containsExactly("Bunga");
    }

    @Test
    void aFirmsSubsidiaryOrTheLastWordOfALongerNameIsNoRelativesName() {
        assertThat(single("Sentosagraha, anak usaha Grup Merapi, membukukan laba.")).isEmpty();
        assertThat(single("Ia bertemu Ratna Warsiti, kakak korban, di pasar.")).isEmpty();
    }

    @Test
    void aWordBeforeAnAgeInBracketsIsAPerson() {
        assertThat(single("Hal senada diungkapkan Musdarlin (50), yang juga datang pagi itu.")).containsExactly("Musdarlin");
        assertThat(single("Tarjomin (45) mengaku sudah antre sejak subuh.")).containsExactly("Tarjomin");
        assertThat(single("Pengakuan itu datang dari Rusmini (19), mahasiswi di kota itu.")).containsExactly("Rusmini");
    }

    @Test
    void anAgeAfterALongerNameOrPointsInAStandingIsNoOneWordName() {
        assertThat(single("Ia bertemu Ratna Musdarlin (50), tetangganya, di pasar.")).isEmpty();
        assertThat(single("Di klasemen, Sukamenak (7), disusul tim tamu, berada di puncak.")).isEmpty();
        assertThat(single("Pasal itu diatur dalam Ayat (2) yang baru.")).isEmpty();
    }
}
