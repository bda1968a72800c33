package id.warta.entities;

import id.warta.entities.Canonicalizer.Assigned;
import id.warta.entities.ner.NerModel;
import id.warta.entities.places.Places;
import id.warta.model.EntityType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which entity each name found in an article is a mention of: the key its mentions are grouped by, its canonical
 * name where one is known (listed, defined in the article, written out as a body's branch) and how it refers to the
 * entity (by name, as an alias, as a metonym).
 */
final class MentionAssigner {
    /** The word before a body's name that makes the name its head's title ({@code Kepala Dinas Kesehatan}). */
    private static final String HEAD = "Kepala ";
    /** A head's short title in brackets after the body's name: {@code (Kadishub)}, {@code (Kasat Reskrim)}. */
    private static final Pattern HEADS_TITLE = Pattern.compile(" ?\\(Ka\\p{Ll}+(?: \\p{Lu}\\p{Ll}+)?\\)");

    private final NerModel model;
    private final Places places;
    private final Branches branches;
    private final EntityLexicon lexicon = EntityLexicon.INSTANCE;

    MentionAssigner(NerModel model, Places places, Branches branches) {
        this.model = model;
        this.places = places;
        this.branches = branches;
    }

    /**
     * Each of {@code found} (in text order) with its entity's key; a place that goes on a body's name after the
     * bracket defining its abbreviation is dropped from {@code found} and taken into the body's name.
     */
    List<Assigned> assign(String text, List<Found> found, Map<String, Found> abbreviations) {
        return assign(text, found, abbreviations, placesGoingOnAfterTheBracket(text, found, abbreviations));
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
     * A field there is the rest of the name too ({@link FieldBodies#fieldAfterBracket}: {@code ... (BPJS) Kesehatan}).
     * Drops the places taken from {@code found}; returns each by the start of its body.
     */
    private Map<Integer, String> placesGoingOnAfterTheBracket(String text, List<Found> found, Map<String, Found> abbreviations) {
        Map<Integer, String> goingOn = new HashMap<>();
        Map<Integer, Found> byStart = new HashMap<>();
        for (Found f : found) byStart.put(f.start(), f);
        Matcher m = AbbreviatedNames.DEFINED.matcher(text);
        Matcher headsTitle = HEADS_TITLE.matcher(text);
        for (Found body : List.copyOf(found)) {
            if (body.type() != EntityType.ORGANIZATION) continue;
            int close;
            if (Canonicalizer.startsAt(m, body.end(), text.length()) && definedHere(m.group(1), body, abbreviations)) {
                close = m.end();
            } else if (text.startsWith(HEAD, Math.max(0, body.start() - HEAD.length()))
                    && Canonicalizer.startsAt(headsTitle, body.end(), text.length())) {
                close = headsTitle.end();
            } else {
                continue;
            }
            if (close >= text.length() || text.charAt(close) != ' ') continue;
            Found place = byStart.get(close + 1);
            String field = place == null ? FieldBodies.fieldAfterBracket(text, close) : null;
            if (field != null) { // "Badan Penyelenggara Jaminan Sosial (BPJS) Kesehatan": the field's body, as "BPJS Kesehatan" is
                goingOn.put(body.start(), field);
                continue;
            }
            if (place == null || place.type() != EntityType.PLACE) continue;
            String name = place.textIn(text);
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
        return abbreviations.get(abbreviation) == body || lexicon.listsBody(abbreviation);
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
                countryKeys.putIfAbsent(iso, EntityKeys.of(canonical));
                countryAt.put(f.start(), iso);
            }
        }
        FullNames people = new FullNames(model, places, text, found);
        Set<String> companies = new HashSet<>(); // "PT PLN Batam": a company of its own, no branch to write out
        for (Found f : found) {
            String surface = f.textIn(text);
            if (f.type() == EntityType.ORGANIZATION && LegalForms.in(surface)) companies.add(EntityKeys.of(surface));
        }
        List<Assigned> out = new ArrayList<>(found.size());
        Map<Integer, String> keyAt = new HashMap<>();
        Map<String, String> branchKeys = new HashMap<>();
        Set<String> renamed = new HashSet<>(); // keys of listed bodies whose mentions a field's body takes, its name with them
        Map<Integer, String> inBracket = new HashMap<>();
        Map<Integer, String> branchAt = new HashMap<>(); // each body going on with a place after its bracket: the branch it names
        Map<String, String> ownNames = ownNames(text, found);
        Map<String, String> listedNames = ListedShortForms.writtenOut(text, found, lexicon); // "Badan Pengawas Pemilu (Bawaslu)"
        Map<String, String> parties = PartySenses.in(text, found, lexicon); // "PAN, PKB dan PBB": the Partai Bulan Bintang
        for (Found f : found) {
            String surface = f.textIn(text);
            Assigned a = f.via().startsWith("head:")
                    ? new Assigned(f, surface, keyAt.get(Integer.parseInt(f.via().substring(5))), null, null, MentionUse.ALIAS)
                    : f.via().equals(OwnNamesAfterKinds.VIA) ? ownName(f, surface, ownNames)
                    : assign(text, f, surface, abbreviations, countryKeys, countryAt, people, companies);
            String party = parties.get(surface);
            if (party != null) a = new Assigned(f, surface, EntityKeys.of(party), party, EntityType.ORGANIZATION, MentionUse.ALIAS);
            String listedName = a.canonical() == null ? listedNames.get(a.key()) : null;
            if (listedName != null) a = new Assigned(f, surface, EntityKeys.of(listedName), listedName, EntityType.ORGANIZATION, a.use());
            String rest = goingOn.get(f.start());
            String bracketed = inBracket.get(f.start());
            if (bracketed != null) a = new Assigned(f, surface, bracketed, null, a.listedType(), a.use());
            if (rest != null) { // a listed body's too: "Pengadilan Negeri (PN) Semarang", the court of Semarang
                String branch = (a.canonical() != null ? a.canonical() : surface) + " " + rest;
                // the article's own abbreviation names the branch wherever used; a listed one elsewhere is the body at large,
                // but for a field's body, which the short form in its bracket names ("BPJS" after "... (BPJS) Kesehatan")
                boolean field = FieldBodies.isField(rest);
                if (a.canonical() == null || field) branchKeys.putIfAbsent(a.key(), EntityKeys.of(branch));
                if (field) renamed.add(a.key());
                Matcher m = AbbreviatedNames.DEFINED.matcher(text);
                if (Canonicalizer.startsAt(m, f.end(), text.length())) inBracket.put(m.start(1), EntityKeys.of(branch));
                a = new Assigned(f, surface, EntityKeys.of(branch), branch, a.listedType(), a.use());
                branchAt.put(f.start(), branch);
            } else {
                String branch = branchInOtherWords(surface, abbreviations, goingOn, branchAt);
                if (branch != null) a = new Assigned(f, surface, EntityKeys.of(branch), branch, EntityType.ORGANIZATION, MentionUse.ALIAS);
            }
            keyAt.put(f.start(), a.key());
            out.add(a);
        }
        // the body's other mentions and its abbreviation name that branch in this article, and its name written whole
        if (!branchKeys.isEmpty()) {
            out.replaceAll(a -> branchKeys.containsKey(a.key()) ? new Assigned(a.found(), a.text(), branchKeys.get(a.key()),
                    renamed.contains(a.key()) ? null : a.canonical(), a.listedType(), a.use()) : a);
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
        return new Assigned(f, surface, EntityKeys.of(plain), plain, f.type(), surface.contains("(") ? MentionUse.NAME : MentionUse.ALIAS);
    }

    private Assigned assign(String text, Found f, String surface, Map<String, Found> abbreviations,
                            Map<String, String> countryKeys, Map<Integer, String> countryAt,
                            FullNames people, Set<String> companies) {
        if (f.type() == EntityType.PERSON) {
            String full = people.containing(surface);
            Found aliasOf = full == null ? null : abbreviations.get(full);
            if (aliasOf != null && aliasOf.type() == EntityType.PERSON && lexicon.listed(full) == null) { // "Tom" of "Thomas Lembong alias Tom Lembong"
                String named = aliasOf.textIn(text);
                String whole = people.containing(named);
                return new Assigned(f, surface, EntityKeys.of(whole != null ? whole : named), null, EntityType.PERSON, MentionUse.ALIAS);
            }
            if (full != null) return new Assigned(f, surface, EntityKeys.of(full), null, null, MentionUse.NAME);
        }
        EntityLexicon.Alias listed = lexicon.listed(surface);
        String blended = listed == null ? people.blending(f, surface) : null;
        if (blended != null) return new Assigned(f, surface, EntityKeys.of(blended), null, EntityType.PERSON, MentionUse.ALIAS);
        String clipped = listed == null ? people.clipping(f, surface) : null;
        if (clipped != null) return new Assigned(f, surface, EntityKeys.of(clipped), null, EntityType.PERSON, MentionUse.ALIAS);
        String family = listed == null ? people.bearingFamilyName(f, surface) : null;
        if (family != null) return new Assigned(f, surface, EntityKeys.of(family), null, EntityType.PERSON, MentionUse.NAME);
        String iso = lexicon.capitals.get(surface);
        if (iso != null && countryKeys.containsKey(iso) && !Canonicalizer.afterLocative(text, f.start())
                && !iso.equals(countryAt.get(afterComma(text, f.end())))) {
            return new Assigned(f, surface, countryKeys.get(iso), null, EntityType.PLACE, MentionUse.METONYM);
        }
        Found ownLongForm = listed != null ? abbreviations.get(surface) : null;
        if (ownLongForm != null && ownLongForm != f && ownLongForm.type() == EntityType.ORGANIZATION
                && RedefinedShortForms.redefines(surface, ownLongForm.textIn(text), lexicon)) {
            return new Assigned(f, surface, EntityKeys.of(ownLongForm.textIn(text)), null, EntityType.ORGANIZATION,
                    MentionUse.ALIAS); // "PGI" after "Persatuan Golf Indonesia (PGI)"
        }
        if (listed != null && listed.canonical() != null) {
            return new Assigned(f, surface, EntityKeys.of(listed.canonical()), listed.canonical(), listed.type(), listed.use());
        }
        Found inside = definedWithItsRest(text, surface, abbreviations);
        if (inside != null) { // "BP Batam" after "Badan Pengusahaan (BP) Batam": named "Badan Pengusahaan Batam"
            String form = inside.textIn(text);
            return new Assigned(f, surface, EntityKeys.of(form), form + surface.substring(surface.indexOf(' ')), null, MentionUse.ALIAS);
        }
        EntityLexicon.Alias headedListed = HeadedAliases.of(surface, lexicon);
        if (headedListed != null) { // "Bank BNI": Bank Negara Indonesia
            return new Assigned(f, surface, EntityKeys.of(headedListed.canonical()), headedListed.canonical(), EntityType.ORGANIZATION, MentionUse.ALIAS);
        }
        Found headed = headBeforeAbbreviation(text, surface, abbreviations);
        if (headed != null) { // "Partai AKP" after "Partai Keadilan dan Pembangunan (AKP)"
            String form = headed.textIn(text);
            return new Assigned(f, surface, EntityKeys.of(form), null, null, MentionUse.ALIAS);
        }
        Found longForm = abbreviations.get(surface);
        if (longForm != null && longForm != f && longForm.type() == EntityType.PERSON) { // "RK", a person's initials
            String form = longForm.textIn(text);
            String full = people.containing(form);
            return new Assigned(f, surface, EntityKeys.of(full != null ? full : form), null, EntityType.PERSON, MentionUse.ALIAS);
        }
        if (longForm != null && longForm != f) {
            String form = longForm.textIn(text);
            EntityLexicon.Alias longListed = lexicon.listed(form);
            String canonical = longListed != null && longListed.canonical() != null ? longListed.canonical() : form;
            String fieldForm = FieldBodies.writtenOut(form, lexicon); // "AU" after "TNI Angkatan Udara (AU)"
            if (fieldForm != null) canonical = fieldForm;
            return new Assigned(f, surface, EntityKeys.of(canonical), null, null, MentionUse.ALIAS);
        }
        String field = FieldBodies.writtenOut(surface, lexicon); // whatever the tagger read it as: one key for one surface
        if (field != null) return new Assigned(f, surface, EntityKeys.of(field), field, EntityType.ORGANIZATION, MentionUse.NAME);
        String own = EntityKeys.of(surface);
        String writtenOut = branches.writtenOut(surface, f.type(), companies.contains(own));
        if (writtenOut != null) return new Assigned(f, surface, EntityKeys.of(writtenOut), writtenOut, EntityType.ORGANIZATION, MentionUse.NAME);
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
        if (end >= 0 && !LegalForms.isWord(EntityKeys.of(surface.substring(end + 1)))) return null;
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
}
