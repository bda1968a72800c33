package id.warta.entities;

import java.util.Locale;

/**
 * How a mention refers to its entity, written into {@link id.warta.model.Mention#use()} in lower case: by a form
 * of its name, by an alias (an abbreviation or short form), as a metonym (a capital for its government) or by an
 * epithet ({@code aliases.tsv} names the last three).
 */
enum MentionUse {
    NAME, ALIAS, METONYM, EPITHET;

    /** The use as mentions write it ({@code name}). */
    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The use a vocabulary writes ({@code alias}). */
    static MentionUse of(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}
