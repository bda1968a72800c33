/**
 * Bytes to raw documents: {@link id.warta.ingest.Inputs} reads files, folders and standard
 * input (plain text, JSON Lines) into a stream of {@link id.warta.ingest.Input}s, each a
 * document or the reason one was skipped. Nothing is dropped silently.
 */
package id.warta.ingest;
