package id.warta.quotes;

import id.warta.model.Speaker;

/**
 * Someone a quote or a sentence is about, as resolved so far.
 *
 * @param name   canonical name, or the role text when only a role is given ({@code hakim})
 * @param entity the entity layer's canonical name when linked, else null
 * @param type   person, organisation, place or unknown; a role-only speaker is a person
 * @param role   the words that described it ({@code Seorang sumber anonim}, {@code laporan Bloomberg}), for
 *               definite references ({@code sumber tadi}); may be null
 */
record Who(String name, String entity, NameType type, String role) {
    Speaker at(int start, int end) {
        return new Speaker(name, entity, start, end);
    }
}
