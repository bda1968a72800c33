package id.warta.entities;

import id.warta.entities.ner.NameSpan;
import id.warta.entities.ner.NerModel;
import id.warta.entities.places.Places;
import id.warta.language.Abbreviations;
import id.warta.language.Token;
import id.warta.lexicon.Lexicon;
import id.warta.model.EntityType;
import id.warta.model.Located;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the names in a text's sentences: the statistical tagger's names, with titles it
 * took in trimmed off ({@code Presiden Jokowi} → {@code Jokowi}), then the listed aliases it
 * missed ({@code KPK}, {@code Negeri Rhein}), then people named by one word ({@link SingleNames}) and
 * the rest of a numbered list of people ({@link ListedNames}); a body's name its abbreviation shows whole
 * ({@link AbbreviatedNames}).
 * Very long sentences are tagged in pieces, so
 * memory stays bounded and time linear.
 */
final class NameFinder {
    /** Longest piece of a sentence tagged at once; longer ones are cut, at punctuation when near. */
    static final int MAX_TOKENS = 200;
    private static final int CUT_SEARCH = 40;
    /** A person's name run into a body's holds this many words ({@code Rohan Hafas}, {@code Widi Hartoto}). */
    private static final int MIN_PERSON_WORDS = 2;
    private static final int MAX_PERSON_WORDS = 4;
    /** Lower-case words that open names ({@code van Dijk}, {@code bin Salman}, {@code al-Sisi}; {@code name-particles.tsv}). */
    private static final Set<String> NAME_PARTICLES = Set.copyOf(Lexicon.lines(NameFinder.class, "name-particles.tsv"));
    /** Words that end an organisation's name and are never a name alone ({@code Arema FC}; {@code org-suffixes.tsv}). */
    private static final Set<String> ORG_SUFFIXES = Set.copyOf(Lexicon.lines(NameFinder.class, "org-suffixes.tsv"));

    /** An ordinal between an office and its country ({@code Presiden ke-7 RI}). */
    private static final java.util.regex.Pattern ORDINAL = java.util.regex.Pattern.compile("ke-?\\d+|ke[a-z]+");

    /** A listed name written in lower case as a web site's is ({@code detikcom}, {@code merdeka.com}). */
    private static final java.util.regex.Pattern LOWER_CASE_SITE = java.util.regex.Pattern.compile("\\p{Ll}+\\.?com");

    /** A body's initials that open what the tagger took for a person's name hold at least this many capitals ({@code GPIB}). */
    private static final int MIN_INITIALS = 3;

    /** The English maker's label: {@code Made in China}. */
    private static final String MADE_IN = "Made in ";

    private final NerModel model;
    private final Places places;
    private final EntityLexicon lexicon = EntityLexicon.INSTANCE;
    private final Roles roles = new Roles();
    private final EnglishNames english;
    private final InstitutionNames institutions;
    private final SingleNames singleNames;
    private final ListedNames listedNames;
    private final CoordinatedNames coordinatedNames;
    private final LineupNames lineupNames;
    private final SlashedPairs slashedPairs;
    private final GluedClitics gluedClitics;
    private final CompassWords compassWords;
    private final AbbreviatedNames abbreviatedNames = new AbbreviatedNames();
    private final OwnNamesAfterKinds ownNamesAfterKinds = new OwnNamesAfterKinds();
    private final HeadlineVerbs headlineVerbs;
    private final FieldListBodies fieldListBodies;
    private final NationalBodiesInTowns nationalBodiesInTowns;
    private final RegionalHeads regionalHeads;
    private final HoldersBodies holdersBodies;
    private final UnitsOfBodies unitsOfBodies;
    private final CountryNames countryNames;
    private final LeagueCountries leagueCountries;
    private final IndexNames indexNames;
    private final PlacesTakenForPeople placesTakenForPeople;
    private final RunTogetherPlaces runTogetherPlaces;
    private final LongerRegionNames longerRegionNames;
    private final ForeignDepartments foreignDepartments;
    private final HyphenedGivenNames hyphenedGivenNames;
    private final CitedSites citedSites;
    private final TailsInsidePeople tailsInsidePeople;
    private final SeriesRounds seriesRounds;

    NameFinder(NerModel model, Places places) {
        this.model = model;
        this.places = places;
        this.regionalHeads = new RegionalHeads(places);
        this.headlineVerbs = new HeadlineVerbs(places);
        this.fieldListBodies = new FieldListBodies(model, places);
        this.nationalBodiesInTowns = new NationalBodiesInTowns(places);
        this.holdersBodies = new HoldersBodies(model, places);
        this.unitsOfBodies = new UnitsOfBodies(model);
        this.countryNames = new CountryNames(places);
        this.leagueCountries = new LeagueCountries(places);
        this.seriesRounds = new SeriesRounds(places);
        this.indexNames = new IndexNames(places);
        this.placesTakenForPeople = new PlacesTakenForPeople(model, places);
        this.runTogetherPlaces = new RunTogetherPlaces(places);
        this.longerRegionNames = new LongerRegionNames(places);
        this.foreignDepartments = new ForeignDepartments(places);
        this.hyphenedGivenNames = new HyphenedGivenNames(places);
        this.citedSites = new CitedSites(model);
        this.tailsInsidePeople = new TailsInsidePeople(model);
        this.singleNames = new SingleNames(model, places);
        this.listedNames = new ListedNames(model);
        this.coordinatedNames = new CoordinatedNames(model);
        this.lineupNames = new LineupNames(model);
        this.slashedPairs = new SlashedPairs(model, places);
        this.gluedClitics = new GluedClitics(model);
        this.compassWords = new CompassWords(places);
        this.english = new EnglishNames(lexicon, model);
        this.institutions = new InstitutionNames(lexicon, model);
    }

    /** The names in {@code sentences}; {@code headline}, the article's headline in that text, or null when it has none. */
    List<Found> find(List<Sentence> sentences, Located headline) {
        List<Found> found = tagged(sentences);
        splitBodyFromPerson(sentences, found);
        regionalHeads.split(sentences, found); // "Bupati Bima Indah ...": the regency, then its head
        joinInstitutions(sentences, found);
        addAliases(sentences, found);
        FieldBodies.widen(sentences, found); // "BPJS Kesehatan": a body of its own, not the BPJS
        OutletDesks.find(sentences, found); // "dikutip dari detikHot": the outlet's desk
        JournalNames.find(sentences, found); // "di jurnal Science Advances": a journal, a body
        ShoutedNamesBeforeTails.find(sentences, found); // "SETARA Institute": a common word in capitals, then a body's tail
        citedSites.find(sentences, found); // "dikutip dari laman Very Well Health": the site, a body
        countryNames.join(sentences, found); // "DPR Korea": a country, not the parliament and Korea
        leagueCountries.find(sentences, found); // "Liga Inggris": the country, a place
        if (headline != null) headlineVerbs.cut(sentences, headline, found); // "Budi Santoso Tinjau ...": a headline's verb ends the name
        fieldListBodies.find(sentences, found); // "Kementerian Pendidikan, Kebudayaan, dan Teknologi": one body
        nationalBodiesInTowns.split(sentences, found); // "di Kementerian BUMN Jakarta, Senin": the body, then the town
        Occupied named = new Occupied(found);
        for (Sentence s : sentences) found.addAll(singleNames.find(s, named)); // "Wulanjani" of "Pramitha Wulanjani" too,
        found.sort((a, b) -> a.start() - b.start());
        singleNames.retype(sentences, found); // "Pertamina, Kusnendar menuturkan": a holder the tagger took for a body
        singleNames.widen(sentences, found, named); // which this makes whole
        abbreviatedNames.find(sentences, found);
        abbreviatedNames.findUnfound(sentences, found); // "Forum Kerukunan Umat Beragama (FKUB)", missed whole
        ownNamesAfterKinds.find(sentences, found); // "Rumah Sakit (RS) Mitra Sehat": one name
        if (sentences.isEmpty()) return found; // and so is found
        String text = sentences.getFirst().text();
        listedNames.find(text, found);
        coordinatedNames.find(sentences, found);
        lineupNames.find(text, found); // "Persikota: Andi Wijaya; Bima Putra, ...": the players the tagger missed
        slashedPairs.find(sentences, found); // "Baek Ha Na/Lee So Hee": both partners people
        seriesRounds.cut(text, found); // "MotoGP Aragon": the round's place, the series no one
        found.removeIf(f -> isThing(text, f));
        EventEditions.drop(text, found); // "Future Initiative Forum 2025": an event, no body
        StockCodes.drop(text, found);
        InstrumentShortForms.drop(text, found); // "Peraturan KPU (PKPU)": a regulation, no body
        DefinedCapitals.drop(text, found); // "Low Earth Orbit (LEO)": an orbit's initials, no person
        LowerCaseTerms.drop(text, found); // "dana murah (CASA)": a term's initials, no body
        SpelledLists.drop(text, found); // "Fear, Uncertainty, dan Doubt (FUD)": a term spelled out, no names
        MeasureUnits.drop(text, found); // "baterai 36,5 Wh": a unit, no person
        Interjections.drop(text, found); // "Semoga lancar. Amin!": a prayer's word, no person
        VenueTails.widen(text, found); // "Java Paragon Hotel": a hotel, no person Java Paragon
        ProductModels.drop(text, found); // "Airbus A320": a product, not its maker
        indexNames.drop(text, found); // "indeks DAX Jerman": an index, in a country
        dropNationalQualifiers(sentences, found);
        unitsTakenForPeople(text, found);
        withoutEnglishTitles(text, found);
        initialsTakenForPeople(text, found);
        AgesAfterNames.retype(text, found, lexicon); // "Sinta Ayu (11), siswi ...": a person, whatever the tagger said
        PeopleAfterHeads.retype(sentences, found, lexicon); // "jalan Sudirman", "PT Hadji Kalla": a place, a body
        found.sort((a, b) -> a.start() - b.start());
        PostnominalCredentials.drop(text, found); // "dr Rina, SpJP(K), FIHA": a fellowship, no body
        PostnominalCredentials.dropDottedDegrees(text, found); // "Retno Dewi, S.Si, M.Biomed": a degree, no person
        PostnominalCredentials.trimDegreeTails(text, found); // "Dadan Heryana M.Pd yang": the name, without its degree
        tailsInsidePeople.split(sentences, found); // "Analis Sinar Sekuritas Budi Hartono": the firm, then its analyst
        holdersBodies.find(sentences, found); // "Managing Director Tetra Pak Indonesia Paolo Maggi": the office's body
        unitsOfBodies.find(sentences, found); // "Ditreskrimum Polda Metro Jaya": a unit of the body
        runTogetherPlaces.split(sentences, found); // "Jakarta Palembang": two places
        found.sort((a, b) -> a.start() - b.start());
        longerRegionNames.widen(text, found); // "Papua Barat Daya": one province, not Papua Barat
        foreignDepartments.find(text, found); // "Departemen Kehakiman AS": the country's ministry
        AbbreviatedGivenNames.join(text, found); // "Muh. Rahmat Sidik": one person, not Muh and Rahmat Sidik
        hyphenedGivenNames.join(sentences, found); // "Samuel-Roger Kamba": one person, not Samuel and Roger Kamba
        RepeatedFirstWords.cut(text, found); // "Profil Glenny Kairupan Glenny merupakan": a flattened heading, one name
        HyphenedSurnames.join(text, found, places); // "Trent Alexander-Arnold": one person, not Trent Alexander and Arnold
        QuotedNicknames.join(sentences, found); // "Anto 'Todung' Binarto": one person, not three
        HyphenedTails.join(text, found, places); // "Polres Bandara Soekarno-Hatta": one body, no person Hatta
        RoadSections.trim(text, found); // "Palembang-Betung Seksi 3": the town Betung, then the road's section
        gluedClitics.cut(text, found); // "Golkarlah": Golkar, named so elsewhere, with a clitic glued on
        compassWords.cut(text, found); // "pantai Utara Jakarta": Jakarta, to its north
        found.sort((a, b) -> a.start() - b.start());
        PlacesBetweenPlaces.retype(text, found); // "di Sahara, Ain Sefra, Algeria": a town, no person
        return found;
    }

    /** The names the tagger finds in {@code sentences}, each cut where no name runs across. */
    private List<Found> tagged(List<Sentence> sentences) {
        List<Found> found = new ArrayList<>();
        for (Sentence s : sentences) {
            int from = 0;
            while (from < s.tokens().size()) {
                int to = cut(s.tokens(), from);
                tag(s.tokens().subList(from, to), s.cased(), found);
                from = to;
            }
        }
        return found;
    }

    /** Adds the listed aliases the sentences name ({@link #aliases}), in place of the found names they replace. */
    private void addAliases(List<Sentence> sentences, List<Found> found) {
        List<Found> aliases = new ArrayList<>();
        Set<Found> replaced = new HashSet<>();
        Occupied taken = new Occupied(found);
        for (Sentence s : sentences) aliases(s, found, taken, aliases, replaced);
        if (!replaced.isEmpty()) found.removeIf(replaced::contains);
        found.addAll(aliases);
    }

    /**
     * Whether a found name is a thing's, no one's: a product's, a competition's, a term's, a kind of body, an award's,
     * a ship's, or what something is made in.
     */
    private boolean isThing(String text, Found f) {
        String name = f.textIn(text);
        return lexicon.isProduct(name) || lexicon.isCompetition(name) || lexicon.isTerm(name) || BodyKinds.isKind(name)
                || madeIn(text, f) || f.type() == EntityType.ORGANIZATION && lexicon.isAward(name)
                || productsLastWord(text, f.start(), name) || ship(text, f.start(), name)
                || ProductEditions.names(text, f); // "Legend 5 Limited Edition": a product
    }

    /**
     * Whether {@code name}, found at {@code at}, is a ship's ({@code MV Hondius}, {@code KRI Spica}; {@link
     * EntityLexicon#isVesselPrefix}): opening with the prefix and a capitalised word, or the name after it, one space
     * between ({@code Tunu Pratama Jaya} of {@code KMP Tunu Pratama Jaya}).
     */
    private boolean ship(String text, int at, String name) {
        int space = name.indexOf(' ');
        if (space > 0 && lexicon.isVesselPrefix(name.substring(0, space)) && Character.isUpperCase(name.charAt(space + 1))) return true;
        return lexicon.isVesselPrefix(wordBefore(text, at));
    }

    /**
     * Whether {@code name}, found at {@code at}, closes a product with the word right before it, one space
     * between ({@code Nino} of {@code El Nino}: a tagger may find the last word alone).
     */
    private boolean productsLastWord(String text, int at, String name) {
        String before = wordBefore(text, at);
        return !before.isEmpty() && lexicon.isProduct(before + " " + name);
    }

    /** The letters right before the space before {@code at} ({@code El} of {@code El Nino}), or "" when none stand there. */
    static String wordBefore(String text, int at) {
        if (at < 2 || text.charAt(at - 1) != ' ') return "";
        int start = at - 1;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) start--;
        return text.substring(start, at - 1);
    }

    /**
     * {@code Made in China}: the English maker's label, whose first word the tagger reads as the Balinese name
     * {@code Made} ({@code I Made Wirata}); a name does not go on with the English {@code in}.
     */
    private static boolean madeIn(String text, Found f) {
        return text.startsWith(MADE_IN, f.start()) && f.end() <= f.start() + MADE_IN.length();
    }

    /**
     * {@code Jamintel Kejagung}, {@code Dirdik Jampidsus Kejagung}: a unit or office named before the listed short form of the body it
     * belongs to, which the tagger read as a person's name. A person's name does not close with a body's short
     * form, so such a name is an organisation.
     */
    private void unitsTakenForPeople(String text, List<Found> found) {
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            if (f.type() != EntityType.PERSON) continue;
            int space = text.lastIndexOf(' ', f.end() - 1);
            if (space <= f.start()) continue;
            EntityLexicon.Alias last = lexicon.listedExactly(text.substring(space + 1, f.end()));
            if (last != null && last.canonical() != null && last.type() == EntityType.ORGANIZATION) {
                found.set(i, new Found(f.start(), f.end(), EntityType.ORGANIZATION, f.via()));
            }
        }
    }

    /**
     * {@code Chief Legal & Sustainability Officer Kalla, Subhan ...}, {@code Senior Regional Officer Asia Pasifik dari ...}:
     * a name the tagger ran over the end of an English title ({@code english-roles.tsv}) is what follows the title,
     * the body or region the holder serves (a person's name does not follow the title inside one name), a place
     * when the gazetteer knows it and a body otherwise; a name that is the title's words only names no one.
     */
    private void withoutEnglishTitles(String text, List<Found> found) {
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            int role = -1;
            for (int at = f.start(), end; at < f.end(); at = end + 1) {
                end = text.indexOf(' ', at);
                if (end < 0 || end > f.end()) end = f.end();
                String w = text.substring(at, end);
                if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && EnglishNames.isRole(w)) role = end;
            }
            if (role < 0) continue;
            if (role >= f.end()) {
                found.remove(i--);
                continue;
            }
            String rest = text.substring(role + 1, f.end());
            EntityType type = places.namesTownOrLarger(rest) || places.countryCode(rest) != null ? EntityType.PLACE : EntityType.ORGANIZATION;
            found.set(i, new Found(role + 1, f.end(), type, f.via()));
        }
    }

    /**
     * {@code GPIB Maranatha}, {@code LPEM UI}, {@code BSC Advertising}: a body's initials (three capitals or more,
     * not a title) and one more word, or more initials only, which the tagger read as a person's name. People are
     * not named by a body's initials and one word; a title in capitals ({@code TGH Zainul Majdi}) opens a person's
     * longer name, so names of three words or more stay people unless all their words are in capitals.
     */
    private void initialsTakenForPeople(String text, List<Found> found) {
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            if (f.type() != EntityType.PERSON) continue;
            String[] words = f.textIn(text).split(" ");
            if (words.length < 2 || !Initials.written(words[0], MIN_INITIALS) || lexicon.title(List.of(words[0])) != null) continue;
            boolean body = true;
            for (int w = 1; w < words.length && words.length > 2; w++) body &= Initials.written(words[w], 2);
            if (body) found.set(i, new Found(f.start(), f.end(), EntityType.ORGANIZATION, f.via()));
        }
    }

    /**
     * {@code Sekretaris Perusahaan Bank Mandiri Rohan Hafas}: the tagger runs a body the article
     * also names on its own into the person who speaks for it, or cuts the words elsewhere
     * ({@code Bank} | {@code Mandiri Rohan Hafas}). After an office, a body the article names,
     * then words that read as a person's name (capitalised, none a word news writes in lower
     * case, none a type word) and end the run of capitalised words, are two names: they replace
     * what the tagger found there, when all it found lies inside.
     */
    private void splitBodyFromPerson(List<Sentence> sentences, List<Found> found) {
        if (sentences.isEmpty()) return;
        String text = sentences.getFirst().text();
        Set<String> bodies = new HashSet<>();
        int longestBody = 0;
        for (Found f : found) {
            if (isBody(f, text) && bodies.add(f.textIn(text))) {
                longestBody = Math.max(longestBody, f.textIn(text).split(" ").length);
            }
        }
        if (bodies.isEmpty()) return;
        Set<Character> bodyInitials = new HashSet<>();
        for (String body : bodies) if (!body.isEmpty()) bodyInitials.add(body.charAt(0));
        for (Sentence s : sentences) {
            List<Token> tokens = s.tokens();
            for (int t = 1; t < tokens.size(); t++) {
                // a body opens on its first character: most words cannot (cheaper than the title lookup)
                if (!bodyInitials.contains(text.charAt(tokens.get(t).start()))) continue;
                if (!lexicon.titleEndsAt(tokens, t - 1)) continue; // "Direktur Utama Bank BJB Widi Hartoto": an office, then its body and holder
                for (int person = t + 1; person < tokens.size() && person - t <= longestBody; person++) {
                    if (!bodies.contains(s.tokensText(t, person))) continue;
                    int name = person + lexicon.titleLengthAt(tokens, person); // "Kapuspen TNI Mayjen Kristomei Sianturi"
                    int end = name;
                    while (end < tokens.size() && end - name < MAX_PERSON_WORDS && tokens.get(end).isCapitalised()) end++;
                    if (end - name < MIN_PERSON_WORDS || (end < tokens.size() && tokens.get(end).isCapitalised())
                            || !readsAsPersonName(tokens, name, end)
                            || places.namesRegion(tokens.get(name).text())) { // "KONI Lampung": the body's branch
                        continue;
                    }
                    if (replace(found, tokens.get(t).start(), tokens.get(person - 1).end(), tokens.get(name).start(),
                            tokens.get(end - 1).end())) {
                        t = end - 1;
                        break;
                    }
                }
            }
        }
    }

    /**
     * Institutions the tagger cut apart or missed: named the English way ({@code University of
     * Oklahoma}, {@code New York Mercantile Exchange}) or head first ({@code Balai Teknik
     * Perkeretaapian Kelas II Padang}), each one organisation over the names inside it. A name the
     * tagger found running past one wins ({@code PT Bank Mandiri} is not cut to {@code PT Bank}),
     * except over a head joined by of/for.
     */
    private void joinInstitutions(List<Sentence> sentences, List<Found> found) {
        boolean added = false;
        for (Sentence s : sentences) {
            for (Found name : english.find(s)) added |= takeOver(found, name, name.via().equals(EnglishNames.OF_NAME));
            List<Found> inSentence = new ArrayList<>(); // a plain pass: it runs for every sentence
            for (Found f : found) if (f.overlaps(s)) inSentence.add(f);
            for (Found name : institutions.find(s, inSentence)) added |= takeOver(found, name, false);
        }
        if (added) found.sort((a, b) -> a.start() - b.start());
    }

    /** Puts {@code name} for the names it overlaps, unless one runs past it and {@code overLonger} is false; whether it went in. */
    private static boolean takeOver(List<Found> found, Found name, boolean overLonger) {
        if (!overLonger && found.stream().anyMatch(f -> f.overlaps(name) && (f.start() < name.start() || f.end() > name.end()))) {
            return false;
        }
        found.removeIf(name::overlaps);
        found.add(name);
        return true;
    }

    /** Puts body {@code [from, bodyEnd)} and person {@code [personStart, to)} for what the tagger found there. */
    private static boolean replace(List<Found> found, int from, int bodyEnd, int personStart, int to) {
        List<Found> there = found.stream().filter(f -> f.start() < to && from < f.end()).toList();
        if (there.isEmpty() || there.stream().anyMatch(f -> f.start() < from || f.end() > to)) return false;
        found.removeAll(there);
        String via = there.getFirst().via();
        found.add(new Found(from, bodyEnd, EntityType.ORGANIZATION, via));
        found.add(new Found(personStart, to, EntityType.PERSON, via));
        found.sort((a, b) -> a.start() - b.start());
        return true;
    }

    /** An organisation by the tagger, or by the word it opens with ({@code Bank}, {@code Kementerian}). */
    private boolean isBody(Found f, String text) {
        if (f.type() == EntityType.ORGANIZATION) return true;
        int space = text.indexOf(' ', f.start());
        String first = text.substring(f.start(), space < 0 || space > f.end() ? f.end() : space);
        return lexicon.isOrganisationHead(first);
    }

    private boolean readsAsPersonName(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            String w = tokens.get(i).text();
            if (w.length() < 2 || !Character.isUpperCase(w.charAt(0)) || w.equals(w.toUpperCase(Locale.ROOT))
                    || model.commonInLowerCase(w) || lexicon.heads.containsKey(w.toLowerCase(Locale.ROOT))
                    || lexicon.aliases.containsKey(w)) {
                return false;
            }
        }
        return true;
    }

    private static int cut(List<Token> tokens, int from) {
        int end = Math.min(tokens.size(), from + MAX_TOKENS);
        if (end == tokens.size()) return end;
        for (int i = end - 1; i > end - CUT_SEARCH; i--) {
            if (!tokens.get(i).isWord()) return i + 1;
        }
        return end;
    }

    private void tag(List<Token> tokens, boolean cased, List<Found> into) {
        List<String> words = tokens.stream().map(Token::text).toList();
        for (NameSpan n : model.tag(words, cased)) {
            int start = n.start();
            if (n.type() != EntityType.PERSON && n.end() - start > 1 && abbreviatedHonorific(words.get(start))
                    && noHeadWord(words, start + 1, n.end())) {
                n = new NameSpan(n.start(), n.end(), EntityType.PERSON); // "KGPA Tejokusumo", "KH Ahmad Dahlan": a person
            }
            if (n.type() == EntityType.PERSON) start = afterTitles(words, start, n.end());
            while (n.type() == EntityType.PERSON && start < n.end() && HoldersBodies.portfolioAfterOffice(words, start)) start++; // "Menko Marinvest Luhut ..."
            if (start < n.end() - 1 && opensSentence(words, start) && model.commonInLowerCase(words.get(start))) start++;
            int end = n.end();
            if (n.type() == EntityType.PERSON && placesTakenForPeople.bodyOpening(tokens, start, end)) { // "KONI Lampung Hendri ..."
                into.add(new Found(tokens.get(start).start(), tokens.get(start).end(), EntityType.ORGANIZATION, "model"));
                start++;
            }
            if (n.type() == EntityType.PERSON) {
                int country = placesTakenForPeople.opening(tokens, start, end); // "kiper Korea Selatan Kim Seung-gyu"
                if (country > 0) {
                    into.add(new Found(tokens.get(start).start(), tokens.get(start + country - 1).end(), EntityType.PLACE, "model"));
                    start += country;
                }
            }
            while (cased && end - 1 > start && Character.isLowerCase(words.get(end - 1).charAt(0))) end--;
            // "gedung Kementerian Koordinator ...", "kantor Wapres": a name never opens with a common word
            while (cased && start < end - 1 && Character.isLowerCase(words.get(start).charAt(0))
                    && !NAME_PARTICLES.contains(words.get(start))) start++;
            if (start < end && end - start == 1 && ORG_SUFFIXES.contains(words.get(start))) {
                // "Arema FC" tagged as "Arema" and "FC": the suffix joins the name before it, never stands alone
                Found before = into.isEmpty() ? null : into.getLast();
                if (before != null && start > 0 && before.end() == tokens.get(start - 1).end()) {
                    into.set(into.size() - 1, new Found(before.start(), tokens.get(start).end(), EntityType.ORGANIZATION, "model"));
                }
                continue;
            }
            if (start < end && !notAName(words, start, end, cased)) {
                into.add(new Found(tokens.get(start).start(), tokens.get(end - 1).end(), n.type(), "model"));
            }
        }
    }

    /**
     * Whether {@code word} is a form of address written as capitals ({@code KH}, {@code GKR}, {@code KGPAA}; {@code
     * titles.tsv}, {@code titles-runtime.tsv}): a Javanese court's or a cleric's, which opens only a person's name,
     * though the tagger, seeing a word in capitals, may take the name for a body's (unless a body's or a place's head
     * word follows: {@code KH Ahmad Dahlan Universitas ...}). Honorifics written as words ({@code Ibu}) open other names
     * too ({@code Ibu Kota Nusantara}).
     */
    private boolean abbreviatedHonorific(String word) {
        return word.length() >= 2 && word.chars().allMatch(c -> c >= 'A' && c <= 'Z') && !ACADEMIC_TITLES.contains(word)
                && lexicon.title(List.of(word)) == EntityLexicon.TitleKind.HONORIFIC;
    }

    /** Whether no word of {@code [from, to)} is a head word of a body's or a place's name ({@code Universitas}). */
    private boolean noHeadWord(List<String> words, int from, int to) {
        for (int i = from; i < to; i++) if (lexicon.heads.containsKey(words.get(i).toLowerCase(Locale.ROOT))) return false;
        return true;
    }

    /** Academic and English titles in capitals, which open other names too ({@code DR Kongo}, the country). */
    private static final Set<String> ACADEMIC_TITLES = Set.of("DR", "DRS", "DRA", "IR", "PROF", "MR", "MRS");

    /**
     * Tagged words that name no one: a holiday ({@code Idul Adha}), a title alone ({@code kantor
     * Wapres}), a degree after a name ({@code dr Diana Suganda, SpGK}), words in lower case where
     * the text's case can be trusted ({@code (isa/fay)}, {@code super blue blood moon}), a
     * connective opening its sentence ({@code Alhasil, Jorge Martin ...}).
     */
    private boolean notAName(List<String> words, int start, int end, boolean cased) {
        if (lexicon.isEvent(words.subList(start, end)) || lexicon.title(words.subList(start, end)) != null) return true;
        if (end - start != 1) return false;
        String w = words.get(start);
        if (Abbreviations.isDegree(w)) return true;
        if (cased && w.equals(w.toLowerCase(Locale.ROOT))) return true;
        return opensSentence(words, start) && end < words.size() && words.get(end).equals(",") && model.commonInLowerCase(w);
    }

    /** Whether only punctuation (an opening quote) comes before token {@code at}. */
    private static boolean opensSentence(List<String> words, int at) {
        for (int i = 0; i < at; i++) if (Character.isLetterOrDigit(words.get(i).charAt(0))) return false;
        return true;
    }

    /** The first token of a person's name after the titles the tagger took in with it. */
    private int afterTitles(List<String> words, int start, int end) {
        int at = start;
        for (int k; (k = lexicon.titleLength(words, at, end - 1, kind -> true)) > 0; ) { // a name's last word stays
            at += k;
            if (at < end && words.get(at).equals(".")) at++;
        }
        return at;
    }

    /**
     * Listed names in the sentence that no found name covers; a listed name of several words
     * replaces found names lying inside it ({@code Pakta Pertahanan Atlantik Utara} over
     * {@code Atlantik Utara}).
     */
    private void aliases(Sentence s, List<Found> found, Occupied taken, List<Found> into, Set<Found> replaced) {
        List<Token> tokens = s.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            List<EntityLexicon.Alias> candidates = lexicon.aliases.get(tokens.get(i).text());
            if (candidates == null) continue;
            for (EntityLexicon.Alias a : candidates) {
                int end = i + a.words().size();
                if (end > tokens.size() || !matches(tokens, i, a.words())) continue;
                Found f = new Found(tokens.get(i).start(), tokens.get(end - 1).end(), a.type(), "alias");
                if (!trustworthy(tokens, i, a)) break;
                if (taken.overlaps(f)) {
                    if (a.words().size() < 2) break;
                    Found same = sameSpan(f, found);
                    if (same != null) { // "Arema FC" tagged a person: the list knows the club
                        if (same.type() != f.type()) {
                            replaced.add(same);
                            into.add(f);
                        }
                        i = end - 1;
                        break;
                    }
                    List<Found> inside = inside(f, found);
                    if (inside.isEmpty()) break;
                    replaced.addAll(inside);
                }
                taken.add(f);
                into.add(f);
                i = end - 1;
                break;
            }
        }
    }

    /** Drops the country's initials where they qualify an office or body ({@code Presiden RI}), tagged or listed. */
    private void dropNationalQualifiers(List<Sentence> sentences, List<Found> found) {
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

    /**
     * The found names {@code f} overlaps, when they all lie within it and are shorter; else
     * none. {@code found} is in text order.
     */
    private static List<Found> inside(Found f, List<Found> found) {
        List<Found> inside = new ArrayList<>();
        for (int k = firstEndingAfter(found, f.start()); k < found.size() && found.get(k).start() < f.end(); k++) {
            Found o = found.get(k);
            if (o.start() < f.start() || o.end() > f.end() || o.end() - o.start() == f.end() - f.start()) return List.of();
            inside.add(o);
        }
        return inside;
    }

    /** The found name with exactly the span of {@code f}, or null. */
    private static Found sameSpan(Found f, List<Found> found) {
        for (int k = firstEndingAfter(found, f.start()); k < found.size() && found.get(k).start() <= f.start(); k++) {
            if (found.get(k).start() == f.start() && found.get(k).end() == f.end()) return found.get(k);
        }
        return null;
    }

    /** The index of the first found name ending after {@code offset}; {@code found} is in text order. */
    private static int firstEndingAfter(List<Found> found, int offset) {
        int lo = 0, hi = found.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (found.get(mid).end() <= offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    private static boolean matches(List<Token> tokens, int at, List<String> words) {
        for (int k = 0; k < words.size(); k++) {
            if (!tokens.get(at + k).text().equals(words.get(k))) return false;
        }
        return true;
    }

    /**
     * A one-word alias is read as a name when written in capitals, in a brand's camel case
     * ({@code detikSulsel}), or capitalised away from a sentence start and not a word news mostly
     * writes in lower case ({@code Antara}).
     */
    private boolean trustworthy(List<Token> tokens, int at, EntityLexicon.Alias a) {
        if (a.words().size() > 1) return true;
        String w = a.words().getFirst();
        if (w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT))) return true;
        if (Character.isLowerCase(w.charAt(0)) && !w.equals(w.toLowerCase(Locale.ROOT))) return true; // detikSulsel
        if (LOWER_CASE_SITE.matcher(w).matches()) return true; // detikcom, merdeka.com: a site's name is no word of the language
        return at > 0 && !model.commonInLowerCase(w);
    }


}
