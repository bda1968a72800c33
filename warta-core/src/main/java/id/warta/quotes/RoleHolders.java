package id.warta.quotes;

import static id.warta.quotes.AttributionWords.DECEASED;
import static id.warta.quotes.AttributionWords.OTHER;

import id.warta.lexicon.Lexicon;
import id.warta.model.Entity;
import id.warta.model.EntityType;
import id.warta.quotes.Words.Kind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Who holds a role a phrase names. {@link People}, reading the article's names, records each person introduced with a
 * role ({@code Menteri Agama Nasaruddin}, {@code Seorang warga lain, Darman}); {@link Referents} then asks who a bare
 * title ({@code ujar Menag}), a description pointing back ({@code kata sang Patriark}) or a former office
 * ({@code kata mantan ketua umum PPP itu}) names. A role's short titles are written out ({@code offices.tsv}), so
 * {@code Menko} finds a {@code Menteri Koordinator}.
 */
final class RoleHolders {
    /**
     * A person introduced with a role, at {@code offset}; {@code another}: as another holder of it than one met before
     * ({@code Seorang warga lain, Darman}).
     */
    private record Introduced(int offset, String role, String name, boolean another) {
        /** Whether the role holds these whole words, given with a space either side ({@code " ketua umum "}). */
        boolean roleHolds(String padded) {
            return (" " + role + " ").contains(padded);
        }
    }

    private static final Map<String, String> OFFICES = loadOffices();

    /** Punctuation closing a role's word ({@code pebalap debutan,}): roles are kept as written. */
    private static final Pattern WORD_END_MARKS = Pattern.compile("\\p{P}+(?= |$)");

    private final List<Introduced> introduced = new ArrayList<>();
    /** The entity layer's list, whose people's roles name holders the article introduces nowhere else. */
    private final List<Entity> entities;
    /** The fullest name the article gives a name ({@link People#fullName}). */
    private final UnaryOperator<String> fullName;
    /** What a name is: a person's, a body's, a place's. */
    private final Function<String, NameType> typeOf;
    /** A person the entity layer tags, by the name they speak by. */
    private final Function<Entity, String> speakerName;

    RoleHolders(List<Entity> entities, UnaryOperator<String> fullName, Function<String, NameType> typeOf,
            Function<Entity, String> speakerName) {
        this.entities = entities;
        this.fullName = fullName;
        this.typeOf = typeOf;
        this.speakerName = speakerName;
    }

    /** Records that the role in tokens {@code [from, to)} introduces {@code name}, which starts at token {@code k}. */
    void introduce(Passage p, int from, int to, int k, String name) {
        // "laga penghormatan bagi mendiang Pelatih Arema, Suharno ... tandas pelatih itu": the dead say nothing now,
        // so a role pointing back names a living holder
        if (from > 0 && DECEASED.contains(p.lower(from - 1))) return;
        introduced.add(new Introduced(p.token(k).start(), offices(p.text.substring(p.token(from).start(), p.token(to).start())), name,
                saysAnother(p, from, to)));
    }

    /** The person last introduced before {@code offset} with a role containing {@code roleWord} ({@code sang Patriark}). */
    String introducedAs(String roleWord, int offset) {
        String key = " " + offices(roleWord) + " ";
        for (int i = introduced.size() - 1; i >= 0; i--) {
            Introduced in = introduced.get(i);
            if (in.offset() < offset && in.roleHolds(key)) return in.name();
        }
        return null;
    }

    /**
     * The one person introduced before {@code offset} with a qualified role containing {@code roleWord}
     * ({@code mantan Ketua Umum PPP Suharso} for {@code kata mantan ketua umum PPP itu}), or null when none or
     * several were: a former holder is not the office's present one, introduced with the bare role.
     */
    String formerHolderOf(String roleWord, int offset) {
        String key = " " + offices(roleWord) + " ";
        return sole(introducedBefore(offset).filter(in -> isQualified(in.role()) && in.roleHolds(key))
                .map(in -> fullName.apply(in.name())));
    }

    private static boolean isQualified(String role) {
        for (String w : role.split(" ")) if (Words.isKey(w, Kind.QUALIFIER)) return true;
        return false;
    }

    /**
     * The one person introduced before {@code offset} with the office a bare title names ({@code ujar Menag}:
     * the Menteri Agama), or null when none or several were ({@code kata hakim} in a court of three).
     */
    String holderOf(String title, int offset) {
        return holderOf(title, offset, Integer.MAX_VALUE);
    }

    /**
     * {@link #holderOf(String, int)} for a title met at {@code at}: one introduced after it as another holder
     * ({@code "...," keluh warga. Seorang warga lain, Darman, ...}) is someone else than the one met there.
     */
    String holderOf(String title, int offset, int at) {
        // the introduced roles have their short titles written out, so the title has too, word by word inside a longer
        // one ("kata Menko Kemaritiman" for "Menteri Koordinator Kemaritiman Rizal Ramli")
        String office = " " + OFFICES.getOrDefault(Words.key(title), offices(title)) + " ";
        // "Kapolres Karimun, AKBP Budi": the office's place read as a holder after the bare title is no one
        List<String> holders = upToTwo(introducedBefore(offset).filter(in -> !in.another() || in.offset() < at)
                .filter(in -> in.roleHolds(office)).map(in -> fullName.apply(in.name())).filter(this::notPlaceOrBody));
        if (holders.size() > 1) return OFFICES.containsKey(Words.key(title)) ? exactHolderOf(office, offset) : null;
        if (holders.size() == 1) return holders.get(0);
        return isBareOffice(title) ? holderByRole(office) : null;
    }

    /**
     * Whether {@code name} was introduced before {@code offset} with a role holding the office {@code title} names: of
     * several presidents named, {@code ujar Kepala Negara} after quoting one of them is that one.
     */
    boolean holds(String name, String title, int offset) {
        String office = " " + OFFICES.getOrDefault(Words.key(title), offices(title)) + " ";
        String full = fullName.apply(name);
        return introducedBefore(offset).anyMatch(in -> in.roleHolds(office) && fullName.apply(in.name()).equals(full));
    }

    /**
     * Whether {@code name} was introduced before {@code offset} with a role one of whose words is {@code word}, the
     * punctuation after a role's last word left out ({@code pebalap debutan, Tomas Varga} has {@code debutan}).
     */
    boolean introducedWithWord(String name, String word, int offset) {
        String full = fullName.apply(name), key = Words.key(word);
        return introducedBefore(offset).anyMatch(in -> fullName.apply(in.name()).equals(full)
                && (" " + WORD_END_MARKS.matcher(in.role()).replaceAll("") + " ").contains(" " + key + " "));
    }

    /** Whether {@code title} as a whole is a title written for an office ({@code offices.tsv}: {@code Kepala Negara}). */
    static boolean isListedOffice(String title) {
        return OFFICES.containsKey(Words.key(title));
    }

    /**
     * Of several introduced with roles holding the office a bare title names ({@code ujar Menag}: {@code Wakil Menteri
     * Agama Romo}, {@code Menteri Agama Nasaruddin}, {@code Menag ajak umat Kristiani}), the one introduced by exactly
     * that office, when only one was. Only a short title written for one office ({@code offices.tsv}) is so sure;
     * {@code kata hakim} in a court of three stays a role.
     */
    private String exactHolderOf(String office, int offset) {
        return sole(introducedBefore(offset).filter(in -> (" " + in.role() + " ").equals(office))
                .map(in -> fullName.apply(in.name())).filter(this::notPlaceOrBody)); // "Bupati Situbondo": the office's place
    }

    private boolean notPlaceOrBody(String name) {
        NameType type = typeOf.apply(name);
        return type != NameType.PLACE && type != NameType.ORG;
    }

    /** Whether the role's words {@code [from, to)} say its holder is another one ({@code warga lain}, {@code pedagang lainnya}). */
    private static boolean saysAnother(Passage p, int from, int to) {
        for (int i = from; i < to; i++) if (OTHER.contains(p.lower(i))) return true;
        return false;
    }

    private Stream<Introduced> introducedBefore(int offset) {
        return introduced.stream().filter(in -> in.offset() < offset);
    }

    /** The first two different names of {@code names}, read no further: one is a sole holder, two are several. */
    private static List<String> upToTwo(Stream<String> names) {
        return names.distinct().limit(2).toList();
    }

    /** The one name {@code names} hold, or null when none or several. */
    private static String sole(Stream<String> names) {
        List<String> holders = upToTwo(names);
        return holders.size() == 1 ? holders.get(0) : null;
    }

    /** A title written alone as a proper noun, one word ({@code Menag}, {@code Kapolsek}): an office, not a description. */
    private static boolean isBareOffice(String title) {
        return title.indexOf(' ') < 0 && Character.isUpperCase(title.codePointAt(0));
    }

    /**
     * The one person the entity layer gives a role opening with {@code office} (padded with spaces), wherever the
     * article introduces them: a headline's {@code Menag} is the Menteri Agama its body names later; null when
     * none or several hold it. The office opens the role, as {@code Wakil Presiden} is no {@code Presiden}.
     */
    private String holderByRole(String office) {
        return sole(entities.stream().filter(e -> e.type() == EntityType.PERSON)
                .flatMap(e -> e.roles().stream().filter(role -> (" " + offices(role) + " ").startsWith(office))
                        .map(role -> speakerName.apply(e))));
    }

    /** What parts a role's words: compiled once ({@code String.split} compiles its pattern on every call, once per name read). */
    private static final Pattern ROLE_WORD_BREAK = Pattern.compile("[\\s()]+");

    /** A role's words in lower case, short titles written out: {@code Wakil Presiden (Wapres)} is {@code wakil presiden wakil presiden}. */
    private static String offices(String role) {
        StringBuilder out = new StringBuilder();
        for (String w : ROLE_WORD_BREAK.split(Words.key(role))) {
            if (!w.isEmpty()) out.append(out.isEmpty() ? "" : " ").append(OFFICES.getOrDefault(w, w));
        }
        return out.toString();
    }

    private static Map<String, String> loadOffices() {
        Map<String, String> map = new HashMap<>();
        for (String[] row : Lexicon.rows(RoleHolders.class, "offices.tsv")) map.put(row[0], row[1]);
        return Map.copyOf(map);
    }
}
