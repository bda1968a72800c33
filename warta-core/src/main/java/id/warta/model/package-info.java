/**
 * The records every stage shares: the analysed {@link id.warta.model.Article} and the facts
 * it carries. Each fact points into the article's clean text with a {@code [start, end)}
 * character span. Depends on nothing else in Warta.
 */
package id.warta.model;
