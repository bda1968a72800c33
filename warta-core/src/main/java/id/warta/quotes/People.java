package id.warta.quotes;

import id.warta.entities.Contests;
import id.warta.model.Entity;
import id.warta.model.EntityType;
import id.warta.model.Mention;
import id.warta.quotes.Words.Kind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The people and bodies an article names, as quotes need them: every surface form mapped to
 * the fullest name the article gives ({@code Galar} is {@code Galar Pandu Asmoro},
 * {@code Bamsoet} is {@code Bambang Soesatyo}), whether a name is a person's, and the roles
 * people are introduced with ({@code sang Patriark}: {@link RoleHolders}). Built from the entity layer's list when
 * there is one, and from the article's own capitalised names either way, so quotes work
 * before that layer lands and better after.
 */
final class People {
    /** A resolved name; {@code entity} is the entity layer's canonical name when linked, else null. */
    record Name(String name, NameType type, String entity) {
    }

    private final List<Entity> entities;
    /** The article's body, which the entity mentions index. */
    private final String text;
    /** The entity layer's mentions by start offset. */
    private final TreeMap<Integer, EntityMention> mentions = new TreeMap<>();
    private static final int MENTIONS_LOOKED_BACK = 4;

    private final Map<String, Name> resolved = new HashMap<>();
    private final Map<String, String> aliases = new HashMap<>();
    /** The other names the article calls its people by: nicknames, names cut short or misspelt ({@link OtherNames}). */
    private OtherNames.Found otherNames = NO_OTHER_NAMES;
    private static final OtherNames.Found NO_OTHER_NAMES = new OtherNames.Found(Map.of(), Map.of(), Map.of(), Map.of(), Map.of());
    /** How the article spells each name it reads as a person's, by key. */
    private final Map<String, String> spelt = new HashMap<>();
    private final Map<String, NameType> types = new HashMap<>();
    private final List<String> fullNames = new ArrayList<>();
    /** {@link #fullNames} in lower case, padded with spaces, for word-boundary containment. */
    private final List<String> fullKeys = new ArrayList<>();
    private final Set<String> fullKeySet = new HashSet<>();
    /** The people introduced with a role, and who holds a role a phrase names. */
    private final RoleHolders roleHolders;
    /**
     * The person's name an organisation's entity runs into, by that entity's name in lower case
     * ({@code bi agusman} → {@code Agusman}): see {@link MergedHolders}.
     */
    private final Map<String, String> mergedHolders = new HashMap<>();

    private People(String text, List<Entity> entities) {
        this.text = text;
        this.entities = entities;
        this.roleHolders = new RoleHolders(entities, this::fullName,
                name -> types.getOrDefault(Words.key(name), NameType.UNKNOWN), e -> linked(e).name());
    }

    static People of(Passage p, List<Entity> entities) {
        People people = new People(p.text, entities);
        for (Entity e : entities) people.addEntity(e);
        people.mergedHolders.putAll(MergedHolders.read(p.text, entities, people::insideBodyOrPlaceName));
        TaggedNameWords.mark(p, people.mentions.values());
        NameRuns.read(p, people);
        people.otherNames = OtherNames.read(p, entities, people.mentions, people.personNames(), people.spelt);
        // a nickname is another surface form of its person's name, after the article's own aliases
        people.otherNames.aliases().forEach(people.aliases::putIfAbsent);
        return people;
    }

    /** The keys of the names the article reads as people's. */
    private Set<String> personNames() {
        Set<String> persons = new HashSet<>();
        types.forEach((key, type) -> {
            if (type == NameType.PERSON) persons.add(key);
        });
        return persons;
    }

    /**
     * The one person the headline names ({@code Jennifer Natasha Makin Rajin Latihan Akting}), whom a
     * story about them may call {@code ia} or {@code -nya} before naming them in the body; null when
     * the headline names no person or several.
     */
    Who headlinePerson() {
        List<Entity> named = entities.stream().filter(e -> e.type() == EntityType.PERSON)
                .filter(e -> e.mentions().stream().anyMatch(m -> m.in().equals(Mention.TITLE))).toList();
        return named.size() == 1 ? person(named.getFirst()) : null;
    }

    /** The first person the entity layer tags within {@code [start, end)}, with where it stands; null when none. */
    Map.Entry<Integer, Who> firstPerson(int start, int end) {
        for (Map.Entry<Integer, EntityMention> e : mentions.subMap(start, true, end, false).entrySet()) {
            EntityMention l = e.getValue();
            if (l.entity().type() == EntityType.PERSON && l.mention().end() <= end) return Map.entry(e.getKey(), person(l.entity()));
        }
        return null;
    }

    /** The one person the entity layer tags within {@code [start, end)}, with where it first stands; null when none or several. */
    Map.Entry<Integer, Who> onlyPerson(int start, int end) {
        Map.Entry<Integer, Who> only = null;
        for (Map.Entry<Integer, EntityMention> e : mentions.subMap(start, true, end, false).entrySet()) {
            EntityMention l = e.getValue();
            if (l.entity().type() != EntityType.PERSON || l.mention().end() > end) continue;
            Who who = person(l.entity());
            if (only == null) only = Map.entry(e.getKey(), who);
            else if (!only.getValue().name().equals(who.name())) return null;
        }
        return only;
    }

    /** A person the entity layer tags, by its fullest name. */
    private Who person(Entity e) {
        Name n = linked(e);
        return new Who(n.name(), n.entity(), NameType.PERSON, null);
    }

    /** The fullest name for a surface form, linked to an entity mention overlapping {@code [start, end)} when one does. */
    Name resolve(String surface, int start, int end) {
        if (entities.isEmpty()) return resolved.computeIfAbsent(surface, this::resolveByName);
        Map.Entry<Integer, EntityMention> before = mentions.floorEntry(end - 1);
        // mentions do not nest much: look back over the few that start before the span ends
        for (int seen = 0; before != null && seen < MENTIONS_LOOKED_BACK; before = mentions.lowerEntry(before.getKey()), seen++) {
            EntityMention l = before.getValue();
            if (l.mention().end() <= start) continue;
            // a body's name running into the person's ("Bank Mandiri Kartika Wirjoatmodjo", "BI Agusman") is the
            // tagger's slip; but one word ending a body's name, never written outside a body's or place's name
            // ("Polda Metro Jaya", "Gedung Putih"), is no one's name: the body speaks
            if (l.entity().type() != EntityType.PERSON && l.mention().start() < start) {
                if (surface.indexOf(' ') < 0 && l.mention().end() == end && isBodysName(l.mention())
                        && !writtenAlone(surface)) return linked(l.entity());
                if (l.mention().end() == end && isBodysName(l.mention()) && subsidiarysName(surface)) return linked(l.entity());
                break;
            }
            String holder = mergedHolders.get(Words.key(l.entity().name()));
            if (holder != null && (" " + Words.key(holder) + " ").contains(" " + Words.key(surface) + " ")) {
                return new Name(fullName(holder), NameType.PERSON, null); // "ujar Selfie", tagged a word of "PT X Selfie Dewiyanti"
            }
            return linked(l.entity());
        }
        String full = fullName(surface);
        for (Entity e : entities) {
            if (e.name().equalsIgnoreCase(full)) return linked(e);
        }
        return new Name(full, types.getOrDefault(Words.key(full), NameType.UNKNOWN), null);
    }

    /**
     * Whether the words {@code surface}, ending a body's name after a word that may stand before a holder's name
     * ({@code PT Sentosa Graha Niaga}: {@code Sentosa} as in {@code Direktur Sentosa Budi}), are the body's own: a
     * subsidiary named after its parent, written again and again in the body's name and none of its words alone. A
     * holder's name the tagger ran into a body's is mostly written once with it, or alone too ({@code ujar Agusman}).
     */
    private boolean subsidiarysName(String surface) {
        String[] words = surface.split(" ");
        if (words.length < 2) return false;
        for (String w : words) if (writtenAlone(w)) return false;
        int first = Passage.indexOfWord(text, surface, 0);
        return first >= 0 && Passage.indexOfWord(text, surface, first + 1) >= 0;
    }

    /**
     * Whether {@code word} stands somewhere in the body outside every mention of a body or place that starts before
     * it ({@code kata Agusman} after {@code BI Agusman}): then it is someone's name.
     */
    private boolean writtenAlone(String word) {
        return MergedHolders.writtenAlone(text, word, this::insideBodyOrPlaceName);
    }

    /**
     * Whether a mention reads as a body's name through its last word: headed by a body's word ({@code Gedung Putih})
     * or of three words or more ({@code Polda Metro Jaya}); a short one ({@code BI Agusman}) may be the tagger's
     * slip over a title's body and its holder's name.
     */
    private static boolean isBodysName(Mention m) {
        String[] words = m.text().split(" ");
        return words.length >= 3 || Words.is(words[0], Kind.ORG);
    }

    /** Whether {@code [start, end)} ends the name of a place the entity layer tags, which starts before it. */
    boolean endsPlaceName(int start, int end) {
        Map.Entry<Integer, EntityMention> m = mentions.lowerEntry(start);
        return m != null && m.getValue().entity().type() == EntityType.PLACE && m.getValue().mention().end() == end;
    }

    /** Whether a place the entity layer tags ends at {@code end} ({@code Pekanbaru} in {@code di Pekanbaru, Riau}). */
    boolean placeEndsAt(int end) {
        Map.Entry<Integer, EntityMention> m = mentions.lowerEntry(end);
        return m != null && m.getValue().entity().type() == EntityType.PLACE && m.getValue().mention().end() == end;
    }

    /** Whether {@code [start, end)} lies inside the name of a body or place (no person) that starts before it. */
    private boolean insideBodyOrPlaceName(int start, int end) {
        Map.Entry<Integer, EntityMention> m = mentions.lowerEntry(start);
        for (int seen = 0; m != null && seen < MENTIONS_LOOKED_BACK; m = mentions.lowerEntry(m.getKey()), seen++) {
            Mention mention = m.getValue().mention();
            if (mention.end() >= end && m.getValue().entity().type() != EntityType.PERSON) return true;
        }
        return false;
    }

    /**
     * The entity as a speaker's name; an abbreviation the entity layer kept apart from the name it
     * abbreviates ({@code MU}, with {@code Manchester United} named in full) is that name.
     */
    private Name linked(Entity e) {
        Entity called = otherNames.nicknames().getOrDefault(Words.key(e.name()), otherNames.misspelt().get(Words.key(e.name())));
        if (called != null) return new Name(called.name(), NameType.of(called.type()), called.name());
        String untagged = otherNames.clippedFromUntagged().get(Words.key(e.name()));
        if (untagged != null) return new Name(untagged, NameType.PERSON, null);
        if (NameWords.isAcronym(e.name())) {
            String full = expandAcronym(e.name());
            for (Entity other : entities) {
                if (other != e && other.name().equalsIgnoreCase(full)) return new Name(other.name(), NameType.of(other.type()), other.name());
            }
        }
        return new Name(e.name(), NameType.of(e.type()), e.name());
    }

    /** Without an entity list a name resolves the same wherever it stands. */
    private Name resolveByName(String surface) {
        String full = fullName(surface);
        return new Name(full, types.getOrDefault(Words.key(full), NameType.UNKNOWN), null);
    }

    /** Who holds a role a phrase names ({@code ujar Menag}, {@code kata mantan ketua umum PPP itu}): see {@link RoleHolders}. */
    RoleHolders roleHolders() {
        return roleHolders;
    }

    /** The longest known name holding {@code surface}'s words in order, its alias target, or itself. */
    String fullName(String surface) {
        String key = Words.key(surface.strip());
        String alias = aliases.get(key);
        if (alias != null) return alias;
        String best = surface.strip();
        if (NameWords.isAcronym(best) && best.indexOf(' ') < 0) return expandAcronym(best);
        if (key.indexOf(' ') < 0 && (Words.is(key, Kind.PLACE) || Words.is(key, Kind.ORG))) return best;
        String padded = " " + key + " ";
        boolean person = types.get(key) == NameType.PERSON;
        for (int i = 0; i < fullNames.size(); i++) {
            String full = fullNames.get(i), fullKey = fullKeys.get(i);
            if (full.length() <= best.length() || !fullKey.contains(padded)) continue;
            NameType type = types.get(fullKey.substring(1, fullKey.length() - 1));
            if (person && type != NameType.PERSON) continue; // a person's name does not grow into a body's
            if (mergedHolders.containsKey(fullKey.substring(1, fullKey.length() - 1))) continue; // nor into one run into a body's
            // an untitled run of four words or more is more often a headline's words than a name
            boolean plausible = type == NameType.PERSON || type == NameType.ORG || type == NameType.UNKNOWN && full.chars().filter(c -> c == ' ').count() <= 2;
            if (plausible) best = full;
        }
        return best;
    }

    /** {@code MU} is {@code Manchester United} when the article names it in full: the capitals of its words. */
    private String expandAcronym(String acronym) {
        for (String full : fullNames) {
            StringBuilder initials = new StringBuilder();
            for (String w : full.split("\\s+")) if (Character.isUpperCase(w.codePointAt(0))) initials.append(w.charAt(0));
            if (initials.toString().equals(acronym)) return full;
        }
        return acronym;
    }

    /**
     * The names, lower-cased, the article says a person is called by ({@code alias Abu Janda}, {@code akrab disapa
     * Tiko}); not a name merely cut short ({@code Sandi}), which a quote may hold as part of another ({@code Prabowo-Sandi}).
     */
    List<String> nicknamesOf(String name) {
        return otherNames.calledBy().getOrDefault(name, List.of());
    }

    /** Records that {@code alias} (a key) is another name for {@code name}, unless it names someone already. */
    void addAlias(String alias, String name) {
        aliases.putIfAbsent(alias, name);
    }

    /** The entity layer's last mention starting before offset {@code start}; null when none. */
    EntityMention mentionBefore(int start) {
        Map.Entry<Integer, EntityMention> m = mentions.lowerEntry(start);
        return m == null ? null : m.getValue();
    }

    /** Records {@code name}, as the article spells it, as a name of kind {@code type} unless a kind is known already. */
    void register(String name, NameType type) {
        String key = Words.key(name);
        NameType known = types.get(key);
        if (known == null || known == NameType.UNKNOWN) types.put(key, type);
        spelt.putIfAbsent(key, name);
        if (name.indexOf(' ') > 0 && fullKeySet.add(key)) {
            fullNames.add(name);
            fullKeys.add(" " + key + " ");
        }
    }

    /**
     * Whether {@code name} names no person: the entity layer tags it as a body or place; or, untagged, it is a
     * role word ({@code Menko}), a word the article also writes in lower case (a headline's {@code Berdatangan}), or
     * it stands nowhere but inside the names of bodies and places ({@code Golkar} of {@code Partai Golkar},
     * {@code Formula} of {@code Formula 1}). Untagged people the tagger missed stand on their own somewhere; a
     * description ({@code seorang warga}, {@code Awalnya seorang reporter}) may name a person. Without the entity
     * layer, a body or place.
     */
    boolean namesNoPerson(String name) {
        String full = fullName(name);
        NameType type = types.getOrDefault(Words.key(full), NameType.UNKNOWN);
        if (entities.isEmpty()) return type == NameType.ORG || type == NameType.PLACE;
        for (Entity e : entities) if (e.type() == EntityType.PERSON && e.name().equalsIgnoreCase(name)) return false;
        for (Entity e : entities) if (e.name().equalsIgnoreCase(full)) return e.type() != EntityType.PERSON;
        if (otherNames.nicknames().containsKey(Words.key(full))) return false;
        if (Contests.namesNoOne(full)) return true; // "MotoGP", "Piala Dunia": the entity layer drops contests
        for (String w : full.split(" ")) if (!Character.isUpperCase(w.codePointAt(0))) return false;
        if (full.indexOf(' ') < 0 && (Words.is(full, Kind.ROLE) || Words.is(full, Kind.ORG) // "Pebalap MotoGP": the series
                || Passage.indexOfWord(text, Words.key(full), 0) >= 0)) return true;
        for (int at = Passage.indexOfWord(text, full, 0); at >= 0; at = Passage.indexOfWord(text, full, at + 1)) {
            if (!withinBodyOrPlaceName(at, at + full.length())) return false;
        }
        return true;
    }

    /** Whether {@code [start, end)} lies inside the name of a body or place that starts there or before. */
    private boolean withinBodyOrPlaceName(int start, int end) {
        return insideBodyOrPlaceName(start + 1, end); // offsets are whole: before start + 1 is at start or before
    }

    /** Records that the article uses {@code name} as a person (a speaker, the subject of a verb of saying). */
    void markPerson(String name) {
        String key = Words.key(fullName(name));
        if (types.getOrDefault(key, NameType.UNKNOWN) == NameType.UNKNOWN) {
            types.put(key, NameType.PERSON);
            resolved.clear();
        }
    }

    private void addEntity(Entity e) {
        for (Mention m : e.mentions()) {
            if (Mention.BODY.equals(m.in())) mentions.putIfAbsent(m.start(), new EntityMention(e, m)); // offsets into the body only
        }
        String name = Words.key(e.name()); // each lowered once, not at every mention
        for (Mention m : e.mentions()) {
            String alias = Words.key(m.text());
            if (!alias.equals(name)) aliases.putIfAbsent(alias, e.name());
        }
        register(e.name(), NameType.of(e.type()));
    }
}
