package id.warta.entities;

import id.warta.entities.Canonicalizer.Assigned;
import id.warta.entities.places.Places;
import id.warta.extract.Outlets;
import id.warta.model.EntityType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A body named with a country after it, at the two stages where that is read. Among the names found ({@link
 * #joinForeignNamesakes}): a listed Indonesian body named by its kind right before a foreign country is that
 * country's body, one name ({@code Kemenkes Kongo}). Among the groups of names, in two passes: a national body named
 * with and without the Republic's initials is one body, the mention with them kept whole as news writes the nation's
 * bodies ({@link #mergeRepublicInitials}: {@code Kementerian Sosial RI}); then a body named once more with its
 * country written out is the body, and the country a place of its own ({@link #merge}: {@code DGAC Prancis}).
 * {@link NameFinder} likewise keeps {@link #REPUBLIC_INITIALS} after an office or a body as part of it, no place.
 *
 * <p>{@code Ditjen Hubud Indonesia dan DGAC Prancis} after {@code Direktorat Jenderal Perhubungan Udara (Ditjen Hubud)} and
 * {@code DGAC}; {@code Kementerian Kesehatan RI} beside {@code Kemenkes}: a body the article names alone, named once
 * more with its country after it, is the one body, and the country is a place of its own. Each mention of the longer
 * name is cut to the body's part and joins the body; the country's words join the country when the article names it
 * as a place too (a place inside a body's name is otherwise not listed). The Republic's initials are no such country:
 * a mention closing with them joins the body whole. Not a listed Indonesian body with a foreign
 * country ({@code Mahkamah Agung AS} beside {@code Mahkamah Agung}: another court), not an outlet's edition ({@code
 * CNBC Indonesia} beside {@code CNBC}), not a listed name ({@code Bursa Efek Indonesia}); and with Indonesia only an
 * institution ({@code Kementerian ...}, a listed body): {@code Manulife Indonesia} beside {@code Manulife} is the
 * firm's Indonesian company, which the news names apart from its parent.
 */
final class CountriesAfterBodies {
    /** The most words a country's name after a body has ({@code Republik Indonesia}, {@code Korea Selatan}). */
    private static final int LONGEST_COUNTRY = 2;
    /** The Republic's initials, as news writes them after the nation's offices and bodies ({@code Presiden RI}, {@code DPR RI}). */
    static final String REPUBLIC_INITIALS = "RI";
    /** {@link #REPUBLIC_INITIALS} closing a key. */
    private static final String REPUBLIC_SUFFIX = " ri";
    /** The country's name closing a local company's name, in a key ({@code Bank Sentosa Indonesia}). */
    private static final String INDONESIA_SUFFIX = " indonesia";

    private CountriesAfterBodies() {
    }

    /**
     * {@code Kemenkes Kongo, Uganda dan WHO}, {@code Kemlu AS}, {@code DPR AS}: a body the lexicon lists (an Indonesian
     * one) named by its kind ({@code Kementerian Kesehatan}, {@code Dewan Perwakilan Rakyat}: its listed name opens with a
     * body's head word) right before a foreign country's name is that country's body of the kind, not the listed one: the
     * two are one name, the foreign body's, as the article writes it. A body of one name ({@code Nikkei Jepang}, {@code
     * kepresidenan UE Swedia}) stays apart from the country.
     *
     * <p>{@code found} (in text order) with each listed body and the foreign country written after it (found as a place
     * or not at all: the tagger may miss {@code Kongo} there) joined into one body.
     */
    static List<Found> joinForeignNamesakes(String text, List<Found> found, Places places) {
        List<Found> out = new ArrayList<>(found.size());
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            int end = f.type() == EntityType.ORGANIZATION ? foreignCountryAfter(text, f.end(), places) : -1;
            Found next = i + 1 < found.size() ? found.get(i + 1) : null;
            boolean nextInCountry = next != null && next.start() < end; // the tagger found a name in the country's words
            boolean nextIsCountry = nextInCountry && next.type() == EntityType.PLACE && next.start() == f.end() + 1 && next.end() == end;
            if (end > 0 && (!nextInCountry || nextIsCountry) && listedBody(f.textIn(text))) {
                out.add(new Found(f.start(), end, EntityType.ORGANIZATION, f.via()));
                if (nextIsCountry) i++;
                continue;
            }
            out.add(f);
        }
        return out;
    }

    /** The end of a foreign country's name of one or two capitalised words one space after {@code at}, or -1. */
    private static int foreignCountryAfter(String text, int at, Places places) {
        if (at + 1 >= text.length() || text.charAt(at) != ' ' || !Character.isUpperCase(text.charAt(at + 1))) return -1;
        int one = wordEnd(text, at + 1);
        int two = one + 1 < text.length() && text.charAt(one) == ' ' && Character.isUpperCase(text.charAt(one + 1))
                ? wordEnd(text, one + 1) : -1;
        if (two > 0 && foreign(text.substring(at + 1, two), places)) return two; // "Korea Selatan", "Arab Saudi"
        return foreign(text.substring(at + 1, one), places) ? one : -1;
    }

    private static int wordEnd(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isLetter(text.charAt(i))) i++;
        return i;
    }

    private static boolean listedBody(String name) {
        EntityLexicon.Alias listed = EntityLexicon.INSTANCE.listed(name);
        return listed != null && listed.type() == EntityType.ORGANIZATION && listed.canonical() != null
                && EntityLexicon.INSTANCE.opensWithOrganisationHead(listed.canonical());
    }

    private static boolean foreign(String place, Places places) {
        String code = places.countryCode(place);
        return code != null && !code.equals(Places.INDONESIA);
    }

    /**
     * A national body named with and without the Republic's initials closing its name ({@code Kementerian Sosial RI},
     * {@code Kementerian Sosial}; {@code Badan Anggaran DPR RI}, {@code Badan Anggaran DPR}) is one body; {@code
     * organisation} tells a group's type.
     */
    static void mergeRepublicInitials(Map<String, List<Assigned>> groups, Predicate<List<Assigned>> organisation) {
        for (String k : new ArrayList<>(groups.keySet())) {
            if (!k.endsWith(REPUBLIC_SUFFIX) || !groups.containsKey(k)) continue;
            String bare = k.substring(0, k.length() - REPUBLIC_SUFFIX.length());
            if (groups.containsKey(bare) && organisation.test(groups.get(k)) && organisation.test(groups.get(bare))) {
                GroupMerges.merge(groups, k, bare);
            }
        }
    }

    /** Whether the key {@code full} is {@code bare} and Indonesia only: a local company named after the country ({@code Bank Sentosa Indonesia}). */
    static boolean localArm(String bare, String full) {
        return full.equals(bare + INDONESIA_SUFFIX);
    }

    /** Joins in {@code groups} each body named with its country into the body; {@code organisation} and {@code place} tell a group's type. */
    static void merge(Map<String, List<Assigned>> groups, Places places, Predicate<List<Assigned>> organisation,
            Predicate<List<Assigned>> place) {
        Map<String, List<Split>> byBody = new LinkedHashMap<>(); // the body's key to its groups named with a country
        for (var e : groups.entrySet()) {
            if (e.getKey().indexOf(' ') < 0) continue; // the cheap test first: one word has no country after it
            List<Split> splits = splits(e.getKey(), e.getValue(), places);
            if (splits == null || !organisation.test(e.getValue())) continue;
            byBody.computeIfAbsent(splits.getFirst().bodyKey(), k -> new ArrayList<>()).addAll(splits);
        }
        for (var e : byBody.entrySet()) {
            List<Split> splits = e.getValue();
            String code = splits.getFirst().code();
            if (splits.stream().anyMatch(s -> !s.code().equals(code))) continue; // "Timnas U17 Indonesia" and "Timnas U17 Zambia"
            Set<String> keys = splits.stream().map(Split::key).collect(Collectors.toSet()); // "... RI", "... Republik Indonesia"
            List<String> bodies = groups.keySet().stream()
                    .filter(k -> !keys.contains(k) && namedAs(groups.get(k), k, e.getKey())).toList();
            if (bodies.size() != 1) continue;
            String intoKey = bodies.getFirst();
            List<Assigned> into = groups.get(intoKey);
            if (!organisation.test(into) || outlet(into)) continue;
            if (!code.equals(Places.INDONESIA) && into.stream().anyMatch(CountriesAfterBodies::listed)) continue; // another country's namesake
            if (code.equals(Places.INDONESIA) && into.stream().noneMatch(CountriesAfterBodies::institution)) continue; // a firm's Indonesian arm
            List<Assigned> country = countryGroup(groups, code, places, place);
            groups.keySet().removeAll(keys);
            for (Split s : splits) {
                into.add(s.body(intoKey));
                if (country != null && !s.whole()) country.add(s.country(country.getFirst()));
            }
            into.sort(Assigned.IN_TEXT_ORDER);
            if (country != null) country.sort(Assigned.IN_TEXT_ORDER);
        }
    }

    /**
     * A mention of a group (under {@code key}) cut into a body's part ({@code bodyLength} characters, its key {@code
     * bodyKey}) and the name of the country closing it ({@code countryLength} characters, ISO {@code code}); {@code
     * whole} when that is the Republic's initials, which a national body's name keeps ({@code Kementerian Kesehatan
     * RI}), as {@link #mergeRepublicInitials} does: the mention joins the body uncut and names no place.
     */
    private record Split(String key, Assigned mention, int bodyLength, String bodyKey, int countryLength, String code, boolean whole) {
        /** The mention's body's part (all of it when {@code whole}), a mention of the body grouped under {@code intoKey}. */
        Assigned body(String intoKey) {
            Found f = mention.found();
            int length = whole ? mention.text().length() : bodyLength;
            return new Assigned(new Found(f.start(), f.start() + length, f.type(), f.via()), mention.text().substring(0, length),
                    intoKey, null, mention.listedType(), mention.use());
        }

        /** The mention's closing country words, a mention of the country's group, which {@code member} is one of. */
        Assigned country(Assigned member) {
            Found f = mention.found();
            int at = f.end() - countryLength;
            return new Assigned(new Found(at, f.end(), EntityType.PLACE, f.via()), mention.text().substring(at - f.start()),
                    member.key(), member.canonical(), member.listedType(), MentionUse.NAME);
        }
    }

    /**
     * Each mention of a group cut before the country closing it, all with one body's part; null when a mention has no
     * country last, the body's part differs, or a mention is a listed name ({@code Bursa Efek Indonesia}), an outlet's
     * ({@code CNN Indonesia}) or a company's with its legal form ({@code PT Freeport Indonesia}, whose name holds its country).
     */
    private static List<Split> splits(String key, List<Assigned> group, Places places) {
        List<Split> splits = new ArrayList<>(group.size());
        for (Assigned a : group) {
            String name = a.text();
            if (listed(a) || LegalForms.in(name) || Outlets.find(name).isPresent()) return null;
            String country = places.countryClosing(name, LONGEST_COUNTRY); // the longest: "Republik Indonesia", not "Indonesia"
            if (country == null) return null;
            String body = name.substring(0, name.length() - country.length() - 1).strip();
            Split s = new Split(key, a, body.length(), EntityKeys.of(body), country.length(), places.countryCode(country),
                    country.equals(REPUBLIC_INITIALS));
            if (!splits.isEmpty() && !splits.getFirst().bodyKey().equals(s.bodyKey())) return null;
            splits.add(s);
        }
        return splits;
    }

    /** Whether a group (under {@code key}) is named {@code body}: its key, or a mention's. */
    private static boolean namedAs(List<Assigned> group, String key, String body) {
        return key.equals(body) || group.stream().anyMatch(a -> EntityKeys.of(a.text()).equals(body));
    }

    /** Whether {@code a} is written as a name the lexicon lists ({@code Mahkamah Agung}, {@code Kemenkes}, {@code DPR RI}). */
    private static boolean listed(Assigned a) {
        EntityLexicon.Alias alias = EntityLexicon.INSTANCE.listed(a.text());
        return alias != null && alias.canonical() != null;
    }

    /** Whether {@code a} names an institution: a listed body, or a name opening with a body's head word ({@code Ditjen ...}). */
    private static boolean institution(Assigned a) {
        return listed(a) || EntityLexicon.INSTANCE.opensWithOrganisationHead(a.text());
    }

    private static boolean outlet(List<Assigned> group) {
        return group.stream().anyMatch(a -> Outlets.find(a.text()).isPresent());
    }

    /** The article's place group for the country, by its key or its code, or null when it names the country nowhere else. */
    private static List<Assigned> countryGroup(Map<String, List<Assigned>> groups, String code, Places places,
            Predicate<List<Assigned>> place) {
        for (var e : groups.entrySet()) {
            if (code.equals(places.countryCode(e.getKey())) && place.test(e.getValue())) return e.getValue();
        }
        return null;
    }
}
