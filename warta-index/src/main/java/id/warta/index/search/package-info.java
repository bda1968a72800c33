/**
 * Searching the news index: {@link id.warta.index.search.Searcher} answers article searches
 * (query, filters, facets, time histogram, snippets), quote searches and entity profiles.
 * Requests and results are plain records, serialised as they are by the command line and the server.
 */
package id.warta.index.search;
