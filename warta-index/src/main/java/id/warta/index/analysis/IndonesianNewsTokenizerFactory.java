package id.warta.index.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.util.AttributeFactory;

/**
 * Factory for {@link IndonesianNewsTokenizer}, known to Lucene as {@value #NAME}. Takes no parameters.
 *
 * @lucene.spi {@value #NAME}
 */
public class IndonesianNewsTokenizerFactory extends TokenizerFactory {
    public static final String NAME = "indonesianNews";

    public IndonesianNewsTokenizerFactory(Map<String, String> args) {
        super(args);
        if (!args.isEmpty()) throw new IllegalArgumentException("Unknown parameters: " + args);
    }

    /** For Lucene's service loader only. */
    public IndonesianNewsTokenizerFactory() {
        throw defaultCtorException();
    }

    @Override
    public IndonesianNewsTokenizer create(AttributeFactory factory) {
        return new IndonesianNewsTokenizer(factory);
    }
}
