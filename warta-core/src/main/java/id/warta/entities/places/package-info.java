/**
 * Places resolved in gazetteers: Indonesian regions (Kemendagri codes), countries (ISO 3166),
 * world cities (GeoNames), with context to choose among namesakes
 * ({@link id.warta.entities.places.Places}); {@link id.warta.entities.places.PlaceTables}
 * builds the shipped tables from the shared data.
 */
package id.warta.entities.places;
