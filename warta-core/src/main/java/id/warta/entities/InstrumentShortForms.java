package id.warta.entities;

import id.warta.lexicon.Lexicon;
import id.warta.model.EntityType;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code Peraturan KPU (PKPU) Nomor 12 Tahun 2025}, {@code Peraturan Menteri Perdagangan (Permendag)}: a short form
 * defined in brackets right after a legal instrument's title ({@code legal-instruments.tsv}) is the regulation's, a
 * law, no body, though a tagger reads a word in capitals as one; unless it is the initials of the issuer named in the
 * title ({@code Peraturan Otoritas Jasa Keuangan (OJK)}). The article so defining it means the regulation
 * wherever it writes the form ({@code PKPU itu berlaku}); the body issuing it ({@code KPU}) stays.
 */
final class InstrumentShortForms {
    /** Words naming a legal instrument by who issues it ({@code Peraturan}, {@code Keputusan}; {@code legal-instruments.tsv}). */
    private static final Set<String> INSTRUMENTS = Set.copyOf(Lexicon.lines(InstrumentShortForms.class, "legal-instruments.tsv"));
    /** An instrument's title before its short form holds at most this many words after the instrument's word. */
    private static final int MAX_TITLE_WORDS = 6;

    private InstrumentShortForms() {
    }

    /** Drops from {@code found} every name written as a short form {@code text} defines after an instrument's title. */
    static void drop(String text, List<Found> found) {
        Set<String> forms = new HashSet<>();
        for (Found f : found) {
            if (f.type() != EntityType.ORGANIZATION || !f.bracketedIn(text)) continue;
            String form = f.textIn(text);
            if (form.indexOf(' ') < 0 && titleBefore(text, f.start() - 2, form)) forms.add(form);
        }
        if (!forms.isEmpty()) found.removeIf(f -> forms.contains(f.textIn(text)));
    }

    /**
     * Whether the words ending right before {@code end} are an instrument's title, the instrument's word capitalised and
     * capitalised words after it ({@code Peraturan Menteri Perdagangan}), read back at most {@link #MAX_TITLE_WORDS}
     * words, of which {@code form} is not the initials: those of the words after the instrument's are the issuer's
     * short form ({@code Peraturan Otoritas Jasa Keuangan (OJK)}, {@code Keputusan Mahkamah Konstitusi (MK)}).
     */
    private static boolean titleBefore(String text, int end, String form) {
        StringBuilder initials = new StringBuilder();
        int e = end;
        for (int words = 0; words <= MAX_TITLE_WORDS && e > 0 && text.charAt(e - 1) != ' '; words++) {
            int s = e;
            while (s > 0 && (Character.isLetterOrDigit(text.charAt(s - 1)) || text.charAt(s - 1) == '-')) s--;
            if (s == e) return false;
            String word = text.substring(s, e);
            if (INSTRUMENTS.contains(word)) return !initials.reverse().toString().equals(form);
            if (!Character.isUpperCase(word.charAt(0)) || s < 2 || text.charAt(s - 1) != ' ') return false;
            if (!AbbreviatedNames.LEFT_OUT.contains(word)) initials.append(word.charAt(0));
            e = s - 1;
        }
        return false;
    }
}
