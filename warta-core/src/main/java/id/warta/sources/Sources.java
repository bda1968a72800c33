package id.warta.sources;

import id.warta.dates.MonthsAndYears;
import id.warta.dates.Weekdays;
import id.warta.lexicon.Lexicon;
import id.warta.extract.Outlets;
import id.warta.model.Citation;
import id.warta.model.Document;
import id.warta.model.Quote;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The chain of sources a story came through, ordered from the original to this outlet:
 * {@code Dalam laporan Bloomberg yang dikutip Russia Today (RT)} on diswayprobolinggo.id gives
 * Bloomberg (origin) → Russia Today (relay) → diswayprobolinggo.id (publisher). Agencies credited
 * for the text ({@code (ANTARA)}, {@code Sumber: Anadolu}) come as {@code agency}; unnamed
 * sources ({@code seorang sumber anonim}) follow the chain as {@code anonymous}. The citation
 * phrases are data ({@code citations.tsv}).
 */
public final class Sources {
    public static final String ORIGIN = "origin", RELAY = "relay", PUBLISHER = "publisher", AGENCY = "agency",
            ANONYMOUS = "anonymous";

    /** A cited name: one capitalised or camel-cased word, or a domain, then up to four more capitalised words. */
    private static final String WORD = "(?:\\p{Lu}[\\p{L}\\d&'’-]*|[a-z]+\\p{Lu}[\\p{L}\\d]*)(?:\\.(?:com|co\\.id|id|net|org|tv|co))?";
    private static final String NAME = "(?<NAME>" + WORD + "(?:[ \\u00A0]+" + WORD + "){0,4})(?:\\s*\\((?<ALIASNAME>[^()\\s]{1,12})\\))?";

    /** Words of the credit lines that follow an article's last sentence, never of a cited name. */
    private static final Set<String> CREDIT_WORDS = Set.of("Pewarta", "Editor", "Penerjemah", "Penulis", "Reporter",
            "Copyright", "Baca", "Simak", "Sumber", "Foto");
    private static final Map<String, List<String>> RULES = load();
    private static final Map<String, Set<String>> TRIGGERS = triggers();
    /** The trigger words by length, so a word of the text is compared without copying it. */
    private static final List<String>[] TRIGGERS_BY_LENGTH = Lexicon.byLength(TRIGGERS.keySet());
    /** The first two letters of the trigger words, as one number each: a word opening otherwise is no trigger. */
    private static final Set<Integer> TRIGGER_OPENINGS = TRIGGERS.keySet().stream().map(w -> opening(w, 0))
            .collect(Collectors.toSet());
    private static final Pattern CITE = Pattern.compile("(?iu:" + String.join("|", RULES.get("cite")) + ")"
            + name("") + "(?:(?iu:" + String.join("|", RULES.get("relayed")) + ")" + name("2")
            + "|(?iu:" + String.join("|", RULES.get("via")) + ")" + name("3") + ")?");
    private static final Pattern REPUBLISHED = Pattern.compile("(?iu:" + String.join("|", RULES.get("republished")) + ")" + name(""));
    private static final Pattern CREDIT = Pattern.compile("(?iu:" + String.join("|", RULES.get("credit")) + ")" + name(""));
    private static final Pattern UNNAMED = Pattern.compile("(?iu)\\b(?:" + String.join("|", RULES.get("anonymous")) + ")");
    private static final Pattern AGENCY_CREDIT = Pattern.compile("\\(\\s*(?<NAME>" + agencies() + ")\\s*(?:/[^)]{0,30})?\\)(?<DASH>\\s*[-–—])?");

    private Sources() {
    }

    /** The chain for {@code doc}; {@code quotes} let a quoted outlet count as a source ({@code tulis Bloomberg}). */
    public static List<Citation> find(Document doc, List<Quote> quotes) {
        String text = doc.text();
        Chain chain = new Chain(personsQuoted(quotes));
        List<Citation> anonymous = new ArrayList<>();
        String publisher = publisher(doc);
        Matcher cite = matcher(CITE, text), republished = matcher(REPUBLISHED, text), credit = matcher(CREDIT, text),
                unnamed = matcher(UNNAMED, text), agency = matcher(AGENCY_CREDIT, text);
        int anonymousEnd = 0;
        wireDateline(doc, publisher, chain);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' && lookingAt(agency, i, text)) {
                if (publisher == null && agency.group("DASH") != null) { // "Jakarta (ANTARA) -": this outlet's own dateline
                    publisher = Outlets.find(agency.group("NAME").strip()).map(Outlets.Outlet::site).orElse(null);
                } else {
                    chain.addKnown(agency, AGENCY);
                }
                continue;
            }
            if (!isLetter(c) || i > 0 && isLetter(text.charAt(i - 1))) continue;
            int e = i;
            while (e < text.length() && isLetter(text.charAt(e))) e++;
            Set<String> kinds = trigger(text, i, e);
            if (kinds.contains("cite") && lookingAt(cite, i, text)) cited(cite, chain);
            if (kinds.contains("republished") && lookingAt(republished, i, text)) chain.add(republished, "", ORIGIN);
            if (kinds.contains("credit") && lookingAt(credit, i, text)) chain.addKnown(credit, AGENCY);
            if (kinds.contains("anonymous") && i >= anonymousEnd && lookingAt(unnamed, i, text)) {
                anonymous.add(new Citation(unnamed.group().strip(), ANONYMOUS, unnamed.start(), unnamed.end()));
                anonymousEnd = unnamed.end();
            }
            i = e - 1;
        }
        for (Quote q : quotes) {
            String speaker = q.speaker().name();
            if (speaker != null && Outlets.find(speaker).isPresent()) {
                chain.put(Outlets.find(speaker).get().name(), ORIGIN, q.speaker().start(), q.speaker().end());
            }
        }
        footerCredit(doc, chain);
        List<Citation> out = chain.ordered(publisher);
        out.addAll(anonymous);
        return out;
    }

    /** The two letters at {@code i} (and {@code i + 1}), in lower case, as one number. */
    private static int opening(String s, int i) {
        return Character.toLowerCase(s.charAt(i)) << 16 | Character.toLowerCase(s.charAt(i + 1));
    }

    private static boolean isLetter(char c) {
        return c < 128 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' || c >= '0' && c <= '9' : Character.isLetterOrDigit(c);
    }

    /** The kinds of citation that may start at the word {@code text[start, end)}. */
    private static Set<String> trigger(String text, int start, int end) {
        if (end - start >= TRIGGERS_BY_LENGTH.length) return Set.of();
        List<String> sameLength = TRIGGERS_BY_LENGTH[end - start];
        if (sameLength == null || !TRIGGER_OPENINGS.contains(opening(text, start))) return Set.of();
        for (String w : sameLength) if (text.regionMatches(true, start, w, 0, w.length())) return TRIGGERS.get(w);
        return Set.of();
    }

    /** A wire's dateline on another outlet's page ({@code Tokyo (AFP) -}) credits the wire. */
    private static void wireDateline(Document doc, String publisher, Chain chain) {
        if (doc.dateline() != null && doc.dateline().outlet() != null) {
            Optional<Outlets.Outlet> wire = Outlets.find(doc.dateline().outlet());
            if (wire.isPresent() && wire.get().kind().equals(AGENCY) && !wire.get().site().equals(publisher)) {
                chain.put(wire.get().name(), AGENCY, -1, -1);
            }
        }
    }

    /**
     * The source the footer credits ({@code Sumber:}, {@code Artikel ini telah tayang di}): an agency,
     * or the medium the story was taken from, which carried the citations the text makes (a relay
     * after them) or is itself the origin.
     */
    private static void footerCredit(Document doc, Chain chain) {
        String footer = doc.credits() == null ? null : doc.credits().source();
        if (footer == null || footer.isBlank()) return;
        Optional<Outlets.Outlet> known = Outlets.find(footer.strip());
        String role = known.isPresent() && known.get().kind().equals(AGENCY) ? AGENCY : chain.hasLinks() ? RELAY : ORIGIN;
        chain.put(known.map(Outlets.Outlet::name).orElse(footer.strip()), role, -1, -1);
    }

    /** {@code dikutip dari X}; {@code laporan X yang dikutip Y}: X origin, Y relay; {@code dikutip Y dari X}: the same. */
    private static void cited(Matcher m, Chain chain) {
        if (m.group("NAME3") != null) {
            chain.add(m, "3", ORIGIN);
            chain.add(m, "", RELAY);
        } else {
            chain.add(m, "", ORIGIN);
            if (m.group("NAME2") != null) chain.add(m, "2", RELAY);
        }
    }

    private static Matcher matcher(Pattern p, String text) {
        return p.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    }

    /** Whether {@code m} matches from {@code at} on (its lookbehinds still seeing the text before). */
    private static boolean lookingAt(Matcher m, int at, String text) {
        return m.region(at, text.length()).lookingAt();
    }

    /**
     * This outlet, by its web site: the known site of the outlet the dateline names
     * ({@code KOMPAS.com} on {@code kmp.im} is kompas.com), else the site of the article's address
     * (its registered domain when known: {@code sport.detik.com} is detik.com), else the outlet's name.
     */
    private static String publisher(Document doc) {
        Optional<Outlets.Outlet> named = Optional.ofNullable(doc.outlet()).flatMap(Outlets::find);
        String fromAddress = doc.url() == null || doc.site() == null || doc.site().isBlank() ? null : registered(doc.site());
        // a wire's dateline ("Tokyo (AFP) -") on another outlet's page credits the wire; the page is the publisher's
        boolean wireElsewhere = named.isPresent() && named.get().kind().equals(AGENCY) && fromAddress != null
                && !fromAddress.equals(named.get().site());
        if (named.isPresent() && !wireElsewhere) return named.get().site();
        if (fromAddress != null) return fromAddress;
        String site = doc.site();
        if (site != null && !site.isBlank()) return registered(site);
        return doc.outlet() == null || doc.outlet().isBlank() ? null : Outlets.site(doc.outlet()).orElse(doc.outlet());
    }

    /** The known outlet's site a host belongs to ({@code sport.detik.com} is detik.com), or the host. */
    private static String registered(String site) {
        String[] labels = site.split("\\.");
        for (int i = 0; i < labels.length - 1; i++) {
            String domain = String.join(".", java.util.Arrays.copyOfRange(labels, i, labels.length));
            Optional<Outlets.Outlet> known = Outlets.find(domain);
            if (known.isPresent()) return known.get().site();
        }
        return site;
    }

    /** Compiled once: {@code String.split} compiles its pattern on every call, once per quote here. */
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private static Set<String> personsQuoted(List<Quote> quotes) {
        Set<String> persons = new HashSet<>();
        for (Quote q : quotes) {
            if (q.speaker().name() != null && Outlets.find(q.speaker().name()).isEmpty()) {
                for (String w : WHITESPACE.split(q.speaker().name())) persons.add(w.toLowerCase(Locale.ROOT));
            }
        }
        return persons;
    }

    /** The sources met so far, each once, with its role and first span. */
    private static final class Chain {
        private record Link(String name, String role, int start, int end) {
        }

        private final Map<String, Link> links = new LinkedHashMap<>();
        private final Set<String> persons;

        Chain(Set<String> persons) {
            this.persons = persons;
        }

        /** A name matched in group {@code NAME<i>}: a known outlet, a web site, or a name that is not a quoted person's. */
        void add(Matcher m, String i, String role) {
            String raw = trim(m.group("NAME" + i));
            if (raw.isEmpty()) return;
            int start = m.start("NAME" + i), end = start + raw.length();
            String alias = m.group("ALIASNAME" + i);
            Optional<Outlets.Outlet> known = Outlets.find(raw).or(() -> Optional.ofNullable(alias).flatMap(Outlets::find));
            if (known.isEmpty() && java.util.Arrays.stream(raw.split("\\s+"))
                    .anyMatch(w -> persons.contains(w.toLowerCase(Locale.ROOT)))) return; // a person quoted, not a medium
            if (alias != null && end == m.start("NAME" + i) + raw.length() && raw.equals(m.group("NAME" + i))) {
                end = m.end("ALIASNAME" + i) + 1;
            }
            put(known.map(Outlets.Outlet::name).orElse(raw), role, start, end);
        }

        boolean hasLinks() {
            return !links.isEmpty();
        }

        /** Only a known outlet: credits name agencies, not anything capitalised. */
        void addKnown(Matcher m, String role) {
            String raw = trim(m.group("NAME"));
            Outlets.find(raw).ifPresent(o -> put(o.name(), role, m.start("NAME"), m.start("NAME") + raw.length()));
        }

        void put(String name, String role, int start, int end) {
            String key = name.toLowerCase(Locale.ROOT);
            Link was = links.get(key);
            if (was == null || was.role().equals(ORIGIN) && role.equals(RELAY)) {
                links.put(key, new Link(name, role, was == null ? start : was.start(), was == null ? end : was.end()));
            }
        }

        /** Origins and agencies in text order, then relays, then the publisher. */
        List<Citation> ordered(String publisher) {
            List<Citation> out = new ArrayList<>();
            for (Link l : links.values()) if (!l.role().equals(RELAY)) out.add(citation(l));
            for (Link l : links.values()) if (l.role().equals(RELAY)) out.add(citation(l));
            if (publisher != null) {
                String pub = Outlets.find(publisher).map(Outlets.Outlet::name).orElse(publisher).toLowerCase(Locale.ROOT);
                out.removeIf(c -> c.name().toLowerCase(Locale.ROOT).equals(pub) || c.name().equalsIgnoreCase(publisher));
                out.add(new Citation(publisher, PUBLISHER, -1, -1));
            }
            return out;
        }

        private static Citation citation(Link l) {
            return new Citation(l.name(), l.role(), l.start(), l.end());
        }
    }

    /** Drops trailing weekdays and months ({@code Bloomberg, Kamis} is never one name; {@code BBC Jumat} may be). */
    private static String trim(String name) {
        String[] words = name.strip().split("[ \\u00A0]+");
        int n = 0;
        while (n < words.length && !CREDIT_WORDS.contains(words[n])) n++; // "LHKPN Pewarta ...": a credit line follows
        while (n > 0 && (MonthsAndYears.isName(words[n - 1]) || Weekdays.isName(words[n - 1]))) n--;
        return String.join(" ", java.util.Arrays.copyOf(words, n));
    }

    private static String name(String i) {
        return NAME.replace("<NAME>", "<NAME" + i + ">").replace("<ALIASNAME>", "<ALIASNAME" + i + ">");
    }

    private static String agencies() {
        return Outlets.spellings().entrySet().stream().filter(e -> e.getValue().kind().equals(AGENCY))
                .map(e -> e.getKey()).filter(k -> !k.contains(".")).sorted((a, b) -> b.length() - a.length())
                .map(k -> "(?i:" + Pattern.quote(k) + ")").collect(Collectors.joining("|"));
    }

    private static Map<String, List<String>> load() {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (String[] row : Lexicon.rows(Sources.class, "citations.tsv")) {
            map.computeIfAbsent(row[0], k -> new ArrayList<>()).add(row[1]);
        }
        return map;
    }

    /** For each word a match may start with, the kinds of citation that may start there. */
    private static Map<String, Set<String>> triggers() {
        Map<String, Set<String>> map = new HashMap<>();
        for (String[] row : Lexicon.rows(Sources.class, "citations.tsv")) {
            for (String word : row[2].split(" ")) {
                if (!word.equals("-")) map.computeIfAbsent(word, k -> new HashSet<>()).add(row[0]);
            }
        }
        return Map.copyOf(map);
    }
}
