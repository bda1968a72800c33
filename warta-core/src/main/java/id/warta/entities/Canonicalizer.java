package id.warta.entities;

import id.warta.entities.ner.NerModel;
import id.warta.entities.places.Places;
import id.warta.language.Token;
import id.warta.model.Entity;
import id.warta.model.EntityType;
import id.warta.model.Mention;
import id.warta.model.PlaceRef;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Groups the names found in an article into entities, each under one canonical name: the
 * fullest form the article gives ({@code Baerbock} → Annalena Baerbock), the long form an
 * abbreviation is defined with ({@code Russia Today (RT)}), or the name a listed alias
 * stands for ({@code KPK} → Komisi Pemberantasan Korupsi). Capitals used for their
 * governments join their country as metonyms, epithets their referent; people get the
 * roles the article gives them, places their gazetteer reference.
 */
final class Canonicalizer {
    /** {@code (RT)} right after a name: its abbreviation, defined. */
    private static final Pattern DEFINED_ABBREVIATION =
            Pattern.compile("\\G\\s?\\(\\s?(\\p{Lu}[\\p{L}\\p{N}&.\\-]{0,11})\\s?\\)");
    /** Words before a capital that make it a location, not its government ({@code di Moskow}). */
    private static final Set<String> LOCATIVE = Set.of("di", "ke", "dari", "kota", "ibu", "ibukota", "menuju",
            "sekitar", "pusat", "wilayah", "kawasan", "asal", "dekat");
    private static final int SHORTEST_REPEATED_NAME_WORD = 3;

    private final NerModel model;
    private final Places places;
    private final EntityLexicon lexicon = EntityLexicon.INSTANCE;
    private final Roles roles = new Roles();

    Canonicalizer(NerModel model, Places places) {
        this.model = model;
        this.places = places;
    }

    /** A found name with the key of the entity it belongs to and how it refers to it. */
    private record Assigned(Found found, String text, String key, String canonical, EntityType listedType, String use) {
    }

    List<Entity> group(String text, List<Sentence> sentences, List<Found> names) {
        List<Found> found = new ArrayList<>(names.stream().filter(f -> hasLetter(text, f)).toList());
        Map<String, Found> abbreviations = abbreviations(text, found);
        addOccurrences(text, sentences, found, abbreviations);
        addRepeatedNames(text, sentences, found);
        found.sort((a, b) -> a.start() - b.start());
        List<Assigned> assigned = assign(text, found, abbreviations);
        return entities(text, sentences, assigned);
    }

    private static boolean hasLetter(String text, Found f) {
        for (int i = f.start(); i < f.end(); i++) if (Character.isLetter(text.charAt(i))) return true;
        return false;
    }

    /** Abbreviations the article defines in brackets after a name; a listed one keeps its listed meaning. */
    private Map<String, Found> abbreviations(String text, List<Found> found) {
        Map<String, Found> defined = new HashMap<>();
        Matcher m = DEFINED_ABBREVIATION.matcher(text);
        for (Found f : found) {
            if (f.type() == EntityType.PERSON || !m.find(f.end())) continue;
            if (m.start() != f.end()) continue;
            String abbreviation = m.group(1);
            if (lexicon.aliases.containsKey(abbreviation) || upperShare(abbreviation) < 0.5) continue;
            defined.putIfAbsent(abbreviation, f);
        }
        return defined;
    }

    private static double upperShare(String s) {
        long upper = s.chars().filter(Character::isUpperCase).count();
        long letters = s.chars().filter(Character::isLetter).count();
        return letters == 0 ? 0 : (double) upper / letters;
    }

    /** Every further use of a defined abbreviation that no found name covers. */
    private static void addOccurrences(String text, List<Sentence> sentences, List<Found> found,
                                       Map<String, Found> abbreviations) {
        if (abbreviations.isEmpty()) return;
        List<Found> added = new ArrayList<>();
        for (Sentence s : sentences) {
            for (Token t : s.tokens()) {
                Found longForm = abbreviations.get(t.text());
                if (longForm == null) continue;
                Found f = new Found(t.start(), t.end(), longForm.type(), "abbreviation");
                if (!NameFinder.overlapsAny(f, found) && !NameFinder.overlapsAny(f, added)) added.add(f);
            }
        }
        found.addAll(added);
    }

    /**
     * Every further use of a person's family or given name that no found name covers, in any
     * case ({@code baerbock}), unless it is a common word news writes in lower case.
     */
    private void addRepeatedNames(String text, List<Sentence> sentences, List<Found> found) {
        Set<String> words = new LinkedHashSet<>();
        for (Found f : found) {
            if (f.type() != EntityType.PERSON) continue;
            String[] parts = text.substring(f.start(), f.end()).split("\\s+");
            if (parts.length < 2) continue;
            for (String p : List.of(parts[0], parts[parts.length - 1])) {
                String w = p.toLowerCase(Locale.ROOT);
                if (w.length() >= SHORTEST_REPEATED_NAME_WORD && lexicon.titles.get(w) == null) words.add(w);
            }
        }
        if (words.isEmpty()) return;
        List<Found> added = new ArrayList<>();
        for (Sentence s : sentences) {
            for (Token t : s.tokens()) {
                String w = t.text().toLowerCase(Locale.ROOT);
                if (!words.contains(w)) continue;
                boolean capitalised = Character.isUpperCase(t.text().charAt(0));
                if (!capitalised && model.commonInLowerCase(w)) continue;
                Found f = new Found(t.start(), t.end(), EntityType.PERSON, "repeat");
                if (!NameFinder.overlapsAny(f, found) && !NameFinder.overlapsAny(f, added)) added.add(f);
            }
        }
        found.addAll(added);
    }

    private List<Assigned> assign(String text, List<Found> found, Map<String, Found> abbreviations) {
        Map<String, String> countryKeys = new HashMap<>();
        for (Found f : found) {
            if (f.type() != EntityType.PLACE) continue;
            String surface = text.substring(f.start(), f.end());
            String iso = places.countryCode(surface);
            EntityLexicon.Alias listed = listed(surface);
            String canonical = listed != null && listed.canonical() != null ? listed.canonical() : surface;
            if (listed != null && listed.type() == EntityType.PLACE) iso = places.countryCode(canonical);
            if (iso != null && lexicon.capitals.get(surface) == null) countryKeys.putIfAbsent(iso, key(canonical));
        }
        List<String> people = new ArrayList<>();
        for (Found f : found) {
            String surface = text.substring(f.start(), f.end());
            if (f.type() == EntityType.PERSON && surface.contains(" ")) people.add(surface);
        }
        List<Assigned> out = new ArrayList<>(found.size());
        for (Found f : found) {
            String surface = text.substring(f.start(), f.end());
            out.add(assign(text, f, surface, abbreviations, countryKeys, people));
        }
        return out;
    }

    private Assigned assign(String text, Found f, String surface, Map<String, Found> abbreviations,
                            Map<String, String> countryKeys, List<String> people) {
        if (f.type() == EntityType.PERSON) {
            String full = fullName(surface, people);
            if (full != null) return new Assigned(f, surface, key(full), null, null, "name");
        }
        EntityLexicon.Alias listed = listed(surface);
        String iso = lexicon.capitals.get(surface);
        if (iso != null && countryKeys.containsKey(iso) && !afterLocative(text, f.start())) {
            return new Assigned(f, surface, countryKeys.get(iso), null, EntityType.PLACE, "metonym");
        }
        if (listed != null && listed.canonical() != null) {
            return new Assigned(f, surface, key(listed.canonical()), listed.canonical(), listed.type(), listed.use());
        }
        Found longForm = abbreviations.get(surface);
        if (longForm != null && longForm != f) {
            String form = text.substring(longForm.start(), longForm.end());
            EntityLexicon.Alias longListed = listed(form);
            String canonical = longListed != null ? longListed.canonical() : form;
            return new Assigned(f, surface, key(canonical), null, null, "alias");
        }
        return new Assigned(f, surface, key(surface), null, listed != null ? listed.type() : null, "name");
    }

    /** The listed alias written exactly as {@code surface}, or null. */
    private EntityLexicon.Alias listed(String surface) {
        List<String> words = List.of(surface.split("\\s+"));
        for (EntityLexicon.Alias a : lexicon.aliases.getOrDefault(words.getFirst(), List.of())) {
            if (a.words().equals(words)) return a;
        }
        return null;
    }

    /** The longest person name in the article that contains every word of {@code surface}, or null. */
    private static String fullName(String surface, List<String> people) {
        List<String> words = List.of(surface.toLowerCase(Locale.ROOT).split("\\s+"));
        String best = null;
        for (String p : people) {
            List<String> pw = List.of(p.toLowerCase(Locale.ROOT).split("\\s+"));
            if (pw.size() > words.size() && containsRun(pw, words) && (best == null || p.length() > best.length())) {
                best = p;
            }
        }
        return best;
    }

    private static boolean containsRun(List<String> whole, List<String> part) {
        for (int i = 0; i + part.size() <= whole.size(); i++) {
            if (whole.subList(i, i + part.size()).equals(part)) return true;
        }
        return false;
    }

    private static boolean afterLocative(String text, int start) {
        int end = start;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) end--;
        int begin = end;
        while (begin > 0 && Character.isLetter(text.charAt(begin - 1))) begin--;
        return LOCATIVE.contains(text.substring(begin, end).toLowerCase(Locale.ROOT));
    }

    static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private List<Entity> entities(String text, List<Sentence> sentences, List<Assigned> assigned) {
        Map<String, List<Assigned>> groups = new LinkedHashMap<>();
        for (Assigned a : assigned) groups.computeIfAbsent(a.key(), k -> new ArrayList<>()).add(a);
        List<List<Assigned>> ordered = new ArrayList<>(groups.values());
        List<String> names = new ArrayList<>();
        List<EntityType> types = new ArrayList<>();
        for (List<Assigned> g : ordered) {
            names.add(name(g));
            types.add(type(g));
        }
        List<List<String>> placeNames = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            if (types.get(i) != EntityType.PLACE) continue;
            List<String> forms = new ArrayList<>(List.of(names.get(i)));
            for (Assigned a : ordered.get(i)) if (a.use().equals("name") || a.use().equals("alias")) forms.add(a.text());
            placeNames.add(forms);
        }
        List<PlaceRef> refs = places.resolve(placeNames);
        List<Entity> entities = new ArrayList<>(ordered.size());
        int place = 0;
        for (int i = 0; i < ordered.size(); i++) {
            List<Assigned> g = ordered.get(i);
            List<Mention> mentions = g.stream()
                    .map(a -> new Mention(a.text(), a.found().start(), a.found().end(), a.use())).toList();
            EntityType type = types.get(i);
            List<String> roleList = type == EntityType.PERSON ? roles(sentences, g) : List.of();
            PlaceRef ref = type == EntityType.PLACE ? refs.get(place++) : null;
            entities.add(new Entity(names.get(i), type, mentions, roleList, ref));
        }
        return entities;
    }

    /** The listed canonical name, else the fullest name form used. */
    private static String name(List<Assigned> group) {
        for (Assigned a : group) if (a.canonical() != null) return a.canonical();
        String best = null;
        for (Assigned a : group) {
            if (!a.use().equals("name")) continue;
            if (best == null || words(a.text()) > words(best) || words(a.text()) == words(best)
                    && a.text().length() > best.length() && Character.isUpperCase(a.text().charAt(0))) {
                best = a.text();
            }
        }
        return best != null ? best : group.getFirst().text();
    }

    private static int words(String s) {
        return s.split("\\s+").length;
    }

    /** The listed type, else the type most mentions were found as (the first on a tie). */
    private static EntityType type(List<Assigned> group) {
        for (Assigned a : group) if (a.listedType() != null && !a.use().equals("metonym")) return a.listedType();
        Map<EntityType, Integer> votes = new EnumMap<>(EntityType.class);
        for (Assigned a : group) votes.merge(a.found().type(), 1, Integer::sum);
        EntityType best = group.getFirst().found().type();
        for (var e : votes.entrySet()) if (e.getValue() > votes.get(best)) best = e.getKey();
        return best;
    }

    private List<String> roles(List<Sentence> sentences, List<Assigned> group) {
        Set<String> found = new LinkedHashSet<>();
        for (Assigned a : group) {
            Sentence s = sentenceOf(sentences, a.found().start());
            if (s == null) continue;
            int first = s.tokenAt(a.found().start()), last = s.tokenEndingAt(a.found().end());
            if (first >= 0) {
                String r = roles.before(s, first);
                if (r != null) found.add(r);
            }
            if (last >= 0) {
                String r = roles.after(s, last + 1);
                if (r != null) found.add(r);
            }
        }
        return List.copyOf(found);
    }

    private static Sentence sentenceOf(List<Sentence> sentences, int offset) {
        int lo = 0, hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (offset < s.start()) hi = mid - 1;
            else if (offset >= s.end()) lo = mid + 1;
            else return s;
        }
        return null;
    }
}
