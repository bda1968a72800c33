package id.warta.dates;

import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern whose matches are found as {@link Matcher#find()} finds them, but tried only
 * where one can open. {@code find()} tries the pattern at every position of the text, and
 * the date patterns open with case-insensitive alternations of words, dear to try. Here a
 * position is passed over when
 * <ul>
 * <li>its character cannot open a match (read off the pattern once: each character of the
 *     Latin scripts is probed; any other may open one);
 * <li>the pattern's matches open words ({@code \b} leads it) and the position is inside one;
 * <li>the few characters from it (up to a word's first {@value #LOOK_AHEAD} letters and the
 *     character after them) cannot open a match: probed on first sight and remembered.
 * </ul>
 * A probe asks the pattern itself at the text's start and after a space, a letter and a
 * digit: whether it matches, or gives up only for want of more text ({@link Matcher#hitEnd()}).
 * So a pattern whose opening looks behind may only look to exclude characters. For patterns
 * that never match empty text. Thread-safe.
 */
final class Prefiltered {
    /** Characters below this are probed once; any other is taken to possibly open a match. */
    private static final int PROBED = 0x250;
    /** What may come before a match, when probing: nothing, a space, a letter, a digit. */
    private static final String[] BEFORE = {"", " ", "a", "0"};
    /** How many letters of a word are probed before the pattern is tried at it. */
    private static final int LOOK_AHEAD = 4;
    /**
     * Beyond this many remembered openings, new ones are probed each time (bounds memory on odd input).
     * News holds more than 20,000 (35,534 distinct in the 7,838 corpus articles): past that, each
     * rare one cost a lock and every pattern's probes again at each sight. The table stays 1 MB (2^17 slots).
     */
    private static final int MAX_REMEMBERED = 65_000;
    /**
     * Every opening seen, numbered once for all patterns: a text's openings are looked up once,
     * and each pattern keeps its verdicts in an array by number (cheaper than a map per pattern).
     */
    private static final Numbers NUMBERS = new Numbers();

    private final Pattern pattern;
    private final boolean opensWord;
    private final Set<String> groups;
    private final boolean[] opens = new boolean[PROBED];
    /**
     * This pattern's verdict on each numbered opening: 0 not probed yet, 1 may open, 2 cannot.
     * Written under the lock; a reader that misses a verdict (an older array) only probes again.
     */
    private volatile byte[] verdicts = new byte[256];

    private Prefiltered(Pattern pattern, boolean opensWord) {
        this.pattern = pattern;
        this.opensWord = opensWord;
        this.groups = Set.copyOf(pattern.namedGroups().keySet());
        for (char c = 0; c < PROBED; c++) opens[c] = mayOpen(String.valueOf(c));
    }

    /** A pattern whose matches may open anywhere their first character allows. */
    static Prefiltered anywhere(Pattern pattern) {
        return new Prefiltered(pattern, false);
    }

    /**
     * A pattern every match of which, when it opens with a word character, opens a word
     * (its alternatives open with {@code \b}, or with a non-word character such as {@code (}).
     */
    static Prefiltered wordStart(Pattern pattern) {
        return new Prefiltered(pattern, true);
    }

    Pattern pattern() {
        return pattern;
    }

    /** A matcher over {@code text} for {@link #find}: its lookarounds and boundaries see the whole text. */
    Matcher matcher(String text) {
        return pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    }

    /**
     * The next match after the last one (the first on a new matcher), as {@link Matcher#find()}
     * gives it; {@code m}, a {@link #matcher} over the text of {@code openings}, then holds it.
     */
    boolean find(Matcher m, Openings openings) {
        String text = openings.text;
        int length = text.length();
        int from = !m.hasMatch() ? m.regionStart() : m.end() > m.start() ? m.end() : m.end() + 1;
        if (opensWord) {
            for (int k = openings.firstAtOrAfter(from); k < openings.size; k++) {
                int p = openings.positions[k];
                char c = text.charAt(p);
                if ((c < PROBED && !opens[c]) || !mayOpenWith(openings, k)) continue;
                m.region(p, length);
                if (m.lookingAt()) return true;
            }
        } else {
            for (int p = from; p < length; p++) {
                char c = text.charAt(p);
                if (c < PROBED && !opens[c]) continue;
                m.region(p, length);
                if (m.lookingAt()) return true;
            }
        }
        m.region(length, length);
        return false;
    }

    /** The named group of {@code m}'s match, or null when it did not take part or the pattern has no such group. */
    String group(Matcher m, String name) {
        return groups.contains(name) ? m.group(name) : null;
    }

    /** Whether a match may open with the characters at the {@code k}th opening: a word's first letters and the one after. */
    private boolean mayOpenWith(Openings openings, int k) {
        if (openings.key(k) == Openings.UNREMEMBERED) return true;
        int number = openings.number(k);
        if (number < 0) return mayOpen(openings.opening(k));
        byte[] known = verdicts;
        if (number < known.length && known[number] != 0) return known[number] == 1;
        boolean may = mayOpen(openings.opening(k));
        remember(number, may);
        return may;
    }

    private synchronized void remember(int number, boolean may) {
        byte[] known = verdicts;
        if (number >= known.length) known = Arrays.copyOf(known, Math.max(number + 1, known.length * 2));
        known[number] = (byte) (may ? 1 : 2);
        verdicts = known;
    }

    /**
     * The positions of a text where a match of a word-start pattern may open: every position
     * but those inside a word. Found once per text for every pattern scanned over it, with the
     * characters each opens with.
     */
    static final class Openings {
        /** The key of an opening reaching past ASCII (other scripts and case foldings): not remembered. */
        static final int UNREMEMBERED = -1;
        private final String text;
        private final int[] positions;
        private final int size;
        /** Each position's opening's {@link #key} plus two (0: not read yet). */
        private final int[] keys;
        /** Each position's opening's number plus two (0: not looked up yet; 1: not numbered). */
        private final int[] numbers;

        Openings(String text) {
            this.text = text;
            int[] at = new int[Math.max(16, text.length() / 3)];
            int n = 0;
            for (int p = 0; p < text.length(); p++) {
                if (p > 0 && isWord(text.charAt(p)) && isWord(text.charAt(p - 1))) continue;
                if (n == at.length) at = Arrays.copyOf(at, n * 2);
                at[n++] = p;
            }
            positions = at;
            size = n;
            keys = new int[n];
            numbers = new int[n];
        }

        /** The number of the {@code k}th position's opening (one {@link #key} gave), or -1 once {@value #MAX_REMEMBERED} are numbered. */
        int number(int k) {
            int plusTwo = numbers[k];
            if (plusTwo != 0) return plusTwo - 2;
            int n = NUMBERS.of(key(k));
            numbers[k] = n + 2;
            return n;
        }

        /** The index of the first position at or after {@code offset}. */
        int firstAtOrAfter(int offset) {
            int k = Arrays.binarySearch(positions, 0, size, offset);
            return k >= 0 ? k : -k - 1;
        }

        /**
         * The {@code k}th position's opening, up to {@value #LOOK_AHEAD} letters from it and the
         * character after them, as a number read without making a string of it (numbering it is
         * a lookup per word of the text): its ASCII characters 7 bits each, the first lowest, and
         * its length above them; {@link #UNREMEMBERED} when one is past ASCII.
         */
        int key(int k) {
            int plusTwo = keys[k];
            if (plusTwo != 0) return plusTwo - 2;
            int p = positions[k], end = p, key = 0;
            while (end < text.length() && end - p < LOOK_AHEAD) {
                char c = text.charAt(end);
                if (c >= 128) {
                    key = UNREMEMBERED;
                    break;
                }
                key |= c << 7 * (end++ - p);
                if (!isLetter(c)) break;
            }
            if (key != UNREMEMBERED) key |= (end - p) << 7 * LOOK_AHEAD;
            keys[k] = key + 2;
            return key;
        }

        /** The {@code k}th position's opening as text (to probe a pattern with), when its {@link #key} is remembered. */
        String opening(int k) {
            int p = positions[k];
            return text.substring(p, p + (key(k) >>> 7 * LOOK_AHEAD));
        }
    }

    /**
     * Openings' keys to their numbers, up to {@value #MAX_REMEMBERED}: open addressing over one
     * array, each slot a key and its number side by side (a lookup reads one slot, not a map's
     * entry, key and boxed number). Read without a lock: a slot is written once, whole.
     */
    private static final class Numbers {
        private static final int SLOTS = Integer.highestOneBit(MAX_REMEMBERED) << 2;
        /** A slot: the key plus one in the high half, the number in the low; 0 when empty. */
        private final AtomicLongArray slots = new AtomicLongArray(SLOTS);
        private int size;
        /** Set once {@value #MAX_REMEMBERED} are numbered: a new key then takes no lock. */
        private volatile boolean full;

        /** The number of {@code key} (not {@link Openings#UNREMEMBERED}), numbered now when new; -1 once full. */
        int of(int key) {
            for (int i = slot(key); ; i = (i + 1) & (SLOTS - 1)) {
                long s = slots.getOpaque(i);
                if (s == 0) return full ? -1 : add(key);
                if ((int) (s >>> 32) == key + 1) return (int) s;
            }
        }

        private synchronized int add(int key) {
            for (int i = slot(key); ; i = (i + 1) & (SLOTS - 1)) {
                long s = slots.getOpaque(i);
                if ((int) (s >>> 32) == key + 1) return (int) s;
                if (s != 0) continue;
                if (size >= MAX_REMEMBERED) {
                    full = true;
                    return -1;
                }
                slots.setOpaque(i, (long) (key + 1) << 32 | size);
                return size++;
            }
        }

        private static int slot(int key) {
            return (key * 0x9E3779B9) >>> (32 - Integer.numberOfTrailingZeros(SLOTS));
        }
    }

    /**
     * A word character as {@code \b} reads one since Java 19: ASCII letters, digits and
     * {@code _} (it also counts a combining mark after a letter, which only lets more positions
     * through here).
     */
    private static boolean isWord(char c) {
        return isLetter(c) || c >= '0' && c <= '9' || c == '_';
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** Whether a match may open with {@code opening}, after any of {@link #BEFORE}. */
    private boolean mayOpen(String opening) {
        for (String before : BEFORE) {
            String probe = before + opening;
            Matcher m = pattern.matcher(probe).useTransparentBounds(true).region(before.length(), probe.length());
            if (m.lookingAt() || m.hitEnd()) return true;
        }
        return false;
    }
}
