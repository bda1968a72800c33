package id.warta.model;

/** The kinds of named entity Warta recognises. */
public enum EntityType {
    PERSON, ORGANIZATION, PLACE
}
