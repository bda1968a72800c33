package id.warta.entities;

import id.warta.model.EntityType;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code saham Sinar Makmur Abadi (SMAA) naik}: a name the tagger read as a person, with four capitals in brackets
 * after it, is a listed firm and its stock code when the sentence speaks of the market ({@code saham}, {@code emiten},
 * {@code Tbk}, {@code perseroan}, {@code bursa}, {@code IHSG}). Without such a word the bracket is as often a
 * programme's or an office's short form, and the name is left as found.
 */
final class FirmsBeforeStockCodes {
    private static final Pattern CODE_AFTER = Pattern.compile(" \\(\\p{Lu}{" + StockCodes.LETTERS + "}\\)");
    private static final Pattern MARKET_WORD = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])(?:saham|emiten|tbk|perseroan|bursa|ihsg)(?![\\p{L}\\p{N}])");

    private FirmsBeforeStockCodes() {
    }

    /** Retypes such persons in {@code found} as organisations. */
    static void retype(String text, List<Found> found) {
        Matcher code = CODE_AFTER.matcher(text);
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            if (f.type() != EntityType.PERSON || !code.region(f.end(), text.length()).lookingAt()) continue;
            if (MARKET_WORD.matcher(text).region(sentenceStart(text, f.start()), sentenceEnd(text, f.end())).find()) {
                found.set(i, new Found(f.start(), f.end(), EntityType.ORGANIZATION, f.via()));
            }
        }
    }

    private static int sentenceStart(String text, int p) {
        int dot = Math.max(text.lastIndexOf(". ", p), text.lastIndexOf('\n', p));
        return dot < 0 ? 0 : dot + 1;
    }

    private static int sentenceEnd(String text, int p) {
        int dot = text.indexOf(". ", p);
        int line = text.indexOf('\n', p);
        int end = dot < 0 ? text.length() : dot;
        return line < 0 ? end : Math.min(end, line);
    }
}
