/**
 * People, organisations and places: {@link id.warta.entities.Entities} finds them with the
 * statistical tagger ({@code ner/}) and the alias lists beside this package, groups their
 * mentions under canonical names with roles, and resolves places ({@code places/}).
 */
package id.warta.entities;
