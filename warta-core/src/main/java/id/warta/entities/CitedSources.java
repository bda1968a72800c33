package id.warta.entities;

import id.warta.entities.places.Places;
import id.warta.model.EntityType;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code dilansir dari Futurism}, {@code dikutip detikINET dari Healthline}, {@code melansir laman Engadget}, {@code
 * jurnal Cell}: the site, paper or journal a report is taken from, which the tagger, reading a name after {@code dari},
 * often takes for a place. A name right after such a cue that no gazetteer knows as a town, a region or a country is
 * the outlet, an organisation, and so is the same name elsewhere in the article. A known place stays one ({@code
 * dikutip dari Jakarta}); a person the tagger found stays one ({@code mengutip Budi Santoso}). The verbs of gathering a
 * report count too ({@code dihimpun detikINET dari Dexerto}, {@code dirangkum dari TechSpot}). A story's closing line
 * naming where it ran first ({@code Berita ini telah ditayangkan oleh Intisari dengan judul ...}) names an outlet, whatever
 * the tagger took the name for: a person cannot be where a story was shown under a title.
 */
final class CitedSources {
    /** A citing verb, perhaps the outlet that cites, perhaps {@code dari} and the kind of source, right before a name. */
    private static final Pattern CUE = Pattern.compile(
            "(?i)\\b(?:(?:dilansir|dikutip|melansir|mengutip|dihimpun|dirangkum|disadur)(?: \\S+)? (?:dari )?(?:(?:laman|situs|media|portal|jurnal) )?"
            + "|(?:jurnal|majalah|harian|laman|situs) )$");
    /** What each of {@link #CUE}'s alternatives holds, in lower case. */
    private static final List<String> CUE_STEMS = List.of("lansir", "kutip", "himpun", "rangkum", "sadur", "jurnal", "majalah", "harian", "laman", "situs");
    /** How far before a name the cue is looked for. */
    private static final int REACH = 48;
    /** Where a story ran first, right before the outlet's name ({@code telah ditayangkan oleh}, {@code tayang di}). */
    private static final Pattern SHOWN_BY = Pattern.compile("(?i)\\b(?:di)?tayang(?:kan)? (?:di|oleh) $");
    /** What follows that outlet's name: the title it ran under. */
    private static final Pattern UNDER_TITLE = Pattern.compile("(?i) dengan judul\\b");

    private final Places places;
    private final EntityLexicon lexicon = EntityLexicon.INSTANCE;

    CitedSources(Places places) {
        this.places = places;
    }

    /**
     * Whether {@code before} holds, in any case, a word every cue holds: most places follow none, and the cue's
     * pattern, anchored at the end, would be tried from each of the characters before them.
     */
    static boolean mayHoldCue(String before) {
        String lower = before.toLowerCase(Locale.ROOT);
        for (String stem : CUE_STEMS) if (lower.contains(stem)) return true;
        return false;
    }

    /** Retypes, in place, the sources {@code found} (in {@code text}) took for places. */
    void retype(String text, List<Found> found) {
        Set<String> sources = new HashSet<>();
        for (Found f : found) {
            if (f.type() != EntityType.ORGANIZATION && shownUnderTitle(text, f)) sources.add(f.textIn(text));
            if (f.type() != EntityType.PLACE) continue;
            String before = text.substring(Math.max(0, f.start() - REACH), f.start());
            if (before.indexOf('\n') >= 0 || !mayHoldCue(before) || !CUE.matcher(before).find()) continue;
            String name = f.textIn(text);
            EntityLexicon.Alias listed = lexicon.listed(name);
            if (places.namesTownOrLarger(name) || places.countryCode(name) != null
                    || listed != null && listed.type() == EntityType.PLACE) continue;
            sources.add(name);
        }
        if (sources.isEmpty()) return;
        found.replaceAll(f -> f.type() != EntityType.ORGANIZATION && sources.contains(f.textIn(text))
                ? new Found(f.start(), f.end(), EntityType.ORGANIZATION, f.via()) : f);
    }

    /** Whether {@code f} names the outlet a story ran in first: {@code ditayangkan oleh} before it, {@code dengan judul} after. */
    private static boolean shownUnderTitle(String text, Found f) {
        int from = Math.max(0, f.start() - 20);
        // "tayang" opening in [from, f.start()]: searched for there only (a lastIndexOf from the name ran back over the
        // whole text before it when missing, as it mostly is, for every name of every article)
        int to = Math.min(text.length(), f.start() + "tayang".length());
        return text.indexOf("tayang", from, to) >= 0 && SHOWN_BY.matcher(text).region(from, f.start()).find()
                && UNDER_TITLE.matcher(text).region(f.end(), Math.min(text.length(), f.end() + 13)).lookingAt();
    }
}
