package id.warta.model;

/**
 * A place resolved in a gazetteer.
 *
 * @param scheme     {@code kemendagri} (Indonesian regions), {@code iso3166} (countries) or
 *                   {@code geonames} (world cities)
 * @param code       the code in that scheme ({@code 35.13}, {@code DE}, {@code 2950159})
 * @param level      {@code country}, {@code province}, {@code regency}, {@code district},
 *                   {@code village} or {@code city}
 * @param latitude   degrees, or null when the data has none
 * @param longitude  degrees, or null
 * @param confidence 0..1, below 1 when several places share the name
 */
public record PlaceRef(String scheme, String code, String level, Double latitude, Double longitude,
                       double confidence) {
}
