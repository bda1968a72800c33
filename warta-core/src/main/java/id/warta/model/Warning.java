package id.warta.model;

/**
 * Something a reader of the output should know: a defect in the input, a contradiction in
 * the article, a part that could not be read.
 *
 * @param code    stable kebab-case identifier, e.g. {@code empty-source-footer}
 * @param message what happened, for people
 * @param start   start of the text span it concerns, or null when it concerns no span
 * @param end     end of that span, or null
 */
public record Warning(String code, String message, Integer start, Integer end) {
    public static Warning of(String code, String message) {
        return new Warning(code, message, null, null);
    }

    public static Warning at(String code, String message, Located where) {
        return new Warning(code, message, where.start(), where.end());
    }
}
