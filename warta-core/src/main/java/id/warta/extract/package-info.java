/**
 * Raw document to clean article: {@link id.warta.extract.Extractor} turns scraped text (and
 * web pages) into body text, title, dateline, captions, related links and credits.
 * Vocabularies (boilerplate lines, outlets, typos) are data files beside the code.
 */
package id.warta.extract;
