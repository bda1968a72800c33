package id.warta.extract;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.model.Document;
import id.warta.model.Origin;
import id.warta.model.RawDocument;
import org.junit.jupiter.api.Test;

/** Lines a web page's site adds around the story (its date line, disclosures, contents) are not body text. */
class SiteLinesTest {
    private static final String PROSE = "<p>Warga Desa Sukamaju memperbaiki saluran irigasi yang rusak diterjang banjir bandang "
            + "pekan lalu, dibantu petugas dinas pekerjaan umum dan relawan dari kecamatan tetangga.</p>"
            + "<p>Kepala desa, Slamet Riyadi, mengatakan perbaikan ditargetkan selesai sebelum musim tanam berikutnya agar "
            + "sawah seluas 40 hektare kembali terairi dengan baik.</p>";

    private static Document page(String article) {
        String html = "<html lang=\"id\"><body><article><div class=\"entry-content\">" + article + "</div></article></body></html>";
        return Extractor.extract(new RawDocument(Origin.file("desa.html"), RawDocument.Format.HTML, html, RawDocument.Hints.NONE));
    }

    @Test
    void aLineThatIsOnlyADateLeavesTheBody() {
        assertThat(page("<div>Daerah 09:31 Rabu, 12 Juni 2024</div>" + PROSE).text()).startsWith("Warga Desa Sukamaju");
    }

    @Test
    void aShortSentenceWithADateStays() {
        String sentence = "Irigasi dibuka 12 Juni 2024.";
        assertThat(page(PROSE + "<p>" + sentence + "</p>").text()).endsWith(sentence);
    }

    @Test
    void disclosuresContentsAndCreditLinesLeaveTheBody() {
        String text = page("<p>*Werbung. Dieser Beitrag enthält Werbung für Toko Tani Makmur.</p><p>Inhaltsverzeichnis</p>" + PROSE
                + "<p>(Foto: Dinas PU Sleman)</p><p>Kommentare (4)</p>").text();
        assertThat(text).startsWith("Warga Desa Sukamaju").endsWith("terairi dengan baik.");
    }

    @Test
    void headingsOverFurtherReadingLeaveTheBody() {
        for (String heading : new String[] {"Weitere Artikel zum Thema", "Empfehlungen aus der Redaktion", "Zum Weiterlesen:",
                "Mehr Kolumnen auf Warta Desa:", "Entdecke weitere Reportagen", "Vorschau auf den nächsten Artikel", "Veja também:",
                "Scroll to read more Village news articles"}) {
            assertThat(page(PROSE + "<p>" + heading + "</p>").text()).as(heading).endsWith("terairi dengan baik.");
        }
        String teaser = page(PROSE.replace("</p><p>", "</p><p>À lire aussi » Banjir bandang di hulu sungai</p><p>")).text();
        assertThat(teaser).doesNotContain("lire aussi").contains("Kepala desa, Slamet Riyadi");
    }

    @Test
    void aSentenceThatOpensWithFurtherReadingWordsStays() {
        String sentence = "Weitere Artikel zum Thema Bewässerung erscheinen ab Montag in unserer Reihe.";
        assertThat(page(PROSE + "<p>" + sentence + "</p>").text()).endsWith(sentence);
    }

    @Test
    void aPicturesLegendEndingOnItsCreditIsACaptionNotBody() {
        Document d = page(PROSE.replace("</p><p>", "</p><p>Warga bergotong royong di saluran irigasi. | © Dinas PU Sleman</p>"
                + "<p>Sawah yang kembali terairi di Sukamaju. (Foto: Rina Kusuma)</p><p>(Credit: Rina Kusuma / Warta Desa)</p><p>"));
        assertThat(d.text()).doesNotContain("©").doesNotContain("Foto:").doesNotContain("Credit").contains("Kepala desa");
        assertThat(d.captions()).extracting(c -> c.text())
                .contains("Warga bergotong royong di saluran irigasi.", "Sawah yang kembali terairi di Sukamaju.");
    }

    @Test
    void aFiguresLegendIsACaption() {
        Document d = page(PROSE.replace("</p><p>", "</p><p>Abbildung 4: Saluran irigasi setelah diperbaiki.</p><p>"));
        assertThat(d.text()).doesNotContain("Abbildung").contains("Kepala desa");
        assertThat(d.captions()).extracting(c -> c.text()).contains("Saluran irigasi setelah diperbaiki.");
    }

    @Test
    void sourcesAndFurtherInformationCloseTheBody() {
        for (String heading : new String[] {"Quellenangaben:", "Originalpublikation", "Zusatzinformationen:",
                "Weiterführende Informationen"}) {
            String text = page(PROSE + "<h3>" + heading + "</h3><p>Dinas Pekerjaan Umum Sleman, Laporan Irigasi 2023, hlm. 12.</p>")
                    .text();
            assertThat(text).as(heading).endsWith("terairi dengan baik.");
        }
    }

    @Test
    void buttonsWrittenOutAndBarsOfShortFieldsLeaveTheBody() {
        String text = page("<p>Aufrufe: 1120 | Hinzugefügt von: Rina | Tags: irigasi, banjir</p>" + PROSE
                + "<p>Rezept drucken Bei Pinterest speichern</p><p>Dieses Skript als PDF herunterladen</p>"
                + "<p>Laporan 2023 PDF | 38 KB | Datei ist nicht barrierefrei</p>").text();
        assertThat(text).startsWith("Warga Desa Sukamaju").endsWith("terairi dengan baik.");
    }

    @Test
    void aSentenceWithBarsStays() {
        String sentence = "Kepala dinas menyebut tiga prioritas: irigasi | jalan desa | jembatan gantung, semuanya tahun ini, "
                + "dengan anggaran yang sudah disetujui dewan.";
        assertThat(page(PROSE + "<p>" + sentence + "</p>").text()).endsWith(sentence);
    }
}
