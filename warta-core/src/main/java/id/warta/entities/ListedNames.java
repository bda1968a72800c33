package id.warta.entities;

import id.warta.entities.ner.NerModel;
import id.warta.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * People in a numbered list, as results and line-ups are written ({@code Speed Putra: 1. Veddrriq
 * Leonardo 2. Kiromal Katibin 3. Antasyafi Robby}; selection results, squads), often flattened
 * into one line. The tagger finds some of the names and misses the rest; when a quarter of the
 * items of a run numbered 1, 2, 3 ... are people it found and none is anything else, the other
 * items are people too, if their words read as a name (no word the news writes in lower case, no
 * title or head word). An item is the capitalised words between one number and the next (one to
 * four words); the last item counts only when punctuation or the line's end closes it, since a
 * flattened list runs on into the next heading ({@code 5. Raharjati Nursamsa Speed Putri: 1. ...}).
 */
final class ListedNames {
    /**
     * An item's number: one or two digits and a full stop, not inside a longer number or a date. Tried
     * only where one or two ASCII digits ({@code \d}) and a full stop stand ({@link #nextNumber}): {@code find}
     * tried the pattern at every position of the text, a few percent of the whole pipeline's time.
     */
    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\p{N}.,/])(\\d{1,2})\\.[ \\t\\u00A0]+(?=\\p{Lu})");
    /** An item: one to four capitalised words (initials with a full stop allowed), then spaces. */
    private static final Pattern ITEM = Pattern.compile(
            "\\p{Lu}(?:\\.|[\\p{L}'’\\-]*)(?:[ \\u00A0]\\p{Lu}(?:\\.|[\\p{L}'’\\-]*)){0,3}");
    /** What may close the last item of a list. */
    private static final Pattern LAST_CLOSE = Pattern.compile("[ \\t\\u00A0]*(?:[.,;)]|\\R|$)");
    private static final int SHORTEST_RUN = 2;
    /** The share of a run's items the tagger must have found as people. */
    private static final double PEOPLE_SHARE = 1.0 / 4;
    private static final Pattern SPACES = Pattern.compile("[ \\u00A0]+");
    /** Words an item holds at most, as {@code ITEM} reads it, and a heading at most. */
    private static final int MOST_ITEM_WORDS = 4;
    private static final int MOST_HEADING_WORDS = 3;

    private final NerModel model;
    private final EntityLexicon lexicon = EntityLexicon.INSTANCE;

    ListedNames(NerModel model) {
        this.model = model;
    }

    /** An item's words {@code [start, end)}, after its number at {@code number}. */
    private record Item(int number, int start, int end) {
    }

    /** People in the numbered lists of {@code text}; {@code found} (in text order) is updated in place. */
    void find(String text, List<Found> found) {
        Matcher number = NUMBER.matcher(text).useTransparentBounds(true); // the lookbehind reads before the region
        Matcher item = ITEM.matcher(text);
        Matcher close = LAST_CLOSE.matcher(text);
        List<Item> run = new ArrayList<>();
        int expected = 1, runEnd = -1;
        List<List<Item>> runs = new ArrayList<>();
        for (int at = 0; nextNumber(number, text, at); ) {
            at = number.end();
            int n = Integer.parseInt(number.group(1));
            boolean continues = n == expected && number.start() == runEnd;
            if (!continues) {
                if (run.size() >= SHORTEST_RUN) runs.add(run);
                run = new ArrayList<>();
                if (n != 1) {
                    expected = 1;
                    runEnd = -1;
                    continue;
                }
            }
            if (!item.region(number.end(), text.length()).lookingAt()) {
                if (run.size() >= SHORTEST_RUN) runs.add(run);
                run = new ArrayList<>();
                expected = 1;
                runEnd = -1;
                continue;
            }
            int end = item.end();
            int next = end;
            while (next < text.length() && (text.charAt(next) == ' ' || text.charAt(next) == '\u00A0')) next++;
            run.add(new Item(number.start(), number.end(), end));
            expected = n + 1;
            runEnd = next;
        }
        if (run.size() >= SHORTEST_RUN) runs.add(run);
        int from = 0;
        int heading = 0, headingEnd = -1;
        for (List<Item> r : runs) {
            // Only the names from the last run's on up to this run's end can overlap it (a name found
            // over a run is cut to its items), so each run reads its own stretch of the list: linear
            // in the text, where reading all the names for every run was quadratic on a long results page.
            int to = from, end = r.getLast().end();
            while (to < found.size() && found.get(to).start() < end) to++;
            List<Found> stretch = found.subList(from, to);
            if (r.getFirst().number() != headingEnd) heading = headingWords(text, r.getFirst().number());
            headingEnd = people(text, r, close, stretch, heading);
            from += stretch.size();
        }
    }

    /**
     * The next match of {@code NUMBER} at or after {@code from}, as {@code find} gives it: every match opens with
     * one or two digits and a period, so it is tried only there (most digits are a longer number's or a date's).
     */
    private static boolean nextNumber(Matcher number, String text, int from) {
        for (int p = from; p < text.length(); p++) {
            if (isDigit(text, p) && (isPeriod(text, p + 1) || isDigit(text, p + 1) && isPeriod(text, p + 2))
                    && number.region(p, text.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** Whether an ASCII digit, as {@code \d} reads one, stands at {@code at}. */
    private static boolean isDigit(String text, int at) {
        return at < text.length() && text.charAt(at) >= '0' && text.charAt(at) <= '9';
    }

    private static boolean isPeriod(String text, int at) {
        return at < text.length() && text.charAt(at) == '.';
    }

    /**
     * How many capitalised words head a run, between a colon and its first number ({@code Speed
     * Putra: 1. ...}); zero when no colon comes right before the number.
     */
    private static int headingWords(String text, int number) {
        int i = number;
        while (i > 0 && text.charAt(i - 1) == ' ') i--;
        if (i == 0 || text.charAt(i - 1) != ':') return 0;
        int end = i - 1, count = 0;
        while (count < MOST_HEADING_WORDS) {
            int start = end;
            while (start > 0 && Character.isLetter(text.charAt(start - 1))) start--;
            if (start == end || !Character.isUpperCase(text.charAt(start))) break;
            count++;
            if (start == 0 || text.charAt(start - 1) != ' ') break;
            end = start - 1;
        }
        return count;
    }

    /**
     * A run's last item running into the heading of the next run ({@code 5. Raharjati Nursamsa
     * Speed Putri: 1. ...}): the last {@code heading} capitalised words before the colon are the
     * next heading, as long as this run's own, and the words before them the item; null when no
     * colon ends the capitalised words after the item's number or nothing is left of the item.
     */
    private static Item beforeNextHeading(String text, Item last, int heading) {
        if (heading == 0) return null;
        List<int[]> words = new ArrayList<>();
        int i = last.start();
        while (words.size() <= MOST_ITEM_WORDS + heading && i < text.length() && Character.isUpperCase(text.charAt(i))) {
            int start = i;
            while (i < text.length() && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '-')) i++;
            words.add(new int[] {start, i});
            if (i < text.length() && text.charAt(i) == ':') {
                int kept = words.size() - heading;
                return kept < 1 || kept > MOST_ITEM_WORDS ? null : new Item(last.number(), last.start(), words.get(kept - 1)[1]);
            }
            if (i >= text.length() || text.charAt(i) != ' ') return null;
            i++;
        }
        return null;
    }

    /**
     * People in {@code run}, headed by {@code heading} words; {@code found} (in text order) holds every
     * name that may overlap it and is updated in place. Returns where the next run's number stands when
     * the last item ran into that run's heading, else -1.
     */
    private int people(String text, List<Item> run, Matcher close, List<Found> found, int heading) {
        Item last = run.getLast();
        boolean lastClosed = close.region(last.end(), text.length()).lookingAt();
        Item cut = lastClosed ? null : beforeNextHeading(text, last, heading);
        int next = -1;
        if (cut != null) { // "Raharjati Nursamsa" | "Speed Putri: 1."
            next = text.indexOf(':', cut.end()) + 1;
            while (next < text.length() && text.charAt(next) == ' ') next++;
            run = new ArrayList<>(run.subList(0, run.size() - 1));
            run.add(cut);
            lastClosed = true;
        }
        splitAcrossItems(run, found);
        List<Item> items = lastClosed ? run : run.subList(0, run.size() - 1);
        int people = 0;
        for (Item i : run) {
            EntityType type = covering(i, found);
            if (type == EntityType.PERSON) people++;
            else if (type != null) return next; // a list of bodies or places, or a mixed one
        }
        if (people == 0 || people < PEOPLE_SHARE * run.size()) return next;
        for (Item i : items) {
            EntityType type = covering(i, found);
            if (type != null && !inside(i, found) || !readsAsName(text.substring(i.start(), i.end()))) continue;
            found.removeIf(f -> f.start() >= i.start() && f.end() <= i.end()); // "Leonardo" of "Veddrriq Leonardo"
            found.add(new Found(i.start(), i.end(), EntityType.PERSON, "list"));
        }
        found.sort((a, b) -> a.start() - b.start());
        return next;
    }

    /**
     * A name run over an item's number ({@code Gilang Prasetyo Wibowo 2. Hardianto Saragih},
     * {@code Bank Mandiri 2}) is cut at the numbers: one name of its type per item it touches.
     */
    private static void splitAcrossItems(List<Item> run, List<Found> found) {
        int first = run.getFirst().start(), end = run.getLast().end();
        List<Found> across = new ArrayList<>();
        for (Found f : found) {
            if (f.end() <= first || f.start() >= end) continue;
            if (run.stream().noneMatch(i -> i.start() <= f.start() && f.end() <= i.end())) across.add(f);
        }
        for (Found f : across) {
            found.remove(f);
            for (Item i : run) {
                if (f.start() < i.end() && i.start() < f.end()) {
                    found.add(new Found(Math.max(f.start(), i.start()), Math.min(f.end(), i.end()), f.type(), f.via()));
                }
            }
        }
        if (!across.isEmpty()) found.sort((a, b) -> a.start() - b.start());
    }

    /** The type of a found name overlapping item {@code i}, a person's first; null when none. */
    private static EntityType covering(Item i, List<Found> found) {
        return Surroundings.typeCovering(i.start(), i.end(), found);
    }

    /** Whether the names overlapping item {@code i} are all people's, inside it. */
    private static boolean inside(Item i, List<Found> found) {
        for (Found f : found) {
            if (f.start() >= i.end() || i.start() >= f.end()) continue;
            if (f.type() != EntityType.PERSON || f.start() < i.start() || f.end() > i.end()) return false;
        }
        return true;
    }

    private boolean readsAsName(String item) {
        for (String w : SPACES.split(item)) {
            if (model.seenInLowerCase(w) || lexicon.titleOrHeadWord(w)) return false;
        }
        return true;
    }
}
