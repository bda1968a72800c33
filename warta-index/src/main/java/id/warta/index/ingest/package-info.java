/**
 * Bulk ingest into the index: {@link id.warta.index.ingest.Ingestion} reads sources,
 * analyses in parallel, upserts in input order and commits at checkpoints, so a killed run
 * loses nothing it reported as committed and a rerun resumes where it stopped.
 */
package id.warta.index.ingest;
