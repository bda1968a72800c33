package id.warta.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.warta.eval.SharedData;
import id.warta.json.ArticleJson;
import id.warta.model.Article;
import id.warta.model.Origin;
import id.warta.model.RawDocument;
import id.warta.pipeline.Pipeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The index stores, and hashes, the article's JSON with fields left out; it writes them
 * straight from the record, and they must be the very bytes earlier indexes hold (else a
 * rerun over the same input would count every article as updated).
 */
class StoredJsonTest {
    private static final ObjectMapper JSON = ArticleJson.mapper();

    @Test
    void sameBytesAsEditingTheJsonTree() throws IOException {
        List<Article> articles = new ArrayList<>(TestArticles.all());
        // the text goes back in before the first "image": member; a title may hold those characters
        articles.add(TestArticles.copy(TestArticles.flood(), t -> t.put("title", "Foto \"image\": banjir {\"text\":1}")));
        var news = SharedData.resolve("data/news/kompas_2025_md_naandalist");
        if (news.isPresent()) articles.addAll(analysed(news.get(), 150));
        for (Article a : articles) {
            ObjectNode tree = JSON.valueToTree(a);
            tree.remove("source");
            assertThat(ArticleDocuments.Json.of(a).hashed()).isEqualTo(JSON.writeValueAsString(tree));
            tree.set("source", JSON.valueToTree(a.source()));
            tree.remove("text");
            assertThat(ArticleDocuments.Json.of(a).stored()).isEqualTo(JSON.writeValueAsString(tree));
        }
    }

    @Test
    void anArticleWithoutSourceStoresItAsNull() throws IOException {
        Article a = TestArticles.copy(TestArticles.flood(), t -> t.remove("source"));
        assumeTrue(a.source() == null);
        String stored = ArticleDocuments.Json.of(a).stored();
        assertThat(stored).endsWith(",\"source\":null}");
        assertThat(JSON.readTree(stored).has("text")).isFalse();
    }

    private static List<Article> analysed(Path folder, int limit) throws IOException {
        List<Path> files = SharedData.firstFiles(folder, ".md", limit);
        Pipeline pipeline = new Pipeline();
        List<Article> out = new ArrayList<>();
        for (Path f : files) {
            RawDocument raw = new RawDocument(Origin.file(f.toString()), RawDocument.Format.TEXT, Files.readString(f),
                    RawDocument.Hints.NONE);
            out.add(pipeline.analyze(raw));
        }
        return out;
    }
}
