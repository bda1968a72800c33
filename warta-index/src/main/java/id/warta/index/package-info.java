/**
 * The embedded news index: analysed {@link id.warta.model.Article}s stored and searchable in
 * a local Lucene directory. {@link id.warta.index.NewsIndex} is the front door; the fields
 * are declared once in {@link id.warta.index.Schema}; {@link id.warta.index.Indexer} upserts
 * articles keyed by canonical URL (else a content hash).
 */
package id.warta.index;
