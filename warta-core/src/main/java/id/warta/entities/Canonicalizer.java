package id.warta.entities;

import id.warta.entities.ner.NerModel;
import id.warta.entities.places.Places;
import id.warta.language.Token;
import id.warta.lexicon.Lexicon;
import id.warta.model.Entity;
import id.warta.model.EntityType;
import id.warta.model.Mention;
import id.warta.model.PlaceRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
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
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** How sure a place's resolution must be for two names resolved alike to be one place. */
    private static final double SURE_PLACE = 0.5;
    /** Words before a capital that make it a location, not its government ({@code di Moskow}; {@code locatives.tsv}). */
    private static final Set<String> LOCATIVE = Set.copyOf(Lexicon.lines(Canonicalizer.class, "locatives.tsv"));
    private static final int LONGEST_LOCATIVE = Lexicon.longest(LOCATIVE);

    private final NerModel model;
    private final Places places;
    private final EntityLexicon lexicon = EntityLexicon.INSTANCE;
    private final Roles roles = new Roles();
    private final Branches branches;
    private final CitedSources citedSources;
    private final NewsAgencies newsAgencies;
    private final SurnamesTakenForPlaces surnames;
    private final ParticleSurnames particleSurnames;
    private final TownsForClubs townsForClubs;
    private final PlaceNames placeNames;
    private final ShortBodyNames shortBodyNames;
    private final DefinedShortForms shortForms;
    private final Recurrences recurrences;
    private final TypesInContext inContext;
    private final SharesOfFirms sharesOfFirms;
    private final CanonicalNames canonicalNames;
    private final MentionAssigner assigner;

    Canonicalizer(NerModel model, Places places) {
        this.model = model;
        this.places = places;
        this.branches = new Branches(places);
        this.citedSources = new CitedSources(places);
        this.newsAgencies = new NewsAgencies(places);
        this.surnames = new SurnamesTakenForPlaces(model, places);
        this.particleSurnames = new ParticleSurnames(model, places);
        this.townsForClubs = new TownsForClubs(places, model::commonInLowerCase);
        this.placeNames = new PlaceNames(places);
        this.shortBodyNames = new ShortBodyNames(places);
        this.shortForms = new DefinedShortForms(model, places);
        this.recurrences = new Recurrences(model);
        this.inContext = new TypesInContext(model, places, branches);
        this.sharesOfFirms = new SharesOfFirms(model, places);
        this.canonicalNames = new CanonicalNames(model, places);
        this.assigner = new MentionAssigner(model, places, branches);
    }

    /** A found name with the key of the entity it belongs to and how it refers to it. */
    record Assigned(Found found, String text, String key, String canonical, EntityType listedType, MentionUse use) {
        static final Comparator<Assigned> IN_TEXT_ORDER = Comparator.comparingInt(a -> a.found().start());
    }

    List<Entity> group(String text, List<Sentence> sentences, List<Found> names) {
        Set<String> meantOtherwise = AbbreviatedNames.meantOtherwise(text);
        Set<String> otherSenses = OtherSenses.in(sentences); // "membayar PBB": the land tax, not the United Nations
        Set<String> terms = AbbreviatedNames.definedAsTerms(sentences, names, model::commonInLowerCase);
        Predicate<String> noName = surface -> meantOtherwise.contains(surface) || terms.contains(surface) || otherSenses.contains(surface);
        Set<String> initials = AbbreviatedNames.personsInitials(text);
        List<Found> found = disjoint(names.stream()
                .filter(f -> hasLetter(text, f) && !noName.test(f.textIn(text)))
                .filter(f -> f.type() == EntityType.PLACE || !initials.contains(f.textIn(text)))
                .toList());
        LegalForms.joinClosing(text, found);
        found = CountriesAfterBodies.joinForeignNamesakes(text, disjoint(found), places); // "Kemenkes Kongo": Congo's ministry, not Kemenkes
        BodiesOpeningWithJobTitles.cut(text, found, lexicon); // "VP Corporate Communication Pertamina": Pertamina
        found = PairedBodies.split(text, found); // "Majelis ... dan Konsil Kesehatan Indonesia (KKI)": two bodies
        found = ClubsAfterTheirCountry.split(text, found, places); // "klub Turki Besiktas FC": a place, then the club
        Map<String, Found> abbreviations = shortForms.in(text, found);
        found = PeopleOpeningWithKnownBodies.splitAbbreviations(text, found, abbreviations, lexicon); // "Gubernur BI Pratama Wibisono"
        IntPredicate afterTitle = titleBefore(sentences);
        found = BodiesEndingInKnownPeople.split(text, found, body -> isBody(body, abbreviations),
                word -> places.namesTownOrLarger(word) || places.countryCode(word) != null, afterTitle);
        GivenNamesRunIntoBodies.move(text, found, word -> places.namesTownOrLarger(word) || places.countryCode(word) != null,
                model::listsOnlyAsPersonWord); // "PT Pefindo Guntur" + "Tri Hariyanto" beside "ujar Guntur": his first name
        inContext.countriesAfterDescriptions(text, found);
        NamesInsideBodies.widen(text, found); // "Semen Indonesia" whole elsewhere: no place Indonesia (before repeats)
        shortBodyNames.retype(text, found); // "Manulife" after "Manulife Indonesia": the company, no person
        sharesOfFirms.retype(text, found); // "saham Erajaya": the firm, before its other mentions are added
        EsportsTeams.retype(text, found, model::commonInLowerCase); // "Onic Esports": a gaming team, no person
        FirmsBeforeStockCodes.retype(text, found); // "saham Sinar Makmur (SMAK)": a listed firm, no person
        newsAgencies.find(text, found); // "kantor berita Iran, Tasnim,": the agency, no person
        recurrences.addOccurrences(sentences, found, abbreviations);
        recurrences.addRepeatedNames(text, sentences, found);
        found = PeopleOpeningWithKnownBodies.split(text, disjoint(found), afterTitle); // "Dirut Bulog Budi Waseso": two names
        inContext.placesAfterLocatives(text, found);
        citedSources.retype(text, found); // "dilansir dari Futurism": the outlet, no place after "dari"
        surnames.retype(text, found); // "0,2 detik dari Zarco" after "Johann Zarco": the rider, no place
        particleSurnames.retype(text, found); // "De Gea" after "David De Gea": the keeper, no body
        townsForClubs.retype(text, found); // "bek Bournemouth": the club, no place
        inContext.bodiesBehindTheirBuildings(text, found);
        inContext.venuesOverPlaces(text, found);
        inContext.institutionsOfPlaces(text, sentences, found);
        branches.joinRegions(text, found, abbreviations);
        recurrences.addHeadReferences(text, sentences, found);
        found = disjoint(found);
        inContext.firmsTakenForPeople(text, found);
        found = new ArrayList<>(found.stream() // "huruf Arab": a script, "bahasa Jepang": a language; no place
                .filter(f -> !PeopleWords.people(text, f) && !PeopleWords.language(text, f)).toList());
        ModelsAfterProductWords.drop(text, found, places); // "sedan Toyota Velra": a product, not its maker
        List<Assigned> assigned = assigner.assign(text, found, abbreviations);
        return entities(text, sentences, assigned);
    }

    /** The names in text order, each dropped that overlaps one before it (the tagger's and a dateline's). */
    private static List<Found> disjoint(List<Found> names) {
        List<Found> sorted = new ArrayList<>(names);
        sorted.sort((a, b) -> a.start() != b.start() ? a.start() - b.start() : b.end() - a.end());
        List<Found> out = new ArrayList<>(sorted.size());
        for (Found f : sorted) if (out.isEmpty() || out.getLast().end() <= f.start()) out.add(f);
        return out;
    }

    /** Whether {@code m} matches right at {@code offset} (without searching further on). */
    static boolean startsAt(Matcher m, int offset, int length) {
        return m.region(offset, length).lookingAt();
    }

    private static boolean hasLetter(String text, Found f) {
        for (int i = f.start(); i < f.end(); i++) if (Character.isLetter(text.charAt(i))) return true;
        return false;
    }

    /** Whether a title ends right before a token starting at an offset ({@code Ketua Sidang} | {@code MKH}); worked out on first use. */
    private IntPredicate titleBefore(List<Sentence> sentences) {
        return new IntPredicate() {
            private Set<Integer> after;

            @Override
            public boolean test(int offset) {
                if (after == null) {
                    after = new HashSet<>();
                    for (Sentence s : sentences) {
                        List<Token> tokens = s.tokens();
                        for (int t = 0; t + 1 < tokens.size(); t++) {
                            if (lexicon.titleEndsAt(tokens, t)) after.add(tokens.get(t + 1).start());
                        }
                    }
                }
                return after.contains(offset);
            }
        };
    }

    /** Whether {@code name} is a body's: an abbreviation the article defines for one, or a listed organisation. */
    private boolean isBody(String name, Map<String, Found> abbreviations) {
        Found longForm = abbreviations.get(name);
        return longForm != null ? longForm.type() == EntityType.ORGANIZATION : lexicon.listsBody(name);
    }

    /** Whether a locative word ({@code di}, {@code ke}, {@code kota} ...) comes right before {@code start}. */
    static boolean afterLocative(String text, int start) {
        int end = start;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) end--;
        int begin = end;
        while (begin > 0 && Character.isLetter(text.charAt(begin - 1))) begin--;
        // a longer word is none: lowercasing keeps its length or lengthens it (İ)
        return end - begin <= LONGEST_LOCATIVE && LOCATIVE.contains(text.substring(begin, end).toLowerCase(Locale.ROOT));
    }

    private List<Entity> entities(String text, List<Sentence> sentences, List<Assigned> assigned) {
        Map<String, List<Assigned>> groups = new LinkedHashMap<>();
        for (Assigned a : assigned) groups.computeIfAbsent(a.key(), k -> new ArrayList<>()).add(a);
        capitalsAsPlaces(assigned, groups);
        BodyBuildings.addPlaces(text, assigned, groups);
        TownsInVenues.split(text, groups, places, model::commonInLowerCase); // "Hotel Claro Makassar": two places
        parentsNamedLast(text, assigned, groups);
        GroupTypes given = new GroupTypes(canonicalNames); // the merges ask groups' types again and again: worked out once each
        new GroupMerges(places, model, given::type).mergeAll(groups);
        List<List<Assigned>> ordered = new ArrayList<>(groups.values());
        ordered.sort((a, b) -> a.getFirst().found().start() - b.getFirst().found().start());
        List<String> names = new ArrayList<>();
        List<EntityType> types = new ArrayList<>();
        for (List<Assigned> g : ordered) {
            names.add(given.name(g));
            types.add(given.type(g));
            if (types.getLast() == EntityType.PLACE && g.stream().allMatch(a -> a.canonical() == null)) {
                names.set(names.size() - 1, placeNames.asWritten(names.getLast()));
            }
        }
        List<List<String>> placeForms = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            if (types.get(i) != EntityType.PLACE) continue;
            List<String> forms = new ArrayList<>(List.of(names.get(i)));
            for (Assigned a : ordered.get(i)) if (a.use() == MentionUse.NAME || a.use() == MentionUse.ALIAS) forms.add(a.text());
            placeForms.add(forms);
        }
        List<PlaceRef> refs = places.resolve(placeForms);
        List<Entity> entities = new ArrayList<>(ordered.size());
        Map<String, Integer> byPlace = new HashMap<>();
        int place = 0;
        for (int i = 0; i < ordered.size(); i++) {
            List<Assigned> g = ordered.get(i);
            List<Mention> mentions = g.stream()
                    .map(a -> new Mention(a.text(), a.found().start(), a.found().end(), a.use().label())).toList();
            EntityType type = types.get(i);
            List<String> roleList = type == EntityType.PERSON ? roles(sentences, g) : List.of();
            PlaceRef ref = type == EntityType.PLACE ? refs.get(place++) : null;
            Entity e = new Entity(placeNames.resolved(names.get(i), ref), type, mentions, roleList, ref);
            String code = ref != null && ref.confidence() >= SURE_PLACE ? ref.scheme() + ":" + ref.code() : null;
            Integer same = code == null ? null : byPlace.get(code);
            if (same != null) {
                entities.set(same, samePlace(entities.get(same), e));
            } else {
                if (code != null) byPlace.put(code, entities.size());
                entities.add(e);
            }
        }
        return entities;
    }

    /**
     * A unit of a body named with the body's listed short form last ({@code Komisi III DPR}, {@code Ditjen Pajak
     * Kemenkeu}, {@code Fraksi Golkar DPR RI}) names the body as well: the short form is also a mention of the body
     * written out, as it would be standing alone. The unit stays an organisation of its own.
     */
    private void parentsNamedLast(String text, List<Assigned> assigned, Map<String, List<Assigned>> groups) {
        Set<String> added = new HashSet<>();
        for (Assigned a : assigned) {
            if (a.canonical() != null || a.found().type() != EntityType.ORGANIZATION || a.use() != MentionUse.NAME) continue;
            String[] words = WHITESPACE.split(a.text());
            int last = words.length - 1;
            if (last > 1 && words[last].equals(CountriesAfterBodies.REPUBLIC_INITIALS)) last--;
            if (last < 1 || !lexicon.isOrganisationHead(words[0])) continue;
            EntityLexicon.Alias body = lexicon.listed(words[last]);
            if (body == null || body.canonical() == null || body.type() != EntityType.ORGANIZATION) continue;
            int start = a.found().start() + a.text().lastIndexOf(words[last]);
            if (!text.startsWith(words[last], start)) continue; // the name as written, one space apart
            Found mention = new Found(start, start + words[last].length(), EntityType.ORGANIZATION, "alias");
            String key = EntityKeys.of(body.canonical());
            groups.computeIfAbsent(key, k -> new ArrayList<>())
                    .add(new Assigned(mention, words[last], key, body.canonical(), EntityType.ORGANIZATION, MentionUse.ALIAS));
            added.add(key);
        }
        for (String key : added) groups.get(key).sort(Assigned.IN_TEXT_ORDER);
    }

    /**
     * A capital standing for its country's government ({@code keluhan Washington}, {@code janji
     * Beijing}) is still a place the article names: besides the metonym in its country's entity,
     * the city is a place of its own, one with its other mentions ({@code di Beijing}).
     */
    private static void capitalsAsPlaces(List<Assigned> assigned, Map<String, List<Assigned>> groups) {
        Set<String> cities = new HashSet<>();
        for (Assigned a : assigned) {
            if (a.use() != MentionUse.METONYM) continue;
            String key = EntityKeys.of(a.text());
            List<Assigned> city = groups.computeIfAbsent(key, k -> new ArrayList<>());
            city.add(new Assigned(a.found(), a.text(), key, null, EntityType.PLACE, MentionUse.NAME));
            cities.add(key);
        }
        for (String city : cities) groups.get(city).sort(Assigned.IN_TEXT_ORDER); // once, not per mention
    }

    /**
     * Two names of one gazetteer place ({@code Provinsi Kaltim}, {@code Kalimantan Timur};
     * {@code Tiongkok}, {@code China}) are one entity, under the name used more often.
     */
    private static Entity samePlace(Entity first, Entity second) {
        List<Mention> all = new ArrayList<>(first.mentions());
        all.addAll(second.mentions());
        all.sort((a, b) -> a.start() - b.start());
        String name = second.mentions().size() > first.mentions().size() ? second.name() : first.name();
        PlaceRef ref = second.place().confidence() > first.place().confidence() ? second.place() : first.place();
        return new Entity(name, EntityType.PLACE, all, List.of(), ref);
    }

    private List<String> roles(List<Sentence> sentences, List<Assigned> group) {
        Set<String> found = new LinkedHashSet<>();
        for (Assigned a : group) {
            Sentence s = Sentence.containing(sentences, a.found().start());
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
}
