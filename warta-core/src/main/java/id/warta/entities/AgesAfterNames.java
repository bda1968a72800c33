package id.warta.entities;

import id.warta.model.EntityType;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code kepada Sinta Ayu Lestari (11), siswi kelas lima}: news gives a person's age in brackets right after the name,
 * then a comma and what the person is, in lower case. A name the tagger took for a body that is followed so is a
 * person's. A standings table writes points in brackets too ({@code Persita (7), disusul ...}), so a conjunction or a
 * ranking word after the comma, a listed body, or a body's head or tail word keeps the body.
 */
final class AgesAfterNames {
    /** An age of one or two digits in brackets, a comma, then a word in lower case. */
    private static final Pattern AGE_THEN_DESCRIPTION = Pattern.compile(" ?\\(\\d{1,2}\\), (\\p{Ll}+)");
    /** Words after the comma that go on with a list or a ranking, not a description of a person. */
    static final Set<String> LIST_WORDS = Set.of("dan", "atau", "serta", "sementara", "sedangkan", "disusul",
            "diikuti", "lalu", "kemudian", "di", "unggul", "tertinggal");

    private AgesAfterNames() {
    }

    /** Each body of {@code found} followed by an age and a description made a person's name; in place. */
    static void retype(String text, List<Found> found, EntityLexicon lexicon) {
        Matcher m = AGE_THEN_DESCRIPTION.matcher(text);
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            if (f.type() != EntityType.ORGANIZATION || !Canonicalizer.startsAt(m, f.end(), text.length())
                    || LIST_WORDS.contains(m.group(1))) {
                continue;
            }
            String name = f.textIn(text);
            if (lexicon.listed(name) != null || lexicon.opensWithOrganisationHead(name) || lexicon.closesWithOrganisationTail(name)) {
                continue;
            }
            found.set(i, new Found(f.start(), f.end(), EntityType.PERSON, f.via()));
        }
    }
}
