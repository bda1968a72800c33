package id.warta.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleKeyTest {
    @ParameterizedTest
    @CsvSource({
        "https://www.kompas.com/read/2025/10/21/banjir-bekasi,                 kompas.com/read/2025/10/21/banjir-bekasi",
        "http://kompas.com/read/2025/10/21/banjir-bekasi/,                     kompas.com/read/2025/10/21/banjir-bekasi",
        "https://KOMPAS.com/read/2025/10/21/banjir-bekasi?page=all#komentar,   kompas.com/read/2025/10/21/banjir-bekasi",
        "https://kompas.com/read/x?utm_source=twitter&utm_medium=social&id=7,  kompas.com/read/x?id=7",
        "https://detik.com:8080/berita/d-1,                                    detik.com:8080/berita/d-1",
    })
    void canonicalUrlsDropWhatDoesNotNameTheArticle(String url, String canonical) {
        assertThat(ArticleKey.canonicalUrl(url)).isEqualTo(canonical);
    }

    @ParameterizedTest
    @CsvSource({"not a url", "ftp://example.com/berita", "mailto:redaksi@kompas.com"})
    void whatIsNotAWebUrlHasNoCanonicalForm(String url) {
        assertThat(ArticleKey.canonicalUrl(url)).isNull();
    }
}
