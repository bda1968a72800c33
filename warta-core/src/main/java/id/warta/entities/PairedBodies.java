package id.warta.entities;

import id.warta.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * {@code bersama Majelis Disiplin Profesi dan Konsil Kesehatan Indonesia (KKI)}: two bodies joined by {@code dan}, the
 * tagger reading one name, and an abbreviation after them that spells the initials of the second only: the second is
 * the body the abbreviation stands for, the first another. Not a body whose own name holds {@code dan} ({@code Badan
 * Pengawas Obat dan Makanan (BPOM)}: the abbreviation spells the whole).
 */
final class PairedBodies {
    private static final String AND = " dan ";
    /** The fewest words each of the two bodies has: a lone word after {@code dan} is too often part of the name. */
    private static final int FEWEST_WORDS = 2;

    private PairedBodies() {
    }

    /** {@code found} (in text order) with each such pair of bodies cut in two, in text order. */
    static List<Found> split(String text, List<Found> found) {
        List<Found> out = new ArrayList<>(found.size());
        Matcher defined = AbbreviatedNames.DEFINED.matcher(text);
        for (Found f : found) {
            String name = f.textIn(text);
            int and = f.type() == EntityType.ORGANIZATION ? name.lastIndexOf(AND) : -1;
            if (and > 0 && defined.region(f.end(), text.length()).lookingAt()) {
                String first = name.substring(0, and), second = name.substring(and + AND.length());
                if (words(first) >= FEWEST_WORDS && words(second) >= FEWEST_WORDS && defined.group(1).equals(capitals(second))) {
                    out.add(new Found(f.start(), f.start() + and, f.type(), f.via()));
                    out.add(new Found(f.start() + and + AND.length(), f.end(), f.type(), f.via()));
                    continue;
                }
            }
            out.add(f);
        }
        return out;
    }

    private static int words(String s) {
        return s.split(" ").length;
    }

    /** The capitals opening the words of {@code name} ({@code KKI} of {@code Konsil Kesehatan Indonesia}). */
    private static String capitals(String name) {
        StringBuilder b = new StringBuilder();
        for (String w : name.split(" ")) if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) b.append(w.charAt(0));
        return b.toString();
    }
}
