/**
 * Who said what: direct quotes with their speakers, cues and spans, and reported (indirect)
 * speech. Entry point: {@link id.warta.quotes.Quotes#find(id.warta.model.Document, java.util.List)}.
 *
 * <p>The readers, in the order an article meets them: {@code Passage} (the text cut once into tokens and
 * sentences, over {@code Words}), {@code QuoteMarks} (where the quotations are), {@code People} and
 * {@code NameWords} (the names and titles the article gives), {@code Attribution} (who says each quote, through
 * its cue; {@code Phrase}, {@code PhraseBeforeCue} and {@code PhraseAfterCue} read the speaker's words around a
 * cue; {@code Referents} says who those words name; {@code Laws} names the law whose words a quote is),
 * {@code Narration} (read in step with the quotes: who
 * the text outside them is about, and the speech it reports) and {@code Discourse} (who was talked about last,
 * which pronouns and {@code -nya} point back to).
 */
package id.warta.quotes;
