package id.warta.entities;

import id.warta.entities.places.Places;
import id.warta.model.EntityType;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Institutions and bodies named after the place they serve, written out as canonical names are: a generic
 * head's short form and its place's ({@code Pemprov Bengkulu} → Pemerintah Provinsi Bengkulu, {@code Polda
 * Kalsel} → Polda Kalimantan Selatan), a body the lists know by one word before a region of the country, its
 * branch there ({@code KONI Lampung} → Komite Olahraga Nasional Indonesia Lampung; an outlet's stays as written:
 * {@code Tribun Jabar}), and a body's branch named with the body's listed short form ({@code Pengadilan Tipikor
 * Jakarta} → Pengadilan Tindak Pidana Korupsi Jakarta), so an article's two ways of naming one branch are one
 * entity. {@link #writtenOut} names them; {@link #institution} tells the canonicalizer which head before a place
 * opens one; {@link #joinRegions} makes a body and the region the tagger found as a place after it one branch.
 */
final class Branches {
    /** Level words between an institution's head and its region ({@code Pemerintah Kota Batam}). */
    static final Set<String> LEVELS = Set.of("provinsi", "kota", "kabupaten");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final Places places;
    private final EntityLexicon lexicon = EntityLexicon.INSTANCE;

    /** Where a national body said something ({@code Kementerian BUMN Jakarta, Senin}): the town is no branch's. */
    private final NationalBodiesInTowns saidIn;

    Branches(Places places) {
        this.places = places;
        this.saidIn = new NationalBodiesInTowns(places);
    }

    /**
     * {@code surface}, a name found as {@code foundAs}, written out: an institution of its place, else an
     * organisation's branch named with its body's short form; null when it is neither or nothing in it is short.
     * A {@code company} (the article names it with its legal form: {@code PT PLN Batam}) is no institution of its
     * place; a listed name is no branch.
     */
    String writtenOut(String surface, EntityType foundAs, boolean company) {
        String institution = company ? null : institutionWrittenOut(surface);
        if (institution != null) return institution;
        if (foundAs != EntityType.ORGANIZATION) return null;
        String branch = branchWrittenOut(surface);
        return branch != null && lexicon.listed(surface) == null ? branch : null;
    }

    /**
     * A body followed, one space on, by a region of the country that the tagger read as a place of its own
     * ({@code Pengadilan Tindak Pidana Korupsi} | {@code Bandung}, {@code BP} | {@code Batam}) is the body's branch
     * there, one organisation: news writes a body's seat after its name that way ({@code Pengadilan Tipikor Bandung},
     * {@code BPS Jawa Barat}), unless the body is the nation's and the day follows ({@link NationalBodiesInTowns}).
     * Only a name known as a body's: opening with an organisation's head word ({@code heads.tsv}), listed as an
     * organisation, or an abbreviation the article defines; a name the tagger alone calls an organisation may be a
     * venue's ({@code Mayapada Hospital Bandung}). {@code found} is in text order.
     */
    void joinRegions(String text, List<Found> found, Map<String, Found> abbreviations) {
        for (int i = found.size() - 1; i > 0; i--) {
            Found body = found.get(i - 1), place = found.get(i);
            if (body.type() != EntityType.ORGANIZATION || place.type() != EntityType.PLACE || place.start() != body.end() + 1
                    || text.charAt(body.end()) != ' ' || !knownBody(text.substring(body.start(), body.end()), abbreviations)
                    || !places.namesRegion(text.substring(place.start(), place.end()))
                    || saidIn.townWhereSaid(text, text.substring(body.start(), body.end()), place.start(), place.end())) {
                continue;
            }
            found.set(i - 1, new Found(body.start(), place.end(), EntityType.ORGANIZATION, body.via()));
            found.remove(i);
        }
    }

    private boolean knownBody(String name, Map<String, Found> abbreviations) {
        if (abbreviations.containsKey(name)) return true;
        EntityLexicon.Alias listed = lexicon.listed(name);
        if (listed != null) return listed.type() == EntityType.ORGANIZATION;
        return lexicon.opensWithOrganisationHead(name);
    }

    /**
     * The institution {@code head} opens before {@code place}: a generic head ({@code institutions.tsv}),
     * or a body the lists know by one word before a region of the country, its branch there
     * ({@code KONI Lampung}, {@code KPU Jawa Tengah}, {@code Bawaslu Kota Semarang}), written out
     * with the body's listed name (a name listed as it is, an outlet's, stays as written: {@code Tribun
     * Jabar}, still an organisation); null when neither.
     */
    EntityLexicon.Institution institution(String head, String place) {
        EntityLexicon.Institution kind = lexicon.institutions.get(head.toLowerCase(Locale.ROOT));
        if (kind != null) return kind;
        EntityLexicon.Alias body = lexicon.listedExactly(head);
        if (body == null || body.type() != EntityType.ORGANIZATION || body.words().size() != 1
                || !places.namesRegion(place)) {
            return null;
        }
        return new EntityLexicon.Institution(true, body.canonical()); // an outlet's branch (Tribun Jabar) keeps its name
    }

    /**
     * An institution's name written out: its short head and its place's short form
     * ({@code Pemprov Bengkulu} → Pemerintah Provinsi Bengkulu, {@code Polda Kalsel} → Polda Kalimantan
     * Selatan, {@code KONI Lampung} → Komite Olahraga Nasional Indonesia Lampung); a listed body's branch
     * the lists give no long form is named as written ({@code Tribun Jabar}); null when the name opens
     * with no institution's head or nothing is short.
     */
    private String institutionWrittenOut(String surface) {
        int space = surface.indexOf(' ');
        if (space < 0) return null;
        String head = surface.substring(0, space);
        String place = surface.substring(space + 1);
        String level = "";
        int levelEnd = place.indexOf(' ');
        if (levelEnd > 0 && LEVELS.contains(place.substring(0, levelEnd).toLowerCase(Locale.ROOT))) {
            level = place.substring(0, levelEnd + 1); // "Pemerintah Provinsi Jateng"
            place = place.substring(levelEnd + 1);
        }
        EntityLexicon.Institution kind = institution(head, place);
        if (kind == null) return null;
        if (kind.longForm() == null && !lexicon.institutions.containsKey(head.toLowerCase(Locale.ROOT))) return surface;
        EntityLexicon.Alias listed = lexicon.listed(place);
        boolean shortPlace = listed != null && listed.type() == EntityType.PLACE && listed.canonical() != null;
        if (kind.longForm() == null && !shortPlace) return null;
        return (kind.longForm() != null ? kind.longForm() : head) + " " + level + (shortPlace ? listed.canonical() : place);
    }

    /**
     * A body's branch named with the body's listed short form ({@code Pengadilan Tipikor Jakarta}),
     * written out ({@code Pengadilan Tindak Pidana Korupsi Jakarta}), so the article's two ways of
     * naming one court are one entity; null when the name opens with no listed organisation's
     * short form of two words or more opening with an organisation's head word ({@code heads.tsv}),
     * or goes on with more than capitalised words (no legal form, no {@code dan}).
     */
    private String branchWrittenOut(String surface) {
        String first = EntityLexicon.plainFirstWord(surface); // most bodies open with no head word: ruled out uncut
        if (first != null && !lexicon.isOrganisationHead(first)) return null;
        List<String> words = EntityLexicon.words(surface);
        if (words.size() < 3 || !lexicon.isOrganisationHead(words.getFirst())) {
            return null; // the branch of a body whose name opens with its head (Pengadilan, Partai, Kementerian)
        }
        EntityLexicon.Alias best = null;
        for (EntityLexicon.Alias a : lexicon.aliases.getOrDefault(words.getFirst(), List.of())) {
            if (a.words().size() >= 2 && a.words().size() < words.size() && a.canonical() != null
                    && a.type() == EntityType.ORGANIZATION && a.words().equals(words.subList(0, a.words().size()))
                    && (best == null || a.words().size() > best.words().size())) best = a;
        }
        if (best == null) return null;
        String[] written = WHITESPACE.split(surface.strip());
        if (written.length != words.size()) return null; // words split other than by spaces
        for (int w = best.words().size(); w < written.length; w++) { // the branch's place: capitalised words only
            if (!Character.isUpperCase(written[w].codePointAt(0))
                    || LegalForms.isWord(written[w])) return null;
        }
        return best.canonical() + " " + String.join(" ", List.of(written).subList(best.words().size(), written.length));
    }
}
