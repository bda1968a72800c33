/**
 * People, organisations and places: {@link id.warta.entities.Entities} finds them with the
 * statistical tagger ({@code ner/}) and the alias lists beside this package, groups their
 * mentions under canonical names with roles, and resolves places ({@code places/}).
 * <p>
 * Where each concern lives: {@code NameFinder} finds the names in the sentences (the tagger's, the
 * listed ones it missed, people named by one word; a country or region it ran into a person's name,
 * {@code PlacesTakenForPeople}); {@code Canonicalizer} runs the steps that turn
 * them into entities, in order: the short forms the article defines ({@code DefinedShortForms}),
 * names split or joined by what stands beside them (classes named for the pattern, such as
 * {@code BodiesEndingInKnownPeople} or {@code PairedBodies}), further mentions ({@code Recurrences}), types
 * the context decides ({@code TypesInContext}), the entity each mention belongs to
 * ({@code MentionAssigner}), groups that are one entity ({@code GroupMerges}), and each entity's
 * name and type ({@code CanonicalNames}) and roles ({@code Roles}). A body named with a country or
 * the Republic's initials after it is read by {@code CountriesAfterBodies} at each step it meets;
 * what reads as initials, by {@code Initials}. Vocabularies are the
 * {@code .tsv} files beside the classes; those several steps share are loaded once by
 * {@code EntityLexicon}.
 */
package id.warta.entities;
