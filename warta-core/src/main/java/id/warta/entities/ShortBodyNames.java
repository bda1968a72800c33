package id.warta.entities;

import id.warta.entities.places.Places;
import id.warta.model.EntityType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code Manulife} after {@code Manulife Indonesia}, {@code Greenpeace} beside {@code Greenpeace Indonesia}: a body
 * named by the first word of its name, which the tagger read as a person on its own. A person's name of one word
 * that opens an organisation's name the article gives, closing with an organisation's tail word, a legal form or a
 * place ({@code Mayora Group}, {@code Manulife Indonesia}), is that organisation's short name; not when it is a word
 * of a person the article names in full ({@code Agus} of {@code Agus Jabo Priyono}). The tail asked for keeps out a
 * person's name the tagger took for a body, which opens with the person's first name ({@code Rayyan Arkan Dikha}).
 * A company's legal form before its name does not count ({@code Waskita} after {@code PT Waskita Karya (Persero) Tbk}).
 * Places are left as read: one word opening a body is as often the place it is named for ({@code Sungai Pusur} and
 * {@code Pusur Institut}, {@code Ohio State University}).
 */
final class ShortBodyNames {
    private final Places places;
    private final EntityLexicon lexicon = EntityLexicon.INSTANCE;

    ShortBodyNames(Places places) {
        this.places = places;
    }

    /** {@code found} with each such person an organisation; in place. */
    void retype(String text, List<Found> found) {
        List<String> bodies = new ArrayList<>();
        Set<String> personWords = new HashSet<>();
        for (Found f : found) {
            String name = f.textIn(text);
            if (name.indexOf(' ') < 0) continue;
            if (f.type() == EntityType.ORGANIZATION) bodies.add(name);
            if (f.type() == EntityType.PERSON) personWords.addAll(List.of(name.split(" ")));
        }
        if (bodies.isEmpty()) return;
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            String word = f.textIn(text);
            if (f.type() != EntityType.PERSON || word.indexOf(' ') >= 0 || personWords.contains(word)) continue;
            String opening = word + " ";
            if (bodies.stream().anyMatch(b -> LegalForms.withoutOpening(b).startsWith(opening) && closesAsBody(b))) {
                found.set(i, new Found(f.start(), f.end(), EntityType.ORGANIZATION, f.via()));
            }
        }
    }

    /** Whether {@code body} closes with an organisation's tail word, a legal form or a town or country. */
    private boolean closesAsBody(String body) {
        String last = body.substring(body.lastIndexOf(' ') + 1);
        return lexicon.closesWithOrganisationTail(body) || LegalForms.in(body)
                || places.namesTownOrLarger(last) || places.countryCode(last) != null;
    }
}
