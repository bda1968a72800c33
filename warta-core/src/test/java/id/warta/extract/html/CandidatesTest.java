package id.warta.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** How the scored candidate is chosen when the page names no body container. */
class CandidatesTest {
    @Test
    void aTieGoesToTheFirstCandidateOnThePageEveryTime() {
        // eight cards, each its own wrapper around one paragraph of the same length: all score alike
        String paragraph = "<p>Warga Desa Sukamaju %d memperbaiki saluran irigasi yang rusak diterjang banjir bandang pekan lalu, "
                + "dibantu petugas dinas pekerjaan umum dan relawan dari kecamatan tetangga.</p>";
        StringBuilder html = new StringBuilder("<html><body>");
        for (int i = 1; i <= 8; i++) html.append("<div><div>").append(paragraph.formatted(i)).append("</div></div>");
        Element body = Jsoup.parse(html.append("</body></html>").toString()).body();

        List<Element> chosen = Candidates.scored(body);

        assertThat(chosen).hasSize(1);
        assertThat(chosen.getFirst().text()).contains("Sukamaju 1 ");
    }
}
