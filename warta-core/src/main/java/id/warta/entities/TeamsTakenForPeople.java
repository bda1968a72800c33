package id.warta.entities;

import id.warta.entities.places.Places;
import id.warta.lexicon.Lexicon;
import id.warta.model.EntityType;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code tim Minardi}, {@code pembalap tim Andretti Autosport}, {@code tim Suzuki Ecstar dan Marc VDS}: a name right
 * after the word for a team (or after such a team and {@code dan}) is the team, an organisation, though the tagger read
 * it as a person's name or an unknown place. Not after a role held in a team ({@code manajer tim Paolo Bonora},
 * {@code rekan satu tim Petrucci}: the holder), not a town, region or country ({@code tim Prancis}: the country, a
 * place), and not a name a longer person's name of the article holds ({@code tim Trump} beside {@code Donald Trump})
 * or whose first or last word alone names a person ({@code Rossi}).
 * The name's other mentions, written the same way, go with it.
 */
final class TeamsTakenForPeople {
    private static final Map<String, Set<String>> WORDS = Lexicon.classes(TeamsTakenForPeople.class, "team-words.tsv");
    private static final Set<String> TEAM = WORDS.get("team");
    private static final Set<String> MEMBER = WORDS.get("member");
    private static final Set<String> HOLDER = WORDS.get("holder");

    private final Places places;
    private final EntityLexicon lexicon = EntityLexicon.INSTANCE;

    TeamsTakenForPeople(Places places) {
        this.places = places;
    }

    /** Retypes each such team, and the mentions written as it, an organisation. */
    void retype(String text, List<Found> found) {
        Set<String> teams = new HashSet<>();
        for (Found f : found) if (mistaken(text, f) && afterTeamWord(text, f.start())) teams.add(f.textIn(text));
        if (teams.isEmpty()) return;
        // "tim Minardi dan Jaguar": the name coordinated after a team's is a team too, wherever the team's is named
        for (int i = 1; i < found.size(); i++) {
            Found f = found.get(i), before = found.get(i - 1);
            if (mistaken(text, f) && before.end() <= f.start() && teams.contains(before.textIn(text))
                    && text.substring(before.end(), f.start()).equals(" dan ")) {
                teams.add(f.textIn(text));
            }
        }
        teams.removeIf(team -> insideLongerPerson(text, found, team) || calledByOneWord(text, found, team));
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            if (mistaken(text, f) && teams.contains(f.textIn(text))) found.set(i, new Found(f.start(), f.end(), EntityType.ORGANIZATION, f.via()));
        }
    }

    /** A person's name, or a place's no gazetteer knows: what the tagger makes of a team's name it does not know. */
    private boolean mistaken(String text, Found f) {
        if (f.type() == EntityType.PERSON) return true;
        if (f.type() != EntityType.PLACE) return false;
        String name = f.textIn(text);
        return places.countryCode(name) == null && !places.namesTownOrLarger(name) && !places.namesRegion(name);
    }

    /** {@code tim X}, {@code Pebalap Tim X}; not {@code manajer tim X}, whose X holds the role. */
    private boolean afterTeamWord(String text, int start) {
        String team = Surroundings.wordBefore(text, start);
        if (!TEAM.contains(team.toLowerCase(Locale.ROOT))) return false;
        int teamStart = start - 1 - team.length();
        String before = Surroundings.wordBefore(text, teamStart).toLowerCase(Locale.ROOT);
        if (!team.equals(team.toLowerCase(Locale.ROOT)) && !MEMBER.contains(before)) return false;
        return !HOLDER.contains(before) && lexicon.title(List.of(before)) == null;
    }

    /**
     * Whether a person of the article is called by {@code name}'s first or last word alone ({@code Rossi} after {@code
     * tim Valentino Rossi}): a person's name, however garbled the sentence that put it after the word for a team.
     */
    private static boolean calledByOneWord(String text, List<Found> found, String name) {
        int space = name.indexOf(' ');
        if (space < 0) return false;
        String first = name.substring(0, space), last = name.substring(name.lastIndexOf(' ') + 1);
        for (Found f : found) {
            String other = f.textIn(text);
            if (f.type() == EntityType.PERSON && (other.equals(first) || other.equals(last))) return true;
        }
        return false;
    }

    /** Whether a person's name of more words, found in the text, holds {@code name}'s words ({@code Donald Trump}). */
    private static boolean insideLongerPerson(String text, List<Found> found, String name) {
        String padded = " " + name + " ";
        for (Found f : found) {
            String other = f.textIn(text);
            if (f.type() == EntityType.PERSON && other.length() > name.length() && (" " + other + " ").contains(padded)) return true;
        }
        return false;
    }
}
