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
 * {@code Ditjen Hubud Indonesia dan DGAC Prancis} after {@code Direktorat Jenderal Perhubungan Udara (Ditjen Hubud)} and
 * {@code DGAC}; {@code Kementerian Kesehatan RI} beside {@code Kemenkes}: a body the article names alone, named once
 * more with its country after it, is the one body, and the country is a place of its own. Each mention of the longer
 * name is cut to the body's part and joins the body; the country's words join the country when the article names it
 * as a place too (a place inside a body's name is otherwise not listed). Not a listed Indonesian body with a foreign
 * country ({@code Mahkamah Agung AS} beside {@code Mahkamah Agung}: another court), not an outlet's edition ({@code
 * CNBC Indonesia} beside {@code CNBC}), not a listed name ({@code Bursa Efek Indonesia}); and with Indonesia only an
 * institution ({@code Kementerian ...}, a listed body): {@code Manulife Indonesia} beside {@code Manulife} is the
 * firm's Indonesian company, which the news names apart from its parent.
 */
final class CountriesAfterBodies {
    /** The most words a country's name after a body has ({@code Republik Indonesia}, {@code Korea Selatan}). */
    private static final int LONGEST_COUNTRY = 2;

    private CountriesAfterBodies() {
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
                if (country != null) country.add(s.country(country.getFirst()));
            }
            into.sort(Assigned.IN_TEXT_ORDER);
            if (country != null) country.sort(Assigned.IN_TEXT_ORDER);
        }
    }

    /**
     * A mention of a group (under {@code key}) cut into a body's part ({@code bodyLength} characters, its key {@code
     * bodyKey}) and the name of the country closing it ({@code countryLength} characters, ISO {@code code}).
     */
    private record Split(String key, Assigned mention, int bodyLength, String bodyKey, int countryLength, String code) {
        /** The mention's body's part, a mention of the body grouped under {@code intoKey}. */
        Assigned body(String intoKey) {
            Found f = mention.found();
            return new Assigned(new Found(f.start(), f.start() + bodyLength, f.type(), f.via()), mention.text().substring(0, bodyLength),
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
            if (listed(a) || Canonicalizer.withLegalForm(name) || Outlets.find(name).isPresent()) return null;
            Split s = null;
            int cut = name.length();
            for (int n = 1; n <= LONGEST_COUNTRY; n++) { // the longest country name closing it: "Republik Indonesia", not "Indonesia"
                cut = name.lastIndexOf(' ', cut - 1);
                if (cut <= 0) break;
                String code = places.countryCode(name.substring(cut + 1));
                String body = name.substring(0, cut).strip();
                if (code != null && !body.isEmpty()) {
                    s = new Split(key, a, body.length(), Canonicalizer.key(body), name.length() - cut - 1, code);
                }
            }
            if (s == null || !splits.isEmpty() && !splits.getFirst().bodyKey().equals(s.bodyKey())) return null;
            splits.add(s);
        }
        return splits;
    }

    /** Whether a group (under {@code key}) is named {@code body}: its key, or a mention's. */
    private static boolean namedAs(List<Assigned> group, String key, String body) {
        return key.equals(body) || group.stream().anyMatch(a -> Canonicalizer.key(a.text()).equals(body));
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
