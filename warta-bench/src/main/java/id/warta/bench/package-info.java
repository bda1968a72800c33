/**
 * End-to-end benchmarks over public news text from the shared data folder: ingest rate
 * ({@link id.warta.bench.IngestBenchmark}), a large replicated index
 * ({@link id.warta.bench.BigIndexBuilder}), search latency ({@link id.warta.bench.SearchBenchmark})
 * and server throughput ({@link id.warta.bench.LoadBenchmark}). Each is a plain main that prints its figures.
 */
package id.warta.bench;
