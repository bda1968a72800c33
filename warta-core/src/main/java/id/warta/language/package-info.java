/**
 * Reading the structure of Indonesian text: tokens ({@link id.warta.language.Tokenizer}), sentences
 * ({@link id.warta.language.Sentences}), clitics ({@link id.warta.language.Clitics}), stems
 * ({@link id.warta.language.Stemmer}), quotation marks ({@link id.warta.language.Quotations}), the
 * words that say someone speaks ({@link id.warta.language.SpeechCue}) and slips of spelling
 * ({@link id.warta.language.Spelling}).
 * Offsets always point into the original text.
 */
package id.warta.language;
