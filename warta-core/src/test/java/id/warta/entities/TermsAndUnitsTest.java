package id.warta.entities;

import static id.warta.entities.EntitiesRead.named;
import static org.assertj.core.api.Assertions.assertThat;

import id.warta.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Terms' initials after lower-case words, spelled-out lists, units after numbers, and the field's words for firms,
 * events, diseases and police divisions; sentences written for this test.
 */
class TermsAndUnitsTest {
    private static Found at(String text, String name, EntityType type) {
        int start = text.indexOf(name);
        return new Found(start, start + name.length(), type, "model");
    }

    private static List<String> names(String text, List<Found> found) {
        return found.stream().map(f -> f.textIn(text)).toList();
    }

    @Test
    void capitalsBracketedAfterLowerCaseWordsAreATermsInitials() {
        String text = "Porsi tabungan murah (TBM) naik, kata Bank Sentosa (BS). Pengawasan oleh lembaga federal (FBI) berlanjut.";
        List<Found> found = new ArrayList<>(List.of(at(text, "TBM", EntityType.ORGANIZATION),
                at(text, "Bank Sentosa", EntityType.ORGANIZATION), at(text, "BS", EntityType.ORGANIZATION),
                at(text, "FBI", EntityType.ORGANIZATION)));
        LowerCaseTerms.drop(text, found);
        assertThat(names(text, found)).containsExactly("Bank Sentosa", "BS", "FBI");
    }

    @Test
    void capitalsAlsoWrittenOutOfSuchBracketsStay() {
        String text = "Dana itu dikelola badan usaha (BUK). Direktur BUK menolak berkomentar.";
        int second = text.lastIndexOf("BUK");
        List<Found> found = new ArrayList<>(List.of(at(text, "BUK", EntityType.ORGANIZATION),
                new Found(second, second + 3, EntityType.ORGANIZATION, "model")));
        LowerCaseTerms.drop(text, found);
        assertThat(found).hasSize(2);
    }

    @Test
    void aListOfWordsSpellingTheBracketedCapitalsNamesNoOne() {
        String text = "Pasar diliputi Panik, Ragu, dan Takut (PRT) sejak pekan lalu, kata Andi Wijaya.";
        List<Found> found = new ArrayList<>(List.of(at(text, "Ragu", EntityType.ORGANIZATION),
                at(text, "Takut", EntityType.PERSON), at(text, "PRT", EntityType.ORGANIZATION),
                at(text, "Andi Wijaya", EntityType.PERSON)));
        SpelledLists.drop(text, found);
        assertThat(names(text, found)).containsExactly("Andi Wijaya");
    }

    @Test
    void aListInsideAnotherBracketIsFoundFromItsOwn() {
        String text = "Investor cemas (sering disebut Panik, Ragu, dan Takut (PRT) oleh analis), kata Andi Wijaya.";
        List<Found> found = new ArrayList<>(List.of(at(text, "Panik", EntityType.PERSON),
                at(text, "PRT", EntityType.ORGANIZATION), at(text, "Andi Wijaya", EntityType.PERSON)));
        SpelledLists.drop(text, found);
        assertThat(names(text, found)).containsExactly("Andi Wijaya");
    }

    @Test
    void aListGoingOnABodysNameIsTheBodys() {
        String text = "Kegiatan Konsorsium Riset, Inovasi & Teknologi (RIT) digelar di Bogor.";
        List<Found> found = new ArrayList<>(List.of(at(text, "RIT", EntityType.ORGANIZATION)));
        SpelledLists.drop(text, found);
        assertThat(found).hasSize(1);
    }

    @Test
    void aShortWordAfterANumberIsItsUnit() {
        String text = "Baterai 45,5 Wh dan layar 120 Hz dipasang, frekuensi 2 GHz, kata Oktober 2024 RR dan nomor 7 Ali.";
        List<Found> found = new ArrayList<>(List.of(at(text, "Wh", EntityType.PERSON), at(text, "Hz", EntityType.PERSON),
                at(text, "GHz", EntityType.PERSON), at(text, "RR", EntityType.PERSON), at(text, "Ali", EntityType.PERSON)));
        MeasureUnits.drop(text, found);
        assertThat(names(text, found)).containsExactly("RR", "Ali");
    }

    @Test
    void theFieldsWordsForFirmsEventsDiseasesAndPoliceDivisions() {
        String text = "Dinda Larasati bekerja untuk rumah mode Marcello. Gubernur membuka Pekan Raya Semarang 2026. "
                + "Wabah Lumpy Skin Fever menyerang sapi. Laporan dikirim ke Divpropam Polri.";
        assertThat(named(text)).contains("Marcello/ORGANIZATION", "Divisi Profesi dan Pengamanan Polri/ORGANIZATION")
                .doesNotContain("Marcello/PERSON", "Pekan Raya Semarang/PLACE", "Pekan Raya Semarang/ORGANIZATION",
                        "Lumpy Skin Fever/ORGANIZATION");
    }
}
