package id.warta.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import id.warta.model.Article;
import id.warta.model.DateMention;
import id.warta.model.Located;
import id.warta.model.Period;
import id.warta.model.RawDocument;
import id.warta.pipeline.Pipeline;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every article of the shared news corpora (real scrapes in five layouts) goes through the
 * whole pipeline without an error, and every fact's span lies inside the text it points into.
 */
class CorpusRobustnessTest {
    @Test
    void analysesEveryCorpusArticleWithValidSpans() {
        List<RawDocument> corpus = NewsCorpus.load();
        assumeFalse(corpus.isEmpty(), "shared/data/news is not here");
        Pipeline pipeline = new Pipeline();
        List<String> failures = new ArrayList<>();
        for (RawDocument doc : corpus) {
            try {
                Article a = pipeline.analyze(doc);
                Stream.<Located>concat(a.dates().stream(), Stream.concat(a.periods().stream(),
                        Stream.concat(a.quotes().stream(), a.amounts().stream()))).forEach(f -> {
                    if (f.end() > a.text().length()) failures.add(doc.origin() + ": span past the text: " + f);
                });
                for (DateMention d : a.dates()) {
                    if (!d.evidence(a.text()).equals(d.text())) failures.add(doc.origin() + ": " + d);
                }
                for (Period p : a.periods()) {
                    if (!p.evidence(a.text()).equals(p.text())) failures.add(doc.origin() + ": " + p);
                }
            } catch (RuntimeException e) {
                failures.add(doc.origin() + ": " + e);
            }
        }
        assertThat(failures).as("articles that failed").isEmpty();
        assertThat(corpus.size()).isGreaterThan(5000);
    }
}
