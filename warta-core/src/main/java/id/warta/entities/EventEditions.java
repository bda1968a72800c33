package id.warta.entities;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code Future Initiative Forum 2025}, {@code Jakarta Economic Forum 2025}: a name closing with an event's word
 * ({@code Forum}, {@code Expo}, {@code Conference}; {@link ThingWords#isDatedEventTail}) that the article writes
 * with a year right after is an event's edition, and events name no one by the project's convention. The tagger
 * leaves the year out and reads a body; every mention of that name goes, with the year or without.
 */
final class EventEditions {
    /** A year right after a name: a space, four digits from 1900 on, no digit or letter after. */
    private static final Pattern YEAR_AFTER = Pattern.compile(" (?:19|20)\\d\\d(?![\\p{L}\\p{N}])");

    private EventEditions() {
    }

    /** {@code found} without the names of events written with their edition's year somewhere; in place. */
    static void drop(String text, List<Found> found) {
        EntityLexicon lexicon = EntityLexicon.INSTANCE;
        Set<String> events = new HashSet<>();
        Matcher year = YEAR_AFTER.matcher(text);
        for (Found f : found) {
            String name = f.textIn(text);
            int space = name.lastIndexOf(' ');
            if (space > 0 && ThingWords.INSTANCE.isDatedEventTail(name.substring(space + 1))
                    && year.region(f.end(), text.length()).lookingAt()) {
                events.add(name);
            }
        }
        if (!events.isEmpty()) found.removeIf(f -> events.contains(f.textIn(text)));
    }
}
