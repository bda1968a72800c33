/** The embedded news index on Lucene: analysis chain, schema, indexer, searcher. */
package id.warta.index;
