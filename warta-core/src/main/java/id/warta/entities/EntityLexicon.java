package id.warta.entities;

import id.warta.extract.Outlets;
import id.warta.language.Token;
import id.warta.language.Tokenizer;
import id.warta.lexicon.Lexicon;
import id.warta.model.EntityType;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * The vocabularies beside this package: titles and roles ({@code titles.tsv}, and those the
 * tagger's training does not read yet, {@code titles-runtime.tsv}), names
 * written out ({@code aliases.tsv}, and those the training does not read yet, {@code aliases-runtime.tsv}) and country names ({@code places/countries.tsv}),
 * capitals that stand for governments ({@code places/capitals.tsv}), and head words that
 * decide a name's type ({@code heads.tsv}). Loaded once; immutable. The words of things' names, which name no one
 * (products, contests, holidays), are {@link ThingWords}.
 */
final class EntityLexicon {
    static final EntityLexicon INSTANCE = new EntityLexicon();
    /** How many names {@link #listedByName} keeps before forgetting them all at once. */
    private static final int REMEMBERED = 1 << 16;

    enum TitleKind { ROLE, RANK, HONORIFIC }

    /** A listed form of a name and what it stands for ({@code canonical} null: the form itself). */
    record Alias(List<String> words, String canonical, EntityType type, MentionUse use) {
    }

    /** Titles by their lowercased words, joined with spaces. */
    final Map<String, TitleKind> titles = new HashMap<>();
    /** The last word of each title, to rule most words out before joining a title's words to look it up. */
    private final Set<String> titleEnds = new HashSet<>();
    /** The first word of each title, to rule most words out before trying the titles that could open with them. */
    private final Set<String> titleStarts = new HashSet<>();
    /** The longest title, in words. */
    final int longestTitle;
    /** Aliases by their first word (as written). */
    final Map<String, List<Alias>> aliases = new HashMap<>();
    /**
     * {@link #listedExactly}'s answers for names its first word does not rule out: each is cut into words to be
     * compared, the same names come back in article after article, and every stage asks again.
     */
    private final Map<String, Optional<Alias>> listedByName = new ConcurrentHashMap<>();
    /** Capitals by name, to the ISO code of their country. */
    final Map<String, String> capitals = new HashMap<>();
    /** Words that decide the type of a name they open, lowercased. */
    final Map<String, EntityType> heads = new HashMap<>();
    /**
     * Words that decide the type of a name they open, found otherwise, but open no name by themselves ({@code Kodam
     * Jaya}; {@code heads.tsv}, place {@code type}): InstitutionNames would run them over {@code dan} into the next body.
     */
    private final Map<String, EntityType> typeHeads = new HashMap<>();
    /** The word written before a head of two words, by the head's last word ({@code terjun}: {@code air}), lowercased. */
    final Map<String, String> headOpenings = new HashMap<>();
    /** A head's other spelling, by the spelling the news also uses ({@code goa}: {@code gua}), lowercased. */
    final Map<String, String> headSpellings = new HashMap<>();
    /** Words that decide the type of a name they close ({@code Tokyo Commodity Exchange}), lowercased. */
    final Map<String, EntityType> tails = new HashMap<>();
    /** Words that head an English institution's name only before {@code of}/{@code for} ({@code Centre for ...}), lowercased. */
    final Set<String> headsBeforeOf = new HashSet<>();
    /** Words before a body's name naming its building or an organ of it ({@code Kantor}, {@code Dewan Komisioner}), as written. */
    final List<String> bodyPrefixes = new ArrayList<>();
    /** Openings of venues' names that make them places whatever their head word ({@code balai kota}), lowercased. */
    final Set<String> venues = new HashSet<>();
    /** Heads that with a place after them name its institution ({@code Polda}, {@code Parlemen}), lowercased. */
    final Map<String, Institution> institutions = new HashMap<>();

    /** A generic head of an institution named after its place; {@code longForm} is null when the head is written out. */
    record Institution(boolean anyPlace, String longForm) {
    }

    private EntityLexicon() {
        longestTitle = readTitles();
        readListedNames();
        readHeads();
        readVenuesAndPrefixes();
        for (String[] row : Lexicon.rows(EntityLexicon.class, "institutions.tsv")) {
            institutions.put(row[0], new Institution(row[1].equals("any"), row.length > 2 ? row[2] : null));
        }
    }

    /** Reads the titles ({@code titles.tsv}, {@code titles-runtime.tsv}) and their first and last words; the longest title's length. */
    private int readTitles() {
        int longest = 1;
        List<String[]> titleRows = new ArrayList<>(Lexicon.rows(EntityLexicon.class, "titles.tsv"));
        titleRows.addAll(Lexicon.rows(EntityLexicon.class, "titles-runtime.tsv"));
        for (String[] row : titleRows) {
            titles.put(row[0], TitleKind.valueOf(row[1].toUpperCase(Locale.ROOT)));
            longest = Math.max(longest, row[0].split(" ").length);
        }
        for (String title : titles.keySet()) {
            titleEnds.add(title.substring(title.lastIndexOf(' ') + 1));
            titleStarts.add(title.indexOf(' ') < 0 ? title : title.substring(0, title.indexOf(' ')));
        }
        return longest;
    }

    /**
     * Reads the names listed with what they stand for: aliases and the names they write out, countries, news outlets
     * and capitals (with their countries), longest first under each first word.
     */
    private void readListedNames() {
        List<String[]> aliasRows = new ArrayList<>(Lexicon.rows(EntityLexicon.class, "aliases.tsv"));
        aliasRows.addAll(Lexicon.rows(EntityLexicon.class, "aliases-runtime.tsv"));
        for (String[] row : aliasRows) {
            List<String> words = words(row[0]);
            aliases.computeIfAbsent(words.getFirst(), k -> new ArrayList<>())
                    .add(new Alias(words, row[1], EntityType.valueOf(row[2]), MentionUse.of(row[3])));
        }
        for (String[] row : aliasRows) { // the names they write out; one of one word is listed as a first word only
            List<String> words = words(row[1]);
            if (words.size() > 1) listName(words, row[1], EntityType.valueOf(row[2]));
            else aliases.computeIfAbsent(words.getFirst(), k -> new ArrayList<>());
        }
        for (String[] row : Lexicon.rows(EntityLexicon.class, "places/countries.tsv")) listName(words(row[1]), row[1], EntityType.PLACE);
        // News outlets are organisations, whatever a tagger makes of a name after "di" (di Kompas.com, di CBC).
        for (String form : Outlets.writtenForms()) listName(words(form), null, EntityType.ORGANIZATION);
        for (String[] row : Lexicon.rows(EntityLexicon.class, "places/capitals.tsv")) {
            capitals.put(row[0], row[1]);
            listName(words(row[0]), null, EntityType.PLACE);
        }
        aliases.values().forEach(list -> list.sort((a, b) -> b.words().size() - a.words().size()));
    }

    /** Lists {@code words} as a name standing for {@code canonical}, unless they are listed already. */
    private void listName(List<String> words, String canonical, EntityType type) {
        List<Alias> same = aliases.computeIfAbsent(words.getFirst(), k -> new ArrayList<>());
        if (same.stream().noneMatch(a -> a.words().equals(words))) same.add(new Alias(words, canonical, type, MentionUse.NAME));
    }

    /** Reads the openings of venues' names and the words before a body's name naming its building or an organ of it. */
    private void readVenuesAndPrefixes() {
        for (String[] row : Lexicon.rows(EntityLexicon.class, "venues.tsv")) venues.add(row[0]);
        for (String[] row : Lexicon.rows(EntityLexicon.class, "body-prefixes.tsv")) bodyPrefixes.add(row[0] + " ");
    }

    /** Reads the words that decide a name's type where they stand in it ({@code heads.tsv}). */
    private void readHeads() {
        for (String[] row : Lexicon.rows(EntityLexicon.class, "heads.tsv")) {
            String where = row.length > 2 ? row[2] : "first";
            if (row.length > 3) headSpellings.put(row[0], row[3]);
            int space = row[0].lastIndexOf(' ');
            if (space > 0 && where.equals("first")) { // "air terjun": the last word is the head, the words before open it
                headOpenings.put(row[0].substring(space + 1), row[0].substring(0, space));
                heads.put(row[0].substring(space + 1), EntityType.valueOf(row[1]));
                continue;
            }
            switch (where) {
                case "first" -> heads.put(row[0], EntityType.valueOf(row[1]));
                case "last" -> tails.put(row[0], EntityType.valueOf(row[1]));
                case "of" -> headsBeforeOf.add(row[0]);
                case "type" -> typeHeads.put(row[0], EntityType.valueOf(row[1]));
                default -> throw new IllegalStateException("heads.tsv: unknown place " + where + " for " + row[0]);
            }
        }
    }

    /** Whether {@code name} has two words or more, the first an organisation's head ({@code Bank Mandiri}). */
    boolean opensWithOrganisationHead(String name) {
        int space = name.indexOf(' ');
        return space > 0 && isOrganisationHead(name.substring(0, space));
    }

    /** Whether {@code name} has two words or more, the last an organisation's tail word ({@code Mandala Sekuritas}). */
    boolean closesWithOrganisationTail(String name) {
        int space = name.lastIndexOf(' ');
        return space > 0 && tails.get(name.substring(space + 1).toLowerCase(Locale.ROOT)) == EntityType.ORGANIZATION;
    }

    /**
     * Whether one word is a title or a head or tail word of a name ({@code Bupati}, {@code Bandara}, {@code Group}): a word
     * that reads as no one's name on its own, as the finders of names in lists and of one-word names ask.
     */
    boolean titleOrHeadWord(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return title(List.of(word)) != null || heads.containsKey(lower) || tails.containsKey(lower);
    }

    /**
     * Where the head at token {@code head} opens: at the word before it when that word begins the head's
     * two-word form ({@code Air} before {@code Terjun}), capitalised as the head is; else at the head.
     */
    int headStart(List<Token> tokens, int head) {
        String opening = headOpenings.get(tokens.get(head).text().toLowerCase(Locale.ROOT));
        if (opening == null || head == 0) return head;
        Token before = tokens.get(head - 1);
        return before.text().equalsIgnoreCase(opening) && before.isCapitalised() == tokens.get(head).isCapitalised() ? head - 1 : head;
    }

    /**
     * The type the head opening a name of {@code words} gives it, its two-word form included ({@code Air Terjun Sewu}), a
     * short head's closing full stop aside ({@code Kab. Supiori}); or null.
     */
    EntityType openingHead(String[] words) {
        if (words.length < 2) return null;
        String first = words[0].toLowerCase(Locale.ROOT);
        if (first.length() > 2 && first.endsWith(".")) first = first.substring(0, first.length() - 1); // "Kab. Supiori", "Jl. Ahmad Yani"
        String second = words[1].toLowerCase(Locale.ROOT);
        if (words.length > 2 && first.equals(headOpenings.get(second))) return heads.get(second);
        EntityType head = heads.get(first);
        return head != null ? head : typeHeads.get(first);
    }

    /** Whether {@code word}, in any case, is a head word that makes a name it opens an organisation's ({@code Bank}, {@code Kementerian}; {@code heads.tsv}). */
    boolean isOrganisationHead(String word) {
        return heads.get(word.toLowerCase(Locale.ROOT)) == EntityType.ORGANIZATION;
    }

    /** Whether the lists know {@code word} alone as an organisation ({@code KONI}, {@code Golkar}). */
    boolean namesBodyAlone(String word) {
        List<Alias> listed = aliases.get(word);
        return listed != null && listed.stream().anyMatch(a -> a.words().size() == 1 && a.type() == EntityType.ORGANIZATION);
    }

    /** Whether {@code c} is one of the blanks {@code \s} matches: ASCII's only (not NBSP, not U+2009, which strip takes). */
    static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /**
     * The listed alias written exactly as {@code surface}, or null; a name in capitals longer than four
     * letters (a dateline's {@code JATENG}) is also looked up in title case.
     */
    Alias listed(String surface) {
        Alias exact = listedExactly(surface);
        if (exact != null || !shouted(surface) || surface.length() <= 4) return exact;
        return listedExactly(titleCase(surface));
    }

    /** The listed alias whose words are {@code surface}'s, as the tokenizer cuts them, or null. */
    Alias listedExactly(String surface) {
        String first = plainFirstWord(surface); // most names are no listed one: rule them out without cutting them
        if (first != null && !aliases.containsKey(first)) return null;
        Optional<Alias> listed = listedByName.get(surface);
        if (listed == null) {
            listed = Optional.ofNullable(aliasOf(words(surface)));
            if (listedByName.size() >= REMEMBERED) listedByName.clear();
            listedByName.put(surface, listed);
        }
        return listed.orElse(null);
    }

    /** The listed alias made of {@code words}, or null. */
    private Alias aliasOf(List<String> words) {
        for (Alias a : aliases.getOrDefault(words.getFirst(), List.of())) {
            if (a.words().equals(words)) return a;
        }
        return null;
    }

    /** Whether {@code name} is listed, exactly as written, as an organisation's. */
    boolean listsBody(String name) {
        Alias listed = listedExactly(name);
        return listed != null && listed.type() == EntityType.ORGANIZATION;
    }

    /**
     * The letters {@code name} opens with when a space or its end follows them ({@code Komisi} in {@code Komisi
     * Yudisial}), else null: the tokenizer keeps such a run whole as the first word, so it is the word an alias
     * of the name must open with.
     */
    static String plainFirstWord(String name) {
        int end = 0;
        while (end < name.length() && Character.isLetter(name.charAt(end))) end++;
        return end > 0 && (end == name.length() || name.charAt(end) == ' ') ? name.substring(0, end) : null;
    }

    /**
     * Whether {@code s} is written in capitals ({@code JAKARTA}, a dateline's): unchanged in upper case, changed in
     * lower case. ASCII is read by a scan (no small letter, a capital), the rest as the JDK cases it ({@code İ}, {@code ß}):
     * most names are ASCII and are not copied twice.
     */
    static boolean shouted(String s) {
        boolean capital = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 128) return s.equals(s.toUpperCase(Locale.ROOT)) && !s.equals(s.toLowerCase(Locale.ROOT));
            if (c >= 'a' && c <= 'z') return false;
            capital |= c >= 'A' && c <= 'Z';
        }
        return capital;
    }

    /** {@code s} with each word's first letter kept and the others in lower case ({@code SOLO} → {@code Solo}). */
    static String titleCase(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean start = true;
        for (char c : s.toCharArray()) {
            b.append(start ? c : Character.toLowerCase(c));
            start = !Character.isLetter(c);
        }
        return b.toString();
    }

    /** A listed name's words as the tokenizer cuts them ({@code Educational ,} in UNESCO's name written out). */
    static List<String> words(String name) {
        return Tokenizer.tokenize(name).stream().map(Token::text).toList();
    }

    /** Whether a title may end with {@code word} (read as {@link #title} reads it): when not, no title ends there. */
    boolean mayEndTitle(String word) {
        String w = titleWord(word);
        return w.indexOf(' ') >= 0 || titleEnds.contains(w); // a word holding a space is several of a key's: never ruled out
    }

    /** Whether a title may open with {@code word} (read as {@link #title} reads it): when not, no title opens there. */
    boolean mayStartTitle(String word) {
        String w = titleWord(word);
        return w.indexOf(' ') >= 0 || titleStarts.contains(w); // as in mayEndTitle
    }

    /** {@code word} as {@link #title} reads it: without a period closing it, in lower case. */
    private static String titleWord(String word) {
        return (word.endsWith(".") && word.length() > 1 ? word.substring(0, word.length() - 1) : word).toLowerCase(Locale.ROOT);
    }

    /** The title made of {@code words} (any case, with or without a period: {@code Dr.}), or null. */
    TitleKind title(List<String> words) {
        // asked of every name found: most open with no title's first word, and are not joined to be looked up
        if (!words.isEmpty() && !mayStartTitle(words.getFirst())) return null;
        StringBuilder b = new StringBuilder();
        for (String w : words) {
            if (!b.isEmpty()) b.append(' ');
            b.append(w.endsWith(".") && w.length() > 1 ? w.substring(0, w.length() - 1) : w);
        }
        return titles.get(b.toString().toLowerCase(Locale.ROOT));
    }

    /** The number of tokens of the longest title opening at token {@code first} ({@code Brigadir Jenderal}), or 0. */
    int titleLengthAt(List<Token> tokens, int first) {
        return titleLength(texts(tokens), first, tokens.size(), kind -> true);
    }

    /**
     * The number of words of the longest title of a kind {@code wanted} takes opening at word {@code first} of
     * {@code words} and ending by word {@code limit} (exclusive), or 0.
     */
    int titleLength(List<String> words, int first, int limit, Predicate<TitleKind> wanted) {
        if (first >= limit || !mayStartTitle(words.get(first))) return 0; // most words open no title
        for (int k = Math.min(longestTitle, limit - first); k >= 1; k--) {
            TitleKind kind = title(words.subList(first, first + k));
            if (kind != null && wanted.test(kind)) return k;
        }
        return 0;
    }

    /** The texts of {@code tokens}, a view: no copy for every token a title is looked for at. */
    static List<String> texts(List<Token> tokens) {
        return new AbstractList<>() {
            @Override
            public String get(int i) {
                return tokens.get(i).text();
            }

            @Override
            public int size() {
                return tokens.size();
            }
        };
    }

    /** Whether a title ends with token {@code last} ({@code Direktur Utama} before {@code Bank BJB}). */
    boolean titleEndsAt(List<Token> tokens, int last) {
        if (!mayEndTitle(tokens.get(last).text())) return false;
        List<String> texts = texts(tokens);
        for (int k = 1; k <= Math.min(longestTitle, last + 1); k++) {
            // title() turns away words no title opens with: no word list is made for them
            if (mayStartTitle(texts.get(last + 1 - k)) && title(texts.subList(last + 1 - k, last + 1)) != null) return true;
        }
        return false;
    }

}
