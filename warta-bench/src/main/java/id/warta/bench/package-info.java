/** Benchmarks and end-to-end harnesses: speed and memory are measured here, never in unit tests. */
package id.warta.bench;
