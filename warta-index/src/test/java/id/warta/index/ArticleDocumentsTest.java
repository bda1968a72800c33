package id.warta.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleDocumentsTest {
    @ParameterizedTest
    @CsvSource({
        "finance.detik.com,        detik.com",
        "megapolitan.kompas.com,   kompas.com",
        "kompas.com,               kompas.com",
        "www.tempo.co.id,          tempo.co.id",
        "jateng.antaranews.com,    antaranews.com",
        "diswayprobolinggo.id,     diswayprobolinggo.id",
        "news.bbc.co.uk,           bbc.co.uk",
    })
    void outletsAreCountedByRegisteredDomain(String host, String outlet) {
        assertThat(ArticleDocuments.registeredDomain(host)).isEqualTo(outlet);
    }
}
