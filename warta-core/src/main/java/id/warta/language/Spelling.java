package id.warta.language;

/** How two spellings of one word differ: the slips a name written twice in one article shows. */
public final class Spelling {
    private Spelling() {
    }

    /** Whether one letter added to the shorter of {@code a} and {@code b} makes the longer ({@code Haryadi}, {@code Hariyadi}). */
    public static boolean oneLetterMore(String a, String b) {
        if (Math.abs(a.length() - b.length()) != 1) return false;
        String longer = a.length() > b.length() ? a : b, shorter = longer == a ? b : a;
        int i = 0;
        while (i < shorter.length() && shorter.charAt(i) == longer.charAt(i)) i++;
        return longer.substring(i + 1).equals(shorter.substring(i));
    }
}
