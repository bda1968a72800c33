/**
 * Who said what: direct quotes with their speakers, cues and spans, and reported (indirect)
 * speech. Entry point: {@link id.warta.quotes.Quotes#find(id.warta.model.Document, java.util.List)}.
 */
package id.warta.quotes;
