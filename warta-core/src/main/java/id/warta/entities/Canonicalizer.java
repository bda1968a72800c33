package id.warta.entities;

import static id.warta.entities.EntityLexicon.isBlank;
import static id.warta.entities.EntityLexicon.shouted;
import static id.warta.entities.EntityLexicon.titleCase;

import id.warta.entities.ner.NerModel;
import id.warta.entities.places.Places;
import id.warta.language.Token;
import id.warta.lexicon.Lexicon;
import id.warta.model.Entity;
import id.warta.model.EntityType;
import id.warta.model.Mention;
import id.warta.model.PlaceRef;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumMap;
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
    /**
     * A body's short form of two to four words in brackets after its name: {@code Direktorat Jenderal Perhubungan Udara
     * (Ditjen Hubud)}, {@code Panitia Seleksi Calon Pimpinan KPK (Pansel KPK)}, {@code Ditjen Binapenta dan PKK}.
     */
    private static final Pattern DEFINED_WORDS = Pattern.compile(
            "\\s?\\(\\s?(\\p{Lu}[\\p{L}\\p{N}&.\\-]*(?: (?:dan|&|[\\p{Lu}\\p{N}][\\p{L}\\p{N}&.\\-]*)){1,3})\\s?\\)");
    /** A legal form after a company's name. */
    private static final Pattern LEGAL_FORM = Pattern.compile("(?:\\s?\\(Persero\\))?(?:\\s?Tbk\\b\\.?)?");
    /**
     * Legal-form words a name is compared without ({@code Bank Mandiri} is {@code PT Bank Mandiri Tbk}, {@code Ophir
     * Energy} is {@code Ophir Energy Plc}): Indonesian forms and the English ones foreign companies keep in the news.
     */
    static final Set<String> LEGAL_WORDS = Set.of("pt", "tbk", "persero", "plc", "inc", "ltd", "llc");
    /** A football club's suffixes, which a later mention drops ({@code Dewa United FC}, then {@code Dewa United}). */
    private static final Set<String> CLUB_WORDS = Set.of("fc", "cf", "sc");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** How sure a place's resolution must be for two names resolved alike to be one place. */
    private static final double SURE_PLACE = 0.5;
    /** Words joining the items of a list of names. */
    private static final Set<String> COORDINATION = Set.of(" dan ", ", ", " serta ", " atau ", ", dan ");
    private static final int LONGEST_COORDINATION = longest(COORDINATION);
    /** Generic heads of organisation names that stand alone for the organisation once named ({@code anaphoric-heads.tsv}). */
    private static final Set<String> ANAPHORIC_HEADS = Set.copyOf(Lexicon.lines(Canonicalizer.class, "anaphoric-heads.tsv"));
    /** Words before a capital that make it a location, not its government ({@code di Moskow}; {@code locatives.tsv}). */
    private static final Set<String> LOCATIVE = Set.copyOf(Lexicon.lines(Canonicalizer.class, "locatives.tsv"));
    private static final int LONGEST_LOCATIVE = longest(LOCATIVE);
    private static final int SHORTEST_REPEATED_NAME_WORD = 3;
    /** How a listed company's stock code ({@link StockCodes#LETTERS} capitals) follows its name. */
    private static final String TICKER_JOINER = " atau ";
    /** The word before a body's name that makes the name its head's title ({@code Kepala Dinas Kesehatan}). */
    private static final String HEAD = "Kepala ";
    /** A head's short title in brackets after the body's name: {@code (Kadishub)}, {@code (Kasat Reskrim)}. */
    private static final Pattern HEADS_TITLE = Pattern.compile(" ?\\(Ka\\p{Ll}+(?: \\p{Lu}\\p{Ll}+)?\\)");
    /** Words opening a job title, never a body's name ({@code VP}, {@code Direktur}), lowercased. */
    private static final Set<String> ROLE_OPENERS = Set.copyOf(Lexicon.lines(Canonicalizer.class, "role-openers.tsv"));

    private final NerModel model;
    private final Places places;
    private final EntityLexicon lexicon = EntityLexicon.INSTANCE;
    private final Roles roles = new Roles();
    private final Branches branches;
    private final CitedSources citedSources;
    private final PlaceNames placeNames;
    private final GroupMerges groupMerges;
    private final ShortBodyNames shortBodyNames;

    Canonicalizer(NerModel model, Places places) {
        this.model = model;
        this.places = places;
        this.branches = new Branches(places);
        this.citedSources = new CitedSources(places);
        this.placeNames = new PlaceNames(places);
        this.shortBodyNames = new ShortBodyNames(places);
        this.groupMerges = new GroupMerges(places, model, group -> type(group, name(group)));
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
        withLegalForms(text, found);
        found = ForeignNamesakes.join(text, disjoint(found), places); // "Kemenkes Kongo": Congo's ministry, not Kemenkes
        withoutOpeningRoles(text, found);
        found = PairedBodies.split(text, found); // "Majelis ... dan Konsil Kesehatan Indonesia (KKI)": two bodies
        Map<String, Found> abbreviations = abbreviations(text, found);
        found = organisationsBeforePeople(text, found, abbreviations);
        found = BodiesBeforePeople.split(text, found, body -> isBody(body, abbreviations),
                word -> places.namesTownOrLarger(word) || places.countryCode(word) != null, titleBefore(sentences));
        countriesAfterDescriptions(text, found);
        NamesInsideBodies.widen(text, found); // "Semen Indonesia" whole elsewhere: no place Indonesia (before repeats)
        shortBodyNames.retype(text, found); // "Manulife" after "Manulife Indonesia": the company, no person
        addOccurrences(text, sentences, found, abbreviations);
        addRepeatedNames(text, sentences, found);
        found = disjoint(found);
        placesAfterLocatives(text, found);
        citedSources.retype(text, found); // "dilansir dari Futurism": the outlet, no place after "dari"
        bodiesBehindTheirBuildings(text, found);
        venuesOverPlaces(text, found);
        institutionsOfPlaces(text, sentences, found);
        branches.joinRegions(text, found, abbreviations);
        addHeadReferences(text, sentences, found);
        found = disjoint(found);
        firmsTakenForPeople(text, found);
        found = new ArrayList<>(found.stream().filter(f -> !PeopleWords.people(text, f)).toList()); // "huruf Arab": a script, no place
        Map<Integer, String> goingOn = placesGoingOnAfterTheBracket(text, found, abbreviations);
        List<Assigned> assigned = assign(text, found, abbreviations, goingOn);
        return entities(text, sentences, assigned);
    }

    /**
     * Takes a company's legal form written after its name into it ({@code PT Pertamina
     * (Persero) Tbk}), dropping a name found inside the form. {@code found} is in text order.
     */
    private static void withLegalForms(String text, List<Found> found) {
        Matcher m = LEGAL_FORM.matcher(text);
        List<Found> extended = new ArrayList<>(found.size());
        for (Found f : found) {
            if (f.type() == EntityType.ORGANIZATION && startsAt(m, f.end(), text.length()) && m.end() > f.end()) {
                extended.add(new Found(f.start(), m.end(), f.type(), f.via()));
            } else {
                extended.add(f);
            }
        }
        found.clear();
        Found last = null;
        for (Found f : extended) {
            boolean swallowed = last != null && last.start() <= f.start() && f.end() <= last.end();
            if (swallowed) continue;
            found.add(f);
            last = f;
        }
    }

    /**
     * Cuts a job title off an organisation or place the tagger found opening with it ({@code VP Corporate
     * Communication Pertamina}): the name becomes the body after the title, the shortest cut that leaves
     * a name found elsewhere in the article, a listed one, or two words or more opening with an
     * organisation's head word ({@code SVP Credit Cards Bank Mandiri}) or closing with its tail word
     * ({@code Senior Mandala Sekuritas} of {@code Analis Senior}). Without such a body it is a job title alone
     * ({@code SEVP Human Capital}, {@code COO}), no name, and goes.
     */
    private void withoutOpeningRoles(String text, List<Found> found) {
        Set<String> surfaces = null;
        List<Found> titles = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            if (f.type() == EntityType.PERSON) continue;
            int firstEnd = text.indexOf(' ', f.start());
            if (firstEnd < 0 || firstEnd >= f.end()) firstEnd = f.end();
            if (!ROLE_OPENERS.contains(text.substring(f.start(), firstEnd).toLowerCase(Locale.ROOT))) continue;
            titles.add(f); // a job title alone ("SEVP Human Capital", "COO") unless a body follows it
            if (surfaces == null) {
                surfaces = new HashSet<>();
                for (Found g : found) surfaces.add(text.substring(g.start(), g.end()));
            }
            for (int cut = firstEnd; cut >= 0 && cut < f.end(); cut = text.indexOf(' ', cut + 1)) {
                String rest = text.substring(cut + 1, f.end());
                if (rest.isEmpty()) break;
                if (opensWithRole(rest)) continue; // "Chief Executive Tesla Inc": the title goes on
                if (surfaces.contains(rest) || lexicon.listed(rest) != null || lexicon.opensWithOrganisationHead(rest)
                        || lexicon.closesWithOrganisationTail(rest)) {
                    found.set(i, new Found(cut + 1, f.end(), EntityType.ORGANIZATION, f.via()));
                    titles.remove(f);
                    break;
                }
            }
        }
        found.removeAll(titles);
    }

    /** Whether {@code name} opens with a word of a job title ({@code Executive Tesla Inc}, {@code Senior Analyst ...}). */
    private static boolean opensWithRole(String name) {
        int space = name.indexOf(' ');
        String first = space < 0 ? name : name.substring(0, space);
        return ROLE_OPENERS.contains(first.toLowerCase(Locale.ROOT)) || EnglishNames.isRole(first);
    }

    /** Whether {@code name} carries a company's legal form ({@code PT PLN Batam}, {@code Adaro Tbk}). */
    static boolean withLegalForm(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        // its words as key reads them: no regex split for every body found
        for (int start = wordStart(lower, 0), end; start < lower.length(); start = wordStart(lower, end)) {
            end = wordEnd(lower, start);
            if (LEGAL_WORDS.contains(lower.substring(start, end))) return true;
        }
        return false;
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
    private static boolean startsAt(Matcher m, int offset, int length) {
        return m.region(offset, length).lookingAt();
    }

    private static boolean hasLetter(String text, Found f) {
        for (int i = f.start(); i < f.end(); i++) if (Character.isLetter(text.charAt(i))) return true;
        return false;
    }

    /**
     * Abbreviations the article defines in brackets after a name; a listed one keeps its listed meaning.
     * A person's are the initials of the name's words ({@code Ridwan Kamil (RK)}, the way news names
     * suspects and officials once introduced). A body's may run over a few words ({@link #DEFINED_WORDS}),
     * which then name the body wherever the article writes them so.
     */
    private Map<String, Found> abbreviations(String text, List<Found> found) {
        Map<String, Found> defined = new HashMap<>();
        Matcher m = AbbreviatedNames.DEFINED.matcher(text);
        Matcher words = DEFINED_WORDS.matcher(text);
        for (Found f : found) {
            String ticker = tickerAfter(text, f);
            if (ticker != null && !lexicon.aliases.containsKey(ticker)) defined.putIfAbsent(ticker, f);
            if (f.type() == EntityType.ORGANIZATION && startsAt(words, f.end(), text.length())
                    && lexicon.listed(words.group(1)) == null && abbreviates(words.group(1), f.textIn(text))) {
                defined.putIfAbsent(words.group(1), f);
            }
            if (!startsAt(m, f.end(), text.length())) continue;
            String abbreviation = m.group(1);
            String name = f.textIn(text);
            boolean redefined = f.type() == EntityType.ORGANIZATION && RedefinedShortForms.redefines(abbreviation, name, lexicon);
            if (lexicon.aliases.containsKey(abbreviation) && !redefined || !(f.type() == EntityType.PERSON
                    ? initials(abbreviation, name) || nickname(abbreviation, name) : abbreviates(abbreviation, name))) {
                continue;
            }
            defined.putIfAbsent(abbreviation, f);
        }
        calledBy(text, found, defined);
        AliasNames.define(text, found, defined); // "Yusuf alias Ucok"
        AddressedInitials.define(text, found, defined, lexicon.aliases.keySet()); // "pak BG" after "Budi Gunawan"
        return defined;
    }

    /**
     * {@code Hardiyanto Kenneth ... Pria yang akrab disapa Bang Kent itu}, {@code ... Bang Kent sapaan akrabnya}: the name
     * a person goes by ({@link Nicknames}), when the tagger found it, is another name of the person the article named
     * last before it (within {@value Nicknames#REACH} characters), as a nickname in brackets is, whatever type the
     * tagger gave it. A form of address the tagger took in ({@code Bang Hendro}) leaves the last word a name of the
     * person too, unless news writes it in lower case ({@code Kang Haji}). Added to {@code defined}.
     */
    private void calledBy(String text, List<Found> found, Map<String, Found> defined) {
        List<Nicknames.Given> given = Nicknames.in(text);
        Found last = null;
        Map<String, Found> lastAtFirstUse = new HashMap<>(); // each name, to the person named last before its first use
        for (Found f : found) {
            String name = f.textIn(text);
            boolean opens = Nicknames.opensAt(given, text, f.start());
            boolean back = !opens && Nicknames.calledBackAt(text, f.end());
            Found to = last != null && f.start() - last.end() <= Nicknames.REACH ? last : null;
            if (!lastAtFirstUse.containsKey(name)) lastAtFirstUse.put(name, to);
            if (back) { // "Kiki ... kalah dari Park. Kiki, sapaan karibnya": the one named before the name's first use
                to = lastAtFirstUse.get(name);
                // "... kata Widjanarko ... Firman ... lanjut Widjar, sapaan akrabnya": the name it shortens wins
                Found alike = personOpeningAlike(text, found, f, name);
                if (alike != null) to = alike;
            }
            if ((opens || back) && to != null && !name.equals(to.textIn(text))) {
                defined.putIfAbsent(name, to);
                String lastWord = name.substring(name.lastIndexOf(' ') + 1);
                if (!lastWord.equals(name) && !model.commonInLowerCase(lastWord) && lexicon.title(List.of(lastWord)) == null) {
                    defined.putIfAbsent(lastWord, to);
                }
                continue; // the person stays the last one named
            }
            if (f.type() == EntityType.PERSON) last = f;
        }
    }

    /** Letters a nickname shares with the opening of a word of the name it shortens ({@code Widjar}, {@code Widjanarko}). */
    private static final int NICKNAME_OPENING = 3;

    /** The last person found before {@code nick} one of whose words opens with the nickname's first letters, or null. */
    private static Found personOpeningAlike(String text, List<Found> found, Found nick, String name) {
        String nickWord = name.substring(name.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        if (nickWord.length() < NICKNAME_OPENING) return null;
        String opening = nickWord.substring(0, NICKNAME_OPENING);
        Found alike = null;
        for (Found g : found) {
            if (g.end() > nick.start()) break;
            if (g.type() != EntityType.PERSON) continue;
            for (String w : g.textIn(text).toLowerCase(Locale.ROOT).split(" ")) {
                if (w.startsWith(opening) && !w.equals(nickWord)) alike = g;
            }
        }
        return alike;
    }

    /**
     * The stock code a listed company is named by right after its name, {@code PT Bank Mandiri (Persero) Tbk
     * atau BMRI} (four capitals, as the Indonesia Stock Exchange writes them), or null.
     */
    private static String tickerAfter(String text, Found f) {
        int at = f.end() + TICKER_JOINER.length();
        if (f.type() != EntityType.ORGANIZATION || !text.startsWith(TICKER_JOINER, f.end()) || at + StockCodes.LETTERS > text.length()
                || at + StockCodes.LETTERS < text.length() && Character.isLetterOrDigit(text.charAt(at + StockCodes.LETTERS))
                || !text.startsWith("Tbk", f.end() - 3) && !text.startsWith("Tbk.", f.end() - 4)) {
            return null;
        }
        String ticker = text.substring(at, at + StockCodes.LETTERS);
        return AbbreviatedNames.allCapitals(ticker) ? ticker : null;
    }

    /** The shortest nickname a person's name is given in brackets. */
    private static final int SHORTEST_NICKNAME = 3;

    /**
     * Whether {@code nick} is a nickname made of the letters of a person's name of two or more words, in order and
     * from its first letter on, as Indonesian news gives them ({@code Ahmad Heryawan (Aher)}, {@code Bambang Soesatyo
     * (Bamsoet)}): written in lower case after its capital, so neither initials nor a body's abbreviation.
     */
    private boolean nickname(String nick, String name) {
        if (nick.length() < SHORTEST_NICKNAME || name.indexOf(' ') < 0 || !Character.isLowerCase(nick.charAt(1))
                || Character.toLowerCase(nick.charAt(0)) != Character.toLowerCase(name.charAt(0))
                || places.namesTownOrLarger(nick)) {
            return false;
        }
        String letters = name.toLowerCase(Locale.ROOT);
        int at = 0;
        for (int i = 0; i < nick.length(); i++) {
            at = letters.indexOf(Character.toLowerCase(nick.charAt(i)), at);
            if (at < 0) return false;
            at++;
        }
        return true;
    }

    /** Whether {@code abbreviation} is the capital initials of the two or more words of {@code name}, in order. */
    static boolean initials(String abbreviation, String name) {
        String[] words = WHITESPACE.split(name);
        if (words.length < 2 || words.length != abbreviation.length()) return false;
        for (int i = 0; i < words.length; i++) {
            char c = abbreviation.charAt(i);
            if (!Character.isUpperCase(c) || words[i].charAt(0) != c) return false;
        }
        return true;
    }

    /**
     * Whether {@code short} reads as an abbreviation of {@code name}: mostly capitals
     * ({@code RT}, {@code BPH Migas}) or a syllable acronym starting as the name does
     * ({@code Bapanas} for Badan Pangan Nasional).
     */
    private static boolean abbreviates(String abbreviation, String name) {
        if (abbreviation.length() >= name.length()) return false;
        String bare = name.startsWith("PT ") ? name.substring(3) : name;
        return upperShare(abbreviation) >= 0.5
                || Character.toLowerCase(abbreviation.charAt(0)) == Character.toLowerCase(bare.charAt(0));
    }

    private static double upperShare(String s) {
        long upper = s.chars().filter(Character::isUpperCase).count();
        long letters = s.chars().filter(Character::isLetter).count();
        return letters == 0 ? 0 : (double) upper / letters;
    }

    /**
     * A person's name the tagger began with an organisation's abbreviation, as a title's
     * complement ({@code Gubernur BI Pratama Wibisono}, {@code Kepala Bapanas Arief}), is split:
     * the abbreviation is the organisation's, the rest the person's.
     */
    private List<Found> organisationsBeforePeople(String text, List<Found> found, Map<String, Found> abbreviations) {
        List<Found> out = new ArrayList<>(found.size());
        for (Found f : found) {
            int space = text.indexOf(' ', f.start());
            if (f.type() != EntityType.PERSON || space < 0 || space >= f.end()) {
                out.add(f);
                continue;
            }
            String first = text.substring(f.start(), space);
            Found longForm = abbreviations.get(first);
            EntityLexicon.Alias listed = lexicon.listedExactly(first);
            EntityType type = longForm != null ? longForm.type() : listed != null ? listed.type() : null;
            if (type == null || type == EntityType.PERSON) {
                out.add(f);
                continue;
            }
            out.add(new Found(f.start(), space, type, "alias"));
            out.add(new Found(space + 1, f.end(), EntityType.PERSON, f.via()));
        }
        return out;
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
        return longForm != null ? longForm.type() == EntityType.ORGANIZATION : listsBody(name);
    }

    /** Whether the lexicon lists {@code name}, exactly as written, as an organisation's. */
    private boolean listsBody(String name) {
        EntityLexicon.Alias listed = lexicon.listedExactly(name);
        return listed != null && listed.type() == EntityType.ORGANIZATION;
    }

    /** Every further use of a defined abbreviation that no found name covers. */
    private static void addOccurrences(String text, List<Sentence> sentences, List<Found> found,
                                       Map<String, Found> abbreviations) {
        if (abbreviations.isEmpty()) return;
        List<Found> added = new ArrayList<>();
        Occupied taken = new Occupied(found);
        for (Sentence s : sentences) {
            for (Token t : s.tokens()) {
                Found longForm = abbreviations.get(t.text());
                if (longForm == null) continue;
                Found f = new Found(t.start(), t.end(), longForm.type(), "abbreviation");
                if (!taken.overlaps(f)) {
                    taken.add(f);
                    added.add(f);
                }
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
            String[] parts = WHITESPACE.split(f.textIn(text));
            if (parts.length < 2) continue;
            for (String p : List.of(parts[0], parts[parts.length - 1])) {
                String w = p.toLowerCase(Locale.ROOT);
                if (w.length() >= SHORTEST_REPEATED_NAME_WORD && lexicon.titles.get(w) == null) words.add(w);
            }
        }
        if (words.isEmpty()) return;
        LowerCaseWords names = LowerCaseWords.of(words);
        List<Found> added = new ArrayList<>();
        Occupied taken = new Occupied(found);
        for (Sentence s : sentences) {
            for (Token t : s.tokens()) {
                String w = names.lowered(t.text());
                if (w == null) continue;
                boolean capitalised = Character.isUpperCase(t.text().charAt(0));
                if (!capitalised && model.commonInLowerCase(w)) continue;
                Found f = new Found(t.start(), t.end(), EntityType.PERSON, "repeat");
                if (!taken.overlaps(f)) {
                    taken.add(f);
                    added.add(f);
                }
            }
        }
        found.addAll(added);
    }

    /**
     * Lowercased words, looked up with a word in any case without lowercasing every word of an
     * article: lowercasing keeps a word's length (but for {@code İ}, which becomes {@code i} and a
     * combining dot) and lowercases its first letter on its own, so most words are ruled out unlowercased.
     */
    private record LowerCaseWords(Set<String> words, BitSet lengths, BitSet firstLetters) {
        static LowerCaseWords of(Set<String> lowercased) {
            BitSet lengths = new BitSet(), firstLetters = new BitSet(); // bits, not boxed numbers: asked of every token
            for (String w : lowercased) {
                lengths.set(w.length());
                firstLetters.set(w.codePointAt(0));
            }
            return new LowerCaseWords(lowercased, lengths, firstLetters);
        }

        /** {@code word} lowercased when that is one of the words, else null. */
        String lowered(String word) {
            if (word.isEmpty() || !firstLetters.get(Character.toLowerCase(word.codePointAt(0)))) return null;
            if (!lengths.get(word.length()) && word.indexOf('\u0130') < 0) return null;
            String w = word.toLowerCase(Locale.ROOT);
            return words.contains(w) ? w : null;
        }
    }

    /**
     * A one-word name the tagger took for an organisation is a place when a locative word
     * governs it, directly or through a coordination ({@code di wilayah Donbass dan Krimea}).
     */
    private static void placesAfterLocatives(String text, List<Found> found) {
        boolean located = false;
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            int after = i > 0 ? found.get(i - 1).end() : -1;
            boolean coordinated = i > 0 && f.start() - after <= LONGEST_COORDINATION
                    && COORDINATION.contains(text.substring(after, f.start()));
            located = afterLocative(text, f.start()) || coordinated && located;
            if (located && f.type() == EntityType.ORGANIZATION && f.via().equals("model")
                    && f.textIn(text).indexOf(' ') < 0) {
                found.set(i, new Found(f.start(), f.end(), EntityType.PLACE, f.via()));
            }
            located &= found.get(i).type() == EntityType.PLACE;
        }
    }

    /**
     * {@code agresi Zionis Israel}, {@code Militer Israel}: a word describing a country before its name,
     * tagged with it as a person's name of two words, names the country, not a person: the word is one
     * written in lower case or one the article uses alone for a body or a place ({@code otoritas
     * Zionis}), no given name. The country becomes a place of its own, the word no name.
     */
    private void countriesAfterDescriptions(String text, List<Found> found) {
        Set<String> notPeople = new HashSet<>();
        for (Found f : found) if (f.type() != EntityType.PERSON) notPeople.add(f.textIn(text));
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            if (f.type() != EntityType.PERSON || !f.via().equals("model")) continue;
            String[] words = f.textIn(text).split(" ");
            if (words.length != 2 || places.countryCode(words[1]) == null) continue;
            if (!notPeople.contains(words[0]) && !model.commonInLowerCase(words[0])) continue;
            found.set(i, new Found(f.end() - words[1].length(), f.end(), EntityType.PLACE, f.via()));
        }
    }

    /** Lower-case nouns that make the one word after them a firm's name ({@code gerai Alfamidi}; {@code firm-nouns.tsv}). */
    private static final List<String> FIRM_NOUNS = Lexicon.lines(Canonicalizer.class, "firm-nouns.tsv");
    private static final Pattern AFTER_FIRM_NOUN = Pattern.compile(
            "(?<!\\p{L})(?:" + String.join("|", FIRM_NOUNS) + ") (\\p{Lu}[\\p{L}\\p{N}]*)(?![\\p{L}\\p{N}]| \\p{Lu})");

    /**
     * {@code gerai Alfamidi}, {@code maskapai Sayapindo}: a one-word name the tagger read as a person's, written after
     * a noun that makes it a firm's, is the firm's wherever the article writes it (found there or not).
     */
    private static void firmsTakenForPeople(String text, List<Found> found) {
        if (found.stream().noneMatch(f -> f.type() == EntityType.PERSON)) return;
        // tried only where a noun stands (found by indexOf), not at every position of the text: matches cannot
        // overlap (each opens with a noun after no letter and goes on with a capital), so these are find()'s
        Set<String> firms = new HashSet<>();
        Matcher m = AFTER_FIRM_NOUN.matcher(text).useTransparentBounds(true);
        for (String noun : FIRM_NOUNS) {
            for (int at = text.indexOf(noun); at >= 0; at = text.indexOf(noun, at + 1)) {
                if (m.region(at, text.length()).lookingAt()) firms.add(m.group(1));
            }
        }
        if (firms.isEmpty()) return;
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            if (f.type() == EntityType.PERSON && firms.contains(f.textIn(text))) {
                found.set(i, new Found(f.start(), f.end(), EntityType.ORGANIZATION, f.via()));
            }
        }
    }

    /**
     * {@code Kantor Pertamina}, {@code Gedung Kemenkumham}, {@code Kantor Dewan Informasi Negara China},
     * {@code Dewan Komisioner OJK}: a building named after the body it houses, or an organ of a body,
     * names the body, as the news means it ({@code body-prefixes.tsv}); the name becomes the body's (an
     * organisation) when what follows the prefix is one: a listed
     * organisation, a name opening with an organisation's head word, or one the article names
     * elsewhere. The building of an office holder or a place stays a place ({@code Kantor Gubernur
     * Banten}, {@code Kantor Desa Jugosari}).
     */
    private void bodiesBehindTheirBuildings(String text, List<Found> found) {
        Set<String> organisations = null; // the keys of the organisations found: made at the first prefix, before any name changes
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            String name = f.textIn(text);
            String prefix = lexicon.bodyPrefixes.stream() // "Majelis hakim" opening a sentence as "Majelis Hakim"
                    .filter(p -> name.regionMatches(true, 0, p, 0, p.length())).findFirst().orElse(null);
            if (prefix == null || f.type() == EntityType.ORGANIZATION && lexicon.listed(name) != null) {
                continue;
            }
            if (organisations == null) organisations = organisationKeys(text, found);
            int bodyAt = prefix.length(); // the listed prefix ends with its space
            String body = name.substring(bodyAt);
            int bodySpace = body.indexOf(' ');
            String head = bodySpace < 0 ? body : body.substring(0, bodySpace);
            EntityLexicon.Alias listed = lexicon.listed(body);
            boolean isBody = listed != null ? listed.type() == EntityType.ORGANIZATION
                    : lexicon.isOrganisationHead(head) || organisations.contains(key(body));
            if (isBody) found.set(i, new Found(f.start() + bodyAt, f.end(), EntityType.ORGANIZATION, f.via()));
        }
    }

    /** The keys of the organisations among {@code found}. */
    private static Set<String> organisationKeys(String text, List<Found> found) {
        Set<String> keys = new HashSet<>();
        for (Found f : found) if (f.type() == EntityType.ORGANIZATION) keys.add(key(f.textIn(text)));
        return keys;
    }

    /**
     * A venue named after its town ({@code Balai Kota Bogor}) that the tagger found as the town
     * alone ({@code Kota Bogor}) is the venue: the word before joins the name when the two open a
     * venue's name ({@code venues.tsv}).
     */
    private void venuesOverPlaces(String text, List<Found> found) {
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            if (f.type() != EntityType.PLACE) continue;
            int end = f.start();
            while (end > 0 && text.charAt(end - 1) == ' ') end--;
            int start = end;
            while (start > 0 && Character.isLetter(text.charAt(start - 1))) start--;
            if (start == end || end == f.start() || !Character.isUpperCase(text.charAt(start))) continue;
            if (i > 0 && found.get(i - 1).end() > start) continue;
            String name = f.textIn(text);
            int space = name.indexOf(' ');
            String opening = text.substring(start, end) + " " + (space < 0 ? name : name.substring(0, space));
            if (lexicon.venues.contains(opening.toLowerCase(Locale.ROOT))) found.set(i, new Found(start, f.end(), EntityType.PLACE, f.via()));
        }
    }

    /**
     * An institution named by a capitalised generic head before its place ({@code Parlemen Jerman},
     * {@code Pemerintah Kanada}, {@code Polda Kalimantan Selatan}, {@code Pemerintah Kota Batam}) is
     * one organisation, not a place ({@code institutions.tsv}).
     */
    private void institutionsOfPlaces(String text, List<Sentence> sentences, List<Found> found) {
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            if (f.type() != EntityType.PLACE) continue;
            Sentence s = Sentence.containing(sentences, f.start());
            int at = s == null ? -1 : s.tokenAt(f.start());
            if (at <= 0) continue;
            int h = at - 1;
            if (h > 0 && Branches.LEVELS.contains(s.tokens().get(h).text().toLowerCase(Locale.ROOT))) h--;
            Token head = s.tokens().get(h);
            EntityLexicon.Institution kind = branches.institution(head.text(), f.textIn(text));
            if (kind == null || !Character.isUpperCase(head.text().charAt(0))
                    || !kind.anyPlace() && places.countryCode(f.textIn(text)) == null) {
                continue;
            }
            Found institution = new Found(head.start(), f.end(), EntityType.ORGANIZATION, f.via());
            Found before = i > 0 ? found.get(i - 1) : null;
            if (before != null && before.start() == head.start() && before.end() == head.end()) { // "KPU" found alone
                found.remove(--i);
            } else if (before != null && before.overlaps(institution)) {
                continue;
            }
            found.set(i, institution);
        }
    }

    /**
     * Later uses of the generic head of an organisation's name ({@code parlemen} after
     * {@code Parlemen Jerman}) when no other organisation in the article shares that head.
     */
    private static void addHeadReferences(String text, List<Sentence> sentences, List<Found> found) {
        Map<String, Found> byHead = new HashMap<>();
        Set<String> shared = new HashSet<>();
        for (Found f : found) {
            if (f.type() != EntityType.ORGANIZATION) continue;
            String[] words = WHITESPACE.split(f.textIn(text));
            String head = words[0].toLowerCase(Locale.ROOT);
            if (words.length < 2 || !ANAPHORIC_HEADS.contains(head)) continue;
            Found before = byHead.putIfAbsent(head, f);
            if (before != null && !key(text.substring(before.start(), before.end())).equals(key(String.join(" ", words)))) {
                shared.add(head);
            }
        }
        shared.forEach(byHead::remove);
        if (byHead.isEmpty()) return;
        LowerCaseWords heads = LowerCaseWords.of(byHead.keySet());
        List<Found> added = new ArrayList<>();
        Occupied taken = new Occupied(found);
        for (Sentence s : sentences) {
            List<Token> tokens = s.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                String head = heads.lowered(t.text());
                Found named = head == null ? null : byHead.get(head);
                if (named == null || t.start() < named.end()) continue;
                boolean modified = i + 1 < tokens.size() && Character.isUpperCase(tokens.get(i + 1).text().charAt(0));
                Found f = new Found(t.start(), t.end(), EntityType.ORGANIZATION, "head:" + named.start());
                if (!modified && !taken.overlaps(f)) {
                    taken.add(f);
                    added.add(f);
                }
            }
        }
        found.addAll(added);
    }

    /**
     * {@code Badan Pengusahaan (BP) Batam}, {@code Dinas Kesehatan (Dinkes) Kota Bogor}: a body's name
     * going on after the bracket defining its abbreviation; the region or town there is the rest of its
     * name, no place of its own. A country or a smaller place there is rather where the body is
     * ({@code Universitas Boston (BU) AS}, {@code (UIN) Kelurahan Pisangan}) and stays a place.
     * The abbreviation may be one the lists know, not this article's own ({@code Pengadilan Negeri (PN)
     * Semarang}, {@code Badan Pusat Statistik (BPS) Jawa Timur}): a court's or an office's seat is written so.
     * So may the bracket hold the short title of the body's head, after {@code Kepala} ({@code Kepala Dinas
     * Perhubungan (Kadishub) Kota Medan}, {@code Kepala Dinas Pemadam Kebakaran (Kadis Damkar) Samarinda}).
     * Drops the places taken from {@code found}; returns each by the start of its body.
     */
    private Map<Integer, String> placesGoingOnAfterTheBracket(String text, List<Found> found,
                                                                     Map<String, Found> abbreviations) {
        Map<Integer, String> goingOn = new HashMap<>();
        Map<Integer, Found> byStart = new HashMap<>();
        for (Found f : found) byStart.put(f.start(), f);
        Matcher m = AbbreviatedNames.DEFINED.matcher(text);
        Matcher headsTitle = HEADS_TITLE.matcher(text);
        for (Found body : List.copyOf(found)) {
            if (body.type() != EntityType.ORGANIZATION) continue;
            int close;
            if (startsAt(m, body.end(), text.length()) && definedHere(m.group(1), body, abbreviations)) {
                close = m.end();
            } else if (text.startsWith(HEAD, Math.max(0, body.start() - HEAD.length())) && startsAt(headsTitle, body.end(), text.length())) {
                close = headsTitle.end();
            } else {
                continue;
            }
            if (close >= text.length() || text.charAt(close) != ' ') continue;
            Found place = byStart.get(close + 1);
            if (place == null || place.type() != EntityType.PLACE) continue;
            String name = text.substring(place.start(), place.end());
            if (!places.namesTownOrLarger(name) || places.countryCode(name) != null) continue;
            found.remove(place);
            goingOn.put(body.start(), name);
        }
        return goingOn;
    }

    /**
     * {@code FSOI Jabar} after {@code Forum Silaturahmi Ormas Islam (FSOI) Jawa Barat}, {@code Disnaker Makassar} after {@code
     * Dinas Ketenagakerjaan (Disnaker) Kota Makassar}: the abbreviation the article gave a body whose name goes on with a
     * place after the bracket, then that place in other words (its other name, with or without its level word), is that
     * branch, as the same words are ({@link #definedWithItsRest}). The branch's name ({@code branchAt}, by the start of the
     * body's long form, named before), or null.
     */
    private String branchInOtherWords(String surface, Map<String, Found> abbreviations, Map<Integer, String> goingOn,
                                      Map<Integer, String> branchAt) {
        int space = surface.indexOf(' ');
        if (space < 0) return null;
        Found longForm = abbreviations.get(surface.substring(0, space));
        if (longForm == null) return null;
        String place = goingOn.get(longForm.start());
        String branch = branchAt.get(longForm.start());
        String other = surface.substring(space + 1);
        return place != null && branch != null && !other.equals(place) && places.sameRegion(other, place) ? branch : null;
    }

    /** Whether {@code abbreviation}, in brackets after {@code body}, is the body's: the article's own or a listed body's short form. */
    private boolean definedHere(String abbreviation, Found body, Map<String, Found> abbreviations) {
        return abbreviations.get(abbreviation) == body || listsBody(abbreviation);
    }

    private List<Assigned> assign(String text, List<Found> found, Map<String, Found> abbreviations,
                                  Map<Integer, String> goingOn) {
        Map<String, String> countryKeys = new HashMap<>();
        Map<Integer, String> countryAt = new HashMap<>();
        for (Found f : found) {
            if (f.type() != EntityType.PLACE) continue;
            String surface = f.textIn(text);
            String iso = places.countryCode(surface);
            EntityLexicon.Alias listed = lexicon.listed(surface);
            String canonical = listed != null && listed.canonical() != null ? listed.canonical() : surface;
            if (listed != null && listed.type() == EntityType.PLACE) iso = places.countryCode(canonical);
            if (iso != null && lexicon.capitals.get(surface) == null) {
                countryKeys.putIfAbsent(iso, key(canonical));
                countryAt.put(f.start(), iso);
            }
        }
        FullNames people = new FullNames(model, places, text, found);
        Set<String> companies = new HashSet<>(); // "PT PLN Batam": a company of its own, no branch to write out
        for (Found f : found) {
            String surface = f.textIn(text);
            if (f.type() == EntityType.ORGANIZATION && withLegalForm(surface)) companies.add(key(surface));
        }
        List<Assigned> out = new ArrayList<>(found.size());
        Map<Integer, String> keyAt = new HashMap<>();
        Map<String, String> branchKeys = new HashMap<>();
        Map<Integer, String> inBracket = new HashMap<>();
        Map<Integer, String> branchAt = new HashMap<>(); // each body going on with a place after its bracket: the branch it names
        Map<String, String> ownNames = ownNames(text, found);
        Map<String, String> listedNames = ListedShortForms.writtenOut(text, found, lexicon); // "Badan Pengawas Pemilu (Bawaslu)"
        for (Found f : found) {
            String surface = f.textIn(text);
            Assigned a = f.via().startsWith("head:")
                    ? new Assigned(f, surface, keyAt.get(Integer.parseInt(f.via().substring(5))), null, null, MentionUse.ALIAS)
                    : f.via().equals(OwnNamesAfterKinds.VIA) ? ownName(f, surface, ownNames)
                    : assign(text, f, surface, abbreviations, countryKeys, countryAt, people, companies);
            String listedName = a.canonical() == null ? listedNames.get(a.key()) : null;
            if (listedName != null) a = new Assigned(f, surface, key(listedName), listedName, EntityType.ORGANIZATION, a.use());
            String rest = goingOn.get(f.start());
            String bracketed = inBracket.get(f.start());
            if (bracketed != null) a = new Assigned(f, surface, bracketed, null, a.listedType(), a.use());
            if (rest != null) { // a listed body's too: "Pengadilan Negeri (PN) Semarang", the court of Semarang
                String branch = (a.canonical() != null ? a.canonical() : surface) + " " + rest;
                // the article's own abbreviation names the branch wherever used; a listed one elsewhere is the body at large
                if (a.canonical() == null) branchKeys.putIfAbsent(a.key(), key(branch));
                Matcher m = AbbreviatedNames.DEFINED.matcher(text);
                if (startsAt(m, f.end(), text.length())) inBracket.put(m.start(1), key(branch));
                a = new Assigned(f, surface, key(branch), branch, a.listedType(), a.use());
                branchAt.put(f.start(), branch);
            } else {
                String branch = branchInOtherWords(surface, abbreviations, goingOn, branchAt);
                if (branch != null) a = new Assigned(f, surface, key(branch), branch, EntityType.ORGANIZATION, MentionUse.ALIAS);
            }
            keyAt.put(f.start(), a.key());
            out.add(a);
        }
        // the body's other mentions and its abbreviation name that branch in this article, and its name written whole
        if (!branchKeys.isEmpty()) {
            out.replaceAll(a -> branchKeys.containsKey(a.key())
                    ? new Assigned(a.found(), a.text(), branchKeys.get(a.key()), a.canonical(), a.listedType(), a.use()) : a);
        }
        return out;
    }

    /**
     * The names {@link OwnNamesAfterKinds} found written whole ({@code Rumah Sakit (RS) Mitra Sehat}) and their short
     * forms ({@code RS Mitra Sehat}), each to the name without its bracket ({@code Rumah Sakit Mitra Sehat}).
     */
    private static Map<String, String> ownNames(String text, List<Found> found) {
        Map<String, String> names = new HashMap<>();
        for (Found f : found) {
            if (!f.via().equals(OwnNamesAfterKinds.VIA)) continue;
            String surface = f.textIn(text);
            List<String> forms = OwnNamesAfterKinds.shortForms(surface);
            if (forms.isEmpty()) continue;
            String plain = OwnNamesAfterKinds.plainName(surface);
            names.put(surface, plain);
            for (String form : forms) names.putIfAbsent(form, plain);
        }
        return names;
    }

    private static Assigned ownName(Found f, String surface, Map<String, String> ownNames) {
        String plain = ownNames.getOrDefault(surface, surface);
        return new Assigned(f, surface, key(plain), plain, f.type(), surface.contains("(") ? MentionUse.NAME : MentionUse.ALIAS);
    }

    private Assigned assign(String text, Found f, String surface, Map<String, Found> abbreviations,
                            Map<String, String> countryKeys, Map<Integer, String> countryAt,
                            FullNames people, Set<String> companies) {
        if (f.type() == EntityType.PERSON) {
            String full = people.containing(surface);
            Found aliasOf = full == null ? null : abbreviations.get(full);
            if (aliasOf != null && aliasOf.type() == EntityType.PERSON && lexicon.listed(full) == null) { // "Tom" of "Thomas Lembong alias Tom Lembong"
                String named = text.substring(aliasOf.start(), aliasOf.end());
                String whole = people.containing(named);
                return new Assigned(f, surface, key(whole != null ? whole : named), null, EntityType.PERSON, MentionUse.ALIAS);
            }
            if (full != null) return new Assigned(f, surface, key(full), null, null, MentionUse.NAME);
        }
        EntityLexicon.Alias listed = lexicon.listed(surface);
        String blended = listed == null ? people.blending(f, surface) : null;
        if (blended != null) return new Assigned(f, surface, key(blended), null, EntityType.PERSON, MentionUse.ALIAS);
        String family = listed == null ? people.bearingFamilyName(f, surface) : null;
        if (family != null) return new Assigned(f, surface, key(family), null, EntityType.PERSON, MentionUse.NAME);
        String iso = lexicon.capitals.get(surface);
        if (iso != null && countryKeys.containsKey(iso) && !afterLocative(text, f.start())
                && !iso.equals(countryAt.get(afterComma(text, f.end())))) {
            return new Assigned(f, surface, countryKeys.get(iso), null, EntityType.PLACE, MentionUse.METONYM);
        }
        Found ownLongForm = listed != null ? abbreviations.get(surface) : null;
        if (ownLongForm != null && ownLongForm != f && ownLongForm.type() == EntityType.ORGANIZATION
                && RedefinedShortForms.redefines(surface, text.substring(ownLongForm.start(), ownLongForm.end()), lexicon)) {
            return new Assigned(f, surface, key(text.substring(ownLongForm.start(), ownLongForm.end())), null,
                    EntityType.ORGANIZATION, MentionUse.ALIAS); // "PGI" after "Persatuan Golf Indonesia (PGI)"
        }
        if (listed != null && listed.canonical() != null) {
            return new Assigned(f, surface, key(listed.canonical()), listed.canonical(), listed.type(), listed.use());
        }
        Found inside = definedWithItsRest(text, surface, abbreviations);
        if (inside != null) { // "BP Batam" after "Badan Pengusahaan (BP) Batam": named "Badan Pengusahaan Batam"
            String form = text.substring(inside.start(), inside.end());
            return new Assigned(f, surface, key(form), form + surface.substring(surface.indexOf(' ')), null, MentionUse.ALIAS);
        }
        EntityLexicon.Alias headedListed = HeadedAliases.of(surface, lexicon);
        if (headedListed != null) { // "Bank BNI": Bank Negara Indonesia
            return new Assigned(f, surface, key(headedListed.canonical()), headedListed.canonical(), EntityType.ORGANIZATION, MentionUse.ALIAS);
        }
        Found headed = headBeforeAbbreviation(text, surface, abbreviations);
        if (headed != null) { // "Partai AKP" after "Partai Keadilan dan Pembangunan (AKP)"
            String form = text.substring(headed.start(), headed.end());
            return new Assigned(f, surface, key(form), null, null, MentionUse.ALIAS);
        }
        Found longForm = abbreviations.get(surface);
        if (longForm != null && longForm != f && longForm.type() == EntityType.PERSON) { // "RK", a person's initials
            String form = text.substring(longForm.start(), longForm.end());
            String full = people.containing(form);
            return new Assigned(f, surface, key(full != null ? full : form), null, EntityType.PERSON, MentionUse.ALIAS);
        }
        if (longForm != null && longForm != f) {
            String form = text.substring(longForm.start(), longForm.end());
            EntityLexicon.Alias longListed = lexicon.listed(form);
            String canonical = longListed != null && longListed.canonical() != null ? longListed.canonical() : form;
            return new Assigned(f, surface, key(canonical), null, null, MentionUse.ALIAS);
        }
        String own = key(surface);
        String writtenOut = branches.writtenOut(surface, f.type(), companies.contains(own));
        if (writtenOut != null) return new Assigned(f, surface, key(writtenOut), writtenOut, EntityType.ORGANIZATION, MentionUse.NAME);
        return new Assigned(f, surface, own, null, listed != null ? listed.type() : null, MentionUse.NAME);
    }

    /**
     * {@code Badan Pengusahaan (BP) Batam}: an abbreviation defined inside a name, the name going on
     * after the bracket; {@code BP Batam} later is that name, whose long form is the one before the
     * bracket. Null when {@code surface} is not such an abbreviation with the words the definition
     * goes on with.
     */
    private static Found definedWithItsRest(String text, String surface, Map<String, Found> abbreviations) {
        int space = surface.indexOf(' ');
        if (space < 0) return null;
        Found longForm = abbreviations.get(surface.substring(0, space));
        if (longForm == null) return null;
        int close = text.indexOf(')', longForm.end());
        return close >= 0 && text.startsWith(surface.substring(space), close + 1) ? longForm : null;
    }

    /**
     * {@code Partai AKP} after {@code Partai Keadilan dan Pembangunan (AKP)}, {@code PT DI} after {@code PT Dirgantara
     * Indonesia (DI)}: the word a body's name opens with, then the abbreviation the article gave that name (a legal
     * form after it at most), is the body again. The body's long form, or null.
     */
    private static Found headBeforeAbbreviation(String text, String surface, Map<String, Found> abbreviations) {
        int space = surface.indexOf(' ');
        if (space < 0) return null;
        int end = surface.indexOf(' ', space + 1); // a legal form may close it: "PT GMTD Tbk."
        if (end >= 0 && !LEGAL_WORDS.contains(key(surface.substring(end + 1)))) return null;
        Found longForm = abbreviations.get(surface.substring(space + 1, end < 0 ? surface.length() : end));
        if (longForm == null || longForm.type() != EntityType.ORGANIZATION) return null;
        String head = surface.substring(0, space + 1);
        return text.regionMatches(true, longForm.start(), head, 0, head.length()) ? longForm : null;
    }

    /**
     * Where the name after a comma at {@code end} starts ({@code Amman, Yordania}: a city placed in
     * its country, an address, no metonym), or -1 when no comma follows.
     */
    private static int afterComma(String text, int end) {
        if (end >= text.length() || text.charAt(end) != ',') return -1;
        int next = end + 1;
        while (next < text.length() && text.charAt(next) == ' ') next++;
        return next;
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

    private static int longest(Set<String> words) {
        return words.stream().mapToInt(String::length).max().orElseThrow();
    }

    /**
     * The key grouping the names of one entity: the lowercased name's words (runs of letters and
     * numbers, as {@code \p{L}} and {@code \p{N}} read them) one space apart, its legal-form words
     * and a club suffix closing it left out unless nothing else is left. One scan: it runs for every name in every article.
     */
    static String key(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        StringBuilder plain = new StringBuilder(lower.length());
        StringBuilder kept = new StringBuilder(lower.length());
        for (int start = wordStart(lower, 0), end; start < lower.length(); start = wordStart(lower, end)) {
            end = wordEnd(lower, start);
            String w = lower.substring(start, end);
            if (!plain.isEmpty()) plain.append(' ');
            plain.append(w);
            if (LEGAL_WORDS.contains(w)) continue;
            if (!kept.isEmpty()) kept.append(' ');
            kept.append(w);
        }
        String key = (kept.isEmpty() ? plain : kept).toString();
        int lastSpace = key.lastIndexOf(' ');
        return lastSpace > 0 && CLUB_WORDS.contains(key.substring(lastSpace + 1)) ? key.substring(0, lastSpace) : key;
    }

    private static final int WORD_CHAR_TYPES = 1 << Character.UPPERCASE_LETTER | 1 << Character.LOWERCASE_LETTER
            | 1 << Character.TITLECASE_LETTER | 1 << Character.MODIFIER_LETTER | 1 << Character.OTHER_LETTER
            | 1 << Character.DECIMAL_DIGIT_NUMBER | 1 << Character.LETTER_NUMBER | 1 << Character.OTHER_NUMBER;

    /** Whether {@code codePoint} is a letter or a number as a pattern's {@code [\p{L}\p{N}]} reads it. */
    private static boolean isWordChar(int codePoint) {
        return (WORD_CHAR_TYPES >> Character.getType(codePoint) & 1) != 0;
    }

    /** Where the next word of {@link #key} (a run of letters and numbers) at or after {@code from} opens, or {@code s.length()}. */
    private static int wordStart(String s, int from) {
        int i = from;
        while (i < s.length() && !isWordChar(s.codePointAt(i))) i += Character.charCount(s.codePointAt(i));
        return i;
    }

    /** Where the word of {@link #key} opening at {@code start} ends. */
    private static int wordEnd(String s, int start) {
        int i = start;
        while (i < s.length() && isWordChar(s.codePointAt(i))) i += Character.charCount(s.codePointAt(i));
        return i;
    }

    private List<Entity> entities(String text, List<Sentence> sentences, List<Assigned> assigned) {
        Map<String, List<Assigned>> groups = new LinkedHashMap<>();
        for (Assigned a : assigned) groups.computeIfAbsent(a.key(), k -> new ArrayList<>()).add(a);
        capitalsAsPlaces(assigned, groups);
        parentsNamedLast(text, assigned, groups);
        groupMerges.mergeAll(groups);
        List<List<Assigned>> ordered = new ArrayList<>(groups.values());
        ordered.sort((a, b) -> a.getFirst().found().start() - b.getFirst().found().start());
        List<String> names = new ArrayList<>();
        List<EntityType> types = new ArrayList<>();
        for (List<Assigned> g : ordered) {
            names.add(name(g));
            types.add(type(g, names.getLast()));
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
            if (last > 1 && words[last].equals("RI")) last--;
            if (last < 1 || !lexicon.isOrganisationHead(words[0])) continue;
            EntityLexicon.Alias body = lexicon.listed(words[last]);
            if (body == null || body.canonical() == null || body.type() != EntityType.ORGANIZATION) continue;
            int start = a.found().start() + a.text().lastIndexOf(words[last]);
            if (!text.startsWith(words[last], start)) continue; // the name as written, one space apart
            Found mention = new Found(start, start + words[last].length(), EntityType.ORGANIZATION, "alias");
            String key = key(body.canonical());
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
            String key = key(a.text());
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


    /**
     * The listed canonical name, else the fullest name form used; a form in capitals (a
     * dateline's {@code JAKARTA}) only when the article has no other, and then in title case
     * unless it is an acronym.
     */
    private String name(List<Assigned> group) {
        for (Assigned a : group) if (a.canonical() != null) return a.canonical();
        String best = null;
        for (Assigned a : group) {
            if (a.use() != MentionUse.NAME) continue;
            if (best == null || better(a.text(), best)) best = a.text();
        }
        if (best == null) best = group.getFirst().text();
        return shouted(best) && best.length() > 5 && !best.contains(".") ? unshouted(best) : best;
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
    private EntityType type(List<Assigned> group, String name) {
        for (Assigned a : group) if (a.listedType() != null && a.use() != MentionUse.METONYM) return a.listedType();
        if (name.indexOf('.') > 0 && SITE_NAME.matcher(name).matches()) return EntityType.ORGANIZATION; // a site name has a dot
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

    /** A name written as a web site's ({@code Space.com}, {@code Wartaraya.co.id}): the outlet or firm behind it, never a place or a person. */
    private static final Pattern SITE_NAME = Pattern.compile("[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.(?i:com|co\\.id|id|net|org|co|tv|news)");

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
