package id.warta.entities;

import id.warta.entities.Canonicalizer.Assigned;
import id.warta.model.EntityType;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The canonical name and type one article's groups of names would be given ({@link CanonicalNames}), worked out once
 * per group while the groups are merged and named: some twenty passes ask the same groups' types again and again. A
 * group is known by its list; what was worked out for it holds while the list holds the same mentions in the same
 * order (a merge or a renaming puts others in; the mentions are immutable, so the same ones give the same answer).
 */
final class GroupTypes {
    /** What a group was given, and the mentions it held then. */
    private record Given(Object[] mentions, String name, EntityType type) {
    }

    private final CanonicalNames canonicalNames;
    private final Map<List<Assigned>, Given> given = new IdentityHashMap<>();

    GroupTypes(CanonicalNames canonicalNames) {
        this.canonicalNames = canonicalNames;
    }

    /** The name {@code group}'s entity will have ({@link CanonicalNames#name}). */
    String name(List<Assigned> group) {
        return of(group).name();
    }

    /** The type {@code group}'s entity will have ({@link CanonicalNames#type} of its name). */
    EntityType type(List<Assigned> group) {
        return of(group).type();
    }

    private Given of(List<Assigned> group) {
        Given g = given.get(group);
        if (g != null && holds(group, g.mentions())) return g;
        String name = canonicalNames.name(group);
        g = new Given(group.toArray(), name, canonicalNames.type(group, name));
        given.put(group, g);
        return g;
    }

    /** Whether {@code group} holds just {@code mentions}, the same objects in the same order. */
    private static boolean holds(List<Assigned> group, Object[] mentions) {
        if (group.size() != mentions.length) return false;
        for (int i = 0; i < mentions.length; i++) if (group.get(i) != mentions[i]) return false;
        return true;
    }
}
