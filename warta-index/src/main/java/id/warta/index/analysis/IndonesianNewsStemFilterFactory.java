package id.warta.index.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Factory for {@link IndonesianNewsStemFilter}, known to Lucene as {@value #NAME}:
 * {@code CustomAnalyzer.builder().withTokenizer("indonesianNews").addTokenFilter("lowercase")
 * .addTokenFilter("indonesianNewsStem")}. Takes no parameters.
 *
 * @lucene.spi {@value #NAME}
 */
public class IndonesianNewsStemFilterFactory extends TokenFilterFactory {
    public static final String NAME = "indonesianNewsStem";

    public IndonesianNewsStemFilterFactory(Map<String, String> args) {
        super(args);
        if (!args.isEmpty()) throw new IllegalArgumentException("Unknown parameters: " + args);
    }

    /** For Lucene's service loader only. */
    public IndonesianNewsStemFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new IndonesianNewsStemFilter(input);
    }
}
