package id.warta.entities;

import id.warta.language.SpeechCue;
import id.warta.model.EntityType;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code "...," kata Busan saat ditemui}: the name right after a closing quotation mark and an inverted verb of saying is
 * the speaker's, a person, though a gazetteer knows it as a town ({@code Busan}, a minister's nickname; {@code Nairobi},
 * {@code Flores}, people's names). Indonesian news gives a quote to a person or a body, never to a town, so every
 * mention of that name is the person's. Only a name of one word: a market or a firm of two speaks as a body
 * ({@code "...," tulis Pasar Jaya}).
 */
final class SpeakersTakenForPlaces {
    /** A closing quotation mark, then an inverted verb of saying ({@code ," kata }, {@code ” ujar }) ending at the name. */
    private static final Pattern AFTER_QUOTE = Pattern.compile("[\"”]\\s*(\\p{Ll}+)\\s+$");
    /** How far before a name its quotation mark and verb are looked for. */
    private static final int LOOK_BACK = 20;

    private SpeakersTakenForPlaces() {
    }

    /** Retypes as persons the places in {@code found} named right after a quote and its verb, each of their mentions. */
    static void retype(String text, List<Found> found) {
        Set<String> speakers = new HashSet<>();
        for (Found f : found) {
            // one word: a name of more is a body's speaking ("...," tulis Pasar Jaya), or a place's own
            if (f.type() == EntityType.PLACE && f.textIn(text).indexOf(' ') < 0 && afterQuote(text, f.start())) speakers.add(f.textIn(text));
        }
        if (speakers.isEmpty()) return;
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            if (f.type() == EntityType.PLACE && speakers.contains(f.textIn(text))) {
                found.set(i, new Found(f.start(), f.end(), EntityType.PERSON, f.via()));
            }
        }
    }

    private static boolean afterQuote(String text, int start) {
        Matcher m = AFTER_QUOTE.matcher(text.substring(Math.max(0, start - LOOK_BACK), start));
        return m.find() && SpeechCue.invertedBase(m.group(1).toLowerCase(Locale.ROOT)) != null && !m.group(1).endsWith("nya");
    }
}
