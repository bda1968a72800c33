package id.warta.index;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.warta.json.ArticleJson;
import id.warta.model.Article;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.document.Document;

/** Reads an article back from its stored fields: the JSON, with the text put back in. */
public final class StoredArticle {
    private static final ObjectMapper JSON = ArticleJson.mapper();

    private StoredArticle() {
    }

    public static Article read(Document doc) {
        try {
            ObjectNode tree = (ObjectNode) JSON.readTree(doc.get(Schema.JSON));
            tree.put("text", doc.get(Schema.TEXT));
            return JSON.treeToValue(tree, Article.class);
        } catch (IOException e) {
            throw new UncheckedIOException("stored article " + doc.get(Schema.ARTICLE_ID) + " is not readable", e);
        }
    }
}
