package id.warta.entities;

import id.warta.entities.ner.NerModel;
import id.warta.entities.places.Places;
import id.warta.model.EntityType;
import id.warta.model.Located;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the names in a text's sentences, in phases, each a list of passes run in this order:
 * <ol>
 * <li>{@link #tagged}: the statistical tagger's names ({@link TaggedNames}), cut where it ran a body into its holder;
 * <li>{@link #addMissedNames}: institutions and listed aliases the tagger cut apart or missed ({@code KPK});
 * <li>{@link #reshapeInContext}: names the words around them widen, join or cut (a headline's verb, a town after a body);
 * <li>{@link #addSingleNames}: people named by one word ({@link SingleNames}), bodies their abbreviation shows whole
 *     ({@link AbbreviatedNames});
 * <li>{@link #addListedPeople}: the rest of a list of people ({@link ListedNames});
 * <li>{@link #dropNonNames}: things, events, terms and units the tagger took for names;
 * <li>{@link #retype}: names typed by what they hold or what stands around them;
 * <li>{@link #splitRunTogether}: degrees trimmed off, and two names run into one split;
 * <li>{@link #joinSplitNames}: one name the tagger found as two joined, and a place's word glued on cut off;
 * </ol>
 * then a name between places is typed a place ({@link PlacesBetweenPlaces}).
 * A new pass goes into the phase whose kind of work it does; the order inside a phase is the order of the passes.
 */
final class NameFinder {
    private final Places places;
    private final EntityLexicon lexicon = EntityLexicon.INSTANCE;
    private final TaggedNames taggedNames;
    private final HoldersRunIntoBodies holdersRunIntoBodies;
    private final ListedAliases listedAliases;
    private final ThingNames thingNames = new ThingNames();
    private final NationalQualifiers nationalQualifiers = new NationalQualifiers();
    private final EnglishTitlesInNames englishTitles;
    private final EnglishNames english;
    private final InstitutionNames institutions;
    private final SingleNames singleNames;
    private final SpeakersTakenForPlaces speakers;
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
    private final RunTogetherPlaces runTogetherPlaces;
    private final LongerRegionNames longerRegionNames;
    private final ForeignDepartments foreignDepartments;
    private final HyphenedGivenNames hyphenedGivenNames;
    private final PlayersAfterPositions players;
    private final EastAsianNames eastAsianNames;
    private final CitedSites citedSites;
    private final TailsInsidePeople tailsInsidePeople;
    private final SeriesRounds seriesRounds;
    private final TollGates tollGates;
    private final OpenersBeforeSurnames openersBeforeSurnames;
    private final TeamsTakenForPeople teams;
    private final GivenNamesLeftOff givenNamesLeftOff;

    NameFinder(NerModel model, Places places) {
        this.places = places;
        this.taggedNames = new TaggedNames(model, places);
        this.holdersRunIntoBodies = new HoldersRunIntoBodies(model, places);
        this.listedAliases = new ListedAliases(model);
        this.englishTitles = new EnglishTitlesInNames(places);
        this.regionalHeads = new RegionalHeads(places);
        this.headlineVerbs = new HeadlineVerbs(places);
        this.fieldListBodies = new FieldListBodies(model, places);
        this.nationalBodiesInTowns = new NationalBodiesInTowns(places);
        this.holdersBodies = new HoldersBodies(model, places);
        this.unitsOfBodies = new UnitsOfBodies(model);
        this.countryNames = new CountryNames(places);
        this.leagueCountries = new LeagueCountries(places);
        this.seriesRounds = new SeriesRounds(places);
        this.tollGates = new TollGates(model, places);
        this.openersBeforeSurnames = new OpenersBeforeSurnames(model);
        this.teams = new TeamsTakenForPeople(places);
        this.givenNamesLeftOff = new GivenNamesLeftOff(places);
        this.indexNames = new IndexNames(places);
        this.runTogetherPlaces = new RunTogetherPlaces(places);
        this.longerRegionNames = new LongerRegionNames(places);
        this.foreignDepartments = new ForeignDepartments(places);
        this.hyphenedGivenNames = new HyphenedGivenNames(places);
        this.eastAsianNames = new EastAsianNames(model::commonInLowerCase, places::namesTownOrLarger);
        this.citedSites = new CitedSites(model);
        this.tailsInsidePeople = new TailsInsidePeople(model);
        this.singleNames = new SingleNames(model, places);
        this.players = new PlayersAfterPositions(model, places);
        this.speakers = new SpeakersTakenForPlaces(places);
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
        addMissedNames(sentences, found);
        reshapeInContext(sentences, headline, found);
        addSingleNames(sentences, found);
        if (sentences.isEmpty()) return found;
        String text = sentences.getFirst().text();
        tollGates.find(text, found); // "GT Banyumanik": a toll gate the tagger missed or cut
        addListedPeople(sentences, text, found);
        dropNonNames(sentences, text, found);
        retype(sentences, text, found);
        splitRunTogether(sentences, text, found);
        joinSplitNames(sentences, text, found);
        PlacesBetweenPlaces.retype(text, found); // "di Sahara, Ain Sefra, Algeria": a town, no person; reads the places all phases settled
        return found;
    }

    /** The tagger's names, cut where it ran a body or a region into the person heading it. */
    private List<Found> tagged(List<Sentence> sentences) {
        List<Found> found = taggedNames.find(sentences);
        holdersRunIntoBodies.split(sentences, found); // "Sekretaris Perusahaan Bank Mandiri Rohan Hafas": the body, then its holder
        regionalHeads.split(sentences, found); // "Bupati Bima Indah ...": the regency, then its head
        return found;
    }

    /** Names the tagger cut apart or missed: institutions, listed aliases, a body's field, desks, journals, sites. */
    private void addMissedNames(List<Sentence> sentences, List<Found> found) {
        joinInstitutions(sentences, found);
        listedAliases.add(sentences, found); // "KPK", "Negeri Rhein": listed names the tagger missed
        FieldBodies.widen(sentences, found); // "BPJS Kesehatan": a body of its own, not the BPJS
        OutletDesks.find(sentences, found); // "dikutip dari detikHot": the outlet's desk
        JournalNames.find(sentences, found); // "di jurnal Science Advances": a journal, a body
        ShoutedNamesBeforeTails.find(sentences, found); // "SETARA Institute": a common word in capitals, then a body's tail
        citedSites.find(sentences, found); // "dikutip dari laman Very Well Health": the site, a body
    }

    /** Names the words around them join, type or cut: a country after a body, a headline's verb, a town after a body. */
    private void reshapeInContext(List<Sentence> sentences, Located headline, List<Found> found) {
        countryNames.join(sentences, found); // "DPR Korea": a country, not the parliament and Korea
        leagueCountries.find(sentences, found); // "Liga Inggris": the country, a place
        if (headline != null) headlineVerbs.cut(sentences, headline, found); // "Budi Santoso Tinjau ...": a headline's verb ends the name
        fieldListBodies.find(sentences, found); // "Kementerian Pendidikan, Kebudayaan, dan Teknologi": one body
        nationalBodiesInTowns.split(sentences, found); // "di Kementerian BUMN Jakarta, Senin": the body, then the town
    }

    /** People named by one word, and bodies named by their abbreviation or by a kind's word before their own name. */
    private void addSingleNames(List<Sentence> sentences, List<Found> found) {
        Occupied named = new Occupied(found);
        for (Sentence s : sentences) found.addAll(singleNames.find(s, named)); // "Wulanjani" of "Pramitha Wulanjani" too,
        found.sort((a, b) -> a.start() - b.start());
        singleNames.retype(sentences, found); // "Pertamina, Kusnendar menuturkan": a holder the tagger took for a body
        speakers.retype(sentences, found); // "...," kata Guntur: the speaker, no town
        singleNames.widen(sentences, found, named); // which this makes whole
        players.find(sentences, found); // "gelandang PSG, Vitinha": the player, no place
        abbreviatedNames.find(sentences, found);
        abbreviatedNames.findUnfound(sentences, found); // "Forum Kerukunan Umat Beragama (FKUB)", missed whole
        ownNamesAfterKinds.find(sentences, found); // "Rumah Sakit (RS) Mitra Sehat": one name
    }

    /** The other people of a list whose first the tagger found: numbered, coordinated, slashed. */
    private void addListedPeople(List<Sentence> sentences, String text, List<Found> found) {
        listedNames.find(text, found);
        coordinatedNames.find(sentences, found);
        lineupNames.find(text, found); // "Persikota: Andi Wijaya; Bima Putra, ...": the players the tagger missed
        slashedPairs.find(sentences, found); // "Baek Ha Na/Lee So Hee": both partners people
    }

    /** Found names that name no one and nothing the output keeps: things, events, codes, terms, units, qualifiers. */
    private void dropNonNames(List<Sentence> sentences, String text, List<Found> found) {
        seriesRounds.cut(text, found); // "MotoGP Aragon": the round's place, the series no one
        thingNames.drop(text, found); // "El Nino", "KRI Spica", "Made in China": a thing's name
        ColourNames.drop(sentences, text, found); // "pilihan warna Misty Titanium dan Obsidian Black": a product's colours
        EventEditions.drop(text, found); // "Future Initiative Forum 2025": an event, no body
        StockCodes.drop(text, found);
        InstrumentShortForms.drop(text, found); // "Peraturan KPU (PKPU)": a regulation, no body
        DefinedCapitals.drop(text, found); // "Low Earth Orbit (LEO)": an orbit's initials, no person
        LowerCaseTerms.drop(text, found); // "dana murah (CASA)": a term's initials, no body
        SpelledLists.drop(text, found); // "Fear, Uncertainty, dan Doubt (FUD)": a term spelled out, no names
        MeasureUnits.drop(text, found); // "baterai 36,5 Wh": a unit, no person
        MovingAverages.drop(text, found); // "ditutup di atas MA 5 harinya": a moving average, no court
        Interjections.drop(text, found); // "Semoga lancar. Amin!": a prayer's word, no person
        ZodiacSigns.drop(text, found); // "Zodiak Leo dikenal setia": a horoscope's sign, no person
        VenueTails.widen(text, found); // "Java Paragon Hotel": a hotel, no person Java Paragon
        ProductModels.drop(text, found); // "Airbus A320": a product, not its maker
        indexNames.drop(text, found); // "indeks DAX Jerman": an index, in a country
        RegionalMarkets.retype(text, found); // "Bursa Asia": a continent's markets, no exchange
        nationalQualifiers.drop(sentences, found); // "Presiden RI": the office's, no place
    }

    /** Names typed by their own words or the words around them, whatever the tagger said. */
    private void retype(List<Sentence> sentences, String text, List<Found> found) {
        BodiesTakenForPeople.retypeUnits(text, found); // "Dirdik Jampidsus Kejagung": a unit of the body, no person
        englishTitles.retype(text, found); // "Senior Regional Officer Asia Pasifik": the region, not the title
        BodiesTakenForPeople.retypeInitials(text, found); // "GPIB Maranatha": a body's initials, no person
        AgesAfterNames.retype(text, found, lexicon); // "Sinta Ayu (11), siswi ...": a person, whatever the tagger said
        PeopleAfterHeads.retype(sentences, found, lexicon); // "jalan Sudirman", "PT Hadji Kalla": a place, a body
        found.sort((a, b) -> a.start() - b.start());
        teams.retype(text, found); // "pembalap tim Andretti Autosport": the team, no person
    }

    /** Degrees trimmed off people's names, and two names the tagger ran into one split: a body and its holder, two places. */
    private void splitRunTogether(List<Sentence> sentences, String text, List<Found> found) {
        PostnominalCredentials.drop(text, found); // "dr Rina, SpJP(K), FIHA": a fellowship, no body
        PostnominalCredentials.dropDottedDegrees(text, found); // "Retno Dewi, S.Si, M.Biomed": a degree, no person
        PostnominalCredentials.trimDegreeTails(text, found); // "Dadan Heryana M.Pd yang": the name, without its degree
        tailsInsidePeople.split(sentences, found); // "Analis Sinar Sekuritas Budi Hartono": the firm, then its analyst
        holdersBodies.find(sentences, found); // "Managing Director Tetra Pak Indonesia Paolo Maggi": the office's body
        unitsOfBodies.find(sentences, found); // "Ditreskrimum Polda Metro Jaya": a unit of the body
        AdministrativeChains.split(text, found, places); // "Desa Waru Kecamatan Sukamaju": a village, then its district
        runTogetherPlaces.split(sentences, found); // "Jakarta Palembang": two places
        found.sort((a, b) -> a.start() - b.start());
    }

    /** One name the tagger found as two (or more) joined, and a word glued onto a name cut off. */
    private void joinSplitNames(List<Sentence> sentences, String text, List<Found> found) {
        longerRegionNames.widen(text, found); // "Papua Barat Daya": one province, not Papua Barat
        foreignDepartments.find(text, found); // "Departemen Kehakiman AS": the country's ministry
        AbbreviatedGivenNames.join(text, found); // "Muh. Rahmat Sidik": one person, not Muh and Rahmat Sidik
        KinWordsOpeningNames.join(text, found, lexicon); // "Putri Kusuma Wardani": her given name, no daughter of Kusuma Wardani
        BalinesePrefixes.join(text, found); // "Kompol I Made Yasa": the prefix I opens the Balinese name
        hyphenedGivenNames.join(sentences, found); // "Samuel-Roger Kamba": one person, not Samuel and Roger Kamba
        openersBeforeSurnames.cut(text, found); // "Alhasil Martin finis": Martin, named Jorge Martin elsewhere
        givenNamesLeftOff.join(text, found); // "Sabar Karyaman Gutama ... Sabar/Reza": the given name opens the name
        RepeatedFirstWords.cut(text, found); // "Profil Glenny Kairupan Glenny merupakan": a flattened heading, one name
        ArabicArticles.join(text, found); // "Al-Akbar": one name, not Akbar alone
        HyphenedSurnames.join(text, found, places); // "Trent Alexander-Arnold": one person, not Trent Alexander and Arnold
        QuotedNicknames.join(sentences, found); // "Anto 'Todung' Binarto": one person, not three
        HyphenedTails.join(text, found, places); // "Polres Bandara Soekarno-Hatta": one body, no person Hatta
        RoadSections.trim(text, found); // "Palembang-Betung Seksi 3": the town Betung, then the road's section
        gluedClitics.cut(text, found); // "Golkarlah": Golkar, named so elsewhere, with a clitic glued on
        compassWords.cut(text, found); // "pantai Utara Jakarta": Jakarta, to its north
        eastAsianNames.find(sentences, found); // "Sim Yu Jin", "Oh Ei Sun": one person the tagger missed or cut
        found.sort((a, b) -> a.start() - b.start());
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
}
