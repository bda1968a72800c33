package id.warta.entities;

import id.warta.entities.places.Places;
import id.warta.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code klub Turki Besiktas FC}, {@code tim Italia Parma}: after a word for a club, the club's country, then the club's
 * name, which the tagger ran into one body. The country's one or two words are a place, the words after them the club.
 * Only when capitalised words follow the country: {@code klub Jepang} alone names no club.
 */
final class ClubsAfterTheirCountry {
    private static final Set<String> CLUB_WORDS = Set.of("klub", "tim");
    private static final int MAX_COUNTRY_WORDS = 2;

    private ClubsAfterTheirCountry() {
    }

    /** {@code found} with each such body split into the country and the club. */
    static List<Found> split(String text, List<Found> found, Places places) {
        List<Found> out = new ArrayList<>(found.size());
        for (Found f : found) {
            int club = f.type() == EntityType.ORGANIZATION && afterClubWord(text, f.start()) ? clubAt(text, f, places) : -1;
            if (club < 0) {
                out.add(f);
                continue;
            }
            out.add(new Found(f.start(), club - 1, EntityType.PLACE, f.via()));
            out.add(new Found(club, f.end(), EntityType.ORGANIZATION, f.via()));
        }
        return out;
    }

    private static boolean afterClubWord(String text, int start) {
        return CLUB_WORDS.contains(Surroundings.wordBefore(text, start).toLowerCase(Locale.ROOT));
    }

    /** Where the club's name starts after a country's words opening body {@code f}, or -1. */
    private static int clubAt(String text, Found f, Places places) {
        String[] words = f.textIn(text).split(" ");
        int at = f.start();
        for (int k = 1; k <= MAX_COUNTRY_WORDS && k < words.length; k++) {
            at += words[k - 1].length() + 1;
            String country = text.substring(f.start(), at - 1);
            if (places.countryCode(country) != null && Character.isUpperCase(text.charAt(at))
                    && (k == MAX_COUNTRY_WORDS || places.countryCode(country + " " + words[k]) == null)) {
                return at;
            }
        }
        return -1;
    }
}
