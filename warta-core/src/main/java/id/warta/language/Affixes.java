package id.warta.language;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Every way the rules of Indonesian morphology allow a lowercase word to be read as affixes
 * around a root, without a dictionary: particles ({@code -lah -kah -tah -pun}), possessives
 * ({@code -ku -mu -nya}), a derivational suffix ({@code -kan -an -i}), the proclitics {@code ku-} and
 * {@code kau-}, and up to three prefixes ({@code di- ke- se- meN- peN- ber- ter- per-}) with the
 * nasal assimilation of {@code meN-} and {@code peN-} undone: {@code menulis} reads as
 * {@code me- + tulis} and as {@code me- + nulis}; a dictionary of roots decides.
 *
 * <p>The prefix rules follow the confix-stripping stemmer of Nazief and Adriani as extended by
 * Asian, Williams and Tahaghoghi ("Stemming Indonesian", ACSC 2005) and Arifin et al. (2009),
 * written anew here; so do the prefix and suffix pairs that never occur together.
 */
final class Affixes {
    /** Most prefixes stacked on one root: {@code di-per-ber-daya-kan}. */
    private static final int MAX_PREFIXES = 3;
    private static final String[] PARTICLES = {"lah", "kah", "tah", "pun"};
    private static final String[] POSSESSIVES = {"nya", "ku", "mu"};
    private static final String[] SUFFIXES = {"kan", "an", "i"};

    private Affixes() {
    }

    /** One reading of a word: its root and the affixes around it, outermost prefix first. */
    record Reading(String root, String proclitic, List<String> prefixes, String suffix, String possessive,
                   String particle) {
        /** How many pieces were cut off: fewer is likelier when several readings find a known root. */
        int pieces() {
            return (proclitic.isEmpty() ? 0 : 1) + prefixes.size() + (suffix.isEmpty() ? 0 : 1)
                    + (possessive.isEmpty() ? 0 : 1) + (particle.isEmpty() ? 0 : 1);
        }

        boolean derivational() {
            return !prefixes.isEmpty() || !suffix.isEmpty();
        }

        boolean onlyClitics() {
            return !derivational() && pieces() > 0;
        }
    }

    /** Every reading of {@code word} (lowercase letters), the bare word first; roots keep at least two letters. */
    static List<Reading> readings(String word) {
        List<Reading> out = new ArrayList<>();
        readings(word, out::add);
        return out;
    }

    static void readings(String word, Consumer<Reading> out) {
        for (String particle : endings(word, PARTICLES)) {
            String w1 = cut(word, particle);
            for (String possessive : endings(w1, POSSESSIVES)) {
                String w2 = cut(w1, possessive);
                for (String suffix : endings(w2, SUFFIXES)) {
                    String w3 = cut(w2, suffix);
                    if (w3.length() < 2) continue;
                    Trail trail = new Trail(suffix, possessive, particle, out);
                    trail.emit(w3, "", List.of());
                    prefixes(w3, "", List.of(), trail);
                }
            }
        }
    }

    /** The endings of {@code word} among {@code candidates}, after the empty one (nothing cut). */
    private static List<String> endings(String word, String[] candidates) {
        List<String> found = new ArrayList<>(2);
        found.add("");
        for (String c : candidates) {
            if (word.length() > c.length() + 1 && word.endsWith(c)) found.add(c);
        }
        return found;
    }

    private static String cut(String word, String ending) {
        return word.substring(0, word.length() - ending.length());
    }

    /** The suffix side of a reading, fixed while the prefixes are read off the front. */
    private record Trail(String suffix, String possessive, String particle, Consumer<Reading> out) {
        void emit(String root, String proclitic, List<String> prefixes) {
            out.accept(new Reading(root, proclitic, prefixes, suffix, possessive, particle));
        }
    }

    private static void prefixes(String w, String proclitic, List<String> taken, Trail trail) {
        if (taken.size() == MAX_PREFIXES) return;
        if (taken.isEmpty() && proclitic.isEmpty()) {
            for (String p : new String[] {"kau", "ku"}) {
                if (w.startsWith(p) && w.length() >= p.length() + 3) {
                    String rest = w.substring(p.length());
                    trail.emit(rest, p, taken);
                    prefixes(rest, p, taken, trail);
                }
            }
        }
        boolean outermost = taken.isEmpty() && proclitic.isEmpty();
        for (Cut cut : cuts(w, taken)) {
            if (!outermost && (cut.family().equals("me") || cut.family().equals("di"))) continue;
            if (!allowed(cut.family(), taken, trail.suffix(), cut.rest())) continue;
            List<String> more = new ArrayList<>(taken);
            more.add(cut.prefix());
            trail.emit(cut.rest(), proclitic, List.copyOf(more));
            prefixes(cut.rest(), proclitic, more, trail);
        }
    }

    /** One prefix cut off the front: its surface form, its family ({@code me} for {@code meng-}) and what remains. */
    private record Cut(String prefix, String family, String rest) {
    }

    /**
     * Whether a prefix of {@code family} may stand here: once per word, and never with a suffix it
     * does not take. ({@code meN-} and {@code di-} stand outermost only: {@code memper-}, {@code diber-}.)
     */
    private static boolean allowed(String family, List<String> taken, String suffix, String rest) {
        for (String t : taken) {
            if (family(t).equals(family)) return false;
        }
        if (!taken.isEmpty() || suffix.isEmpty()) return true;
        return switch (family) {
            case "be" -> !suffix.equals("i");
            case "di", "me", "te" -> !suffix.equals("an");
            case "ke" -> suffix.equals("an") || (suffix.equals("i") && rest.equals("tahu"));
            case "se" -> suffix.equals("an");
            default -> true;
        };
    }

    private static String family(String prefix) {
        return switch (prefix) {
            case "ber", "be", "bel" -> "be";
            case "ter", "te" -> "te";
            case "me", "mem", "men", "meng", "meny", "menge" -> "me";
            case "pe", "pem", "pen", "peng", "peny", "penge", "pel" -> "pe";
            default -> prefix;
        };
    }

    /** The ways one prefix comes off the front of {@code w}, likelier readings first. */
    private static List<Cut> cuts(String w, List<String> taken) {
        List<Cut> cuts = new ArrayList<>(3);
        if (w.length() < 4) return cuts;
        char c2 = w.charAt(2);
        if (w.startsWith("di")) cuts.add(new Cut("di", "di", w.substring(2)));
        if (w.startsWith("ke")) cuts.add(new Cut("ke", "ke", w.substring(2)));
        if (w.startsWith("se")) cuts.add(new Cut("se", "se", w.substring(2)));
        if (w.startsWith("tidak") && !taken.isEmpty() && taken.getLast().equals("ke")) {
            cuts.add(new Cut("tidak", "tidak", w.substring(5))); // ke-tidak-adil-an
        }
        if (w.startsWith("be")) be(w, cuts);
        if (w.startsWith("te")) te(w, cuts);
        if (w.startsWith("me")) me(w, cuts);
        if (w.startsWith("pe")) pe(w, cuts);
        if (w.startsWith("per") && w.charAt(3) != 'r') {
            cuts.add(new Cut("per", "per", w.substring(3))); // per-besar, mem-per-kecil, per-usaha-an
        }
        if (c2 == 'l' && w.startsWith("ajar", 3) && (w.startsWith("be") || w.startsWith("pe"))) {
            cuts.add(new Cut(w.substring(0, 3), w.substring(0, 2), w.substring(3))); // bel-ajar, pel-ajar
        }
        return cuts;
    }

    /** {@code ber-}: ber-V | be-rV, ber-C (C not r), be-CerV (bekerja, beserta). */
    private static void be(String w, List<Cut> cuts) {
        if (w.startsWith("ber")) {
            char c = w.charAt(3);
            if (isVowel(c)) {
                cuts.add(new Cut("ber", "be", w.substring(3)));
                cuts.add(new Cut("be", "be", w.substring(2)));
            } else if (c != 'r') {
                cuts.add(new Cut("ber", "be", w.substring(3)));
            }
        } else if (w.length() > 5 && !isVowel(w.charAt(2)) && w.charAt(2) != 'l' && w.startsWith("er", 3)) {
            cuts.add(new Cut("be", "be", w.substring(2)));
        }
    }

    /** {@code ter-}: ter-V | te-rV, ter-C (C not r), te-CerV. */
    private static void te(String w, List<Cut> cuts) {
        if (w.startsWith("ter")) {
            char c = w.charAt(3);
            if (isVowel(c)) {
                cuts.add(new Cut("ter", "te", w.substring(3)));
                cuts.add(new Cut("te", "te", w.substring(2)));
            } else if (c != 'r') {
                cuts.add(new Cut("ter", "te", w.substring(3)));
            }
        } else if (w.length() > 5 && !isVowel(w.charAt(2)) && w.charAt(2) != 'r' && w.startsWith("er", 3)) {
            cuts.add(new Cut("te", "te", w.substring(2)));
        }
    }

    /** {@code meN-} with the base's first sound restored (Sneddon's nasal assimilation, undone). */
    private static void me(String w, List<Cut> cuts) {
        nasal(w, "me", cuts);
    }

    /** {@code peN-} as {@code meN-}, plus {@code pe-} before other consonants (petani, pedagang, pekerja). */
    private static void pe(String w, List<Cut> cuts) {
        nasal(w, "pe", cuts);
        char c = w.charAt(2);
        if (!isVowel(c) && "mnry".indexOf(c) < 0 && c != 'l' && c != 'w') {
            cuts.add(new Cut("pe", "pe", w.substring(2)));
        }
    }

    private static void nasal(String w, String base, List<Cut> cuts) {
        char c = w.charAt(2);
        String rest2 = w.substring(2);
        if ("lrwy".indexOf(c) >= 0 && w.length() > 3 && isVowel(w.charAt(3))) {
            cuts.add(new Cut(base, base, rest2)); // me-lihat, me-rasa, me-wakil-i, pe-latih-an
            return;
        }
        if (w.startsWith("ng", 2) && w.length() > 5) {
            String rest = w.substring(4);
            char v = w.charAt(4);
            if (isVowel(v)) {
                if (v == 'e' && w.length() > 6) cuts.add(new Cut(base + "nge", base, w.substring(5))); // menge-bom
                cuts.add(new Cut(base + "ng", base, rest)); // meng-ambil
                cuts.add(new Cut(base + "ng", base, "k" + rest)); // meng-(k)irim
            } else if ("ghqk".indexOf(v) >= 0) {
                cuts.add(new Cut(base + "ng", base, rest)); // meng-gali, meng-hapus, meng-kaji
            }
            return;
        }
        if (w.startsWith("ny", 2) && w.length() > 4 && isVowel(w.charAt(4))) {
            cuts.add(new Cut(base + "ny", base, "s" + w.substring(4))); // meny-(s)apu
            cuts.add(new Cut(base, base, w.substring(2))); // me-nyanyi
            return;
        }
        if (c == 'n' && w.length() > 3) {
            char d = w.charAt(3);
            if (isVowel(d)) {
                cuts.add(new Cut(base + "n", base, "t" + w.substring(3))); // men-(t)ulis
                cuts.add(new Cut(base, base, w.substring(2))); // me-nanti
            } else if ("cdjzs".indexOf(d) >= 0) {
                cuts.add(new Cut(base + "n", base, w.substring(3))); // men-cari, men-syarat-kan
            }
            return;
        }
        if (c == 'm' && w.length() > 3) {
            char d = w.charAt(3);
            if ("bfv".indexOf(d) >= 0) {
                cuts.add(new Cut(base + "m", base, w.substring(3))); // mem-beli
            } else if (d == 'p') {
                cuts.add(new Cut(base + "m", base, w.substring(3))); // mem-per-kecil, mem-punya-i
            } else if (isVowel(d) || (d == 'r' && w.length() > 4 && isVowel(w.charAt(4)))) {
                cuts.add(new Cut(base, base, w.substring(2))); // me-makan, pe-main
                cuts.add(new Cut(base + "m", base, "p" + w.substring(3))); // mem-(p)ukul
            }
        }
    }

    static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    /** The number of vowels, a count of syllables that reads {@code main} (ma-in) as two. */
    static int vowels(CharSequence w) {
        int n = 0;
        for (int i = 0; i < w.length(); i++) {
            if (isVowel(w.charAt(i))) n++;
        }
        return n;
    }
}
