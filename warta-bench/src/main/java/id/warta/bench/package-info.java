/**
 * Benchmarks and end-to-end harnesses: speed and memory are measured here, never in unit
 * tests. For the index and server: ingest rate ({@link id.warta.bench.IngestBenchmark}), a
 * large replicated index ({@link id.warta.bench.BigIndexBuilder}), search latency
 * ({@link id.warta.bench.SearchBenchmark}) and server throughput ({@link id.warta.bench.LoadBenchmark}).
 */
package id.warta.bench;
