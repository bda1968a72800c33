package id.warta.model;

/** A {@code [start, end)} range of characters in an article's clean text. */
public record Span(int start, int end) implements Located {
    public Span {
        Located.check(start, end);
    }

    public int length() {
        return end - start;
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    public boolean overlaps(Located other) {
        return start < other.end() && other.start() < end;
    }
}
