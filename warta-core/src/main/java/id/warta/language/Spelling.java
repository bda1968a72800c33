package id.warta.language;

/** How two spellings of one word differ: the slips a name written twice in one article shows. */
public final class Spelling {
    private Spelling() {
    }

    /** Whether one letter added to the shorter of {@code a} and {@code b} makes the longer ({@code Haryadi}, {@code Hariyadi}). */
    public static boolean oneLetterMore(String a, String b) {
        if (Math.abs(a.length() - b.length()) != 1) return false;
        String longer = a.length() > b.length() ? a : b, shorter = longer == a ? b : a;
        int i = firstDifference(shorter, longer);
        return longer.substring(i + 1).equals(shorter.substring(i));
    }

    /** Whether one of {@code a} and {@code b} writes once a letter the other doubles ({@code Bobby}, {@code Boby}; {@code Sony}, {@code Sonny}). */
    public static boolean doubledLetterOnce(String a, String b) {
        if (!oneLetterMore(a, b)) return false;
        String longer = a.length() > b.length() ? a : b;
        for (int i = 1; i < longer.length(); i++) {
            if (longer.charAt(i) == longer.charAt(i - 1) && (longer.substring(0, i) + longer.substring(i + 1)).equals(longer == a ? b : a)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code a} and {@code b} differ only in one vowel inside the word, neither its first nor its last letter
     * ({@code Frederica}, {@code Friderica}): a slip of the keyboard or the ear. A last vowel is left out: it often makes
     * another name ({@code Haryanto}, {@code Haryanti}).
     */
    public static boolean oneInnerVowelOff(String a, String b) {
        int at = onlyDifference(a, b, 0);
        return at > 0 && at < a.length() - 1 && vowelsAt(a, b, at);
    }

    /**
     * Whether {@code a} and {@code b} differ only in two vowels, not the first letter ({@code Sribugo}, {@code Sriboga};
     * {@code Divanda}, {@code Davinda}): a name heard rather than read. A last vowel may change only between a and o
     * ({@code Santoso}, {@code Santosa}); i against a or o makes another name ({@code Haryanto}, {@code Haryanti}).
     */
    public static boolean twoVowelsOff(String a, String b) {
        if (a.length() != b.length()) return false;
        int first = firstDifference(a, b);
        if (first < 1 || first == a.length()) return false;
        int second = onlyDifference(a, b, first + 1);
        if (second < 0 || !vowelsAt(a, b, first) || !vowelsAt(a, b, second)) return false;
        return second < a.length() - 1 || "ao".indexOf(a.charAt(second)) >= 0 && "ao".indexOf(b.charAt(second)) >= 0;
    }

    /** Whether {@code a} and {@code b} differ only in two neighbouring letters swapped inside the word ({@code Moedjanto}, {@code Moejdanto}). */
    public static boolean innerLettersSwapped(String a, String b) {
        if (a.length() != b.length()) return false;
        int i = firstDifference(a, b);
        return i > 0 && i + 2 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                && a.substring(i + 2).equals(b.substring(i + 2));
    }

    /** The first position where {@code a} and {@code b} differ; the shorter one's length when it begins the other. */
    private static int firstDifference(String a, String b) {
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) i++;
        return i;
    }

    /**
     * The one position from {@code from} on where {@code a} and {@code b} of equal length differ; -1 when they differ
     * at another there too or nowhere.
     */
    private static int onlyDifference(String a, String b, int from) {
        if (a.length() != b.length()) return -1;
        int at = -1;
        for (int i = from; i < a.length(); i++) {
            if (a.charAt(i) == b.charAt(i)) continue;
            if (at >= 0) return -1;
            at = i;
        }
        return at;
    }

    /** Whether {@code a} and {@code b} both have a vowel at {@code i}. */
    private static boolean vowelsAt(String a, String b, int i) {
        return isVowel(a.charAt(i)) && isVowel(b.charAt(i));
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }
}
