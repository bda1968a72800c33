package id.warta.entities;

import static id.warta.entities.EntityLexicon.isBlank;
import static id.warta.entities.EntityLexicon.shouted;
import static id.warta.entities.EntityLexicon.titleCase;

import id.warta.entities.Canonicalizer.Assigned;
import id.warta.entities.ner.NerModel;
import id.warta.entities.places.Places;
import id.warta.model.EntityType;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The name and type an entity is given from the mentions grouped under it: the listed canonical name or the fullest
 * form used, written in title case when the article only shouts it; the listed type, the one its head word decides,
 * else the one most mentions were found as.
 */
final class CanonicalNames {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final NerModel model;
    private final Places places;
    private final EntityLexicon lexicon = EntityLexicon.INSTANCE;

    CanonicalNames(NerModel model, Places places) {
        this.model = model;
        this.places = places;
    }

    /**
     * The listed canonical name, else the fullest name form used; a form in capitals (a
     * dateline's {@code JAKARTA}) only when the article has no other, and then in title case
     * unless it is an acronym (a short word is one, but in the dateline alone: {@code ROMA} → Roma).
     */
    String name(List<Assigned> group) {
        String canonical = null; // the first written out, or the first capitalised ("timnas Italia", then "Timnas Italia")
        for (Assigned a : group) {
            if (a.canonical() == null) continue;
            if (Character.isUpperCase(a.canonical().charAt(0))) return a.canonical();
            if (canonical == null) canonical = a.canonical();
        }
        if (canonical != null) return canonical;
        String best = null;
        for (Assigned a : group) {
            if (a.use() != MentionUse.NAME) continue;
            if (best == null || better(a.text(), best)) best = a.text();
        }
        if (best == null) best = group.getFirst().text();
        return shouted(best) && (best.length() > 5 || onlyInDateline(group)) && !best.contains(".") ? unshouted(best) : best;
    }

    /** Whether the name is only the dateline's ({@code ROMA, KOMPAS.com}), a place's name shouted, no acronym. */
    private static boolean onlyInDateline(List<Assigned> group) {
        for (Assigned a : group) if (!"dateline".equals(a.found().via())) return false;
        return true;
    }

    /**
     * A name in capitals in title case, but for the words news writes in capitals or, unknown, as
     * short as an acronym ({@code KTT ASEAN}, {@code PT PAL}, {@code NEW YORK} → New York).
     */
    private String unshouted(String name) {
        StringBuilder b = new StringBuilder(name.length());
        for (String word : name.split(" ", -1)) {
            if (!b.isEmpty()) b.append(' ');
            b.append(acronym(word) ? word : titleCase(word));
        }
        return b.toString();
    }

    /** The most letters of a word the model never met that a name in capitals keeps as an acronym ({@code PAL}). */
    private static final int LONGEST_UNKNOWN_ACRONYM = 3;

    /** Whether {@code word} of a name in capitals stays so: news writes it in capitals, or it is unknown and short. */
    private boolean acronym(String word) {
        return model.writtenInCapitals(word) || word.length() <= LONGEST_UNKNOWN_ACRONYM && model.frequency(word) == 0;
    }

    private static boolean better(String candidate, String best) {
        if (shouted(best) != shouted(candidate)) return shouted(best);
        if (wordCount(candidate) != wordCount(best)) return wordCount(candidate) > wordCount(best);
        boolean capitalised = Character.isUpperCase(candidate.charAt(0));
        if (capitalised != Character.isUpperCase(best.charAt(0))) return capitalised; // "timnas Italia", then "Timnas Italia"
        return candidate.length() > best.length() && Character.isUpperCase(candidate.charAt(0));
    }

    /** How many words {@code s} has, as {@code WHITESPACE.split(s).length} counts them (a blank opening it opens an empty one). */
    private static int wordCount(String s) {
        if (s.isEmpty()) return 1;
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length(); i++) {
            boolean blank = isBlank(s.charAt(i));
            if (!blank && !inWord) words++;
            inWord = !blank;
        }
        return words > 0 && isBlank(s.charAt(0)) ? words + 1 : words;
    }

    /**
     * The listed type; else the type the name's head word decides ({@code Kementerian ...},
     * {@code Stadion ...}); else the type most mentions were found as (the first on a tie).
     */
    EntityType type(List<Assigned> group, String name) {
        for (Assigned a : group) if (a.listedType() != null && a.use() != MentionUse.METONYM) return a.listedType();
        if (SiteNames.isAddress(name)) return EntityType.ORGANIZATION; // the outlet or firm behind a site, never a place or a person
        String[] words = WHITESPACE.split(name);
        if (venue(words)) return EntityType.PLACE;
        EntityType head = lexicon.openingHead(words);
        if (head == null && words.length > 1) head = lexicon.tails.get(words[words.length - 1].toLowerCase(Locale.ROOT));
        if (head != null) return head;
        if (regionalOffice(words)) return EntityType.ORGANIZATION;
        Map<EntityType, Integer> votes = new EnumMap<>(EntityType.class);
        for (Assigned a : group) votes.merge(a.found().type(), 1, Integer::sum);
        EntityType best = group.getFirst().found().type();
        for (var e : votes.entrySet()) if (e.getValue() > votes.get(best)) best = e.getKey();
        return best;
    }

    /** A regional office's short name: {@code Dinas} cut to its first letters and the office's words run on. */
    private static final Pattern OFFICE_SHORT_NAME = Pattern.compile("Di[sn][a-z]{2,}");

    /**
     * Whether a name is a regional office's short name before the region it serves ({@code Dinkes Kota Bogor},
     * {@code Disparbud Manggarai Barat}): an office, not a place, whatever the tagger read in the region's name.
     */
    private boolean regionalOffice(String[] words) {
        return words.length > 1 && OFFICE_SHORT_NAME.matcher(words[0]).matches() && !model.seenInLowerCase(words[0])
                && places.namesRegion(String.join(" ", Arrays.copyOfRange(words, 1, words.length)));
    }

    /**
     * Whether a name opens as a building's or venue's does ({@code Balai Kota Bogor}; {@code venues.tsv}),
     * or is a {@code Balai} with one proper word after it ({@code Balai Keratun}), not a body's
     * ({@code Balai Pelestarian Kebudayaan}).
     */
    private boolean venue(String[] words) {
        if (words.length < 2) return false;
        String two = (words[0] + " " + words[1]).toLowerCase(Locale.ROOT);
        if (lexicon.venues.contains(two)) return true;
        if (words.length > 2 && lexicon.venues.contains(two + " " + words[2].toLowerCase(Locale.ROOT))) return true;
        return words.length == 2 && words[0].equals("Balai") && Character.isUpperCase(words[1].charAt(0))
                && !model.seenInLowerCase(words[1]);
    }
}
