package id.warta.entities;

import id.warta.model.EntityType;
import java.util.List;
import java.util.ListIterator;
import java.util.Set;

/**
 * {@code turunnya Bursa Asia}, {@code Bursa Eropa ditutup menguat}: the stock markets of a continent or a world region, no
 * exchange of its own (as {@code Bursa Efek Indonesia} or {@code Bursa Malaysia}, a country's, are), though the tagger
 * reads a body. The region is kept, a place, as a place inside a title counts.
 */
final class RegionalMarkets {
    private static final String MARKET = "Bursa ";
    /** Continents and world regions, which have no single exchange. */
    private static final Set<String> REGIONS = Set.of("Asia", "Eropa", "Amerika", "Afrika", "Asia Pasifik", "Amerika Latin",
            "Timur Tengah", "Asia Tenggara", "Asia Timur", "Eropa Barat", "Amerika Utara", "Oseania");

    private RegionalMarkets() {
    }

    /** Replaces in {@code found} each body {@code Bursa} + a region by the region, a place; in place. */
    static void retype(String text, List<Found> found) {
        for (ListIterator<Found> it = found.listIterator(); it.hasNext(); ) {
            Found f = it.next();
            if (f.type() != EntityType.ORGANIZATION || !text.startsWith(MARKET, f.start())) continue;
            int region = f.start() + MARKET.length();
            if (REGIONS.contains(text.substring(region, f.end()))) it.set(new Found(region, f.end(), EntityType.PLACE, f.via()));
        }
    }
}
