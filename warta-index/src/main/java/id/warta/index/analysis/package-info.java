/**
 * Lucene analysis for Indonesian news: {@link id.warta.index.analysis.IndonesianNewsAnalyzer} runs
 * Warta's tokenizer, lowercasing, Indonesian stop words and Warta's stemmer; the tokenizer and the
 * stem filter are also available by name to Lucene's {@code CustomAnalyzer}.
 */
package id.warta.index.analysis;
