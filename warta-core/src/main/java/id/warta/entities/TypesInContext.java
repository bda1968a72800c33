package id.warta.entities;

import id.warta.entities.ner.NerModel;
import id.warta.entities.places.Places;
import id.warta.language.Token;
import id.warta.lexicon.Lexicon;
import id.warta.model.EntityType;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names whose type or extent the words around them decide: a one-word body after a locative is a place, a country
 * after a describing word no person's name, a firm after a noun for firms, a body behind its building's name, a
 * venue over its town, an institution of a place one organisation.
 */
final class TypesInContext {
    /** Words joining the items of a list of names. */
    private static final Set<String> COORDINATION = Set.of(" dan ", ", ", " serta ", " atau ", ", dan ");
    private static final int LONGEST_COORDINATION = Lexicon.longest(COORDINATION);

    private final NerModel model;
    private final Places places;
    private final Branches branches;
    private final EntityLexicon lexicon = EntityLexicon.INSTANCE;

    TypesInContext(NerModel model, Places places, Branches branches) {
        this.model = model;
        this.places = places;
        this.branches = branches;
    }

    /**
     * A one-word name the tagger took for an organisation is a place when a locative word
     * governs it, directly or through a coordination ({@code di wilayah Donbass dan Krimea}).
     */
    void placesAfterLocatives(String text, List<Found> found) {
        boolean located = false;
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            int after = i > 0 ? found.get(i - 1).end() : -1;
            boolean coordinated = i > 0 && f.start() - after <= LONGEST_COORDINATION
                    && COORDINATION.contains(text.substring(after, f.start()));
            located = Canonicalizer.afterLocative(text, f.start()) || coordinated && located;
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
    void countriesAfterDescriptions(String text, List<Found> found) {
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
    private static final List<String> FIRM_NOUNS = Lexicon.lines(TypesInContext.class, "firm-nouns.tsv");
    private static final Pattern AFTER_FIRM_NOUN = Pattern.compile(
            "(?<!\\p{L})(?:" + String.join("|", FIRM_NOUNS) + ") (\\p{Lu}[\\p{L}\\p{N}]*)(?![\\p{L}\\p{N}]| \\p{Lu})");

    /** Nouns for a maker or a firm, then the industries that make the word after them a firm's ({@code firm-sectors.tsv}). */
    private static final List<String> SECTORED = Lexicon.lines(TypesInContext.class, "firm-sectors.tsv");
    private static final List<String> SECTOR_NOUNS = List.of(SECTORED.getFirst().split("\\|"));
    private static final Pattern AFTER_SECTOR = Pattern.compile("(?<!\\p{L})(?:" + SECTORED.getFirst() + ") (?:"
            + String.join("|", SECTORED.subList(1, SECTORED.size())) + ") (\\p{Lu}[\\p{L}\\p{N}]*)(?![\\p{L}\\p{N}]| \\p{Lu})");

    /**
     * {@code gerai Alfamidi}, {@code maskapai Sayapindo}, {@code produsen mobil Chery}: a one-word name the tagger read
     * as a person's, written after a noun that makes it a firm's (or a maker's noun and its industry), is the firm's
     * wherever the article writes it (found there or not).
     */
    void firmsTakenForPeople(String text, List<Found> found) {
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
        Matcher sectored = AFTER_SECTOR.matcher(text).useTransparentBounds(true);
        for (String noun : SECTOR_NOUNS) {
            for (int at = text.indexOf(noun); at >= 0; at = text.indexOf(noun, at + 1)) {
                if (sectored.region(at, text.length()).lookingAt()) firms.add(sectored.group(1));
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
    void bodiesBehindTheirBuildings(String text, List<Found> found) {
        Set<String> organisations = null; // the keys of the organisations found: made at the first prefix, before any name changes
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            String prefix = bodyPrefix(text, f);
            if (prefix == null) continue;
            String name = f.textIn(text);
            if (f.type() == EntityType.ORGANIZATION && lexicon.listed(name) != null) continue;
            if (organisations == null) organisations = organisationKeys(text, found);
            int bodyAt = prefix.length(); // the listed prefix ends with its space
            String body = name.substring(bodyAt);
            int bodySpace = body.indexOf(' ');
            String head = bodySpace < 0 ? body : body.substring(0, bodySpace);
            EntityLexicon.Alias listed = lexicon.listed(body);
            boolean isBody = listed != null ? listed.type() == EntityType.ORGANIZATION
                    : lexicon.isOrganisationHead(head) || organisations.contains(EntityKeys.of(body));
            if (isBody) found.set(i, new Found(f.start() + bodyAt, f.end(), EntityType.ORGANIZATION, f.via()));
        }
    }

    /**
     * The listed prefix {@code f} opens with, in any case ({@code Majelis hakim} opening a sentence as {@code Majelis
     * Hakim}), or null. Read in the text: most names open with none, and are not copied out to be compared.
     */
    private String bodyPrefix(String text, Found f) {
        for (String p : lexicon.bodyPrefixes) {
            if (p.length() <= f.end() - f.start() && text.regionMatches(true, f.start(), p, 0, p.length())) return p;
        }
        return null;
    }

    /** The keys of the organisations among {@code found}. */
    private static Set<String> organisationKeys(String text, List<Found> found) {
        Set<String> keys = new HashSet<>();
        for (Found f : found) if (f.type() == EntityType.ORGANIZATION) keys.add(EntityKeys.of(f.textIn(text)));
        return keys;
    }

    /**
     * A venue named after its town ({@code Balai Kota Bogor}) that the tagger found as the town
     * alone ({@code Kota Bogor}) is the venue: the word before joins the name when the two open a
     * venue's name ({@code venues.tsv}).
     */
    void venuesOverPlaces(String text, List<Found> found) {
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

    /** The national team's head, which the news writes in lower case as often as not ({@code pelatih timnas Italia}). */
    private static final String NATIONAL_TEAM = "timnas";

    /**
     * An institution named by a capitalised generic head before its place ({@code Parlemen Jerman},
     * {@code Pemerintah Kanada}, {@code Polda Kalimantan Selatan}, {@code Pemerintah Kota Batam}) is
     * one organisation, not a place ({@code institutions.tsv}); so is a national team in lower case
     * ({@code timnas Italia}), a body as gold-dev's guide counts national teams.
     */
    void institutionsOfPlaces(String text, List<Sentence> sentences, List<Found> found) {
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
            if (kind == null || !Character.isUpperCase(head.text().charAt(0)) && !NATIONAL_TEAM.equals(head.text())
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
}
