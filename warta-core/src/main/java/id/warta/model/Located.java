package id.warta.model;

/** A fact tied to the {@code [start, end)} character span of the article text it came from. */
public interface Located {
    int start();

    int end();

    /** The evidence: the part of {@code text} this fact was read from. */
    default String evidence(String text) {
        return text.substring(start(), end());
    }

    static void check(int start, int end) {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }
}
