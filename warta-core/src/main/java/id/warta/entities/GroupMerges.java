package id.warta.entities;

import id.warta.entities.Canonicalizer.Assigned;
import id.warta.entities.ner.NerModel;
import id.warta.entities.places.Places;
import id.warta.extract.Outlets;
import id.warta.lexicon.Lexicon;
import id.warta.model.EntityType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Joins the groups of one article's names that name one entity under different keys: a bare region and the region
 * with its level, a body cut at a conjunction and its full name, a short place or company name and the full one, an
 * institution of one place named with and without the place's level, initials and the name they abbreviate, a short
 * form clipped from a body's name ({@link ClippedShortForms}), a gaming team with and without {@code Esports}
 * ({@link EsportsTeams}), a club and the word after its town ({@link TownClubShortNames}), a person's
 * name and its slips ({@link PersonSpellings}), a body named with and without its country or the Republic's initials ({@link CountriesAfterBodies}),
 * a street's name with and without a title ({@link StreetNames}), a firm and its web address ({@link SiteNames}),
 * a building or site with and without its town after ({@link SitesWithTheirTown}), a firm with and without the words
 * saying it is a company ({@link CorporateTails}), a parliament's commission by its number alone ({@link
 * NumberedCommissions}). Each
 * pass joins a group into another only when exactly one candidate fits.
 */
final class GroupMerges {
    /** The level word before an Indonesian region's name, in a key. */
    static final Pattern LEVEL_PREFIX = Pattern.compile("(?:provinsi|kabupaten|kota|kecamatan|desa|kelurahan) ");
    /**
     * Words for the grounds around a building or site ({@code Kompleks Istana Kepresidenan}): the site named with or
     * without one is one place in either order, where a building's kind may come first only ({@code Gereja Katedral X}).
     */
    private static final Set<String> ENCLOSURES = Set.of("kompleks", "kawasan");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]");

    private final Places places;
    private final NerModel model;
    private final EntityLexicon lexicon = EntityLexicon.INSTANCE;
    /** The type a group's entity will have, as the canonicalizer decides it. */
    private final Function<List<Assigned>, EntityType> typeOf;

    GroupMerges(Places places, NerModel model, Function<List<Assigned>, EntityType> typeOf) {
        this.places = places;
        this.model = model;
        this.typeOf = typeOf;
    }

    /** Runs every pass over {@code groups} (keys to their mentions, each group in text order), in place. */
    void mergeAll(Map<String, List<Assigned>> groups) {
        SortedKeys sorted = new SortedKeys(groups.keySet()); // the passes only drop keys: sorted once for all of them
        mergeBareRegions(groups);
        mergeHeadSpellings(groups);
        mergeCutConjunctions(groups, sorted);
        mergeBareDescriptions(groups, sorted);
        mergeBuildingsWithoutTheirKind(groups);
        mergeShortCompanyNames(groups);
        CorporateTails.merge(groups, this::isOrganisation, g -> typeOf.apply(g) == EntityType.PERSON); // "Huawei" beside "Huawei Technologies Co Ltd"
        mergeInstitutionsOfOnePlace(groups);
        CountriesAfterBodies.mergeRepublicInitials(groups, this::isOrganisation); // "Kementerian Sosial RI" beside "Kementerian Sosial"
        mergeBodiesWithTheirRegion(groups, sorted);
        CountriesAfterBodies.merge(groups, places, this::isOrganisation, this::isPlace); // "DGAC Prancis" beside "DGAC"
        SitesWithTheirTown.merge(groups, sorted, places, this::isPlace); // "Gereja Katedral" beside "Gereja Katedral Jakarta"
        NumberedCommissions.merge(groups, sorted, this::isOrganisation); // "Komisi III" beside "Komisi III DPR RI"
        mergeHeadsWithInitials(groups);
        ClippedShortForms.merge(groups, this::isOrganisation); // "Undip" beside "Universitas Diponegoro"
        EsportsTeams.merge(groups, this::isOrganisation); // "Onic" beside "Onic Esports"
        TownClubShortNames.merge(groups, places, this::isOrganisation, g -> typeOf.apply(g) == EntityType.PERSON); // "United" beside "Manchester United"
        mergeOutletForms(groups);
        PersonSpellings.merge(groups, g -> typeOf.apply(g) == EntityType.PERSON, model::frequency); // "Sergio Ramod" beside "Sergio Ramos"
        StreetNames.merge(groups, this::isPlace); // "Jalan Thamrin" beside "Jalan MH Thamrin"
        SiteNames.merge(groups, this::isPlace); // "Alfacart.com" beside "Alfacart"
    }

    /**
     * {@code TRIBUNNEWS.COM} in the dateline, {@code Tribunnews} and {@code Tribun} in the body: an outlet's written
     * forms ({@code outlets.tsv}) left in groups of their own, each the opening of the outlet's name or opened by it
     * (letters and digits only, any case), are one organisation, joined into the first; an outlet's desks named
     * otherwise ({@code detikJatim} beside {@code detikcom}) stay apart, and so does a form another pass already
     * joined to a longer name ({@code Tribun} to {@code Tribun Lampung}).
     */
    private void mergeOutletForms(Map<String, List<Assigned>> groups) {
        Map<String, String> firstOfOutlet = new HashMap<>();
        for (String k : new ArrayList<>(groups.keySet())) {
            List<Assigned> group = groups.get(k);
            Outlets.Outlet outlet = Outlets.find(group.getFirst().text()).orElse(null);
            if (outlet == null || !isOrganisation(group)) continue;
            String name = lettersAndDigits(outlet.name());
            if (!group.stream().allMatch(a -> formOf(a.text(), outlet, name))) continue;
            String first = firstOfOutlet.putIfAbsent(outlet.name(), k);
            if (first != null) merge(groups, k, first);
        }
    }

    /**
     * Whether {@code form} is a written form of {@code outlet} that opens its name ({@code name}, as
     * {@link #lettersAndDigits} gives it) or is opened by it, counting letters and digits only, in any case.
     */
    private static boolean formOf(String form, Outlets.Outlet outlet, String name) {
        if (!outlet.equals(Outlets.find(form).orElse(null))) return false;
        String written = lettersAndDigits(form);
        return !written.isEmpty() && !name.isEmpty() && (written.startsWith(name) || name.startsWith(written));
    }

    /** {@code s} in lower case with all but its letters and digits left out. */
    private static String lettersAndDigits(String s) {
        return NOT_LETTER_OR_DIGIT.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    /**
     * A body named bare and once with the Indonesian region it serves after its name ({@code SMAN 1 Glagah} and
     * {@code SMAN 1 Glagah Banyuwangi}, {@code Dinas Pendidikan} and {@code Dinas Pendidikan Kota Bogor}) is one body,
     * when the article names it so with one region only; a listed body keeps its own name, unless it is a body that is
     * only ever some town's ({@code PN} or {@code Pengadilan Negeri} beside {@code PN Makassar}; {@link #LOCAL_BODIES}).
     */
    private void mergeBodiesWithTheirRegion(Map<String, List<Assigned>> groups, SortedKeys sorted) {
        for (String bare : new ArrayList<>(groups.keySet())) {
            List<Assigned> group = groups.get(bare);
            if (group == null) continue;
            String written = shortFormOnly(group);
            boolean local = LOCAL_BODIES.contains(bare); // "PN" beside "PN Makassar": a district court is always some town's
            if (written == null && !local && group.stream().anyMatch(a -> a.canonical() != null)) continue;
            String opening = (written != null ? written : bare) + " ";
            String branchKey = sorted.onlyOpening(opening, groups);
            if (branchKey == null && local && written != null) branchKey = sorted.onlyOpening(opening = bare + " ", groups);
            // a short form listed as its region's body ("Persija", written out Persija Jakarta) opens its own key: no
            // other group to join, and joining the group into itself would drop it
            if (branchKey == null || branchKey.equals(bare)) continue;
            String full = branchKey; // final, for the lambda below
            String region = full.substring(opening.length());
            Matcher level = LEVEL_PREFIX.matcher(region);
            if (level.lookingAt()) region = region.substring(level.end());
            if (!places.namesRegion(region) || !isOrganisation(group) || !isOrganisation(groups.get(full))) continue;
            if (written != null || local) { // the short form names the regional body, not the listed one written out
                group.replaceAll(a -> new Assigned(a.found(), a.text(), full, null, a.listedType(), a.use()));
            }
            merge(groups, bare, full);
        }
    }

    /** Bodies that are only ever some town's or region's ({@code local-bodies.tsv}), by key: a bare one is the branch named. */
    private static final Set<String> LOCAL_BODIES = Set.copyOf(Lexicon.lines(GroupMerges.class, "local-bodies.tsv"));

    /**
     * The key of the one listed short form all of a group's mentions are written as ({@code DPRD}, written out
     * {@code Dewan Perwakilan Rakyat Daerah}), or null: the form a body named with its region opens with too
     * ({@code DPRD DKI Jakarta}).
     */
    private static String shortFormOnly(List<Assigned> group) {
        String form = group.getFirst().text();
        if (form.indexOf(' ') >= 0 || group.getFirst().canonical() == null) return null;
        for (Assigned a : group) if (!a.text().equals(form) || a.use() != MentionUse.ALIAS) return null;
        return EntityKeys.of(form);
    }

    /**
     * A bare region name joins the one region the article names with its level
     * ({@code Garut} with {@code Kabupaten Garut}), not when two levels share it
     * ({@code Kota Bandung} and {@code Kabupaten Bandung}).
     */
    private static void mergeBareRegions(Map<String, List<Assigned>> groups) {
        Map<String, List<String>> prefixed = new HashMap<>();
        for (String key : groups.keySet()) {
            Matcher m = LEVEL_PREFIX.matcher(key);
            if (m.lookingAt()) prefixed.computeIfAbsent(key.substring(m.end()), k -> new ArrayList<>()).add(key);
        }
        prefixed.forEach((bare, keys) -> {
            List<Assigned> bareGroup = groups.get(bare);
            if (keys.size() != 1 || bareGroup == null) return;
            if (bareGroup.stream().anyMatch(a -> a.found().type() != EntityType.PLACE)) return;
            merge(groups, bare, keys.getFirst());
        });
    }

    /**
     * A place named with its head word spelt two ways ({@code Goa Rangko} and {@code Gua Rangko}; the spellings in
     * {@code heads.tsv}) is one place.
     */
    private void mergeHeadSpellings(Map<String, List<Assigned>> groups) {
        for (String key : new ArrayList<>(groups.keySet())) {
            int space = key.indexOf(' ');
            String spelling = space < 0 ? null : lexicon.headSpellings.get(key.substring(0, space));
            if (spelling == null) continue;
            String other = spelling + key.substring(space);
            if (groups.containsKey(other) && isPlace(groups.get(key)) && isPlace(groups.get(other))) merge(groups, key, other);
        }
    }

    /**
     * A body named with a conjunction cut before it ({@code Kementerian Haji} beside {@code Kementerian
     * Haji dan Umrah}, {@code Kementerian Pendidikan} beside {@code Kementerian Pendidikan dan Kebudayaan})
     * joins the one full name the article gives.
     */
    private static void mergeCutConjunctions(Map<String, List<Assigned>> groups, SortedKeys sorted) {
        for (String cut : new ArrayList<>(groups.keySet())) {
            String full = sorted.onlyOpening(cut + " dan ", groups);
            if (full == null || groups.get(cut).stream().anyMatch(a -> a.found().type() != EntityType.ORGANIZATION)) continue;
            merge(groups, cut, full);
        }
    }

    /**
     * A place of two words or more, no town or region ({@code Balai Kota}, {@code Stadion Manahan}),
     * after the one longer place the article opens with those words ({@code Balai Kota Bogor}), is
     * that place, named short.
     */
    private void mergeBareDescriptions(Map<String, List<Assigned>> groups, SortedKeys sorted) {
        for (String bare : new ArrayList<>(groups.keySet())) {
            if (bare.indexOf(' ') < 0) continue; // the cheap tests first
            if (!sorted.anyOpensWith(bare + " ")) continue; // before the group's type is asked
            List<Assigned> group = groups.get(bare);
            if (group == null || group.stream().anyMatch(a -> a.canonical() != null) || !isPlace(group)) continue;
            if (places.namesTownOrLarger(bare)) continue;
            String opening = bare + " ";
            List<String> full = sorted.allOpening(opening, groups).stream().filter(k -> isPlace(groups.get(k))).toList();
            // the article names the place in full first, then short: not a long name found once late
            if (full.size() != 1) continue;
            if (groups.get(full.getFirst()).getFirst().found().start() > group.getFirst().found().start()) continue;
            merge(groups, bare, full.getFirst());
        }
    }

    /**
     * A building or site named in full, then without the word for its kind before its name ({@code Gereja Katedral
     * Bogor}, then {@code Katedral Bogor}; {@code Bandara Kualanamu}, then {@code Kualanamu}): the short name joins the
     * full one when it is no town, region, village or country, the full one came first (in either order when the word
     * names the grounds: {@code Istana Kepresidenan}, then {@code Kompleks Istana Kepresidenan}) and is the only place
     * named so, and the word before is a common word, no title. A short name of one word must have lost a place's head word
     * ({@code Stadion}, {@code Bandara}; {@code heads.tsv}): a lone word after any other is too often a name of its own.
     */
    private void mergeBuildingsWithoutTheirKind(Map<String, List<Assigned>> groups) {
        List<String> keys = new ArrayList<>(groups.keySet());
        // what each key goes on with after its first word: a short name none goes on with has no full one to join,
        // found before its group's type is asked (passes only drop keys: one dropped since is weeded out below)
        Set<String> afterFirstWords = new HashSet<>();
        for (String k : keys) if (k.indexOf(' ') >= 0) afterFirstWords.add(k.substring(k.indexOf(' ') + 1));
        for (String bare : keys) {
            if (!afterFirstWords.contains(bare)) continue;
            List<Assigned> group = groups.get(bare);
            if (group == null || group.stream().anyMatch(a -> a.canonical() != null) || !isPlace(group)) continue;
            if (LEVEL_PREFIX.matcher(bare).lookingAt() || group.stream().anyMatch(a -> places.namesTownOrLarger(a.text()))
                    || places.namesRegionOfLevel(bare, "desa") || places.namesRegionOfLevel(bare, "kelurahan")) {
                continue; // a town or a village the building is named after (Masjid Pondok Indah, Pondok Indah)
            }
            boolean oneWord = bare.indexOf(' ') < 0;
            String ending = " " + bare;
            List<String> full = groups.keySet().stream()
                    .filter(k -> k.endsWith(ending) && k.indexOf(' ') == k.length() - ending.length()
                            && kindBefore(k.substring(0, k.indexOf(' ')), oneWord) && isPlace(groups.get(k)))
                    .toList();
            if (full.size() != 1) continue;
            boolean later = groups.get(full.getFirst()).getFirst().found().start() > group.getFirst().found().start();
            if (later && !(ENCLOSURES.contains(full.getFirst().substring(0, full.getFirst().indexOf(' ')))
                    && stillAPlace(groups.get(full.getFirst()), group))) continue;
            merge(groups, bare, full.getFirst());
        }
    }

    /**
     * Whether {@code word} can be the kind of building or site before its name: a word news also writes in lower
     * case ({@code gereja}, {@code kompleks}; not the {@code II} of {@code II Balai TNGM}) and no title ({@code Raja
     * Keraton ...}); a place's head before a name of one word.
     */
    private boolean kindBefore(String word, boolean beforeOneWord) {
        if (beforeOneWord) return lexicon.heads.get(word) == EntityType.PLACE;
        return model.seenInLowerCase(word) && lexicon.title(List.of(word)) == null;
    }

    /**
     * A company named in full with its legal form, then by the first words of that name ({@code PT Sinar Kencana
     * Abadi Tbk}, then {@code Sinar Kencana}, {@code Sinar}): the short names join the full one, when it is the
     * only such company they open and the short name does not open with a body's head word ({@code Bank}), unless
     * all the full name adds is the country a local arm names itself after ({@code PT Bank Sentosa Indonesia Tbk},
     * then {@code Bank Sentosa}; {@code Bank Sentosa Syariah} is another bank). A firm the lexicon lists by its own
     * name joins only its local company named after the country ({@code PT Freeport Indonesia}, then {@code Freeport}):
     * a longer name after a listed firm is mostly its subsidiary ({@code PT Pertamina Patra Niaga} beside {@code Pertamina}).
     */
    private void mergeShortCompanyNames(Map<String, List<Assigned>> groups) {
        List<String> companies = groups.keySet().stream().filter(k -> k.indexOf(' ') > 0
                && groups.get(k).stream().anyMatch(a -> LegalForms.in(a.text())) && isOrganisation(groups.get(k))).toList();
        if (companies.isEmpty()) return;
        for (String bare : new ArrayList<>(groups.keySet())) {
            List<Assigned> group = groups.get(bare);
            if (companies.contains(bare)) continue;
            boolean listed = group.stream().anyMatch(a -> a.canonical() != null);
            // a firm listed under the name written ("Freeport"), not a short form of another name ("Arema" of "Arema FC")
            if (listed && !group.stream().allMatch(a -> a.canonical() == null || a.canonical().equals(a.text()))) continue;
            String opening = bare + " ";
            List<String> full = companies.stream().filter(k -> k.startsWith(opening)).toList();
            if (full.size() != 1 || !isOrganisation(group)) continue;
            int space = bare.indexOf(' ');
            boolean localArm = CountriesAfterBodies.localArm(bare, full.getFirst()); // "Bank Sentosa" of "... Indonesia"
            // a listed firm beside a longer company is mostly its subsidiary (Pertamina, PT Pertamina Patra Niaga)
            if (listed && !localArm) continue;
            if (lexicon.isOrganisationHead(space < 0 ? bare : bare.substring(0, space)) && !(localArm && space >= 0)) continue;
            if (listed) { // named as the company, not as the listed firm ("PT Freeport Indonesia", not "Freeport")
                String into = full.getFirst();
                group.replaceAll(a -> new Assigned(a.found(), a.text(), into, null, a.listedType(), a.use()));
            }
            merge(groups, bare, full.getFirst());
        }
    }

    /** The special region's initials a province's name may go with or without ({@code DKI Jakarta}, {@code Jakarta}; {@code region-initials.tsv}). */
    private static final Set<String> REGION_INITIALS = Set.copyOf(Lexicon.lines(GroupMerges.class, "region-initials.tsv"));

    /**
     * An institution of one place named with and without the place's level or a special region's initials
     * ({@code Pemerintah Jakarta}, {@code Pemerintah DKI Jakarta}, {@code Pemprov Jakarta} written out as
     * {@code Pemerintah Provinsi Jakarta}) is one body; not when two levels are named ({@code Pemerintah Kota
     * Bogor} and {@code Pemerintah Kabupaten Bogor} are two, and a bare {@code Pemerintah Bogor} joins neither).
     */
    private void mergeInstitutionsOfOnePlace(Map<String, List<Assigned>> groups) {
        Map<String, List<String>> byPlace = new LinkedHashMap<>();
        Map<String, Set<String>> levels = new HashMap<>();
        for (String k : groups.keySet()) {
            String[] words = k.split(" ");
            if (words.length < 2 || !lexicon.institutions.containsKey(words[0])) continue;
            int at = 1;
            String level = Branches.LEVELS.contains(words[at]) && words.length > 2 ? words[at++] : null;
            if (REGION_INITIALS.contains(words[at]) && words.length > at + 1) at++;
            String reduced = words[0] + " " + String.join(" ", Arrays.copyOfRange(words, at, words.length));
            if (!isOrganisation(groups.get(k))) continue;
            byPlace.computeIfAbsent(reduced, r -> new ArrayList<>()).add(k);
            if (level != null) levels.computeIfAbsent(reduced, r -> new HashSet<>()).add(level);
        }
        for (var e : byPlace.entrySet()) {
            if (e.getValue().size() < 2 || levels.getOrDefault(e.getKey(), Set.of()).size() > 1) continue;
            for (String k : e.getValue().subList(1, e.getValue().size())) merge(groups, k, e.getValue().getFirst());
        }
    }

    /**
     * A body named by the initials of another body's name in the article ({@code HPM} after {@code Hikari Prima
     * Motor}), or by its head word and the initials of the rest ({@code Dinas SDA} after {@code Dinas Sumber Daya
     * Air}), is that body when exactly one body there has those initials; an abbreviation of three letters or more,
     * written in capitals, when it stands alone.
     */
    private void mergeHeadsWithInitials(Map<String, List<Assigned>> groups) {
        Map<String, List<String>> byInitials = null; // made once, when a first abbreviation asks: not a scan of all names per one
        for (String k : new ArrayList<>(groups.keySet())) {
            String[] words = k.split(" ");
            String abbreviation = words[words.length - 1];
            boolean alone = words.length == 1;
            if (words.length > 2 || abbreviation.length() < (alone ? 3 : 2)
                    || !alone && !lexicon.isOrganisationHead(words[0])
                    || groups.get(k).stream().noneMatch(a -> a.text().endsWith(abbreviation.toUpperCase(Locale.ROOT)))) {
                continue;
            }
            String opening = alone ? "" : words[0] + " ";
            if (byInitials == null) byInitials = byInitials(groups.keySet());
            List<String> full = byInitials.getOrDefault(opening + abbreviation, List.of()).stream()
                    .filter(groups::containsKey).toList(); // not one merged into another already
            if (full.size() != 1 || !isOrganisation(groups.get(k)) || !isOrganisation(groups.get(full.getFirst()))) continue;
            merge(groups, k, full.getFirst());
        }
    }

    /**
     * The names of two words or more by their initials ({@code hpm} for {@code hikari prima motor}) and, when three or
     * more, by their first word and the initials of the rest ({@code dinas sda} for {@code dinas sumber daya air}).
     */
    private static Map<String, List<String>> byInitials(Set<String> keys) {
        Map<String, List<String>> by = new HashMap<>();
        for (String key : keys) {
            int space = key.indexOf(' ');
            if (space <= 0) continue;
            by.computeIfAbsent(Initials.ofKey(key), i -> new ArrayList<>()).add(key);
            if (key.indexOf(' ', space + 1) > 0) {
                String headed = key.substring(0, space + 1) + Initials.ofKey(key.substring(space + 1));
                by.computeIfAbsent(headed, i -> new ArrayList<>()).add(key);
            }
        }
        return by;
    }

    /** Moves the mentions grouped under {@code from} into the group under {@code into}, kept in text order. */
    static void merge(Map<String, List<Assigned>> groups, String from, String into) {
        List<Assigned> target = groups.get(into);
        target.addAll(groups.remove(from));
        target.sort(Assigned.IN_TEXT_ORDER);
    }

    private boolean isOrganisation(List<Assigned> group) {
        return typeOf.apply(group) == EntityType.ORGANIZATION;
    }

    /** Whether two groups' mentions together still name a place (not the body {@code Balai Kota} names too). */
    private boolean stillAPlace(List<Assigned> a, List<Assigned> b) {
        return isPlace(joined(a, b));
    }

    /** Two groups' mentions as one group would hold them, in text order. */
    static List<Assigned> joined(List<Assigned> a, List<Assigned> b) {
        List<Assigned> joined = new ArrayList<>(a);
        joined.addAll(b);
        joined.sort(Assigned.IN_TEXT_ORDER);
        return joined;
    }

    private boolean isPlace(List<Assigned> group) {
        return typeOf.apply(group) == EntityType.PLACE;
    }
}
