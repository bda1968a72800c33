package id.warta.entities;

import id.warta.language.Abbreviations;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code dr Rina Kartika, SpJP(K), FIHA, FAPSIC}, {@code Prof. Bambang Susilo, Sp.PD, KAI}: after a doctor's degree,
 * news lists the fellowships and consultant titles the person holds, each a word in capitals after a comma. Such a
 * word is a credential of the person before it, no body of its own (not the railway the initials {@code KAI} stand for).
 */
final class PostnominalCredentials {
    /** A credential: one word of capitals, maybe a lower-case letter among them ({@code FInaSIM}). */
    private static final Pattern CREDENTIAL = Pattern.compile("\\p{Lu}[\\p{Lu}\\p{Ll}]{1,7}");
    /** The word before the comma before a name, a consultant's {@code (K)} after it left aside. */
    private static final Pattern WORD_BEFORE_COMMA = Pattern.compile("(\\S+?)\\s?(?:\\(K\\))?, $");
    /** How far back the word before the comma is looked for. */
    private static final int REACH = 24;

    private PostnominalCredentials() {
    }

    /** Drops from {@code found} (sorted by start) the credentials listed after a degree; in place. */
    static void drop(String text, List<Found> found) {
        int lastDropped = -1; // where the last credential dropped ends: the next may follow it
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            String name = f.textIn(text);
            if (!CREDENTIAL.matcher(name).matches() || upperShare(name) < 0.5) continue;
            Matcher m = WORD_BEFORE_COMMA.matcher(text.substring(Math.max(0, f.start() - REACH), f.start()));
            if (!m.find()) continue;
            boolean afterCredential = lastDropped >= 0 && f.start() - lastDropped == 2;
            if (afterCredential || Abbreviations.isDegree(m.group(1))) {
                found.remove(i--);
                lastDropped = f.end();
            }
        }
    }

    private static double upperShare(String s) {
        long upper = s.chars().filter(Character::isUpperCase).count();
        return (double) upper / s.length();
    }
}
