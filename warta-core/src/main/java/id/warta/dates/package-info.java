/**
 * Indonesian time expressions: {@link id.warta.dates.DateParser} reads one date string
 * (a page's publication date), {@link id.warta.dates.DateFinder} finds and resolves every
 * date expression in an article's text.
 */
package id.warta.dates;
