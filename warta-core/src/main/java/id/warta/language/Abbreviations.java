package id.warta.language;

import id.warta.lexicon.Lexicon;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The abbreviations whose final period belongs to them ({@code Dr.}, {@code Jl.}, {@code S.H.},
 * {@code M.Si.}, {@code dll.}), read from {@code abbreviations.tsv}, and what each may do at the
 * end of a sentence.
 */
public final class Abbreviations {
    enum Kind {
        /** Stands before a name, number or place ({@code Dr.}, {@code Jl.}, {@code No.}): never ends a sentence. */
        TITLE,
        /** A currency ({@code Rp}, {@code USD}): never ends a sentence, splits from a glued number. */
        CURRENCY,
        /** An academic degree after a name ({@code S.H.}, {@code M.Si.}): may end a sentence. */
        DEGREE,
        /** Ordinary abbreviation ({@code dll.}, {@code dkk.}, {@code Tbk.}): may end a sentence. */
        COMMON;

        boolean mayEndSentence() {
            return this == DEGREE || this == COMMON;
        }
    }

    /** Longest letter run in one part of a dotted abbreviation ({@code Sos} in {@code S.Sos.}, {@code Farm}). */
    static final int MAX_PART = 4;

    private static final Map<String, Kind> KINDS = load();

    private Abbreviations() {
    }

    /** The kind of {@code form} (as written, inner periods kept, final one left off), or null when unknown. */
    static Kind kind(CharSequence form) {
        return KINDS.get(form.toString().toLowerCase(Locale.ROOT));
    }

    /**
     * Whether {@code word} is an academic degree that follows a name ({@code S.Pd.}, {@code M.Kes},
     * {@code Ph.D.}); a longer one also written without its inner periods ({@code SpKJ}, {@code MGizi}), a short one so
     * too when its case shows it ({@code MSc}, {@code MPd}).
     */
    public static boolean isDegree(String word) {
        String form = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
        if (kind(form) == Kind.DEGREE) return true;
        if (form.startsWith("Sp") && SPECIALIST.matcher(form).matches()) return true; // asked of most words: no matcher made for them
        String bare = form.replace(".", "").toLowerCase(Locale.ROOT);
        // a short one only with its case (asked of most words: the matcher only for the few listed)
        return UNDOTTED_DEGREES.contains(bare) && (bare.length() >= MIN_UNDOTTED_DEGREE || CASED_AS_DEGREE.matcher(form).matches());
    }

    /**
     * A short degree written without its periods but with its own case ({@code MSc}, {@code MSi}, {@code MPd}): two
     * capitals, then lower case, a shape no name or word takes, unlike the all-capital {@code MA} or {@code SE}.
     */
    private static final Pattern CASED_AS_DEGREE = Pattern.compile("[A-Z]{2}[a-z]+");

    /** A medical specialist's degree written without periods: {@code Sp} and a capital code ({@code SpP}, {@code SpA}, {@code SpOG}, {@code SpPD}). */
    private static final Pattern SPECIALIST = Pattern.compile("Sp[A-Z][A-Za-z]{0,3}");

    /** Degrees this long or longer are recognised without their periods; shorter ones ({@code MA}, {@code SE}) are names and words too. */
    private static final int MIN_UNDOTTED_DEGREE = 4;
    private static final java.util.Set<String> UNDOTTED_DEGREES = KINDS.entrySet().stream()
            .filter(e -> e.getValue() == Kind.DEGREE).map(e -> e.getKey().replace(".", ""))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private static Map<String, Kind> load() {
        Map<String, Kind> kinds = new HashMap<>();
        for (String[] row : Lexicon.rows(Abbreviations.class, "abbreviations.tsv").stream().skip(1).toList()) {
            kinds.put(row[0], Kind.valueOf(row[1].toUpperCase(Locale.ROOT)));
        }
        return Map.copyOf(kinds);
    }
}
