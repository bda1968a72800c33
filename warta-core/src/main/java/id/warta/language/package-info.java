/**
 * Reading the structure of Indonesian text: quotation marks, tokens, sentences, stems.
 */
package id.warta.language;
