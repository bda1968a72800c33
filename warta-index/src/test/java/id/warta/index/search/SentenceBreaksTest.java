package id.warta.index.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceBreaksTest {
    private static final String TEXT = "Harga beras naik menjadi Rp. 14.500 per kilogram. \"Stok aman,\" ujar Sri.\n"
            + "Pedagang mengeluh dll. dan berharap harga turun! (Antara) Pasar ramai?";

    @Test
    void breaksAfterSentenceMarksBeforeCapitalsAndAtLineEnds() {
        assertThat(sentences(TEXT)).containsExactly(
                "Harga beras naik menjadi Rp. 14.500 per kilogram. ",
                "\"Stok aman,\" ujar Sri.\n",
                "Pedagang mengeluh dll. dan berharap harga turun! ",
                "(Antara) Pasar ramai?");
    }

    @Test
    void findsTheBoundariesAroundAnOffsetAsTheJdkIteratorDoes() {
        BreakIterator b = new SentenceBreaks();
        b.setText(TEXT);
        int second = TEXT.indexOf("\"Stok");
        assertThat(b.following(0)).isEqualTo(second);
        assertThat(b.current()).isEqualTo(second);
        assertThat(b.following(second)).isEqualTo(TEXT.indexOf("Pedagang"));
        assertThat(b.preceding(second + 3)).isEqualTo(second);
        assertThat(b.preceding(second)).isZero();
        assertThat(b.preceding(0)).isEqualTo(BreakIterator.DONE);
        assertThat(b.following(TEXT.length())).isEqualTo(BreakIterator.DONE);
        assertThat(b.last()).isEqualTo(TEXT.length());
        b.setText("");
        assertThat(b.first()).isZero();
        assertThat(b.next()).isEqualTo(BreakIterator.DONE);
    }

    private static List<String> sentences(String text) {
        BreakIterator b = new SentenceBreaks();
        b.setText(text);
        List<String> out = new ArrayList<>();
        for (int start = b.first(), end = b.next(); end != BreakIterator.DONE; start = end, end = b.next()) out.add(text.substring(start, end));
        return out;
    }
}
