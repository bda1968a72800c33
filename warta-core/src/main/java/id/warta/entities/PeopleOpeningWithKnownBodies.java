package id.warta.entities;

import id.warta.model.EntityType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * {@code Direktur Utama Telkom Faizal Rochmad}, {@code Pebalap Aprilia Marco Bezzecchi}: after a title, the short name
 * of a body the article names on its own elsewhere, then a person's full name, which the tagger ran into one person.
 * The body's one or two words ({@code Bulog} also when the article names {@code Perum Bulog}) are the body; the two
 * or more words after them the person, the office's holder. Only after a title: a given name the tagger once took
 * for a body ({@code Gregoria} alone) opens a person's name after common words ({@code tunggal putri Gregoria
 * Mariska}), not after an office.
 * <p>
 * The mirror of {@link BodiesEndingInKnownPeople}, which splits a run typed as a body that ends in a person the
 * article knows; here the run is typed as a person and opens with a body the article knows.
 */
final class PeopleOpeningWithKnownBodies {
    private static final int MAX_BODY_WORDS = 2;
    private static final int MIN_PERSON_WORDS = 2;

    private PeopleOpeningWithKnownBodies() {
    }

    /** {@code found} with each such person split into the body and the person; {@code afterTitle} as in {@link BodiesEndingInKnownPeople}. */
    static List<Found> split(String text, List<Found> found, IntPredicate afterTitle) {
        Set<String> bodies = new HashSet<>();
        for (Found f : found) {
            if (f.type() != EntityType.ORGANIZATION) continue;
            String name = f.textIn(text);
            bodies.add(name);
            bodies.add(LegalForms.withoutOpening(name)); // "Perum Bulog": Bulog, which the office's title leaves its form out of
        }
        if (bodies.isEmpty()) return found;
        List<Found> out = new ArrayList<>(found.size());
        for (Found f : found) {
            int person = f.type() == EntityType.PERSON ? personAt(text, f, bodies) : -1;
            if (person < 0 || !afterTitle.test(f.start()) && !afterTitle.test(LegalForms.openingBefore(text, f.start()))) {
                out.add(f);
                continue;
            }
            out.add(new Found(f.start(), person - 1, EntityType.ORGANIZATION, f.via()));
            out.add(new Found(person, f.end(), EntityType.PERSON, f.via()));
        }
        return out;
    }

    /** Where the person's name starts after a body's words opening person {@code f}, or -1. */
    private static int personAt(String text, Found f, Set<String> bodies) {
        String[] words = f.textIn(text).split(" ");
        int at = f.start();
        for (int k = 1; k <= MAX_BODY_WORDS && words.length - k >= MIN_PERSON_WORDS; k++) {
            at += words[k - 1].length() + 1;
            String body = text.substring(f.start(), at - 1);
            if (bodies.contains(body) && Character.isUpperCase(text.charAt(at))) return at;
        }
        return -1;
    }
}
