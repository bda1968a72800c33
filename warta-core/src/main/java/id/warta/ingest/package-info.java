/**
 * Bytes to raw documents: {@link id.warta.ingest.Inputs} reads files, folders and standard
 * input (plain text, web pages, JSON Lines, WARC archives, feeds) into a stream of
 * {@link id.warta.ingest.Input}s, each a document, the reason one was skipped, or a summary
 * of what an archive held besides its pages. Nothing is dropped silently. {@link
 * id.warta.ingest.Feeds} lists the entries of feeds and sitemaps.
 */
package id.warta.ingest;
