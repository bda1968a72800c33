package id.warta.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.warta.json.ArticleJson;
import id.warta.language.Tokenizer;
import id.warta.model.Origin;
import id.warta.model.RawDocument;
import org.junit.jupiter.api.Test;

class PipelineTest {
    private static final RawDocument RAW = new RawDocument(Origin.file("test"), RawDocument.Format.TEXT,
            "Jalan Pajajaran Diperbaiki\n\nBOGOR - Wali Kota Bogor, Dedie A. Rachim, meninjau Jl. Pajajaran pada Senin "
                    + "(3/11). \"Perbaikan selesai akhir bulan,\" katanya.", RawDocument.Hints.NONE);

    @Test
    void theTokensHandedOnAreTheArticleTextsAndTheArticleIsAnalysedAlike() throws Exception {
        Pipeline pipeline = new Pipeline();
        Pipeline.Analysed analysed = pipeline.analyzeWithTokens(RAW);
        assertThat(analysed.textTokens()).isEqualTo(Tokenizer.tokenize(analysed.article().text())).isNotEmpty();
        assertThatThrownBy(() -> analysed.textTokens().removeFirst()).isInstanceOf(UnsupportedOperationException.class);
        var json = ArticleJson.mapper().writer();
        assertThat(json.writeValueAsString(analysed.article())).isEqualTo(json.writeValueAsString(pipeline.analyze(RAW)));
    }
}
