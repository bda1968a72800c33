/**
 * Where a story came from: the chain of media and agencies it passed through, from the
 * original to this outlet, and the anonymous sources it leans on. Entry point:
 * {@link id.warta.sources.Sources#find(id.warta.model.Document, java.util.List)}.
 */
package id.warta.sources;
