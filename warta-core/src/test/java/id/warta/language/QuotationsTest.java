package id.warta.language;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.model.Span;
import org.junit.jupiter.api.Test;

class QuotationsTest {
    @Test
    void findsStraightAndCurlyQuotes() {
        String p = "\"Kami siap,\" kata Ali. “Kami juga,” ujar Budi.";
        assertThat(Quotations.regions(p)).containsExactly(new Span(0, 12), new Span(23, 35));
    }

    @Test
    void aQuoteGluedToItsCueStillCloses() {
        String p = "\"Dan itulah mengapa tidak mungkin,\"Tegasnya.";
        assertThat(Quotations.regions(p)).containsExactly(new Span(0, 35));
    }

    @Test
    void aParagraphMayOpenAQuoteItNeverClosesAndTheNextCloseIt() {
        String first = "\"Dia ditanya apa yang mungkin terjadi, dan sebenarnya ia menjawab.";
        String second = "Karena sangat tidak tepat untuk berspekulasi sekarang,\"Ujarnya Scholz.";
        assertThat(Quotations.regions(first)).containsExactly(new Span(0, first.length()));
        assertThat(Quotations.regions(second)).containsExactly(new Span(0, second.indexOf('"') + 1));
    }

    @Test
    void aClosingMarkWhoseOpeningWasLostQuotesNothing() {
        String p = "\"Kami siap,\" kata Ali. Menurut Budi, stok beras cukup sampai akhir tahun, \" ujar Budi. Harga turun.";
        assertThat(Quotations.marked(p, true, true)).extracting(Quotations.Region::span).containsExactly(new Span(0, 12));
        assertThat(Quotations.regions(p)).hasSize(2); // the extractor's reading: the mark opens a quote to the end
    }

    @Test
    void noMarksNoRegions() {
        assertThat(Quotations.regions("Harga beras naik lagi.")).isEmpty();
    }
}
