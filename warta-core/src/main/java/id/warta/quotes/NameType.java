package id.warta.quotes;

import id.warta.model.EntityType;

/**
 * What a name the quotes read stands for: a person, a body, a place, or not known yet (a capitalised name the entity
 * layer did not list and the passage did not tell). {@link Who} carries it to every class that picks a speaker.
 */
enum NameType {
    PERSON, ORG, PLACE, UNKNOWN;

    /** The entity layer's type as the quotes name it. */
    static NameType of(EntityType t) {
        return switch (t) {
            case PERSON -> PERSON;
            case ORGANIZATION -> ORG;
            case PLACE -> PLACE;
        };
    }
}
