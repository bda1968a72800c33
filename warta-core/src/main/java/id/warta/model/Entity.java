package id.warta.model;

import java.util.List;

/**
 * A person, organisation or place the article names, with every mention grouped under one
 * canonical name.
 *
 * @param name     canonical name ({@code Annalena Baerbock})
 * @param type     person, organisation or place
 * @param mentions where it is named, in text order
 * @param roles    roles the article gives it ({@code Menteri Luar Negeri Jerman})
 * @param place    for places, where it is in a gazetteer; else null
 */
public record Entity(String name, EntityType type, List<Mention> mentions, List<String> roles, PlaceRef place) {
    public Entity {
        mentions = List.copyOf(mentions);
        roles = List.copyOf(roles);
    }
}
