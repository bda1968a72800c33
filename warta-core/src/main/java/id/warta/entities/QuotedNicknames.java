package id.warta.entities;

import id.warta.model.EntityType;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code Anto 'Todung' Binarto}, {@code Sean "Diddy" Combs}: a nickname in quotation marks between a person's given
 * name and the rest of it. The tagger stops at the quotation mark and finds two or three people; the given name
 * found as a person, the nickname and the capitalised words right after it are one person, named as written.
 * Only in a sentence written in sentence case: a headline in Title Case quotes words between names too
 * ({@code Chairunnisa "Tawarkan" Deddy}).
 */
final class QuotedNicknames {
    /** After the given name: one space, the nickname of one or two capitalised words in quotation marks, one space. */
    private static final Pattern NICKNAME = Pattern.compile("^ ['‘\"“]\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+)?['’\"”] (?=\\p{Lu}\\p{Ll})");
    /** The rest of the name: up to three capitalised words. */
    private static final Pattern REST = Pattern.compile("^\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+){0,2}");
    /** The nickname's quotation marks and words lie within this many characters after the given name. */
    private static final int REACH = 40;

    private QuotedNicknames() {
    }

    /** {@code found} (in text order) with each such person's name whole; in place. */
    static void join(List<Sentence> sentences, List<Found> found) {
        if (sentences.isEmpty()) return;
        String text = sentences.getFirst().text();
        for (int i = 0; i < found.size(); i++) {
            Found given = found.get(i);
            if (given.type() != EntityType.PERSON) continue;
            Sentence s = Sentence.containing(sentences, given.start());
            if (s == null || !s.cased() || given.end() >= s.end()) continue; // a name may run past its sentence's end
            String after = text.substring(given.end(), Math.min(s.end(), given.end() + REACH));
            Matcher nick = NICKNAME.matcher(after);
            if (!nick.find()) continue;
            int restStart = given.end() + nick.end();
            int end = restEnd(text, found, restStart, s.end());
            if (end < 0) continue;
            found.removeIf(f -> f != given && f.start() > given.start() && f.start() < end);
            found.set(found.indexOf(given), new Found(given.start(), end, EntityType.PERSON, given.via()));
        }
    }

    /**
     * Where the rest of the name opening at {@code start} ends: a person found there, or capitalised words no name was
     * found in; -1 when another name is found there, or the words run past the sentence's end {@code limit}.
     */
    private static int restEnd(String text, List<Found> found, int start, int limit) {
        for (Found f : found) {
            if (f.start() == start) return f.type() == EntityType.PERSON && f.end() <= limit ? f.end() : -1;
        }
        Matcher rest = REST.matcher(text.substring(start, limit));
        if (!rest.find()) return -1;
        int end = start + rest.end();
        return found.stream().anyMatch(f -> f.start() < end && start < f.end()) ? -1 : end;
    }
}
