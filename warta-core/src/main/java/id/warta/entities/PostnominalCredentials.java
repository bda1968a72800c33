package id.warta.entities;

import id.warta.language.Abbreviations;
import id.warta.model.EntityType;
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
            String before = text.substring(Math.max(0, f.start() - REACH), f.start());
            if (before.indexOf(", ") < 0) continue; // the pattern, tried from each character, holds one
            Matcher m = WORD_BEFORE_COMMA.matcher(before);
            if (!m.find()) continue;
            boolean afterCredential = lastDropped >= 0 && f.start() - lastDropped == 2;
            if (afterCredential || Abbreviations.isDegree(m.group(1))) {
                found.remove(i--);
                lastDropped = f.end();
            }
        }
    }

    /**
     * A degree written with its period and a capitalised part ({@code M.Biomed}, {@code M.Psi.}, {@code M.Trop. Paed}):
     * the short forms of degrees are many, and the tagger takes one it never learnt for a person ({@code M.Afin}, a
     * name written so, takes the same shape: only the place after a name's credentials tells them apart).
     */
    private static final Pattern DOTTED_DEGREE = Pattern.compile("\\p{Lu}\\p{Ll}?\\.\\p{Lu}\\p{L}{1,8}\\.?(?: \\p{Lu}\\p{Ll}{1,6}\\.?)?");
    /**
     * What stands between a person's name and a degree after it: only credentials, each set off by a comma
     * ({@code , S.Si, Apt, }, {@code , SpA(K), SubSp IPT, }).
     */
    private static final Pattern CREDENTIALS_BETWEEN = Pattern.compile(
            "(?:\\s?,\\s?\\p{Lu}[\\p{L}().-]{0,9}(?: \\p{Lu}[\\p{L}().-]{0,9})?)*\\s?,\\s?");

    /**
     * Drops from {@code found} (sorted by start) the dotted degrees listed after a person's name ({@code Retno Dewi,
     * S.Si, Apt, M.Biomed}); in place.
     */
    static void dropDottedDegrees(String text, List<Found> found) {
        Found person = null; // the last person found before, not itself a degree
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            if (person != null && f.start() >= person.end() && DOTTED_DEGREE.matcher(f.textIn(text)).matches()
                    && CREDENTIALS_BETWEEN.matcher(text.substring(person.end(), f.start())).matches()) {
                found.remove(i--);
                continue;
            }
            if (f.type() == EntityType.PERSON) person = f;
        }
    }

    /** A son's or father's suffix, part of the name ({@code Floyd Mayweather Jr.}), though the short forms list it with degrees. */
    private static final java.util.Set<String> GENERATIONS = java.util.Set.of("Jr.", "Jr", "Sr.", "Sr");

    /**
     * Trims from the people in {@code found} a dotted degree written after the name without a comma ({@code Dadan
     * Heryana M.Pd yang ...}, {@code Dwi Kartiko S.Pd.}), which the tagger ran into the name: the degree is the
     * person's, no part of the name; in place.
     */
    static void trimDegreeTails(String text, List<Found> found) {
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            if (f.type() != EntityType.PERSON) continue;
            String name = f.textIn(text);
            int space = name.lastIndexOf(' ');
            // "Budi S.Pd": a one-word name keeps its degree rather than standing as one word, which may be no name
            if (space <= 0 || name.indexOf(' ') == space) continue;
            String last = name.substring(space + 1);
            if (last.indexOf('.') < 0 || !Abbreviations.isDegree(last) || GENERATIONS.contains(last)) continue; // not "A.Rahman"
            found.set(i, new Found(f.start(), f.start() + space, f.type(), f.via()));
        }
    }

    private static double upperShare(String s) {
        long upper = s.chars().filter(Character::isUpperCase).count();
        return (double) upper / s.length();
    }
}
