/**
 * Measuring Warta against labelled public data: where that data lives
 * ({@link id.warta.eval.SharedData}) and the scorers that gate quality.
 */
package id.warta.eval;
