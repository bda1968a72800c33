package id.warta.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.model.Document;
import id.warta.model.Quote;
import id.warta.model.Speaker;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The bad input: no crash, no runaway, no invented speaker. */
class BadInputTest {
    private static final String[] NAMES = {"Agus Salim", "Rina Marlina", "Bambang Irawan", "Dewi Lestari", "Yusuf Hamdani"};

    @Test
    void fiveHundredQuotesOnOnePageAreAllFoundWithTheirSpeakers() {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            body.append("\"Laporan nomor ").append(i).append(" sudah kami terima dan sedang diperiksa,\" kata ")
                    .append(NAMES[i % NAMES.length]).append(". ");
            if (i % 7 == 6) body.append("\n\n");
        }
        List<Quote> quotes = QuotesTest.direct(body.toString());
        assertThat(quotes).hasSize(500);
        for (int i = 0; i < 500; i++) assertThat(quotes.get(i).speaker().name()).isEqualTo(NAMES[i % NAMES.length]);
    }

    @Test
    void quotesWithNoSpeakerAnywhereStayUnknown() {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            body.append("\"Jalan di depan sekolah rusak parah sejak musim hujan tahun lalu, nomor ").append(i).append(".\"\n\n");
        }
        assertThat(QuotesTest.direct(body.toString())).hasSize(40)
                .allSatisfy(q -> assertThat(q.speaker()).isEqualTo(Speaker.UNKNOWN));
    }

    @Test
    void unbalancedMarksAcrossAWholeArticleGiveBoundedQuotesAndNoInventedSpeaker() {
        StringBuilder body = new StringBuilder("Warga desa berkumpul di balai desa pada Sabtu pagi. ");
        for (int i = 0; i < 300; i++) {
            body.append(i % 3 == 0 ? "\"" : "").append("Kalimat ke-").append(i)
                    .append(" menceritakan kegiatan gotong royong membersihkan saluran air di desa. ");
        }
        Document d = QuotesTest.doc(body.toString());
        List<Quote> quotes = Quotes.find(d, List.of());
        for (Quote q : quotes) {
            assertThat(q.evidence(d.text())).isEqualTo(q.text());
            assertThat(q.text().length()).isLessThan(2_000);
            assertThat(q.speaker()).isEqualTo(Speaker.UNKNOWN);
        }
    }

    @Test
    void randomTextWithMarksCuesAndNumbersNeverBreaksTheStage() {
        String[] pieces = {"\"", "“", "”", "'", "kata", "ujarnya", "Dia", "ia", ",", ".", " ", " ", " ", "Budi", "Santoso",
            "Kapolres", "Rp", "1.2.3,4,5", "(", ")", "\n\n", "menurut", "bahwa", "mengatakan", "laporan", "itu", "sang",
            "Presiden", "yang", "-nya", ":", "dikutip", "dari", "Reuters"};
        Random random = new Random(5);
        for (int round = 0; round < 300; round++) {
            StringBuilder s = new StringBuilder();
            int n = random.nextInt(200);
            for (int i = 0; i < n; i++) s.append(pieces[random.nextInt(pieces.length)]).append(random.nextInt(4) == 0 ? "" : " ");
            if (s.toString().isBlank()) continue;
            Document d = QuotesTest.doc(s.toString());
            for (Quote q : Quotes.find(d, List.of())) {
                assertThat(q.evidence(d.text())).isEqualTo(q.text());
                Speaker sp = q.speaker();
                if (sp.start() >= 0) assertThat(sp.end()).isLessThanOrEqualTo(d.text().length());
            }
        }
    }
}
