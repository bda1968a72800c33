package id.warta.entities;

import id.warta.model.Entity;
import id.warta.model.Mention;
import java.util.List;

/** What the shipped entity layer reads out of a text, as the tests compare it. */
final class EntitiesRead {
    private EntitiesRead() {
    }

    /** Each entity as {@code name/TYPE}, in the layer's order. */
    static List<String> named(String text) {
        return Entities.shipped().find(text).stream().map(e -> e.name() + "/" + e.type()).toList();
    }

    /** The texts of the mentions of the entity named {@code name}; fails when there is none. */
    static List<String> mentions(String text, String name) {
        Entity e = Entities.shipped().find(text).stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
        return e.mentions().stream().map(Mention::text).toList();
    }
}
