package id.warta.entities;

import id.warta.entities.ner.NerModel;
import id.warta.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * People in a team's line-up, as match reports close with it ({@code Susunan pemain Persikota: Andi Wijaya; Bima
 * Putra, Cahyo Nugroho (Dedi Santoso 70'), ...}): after a colon, a run of names parted by semicolons and commas, each
 * perhaps with a shirt number before it ({@code 7-Rahmat}) and a bracket after it (a keeper's {@code (PG)}, or the
 * substitute who came on, {@code (Dedi Santoso 70')}). The tagger finds most of the players and misses the foreign
 * names it has never seen; when at least a third of the run's names are people it found and hardly any is anything
 * else, the names it missed are people too, if their words read as a name (no title or head word, not opening with a
 * word the news writes in lower case). A run counts from six names; its last name only when a full stop, a line's end
 * or the text's end closes it, since a flattened report runs the next team's heading on ({@code Egi (Fajar 80')
 * Persiraja: ...}).
 */
final class LineupNames {
    /** A shirt number before a name: {@code 92-}, {@code 30 }. */
    private static final Pattern SHIRT = Pattern.compile("\\d{1,2}(?:-|[ \\u00A0])(?=\\p{Lu})");
    /** A name: one to four capitalised words, a lower-case particle allowed between them ({@code Virgil van Dijk}). */
    private static final String WORD = "\\p{Lu}(?:\\.|[\\p{L}'’\\-]*)"; // an initial keeps its full stop, a name's last word none
    private static final Pattern NAME = Pattern.compile(WORD + "(?:[ \\u00A0](?:(?:da|de|del|der|di|do|dos|du|la|le|van|von|bin|el|al)"
            + "[ \\u00A0])?" + WORD + "){0,3}");
    /** A bracket after a name: a keeper's or captain's mark, or a substitute and his minute. */
    private static final Pattern BRACKET = Pattern.compile("[ \\u00A0]*\\(([^()]{1,40})\\)");
    private static final Pattern SUBSTITUTE = Pattern.compile("(" + NAME.pattern() + ")[ \\u00A0]+\\d{1,3}[+\\d]*['’\"]?");
    private static final Pattern SEPARATOR = Pattern.compile("[ \\u00A0]*[;,][ \\u00A0]*");
    private static final Pattern CLOSE = Pattern.compile("[ \\u00A0]*(?:\\.|\\R|$)");
    private static final Set<String> MARKS = Set.of("PG", "GK", "C", "c", "K", "k", "Kapten", "kapten");
    private static final int LEAST_NAMES = 6;
    private static final double PEOPLE_SHARE = 1.0 / 3;
    private static final double MOST_OTHERS_SHARE = 1.0 / 6;

    private final NerModel model;
    private final EntityLexicon lexicon = EntityLexicon.INSTANCE;

    LineupNames(NerModel model) {
        this.model = model;
    }

    /** A name of the run {@code [start, end)}. */
    private record Item(int start, int end) {
    }

    /** Adds the players missed in the line-ups of {@code text}; {@code found} is in text order and stays so. */
    void find(String text, List<Found> found) {
        List<Found> added = new ArrayList<>();
        for (int colon = text.indexOf(':'); colon >= 0; colon = text.indexOf(':', colon + 1)) {
            List<Item> run = run(text, colon + 1);
            if (run.size() >= LEAST_NAMES) people(text, run, found, added);
        }
        if (added.isEmpty()) return;
        found.addAll(added);
        found.sort((a, b) -> a.start() - b.start());
    }

    /** The names of the run after a colon at {@code from}, substitutes included; the last only when closed. */
    private static List<Item> run(String text, int from) {
        List<Item> run = new ArrayList<>();
        int at = from;
        while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\u00A0')) at++;
        Matcher shirt = SHIRT.matcher(text), name = NAME.matcher(text), bracket = BRACKET.matcher(text),
                separator = SEPARATOR.matcher(text), close = CLOSE.matcher(text);
        while (at < text.length()) {
            if (shirt.region(at, text.length()).lookingAt()) at = shirt.end();
            if (!name.region(at, text.length()).lookingAt()) return run;
            List<Item> item = new ArrayList<>(List.of(new Item(at, name.end())));
            at = name.end();
            if (bracket.region(at, text.length()).lookingAt()) {
                String inside = bracket.group(1).strip();
                Matcher sub = SUBSTITUTE.matcher(inside);
                if (sub.matches()) item.add(new Item(bracket.start(1) + sub.start(1), bracket.start(1) + sub.end(1)));
                else if (!MARKS.contains(inside)) return run;
                at = bracket.end();
            }
            if (separator.region(at, text.length()).lookingAt()) {
                run.addAll(item);
                at = separator.end();
            } else {
                if (close.region(at, text.length()).lookingAt()) run.addAll(item);
                return run;
            }
        }
        return run;
    }

    private void people(String text, List<Item> run, List<Found> found, List<Found> added) {
        int people = 0, others = 0;
        for (Item i : run) {
            EntityType type = covering(i, found);
            if (type == EntityType.PERSON) people++;
            else if (type != null) others++;
        }
        if (people < PEOPLE_SHARE * run.size() || others > MOST_OTHERS_SHARE * run.size()) return;
        for (Item i : run) {
            if (covering(i, found) != null || !readsAsName(text.substring(i.start(), i.end()))) continue;
            added.add(new Found(i.start(), i.end(), EntityType.PERSON, "lineup"));
        }
    }

    /** The type of a found name overlapping item {@code i}, a person's first; null when none. */
    private static EntityType covering(Item i, List<Found> found) {
        return Surroundings.typeCovering(i.start(), i.end(), found);
    }

    private boolean readsAsName(String item) {
        String[] words = item.split("[ \\u00A0]+");
        if (model.seenInLowerCase(words[0])) return false; // "Saksikan", "Pelatih": a sentence's word
        for (String w : words) {
            if (lexicon.titleOrHeadWord(w)) return false;
        }
        return true;
    }
}
