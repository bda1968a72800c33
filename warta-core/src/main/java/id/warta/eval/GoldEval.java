package id.warta.eval;

import com.fasterxml.jackson.databind.JsonNode;
import id.warta.json.ArticleJson;
import id.warta.model.Article;
import id.warta.pipeline.Pipeline;
import java.nio.file.Path;
import java.util.List;

/**
 * Analyses every article of a gold folder and scores the output as {@code score_gold.py} would
 * score the JSON Lines of {@code warta analyze --format jsonl} on the folder it prepares.
 */
public final class GoldEval {
    private GoldEval() {
    }

    /**
     * Scores an existing JSON Lines output (one object per article, in file-name order), as
     * {@code score_gold.py score DIR OUT} does: for other systems' output, or to check agreement.
     */
    public static GoldScore score(Path dir, Path jsonLines) {
        List<GoldSet.Article> articles = GoldSet.read(dir);
        List<JsonNode> outputs = new java.util.ArrayList<>();
        try (var lines = java.nio.file.Files.lines(jsonLines)) {
            for (String line : (Iterable<String>) lines::iterator) {
                if (!line.isBlank()) outputs.add(ArticleJson.mapper().readTree(line));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        if (outputs.size() != articles.size()) {
            throw new IllegalArgumentException(outputs.size() + " outputs for " + articles.size()
                    + " articles: outputs must follow input order, one per article");
        }
        GoldScore score = new GoldScore();
        for (int i = 0; i < articles.size(); i++) score.add(articles.get(i).id(), articles.get(i).labels(), outputs.get(i));
        return score;
    }

    public static GoldScore run(Path dir, Pipeline pipeline) {
        List<GoldSet.Article> articles = GoldSet.read(dir);
        GoldScore score = new GoldScore();
        for (GoldSet.Article a : articles) {
            Article analysed = pipeline.analyze(a.raw());
            JsonNode output = ArticleJson.mapper().valueToTree(analysed);
            score.add(a.id(), a.labels(), output);
        }
        return score;
    }
}
