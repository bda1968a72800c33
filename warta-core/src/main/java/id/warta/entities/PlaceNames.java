package id.warta.entities;

import id.warta.entities.places.Places;
import id.warta.model.EntityType;
import id.warta.model.PlaceRef;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How a place is named: as the article wrote it, without the generic word before it or the country after it
 * ({@link #asWritten}); once resolved in the gazetteers, as they name it ({@link #resolved}).
 */
final class PlaceNames {
    /** The level word Indonesian puts before a city's name ({@code Kota Irpin}). */
    private static final Pattern FOREIGN_CITY_PREFIX = Pattern.compile("[Kk]ota (?=\\p{Lu})");
    /** Generic words before a place's name that are not part of it ({@code Wilayah Kursk}). */
    private static final Pattern GENERIC_PLACE = Pattern.compile("^(?:[Ww]ilayah|[Kk]awasan) (?=\\p{Lu})");

    private final Places places;

    PlaceNames(Places places) {
        this.places = places;
    }

    /**
     * {@code name}, resolved to {@code ref} (null: no place), as the gazetteers name it: a city abroad without the
     * level word Indonesian puts before it ({@code Kota Irpin} → Irpin), an Indonesian region spelt as the gazetteer
     * does ({@code Bandarlampung} → Bandar Lampung) and named officially when the article used another name
     * ({@code Solo} → Surakarta); a country named in English, in Indonesian ({@code Singapore} → Singapura).
     */
    String resolved(String name, PlaceRef ref) {
        return officialName(regionSpelling(foreignCityName(countryName(name, ref), ref), ref), ref);
    }

    /**
     * A country named by its English name ({@code Singapore Open}, {@code Japan Open}) is named in Indonesian
     * ({@code Singapura}, {@code Jepang}), as the article's other mentions of it would be; English names Indonesian
     * news writes as its own ({@code China}) stay.
     */
    private String countryName(String name, PlaceRef ref) {
        if (ref == null || !ref.scheme().equals("iso3166")) return name;
        String indonesian = places.indonesianCountryName(name);
        return indonesian == null ? name : indonesian;
    }

    /**
     * {@code Kota Irpin}: the level word Indonesian puts before any city names an Indonesian region
     * ({@code Kota Bandung} is not {@code Kabupaten Bandung}), but a city abroad is just its name.
     */
    private String foreignCityName(String name, PlaceRef ref) {
        if (ref == null || ref.scheme().equals("kemendagri") || !FOREIGN_CITY_PREFIX.matcher(name).lookingAt()) return name;
        String bare = FOREIGN_CITY_PREFIX.matcher(name).replaceFirst("");
        // "Kota Kinabalu" is the city's own name: the bare word must name the same place
        PlaceRef same = places.resolve(List.of(List.of(bare))).getFirst();
        return same != null && ref.code().equals(same.code()) ? bare : name;
    }

    /**
     * An Indonesian region written without the space of its official name ({@code Bandarlampung},
     * {@code Pangkalpinang}) is named as the gazetteer spells it ({@code Bandar Lampung}).
     */
    private String regionSpelling(String name, PlaceRef ref) {
        if (ref == null || !ref.scheme().equals("kemendagri")) return name;
        String official = places.regionName(ref.code()).orElse(null);
        if (official == null || official.equals(name)) return name;
        String squeezed = name.replace(" ", "").toLowerCase(Locale.ROOT);
        return squeezed.equals(official.replace(" ", "").toLowerCase(Locale.ROOT)) ? official : name;
    }

    /**
     * A region named by another name of it that shares no word with its official one ({@code Solo} for
     * Surakarta, {@code SOLO} in a dateline, {@code Jogja} for Daerah Istimewa Yogyakarta) is named
     * officially, as canonical names are written out; a short form of the official name ({@code Jakarta})
     * stays.
     */
    private String officialName(String name, PlaceRef ref) {
        if (ref == null || !ref.scheme().equals("kemendagri") || !ref.code().equals(places.regionAlias(name))) return name;
        String official = places.regionName(ref.code()).orElse(null);
        if (official == null) return name;
        Set<String> words = new HashSet<>(List.of(EntityKeys.of(official).split(" ")));
        for (String w : EntityKeys.of(name).split(" ")) if (words.contains(w)) return name;
        return official;
    }

    /**
     * A place's name without a generic word before it or its country after it, as the
     * article wrote it around the name ({@code Wilayah Kursk Rusia} → {@code Kursk}). The country goes only when what
     * is left names a town or larger: {@code Madinah Arab Saudi} is Madinah, but {@code Gedung Bank Indonesia} and
     * {@code Pulau Saint Helena} keep their closing words, and so does a head word before a country ({@code Selat
     * Taiwan}, {@code Laut China}), though a town bears the head's name.
     */
    String asWritten(String name) {
        String n = GENERIC_PLACE.matcher(name).replaceFirst("");
        String country = places.countryClosing(n, 2);
        if (country != null && places.countryCode(n) == null) {
            String rest = n.substring(0, n.length() - country.length() - 1);
            // "Selat Taiwan": a strait's head word left alone names a town too (Selat, in Bali), but only with its name
            boolean headAlone = rest.indexOf(' ') < 0 && EntityLexicon.INSTANCE.openingHead(n.split(" ")) == EntityType.PLACE;
            if (places.namesTownOrLarger(rest) && !headAlone) n = rest;
        }
        return n.isEmpty() || !Character.isUpperCase(n.charAt(0)) ? name : n;
    }
}
