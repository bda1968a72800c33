package id.warta.entities;

import id.warta.language.Token;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The country's initials qualifying an office or body ({@code Presiden RI}, {@code DPR RI}): part of the name, no place. */
final class NationalQualifiers {
    /** An ordinal between an office and its country ({@code Presiden ke-7 RI}). */
    private static final Pattern ORDINAL = Pattern.compile("ke-?\\d+|ke[a-z]+");

    private final EntityLexicon lexicon = EntityLexicon.INSTANCE;
    private final Roles roles = new Roles();

    /** Drops the country's initials where they qualify an office or body ({@code Presiden RI}), tagged or listed. */
    void drop(List<Sentence> sentences, List<Found> found) {
        Set<Integer> qualifiers = new HashSet<>();
        for (Sentence s : sentences) {
            List<Token> tokens = s.tokens();
            for (int i = 1; i < tokens.size(); i++) {
                if (tokens.get(i).text().equals(CountriesAfterBodies.REPUBLIC_INITIALS) && qualifiesOffice(s, i)) qualifiers.add(tokens.get(i).start());
            }
        }
        if (!qualifiers.isEmpty()) found.removeIf(f -> qualifiers.contains(f.start()) && CountriesAfterBodies.REPUBLIC_INITIALS.equals(sentences.getFirst().text().substring(f.start(), f.end())));
    }

    /**
     * Whether the country's initials at {@code at} qualify the office or body before them as the
     * nation's ({@code Menteri Agama RI}, {@code Presiden ke-7 RI}, {@code DPR RI}, {@code HUT RI}):
     * part of the role or name, as news writes them, not a mention of the country.
     */
    private boolean qualifiesOffice(Sentence s, int at) {
        List<Token> tokens = s.tokens();
        int before = at - 1;
        if (before >= 1 && ORDINAL.matcher(tokens.get(before).text()).matches()) before--;
        if (before < 0) return false;
        String word = tokens.get(before).text();
        return word.equals("HUT") || roles.before(s, before + 1) != null || lexicon.namesBodyAlone(word); // "Menteri Kebudayaan", a role
    }
}
