package id.warta.entities.ner;

import id.warta.model.EntityType;
import java.util.ArrayList;
import java.util.List;

/**
 * The BILOU tag set over the three entity types: {@code O}, and for each type {@code B}
 * (begins a name of several tokens), {@code I} (inside), {@code L} (last), {@code U} (a
 * one-token name). Tags are small ints; the decoder only walks transitions this scheme allows.
 */
final class Labels {
    static final int O = 0;
    static final int COUNT = 1 + 4 * EntityType.values().length;
    private static final int B = 0, I = 1, L = 2, U = 3;
    private static final EntityType[] TYPES = EntityType.values();

    private Labels() {
    }

    static int tag(EntityType type, int position) {
        return 1 + type.ordinal() * 4 + position;
    }

    static EntityType type(int tag) {
        return tag == O ? null : TYPES[(tag - 1) / 4];
    }

    private static int position(int tag) {
        return (tag - 1) % 4;
    }

    static int[] encode(List<NameSpan> names, int length) {
        int[] tags = new int[length];
        for (NameSpan n : names) {
            if (n.end() - n.start() == 1) {
                tags[n.start()] = tag(n.type(), U);
                continue;
            }
            tags[n.start()] = tag(n.type(), B);
            for (int i = n.start() + 1; i < n.end() - 1; i++) tags[i] = tag(n.type(), I);
            tags[n.end() - 1] = tag(n.type(), L);
        }
        return tags;
    }

    /** The names a tag sequence marks; a sequence the scheme does not allow is read leniently. */
    static List<NameSpan> decode(int[] tags) {
        List<NameSpan> names = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < tags.length; i++) {
            int t = tags[i];
            if (t == O) {
                start = -1;
                continue;
            }
            int p = position(t);
            if (p == B || p == U || start < 0 || type(tags[start]) != type(t)) start = i;
            if (p == L || p == U) {
                names.add(new NameSpan(start, i + 1, type(t)));
                start = -1;
            }
        }
        return names;
    }

    static boolean canStart(int tag) {
        return tag == O || position(tag) == B || position(tag) == U;
    }

    static boolean canEnd(int tag) {
        return tag == O || position(tag) == L || position(tag) == U;
    }

    /** Whether {@code next} may follow {@code prev}: inside a name only I or L of its type. */
    static boolean canFollow(int prev, int next) {
        boolean open = prev != O && (position(prev) == B || position(prev) == I);
        boolean continues = next != O && (position(next) == I || position(next) == L);
        if (open) return continues && type(prev) == type(next);
        return !continues;
    }

    static String name(int tag) {
        return tag == O ? "O" : "BILU".charAt(position(tag)) + "-" + type(tag);
    }
}
