package id.warta.entities;

import id.warta.entities.Canonicalizer.Assigned;
import id.warta.model.EntityType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code di Gedung DPR}, {@code Gedung Sekretariat Negara}: a building named after the body it houses is a named
 * building, a place of its own, besides the body its name mentions (which stays the body's, as
 * {@link TypesInContext#bodiesBehindTheirBuildings} makes it). Only {@code Gedung}: a {@code Kantor} before a body
 * is read as the body itself ({@code kata X di Kantor Pertamina}), and {@code Markas} opens bodies' own names
 * ({@code Markas Besar}).
 */
final class BodyBuildings {
    private static final String BUILDING = "Gedung ";

    private BodyBuildings() {
    }

    /** Adds to {@code groups} a place for each body mention written right after {@code Gedung}. */
    static void addPlaces(String text, List<Assigned> assigned, Map<String, List<Assigned>> groups) {
        Set<String> added = new HashSet<>();
        for (Assigned a : new ArrayList<>(assigned)) {
            Found body = a.found();
            int start = body.start() - BUILDING.length();
            if (body.type() != EntityType.ORGANIZATION || start < 0 || !text.startsWith(BUILDING, start)) continue;
            if (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1))) continue;
            String name = text.substring(start, body.end());
            String key = EntityKeys.of(name);
            Found building = new Found(start, body.end(), EntityType.PLACE, body.via());
            groups.computeIfAbsent(key, k -> new ArrayList<>())
                    .add(new Assigned(building, name, key, null, EntityType.PLACE, MentionUse.NAME));
            added.add(key);
        }
        for (String key : added) groups.get(key).sort(Assigned.IN_TEXT_ORDER);
    }
}
