/**
 * The HTTP server: a JSON API over the news index and the web UI, in one process.
 * {@link id.warta.app.server.WartaServer} builds it as a value (testable on a random port);
 * {@link id.warta.app.server.Api} lists every route once; errors become JSON
 * {@code {status, message}} in {@link id.warta.app.server.ErrorMapping} only.
 */
package id.warta.app.server;
