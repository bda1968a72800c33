/**
 * Indonesian time expressions: {@link id.warta.dates.DateParser} reads one date string
 * (a page's publication date), {@link id.warta.dates.DateFinder} finds and resolves every
 * date expression in an article's text, step by step (its steps are the package-private
 * classes it names); {@code calendar.tsv} holds the words they read.
 */
package id.warta.dates;
