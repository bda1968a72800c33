package id.warta.quotes;

/**
 * A stretch of text inside double quotation marks, possibly over several paragraphs.
 *
 * @param open   offset of the opening mark, or of the paragraph start when the quote opens without one
 * @param start  start of the quoted words (after the mark and any space)
 * @param end    end of the quoted words (before the closing mark; a comma or full stop inside it is kept)
 * @param close  offset just after the closing mark, or the end of the quoted words when it has none
 * @param closed whether it ends with a closing mark
 */
record DirectQuote(int open, int start, int end, int close, boolean closed) {
}
