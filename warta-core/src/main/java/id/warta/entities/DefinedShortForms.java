package id.warta.entities;

import id.warta.entities.ner.NerModel;
import id.warta.entities.places.Places;
import id.warta.model.EntityType;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The short forms an article defines for the names it found: an abbreviation or a nickname in brackets after a name
 * ({@code Russia Today (RT)}, {@code Ahmad Heryawan (Aher)}), a listed company's stock code, the name a person is
 * called by ({@code akrab disapa}), an alias, a nickname after a form of address in brackets ({@code (Gus Ipul)}) and a
 * form of address; each to the name it stands for.
 */
final class DefinedShortForms {
    /**
     * A body's short form of two to four words in brackets after its name: {@code Direktorat Jenderal Perhubungan Udara
     * (Ditjen Hubud)}, {@code Panitia Seleksi Calon Pimpinan KPK (Pansel KPK)}, {@code Ditjen Binapenta dan PKK}.
     */
    private static final Pattern DEFINED_WORDS = Pattern.compile(
            "\\s?\\(\\s?(\\p{Lu}[\\p{L}\\p{N}&.\\-]*(?: (?:dan|&|[\\p{Lu}\\p{N}][\\p{L}\\p{N}&.\\-]*)){1,3})\\s?\\)");
    /** How a listed company's stock code ({@link StockCodes#LETTERS} capitals) follows its name. */
    private static final String TICKER_JOINER = " atau ";

    private final NerModel model;
    private final Places places;
    private final EntityLexicon lexicon = EntityLexicon.INSTANCE;

    DefinedShortForms(NerModel model, Places places) {
        this.model = model;
        this.places = places;
    }

    /**
     * Abbreviations the article defines in brackets after a name; a listed one keeps its listed meaning.
     * A person's are the initials of the name's words ({@code Ridwan Kamil (RK)}, the way news names
     * suspects and officials once introduced). A body's may run over a few words ({@link #DEFINED_WORDS}),
     * which then name the body wherever the article writes them so.
     */
    Map<String, Found> in(String text, List<Found> found) {
        Map<String, Found> defined = new HashMap<>();
        Matcher m = AbbreviatedNames.DEFINED.matcher(text);
        Matcher words = DEFINED_WORDS.matcher(text);
        for (Found f : found) {
            String ticker = tickerAfter(text, f);
            if (ticker != null && !lexicon.aliases.containsKey(ticker)) defined.putIfAbsent(ticker, f);
            if (f.type() == EntityType.ORGANIZATION && Canonicalizer.startsAt(words, f.end(), text.length())
                    && lexicon.listed(words.group(1)) == null && abbreviates(words.group(1), f.textIn(text))) {
                defined.putIfAbsent(words.group(1), f);
            }
            if (!Canonicalizer.startsAt(m, f.end(), text.length())) continue;
            String abbreviation = m.group(1);
            String name = f.textIn(text);
            boolean redefined = f.type() == EntityType.ORGANIZATION && RedefinedShortForms.redefines(abbreviation, name, lexicon);
            if (lexicon.aliases.containsKey(abbreviation) && !redefined || !(f.type() == EntityType.PERSON
                    ? Initials.ofName(abbreviation, name) || nickname(abbreviation, name)
                    : abbreviates(abbreviation, name) || brandOfFirm(abbreviation, name))) {
                continue;
            }
            defined.putIfAbsent(abbreviation, f);
        }
        calledBy(text, found, defined);
        AliasNames.define(text, found, defined); // "Yusuf alias Ucok"
        BracketedNicknames.define(text, found, defined, lexicon); // "Saifullah Yusuf (Gus Ipul)"
        AddressedInitials.define(text, found, defined, lexicon.aliases.keySet()); // "pak BG" after "Budi Gunawan"
        return defined;
    }

    /**
     * {@code Hardiyanto Kenneth ... Pria yang akrab disapa Bang Kent itu}, {@code ... Bang Kent sapaan akrabnya}: the name
     * a person goes by ({@link Nicknames}), when the tagger found it, is another name of the person the article named
     * last before it (within {@value Nicknames#REACH} characters), as a nickname in brackets is, whatever type the
     * tagger gave it. A form of address the tagger took in ({@code Bang Hendro}) leaves the last word a name of the
     * person too, unless news writes it in lower case ({@code Kang Haji}). Added to {@code defined}.
     */
    private void calledBy(String text, List<Found> found, Map<String, Found> defined) {
        List<Nicknames.Given> given = Nicknames.in(text);
        Found last = null;
        Map<String, Found> lastAtFirstUse = new HashMap<>(); // each name, to the person named last before its first use
        for (Found f : found) {
            String name = f.textIn(text);
            boolean opens = Nicknames.opensAt(given, text, f.start());
            boolean back = !opens && Nicknames.calledBackAt(text, f.end());
            Found to = last != null && f.start() - last.end() <= Nicknames.REACH ? last : null;
            if (!lastAtFirstUse.containsKey(name)) lastAtFirstUse.put(name, to);
            if (back) { // "Kiki ... kalah dari Park. Kiki, sapaan karibnya": the one named before the name's first use
                to = lastAtFirstUse.get(name);
                // "... kata Widjanarko ... Firman ... lanjut Widjar, sapaan akrabnya": the name it shortens wins
                Found alike = personOpeningAlike(text, found, f, name);
                if (alike != null) to = alike;
                else if (to != null && Nicknames.notFromName(name, to.textIn(text))) to = null; // "Jojo" after an opponent
            }
            if ((opens || back) && to != null && !name.equals(to.textIn(text))) {
                defined.putIfAbsent(name, to);
                String lastWord = name.substring(name.lastIndexOf(' ') + 1);
                if (!lastWord.equals(name) && !model.commonInLowerCase(lastWord) && lexicon.title(List.of(lastWord)) == null) {
                    defined.putIfAbsent(lastWord, to);
                }
                continue; // the person stays the last one named
            }
            if (f.type() == EntityType.PERSON) last = f;
        }
    }

    /**
     * Letters a nickname shares with the opening of a word of the name it shortens ({@code Widjar}, {@code Widjanarko});
     * a doubled syllable's own ({@code Jojo}, {@code Jonatan}; {@link Nicknames#doubledSyllable}).
     */
    private static final int NICKNAME_OPENING = 3;

    /** The last person found before {@code nick} one of whose words opens with the nickname's first letters, or null. */
    private static Found personOpeningAlike(String text, List<Found> found, Found nick, String name) {
        String nickWord = name.substring(name.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        if (nickWord.length() < NICKNAME_OPENING) return null;
        String doubled = Nicknames.doubledSyllable(name); // "Jojo" for Jonatan: only that syllable's letters are shared
        String opening = doubled != null ? doubled : nickWord.substring(0, NICKNAME_OPENING);
        Found alike = null;
        for (Found g : found) {
            if (g.end() > nick.start()) break;
            if (g.type() != EntityType.PERSON) continue;
            for (String w : g.textIn(text).toLowerCase(Locale.ROOT).split(" ")) {
                if (w.startsWith(opening) && !w.equals(nickWord)) alike = g;
            }
        }
        return alike;
    }

    /**
     * The stock code a listed company is named by right after its name, {@code PT Bank Mandiri (Persero) Tbk
     * atau BMRI} (four capitals, as the Indonesia Stock Exchange writes them), or null.
     */
    private static String tickerAfter(String text, Found f) {
        int at = f.end() + TICKER_JOINER.length();
        if (f.type() != EntityType.ORGANIZATION || !text.startsWith(TICKER_JOINER, f.end()) || at + StockCodes.LETTERS > text.length()
                || at + StockCodes.LETTERS < text.length() && Character.isLetterOrDigit(text.charAt(at + StockCodes.LETTERS))
                || !text.startsWith("Tbk", f.end() - 3) && !text.startsWith("Tbk.", f.end() - 4)) {
            return null;
        }
        String ticker = text.substring(at, at + StockCodes.LETTERS);
        return Initials.writtenInAscii(ticker) ? ticker : null;
    }

    /** The shortest nickname a person's name is given in brackets. */
    private static final int SHORTEST_NICKNAME = 3;

    /**
     * Whether {@code nick} is a nickname made of the letters of a person's name of two or more words, in order and
     * from its first letter on, as Indonesian news gives them ({@code Ahmad Heryawan (Aher)}, {@code Bambang Soesatyo
     * (Bamsoet)}): written in lower case after its capital, so neither initials nor a body's abbreviation.
     */
    private boolean nickname(String nick, String name) {
        if (nick.length() < SHORTEST_NICKNAME || name.indexOf(' ') < 0 || !Character.isLowerCase(nick.charAt(1))
                || Character.toLowerCase(nick.charAt(0)) != Character.toLowerCase(name.charAt(0))
                || places.namesTownOrLarger(nick)) {
            return false;
        }
        String letters = name.toLowerCase(Locale.ROOT);
        int at = 0;
        for (int i = 0; i < nick.length(); i++) {
            at = letters.indexOf(Character.toLowerCase(nick.charAt(i)), at);
            if (at < 0) return false;
            at++;
        }
        return true;
    }

    /**
     * Whether {@code abbreviation} reads as an abbreviation of {@code name}: mostly capitals
     * ({@code RT}, {@code BPH Migas}) or a syllable acronym starting as the name does
     * ({@code Bapanas} for Badan Pangan Nasional).
     */
    private static boolean abbreviates(String abbreviation, String name) {
        if (abbreviation.length() >= name.length()) return false;
        // a legal form opening the name ("PT. Rekayasa Industri (Rekind)", "Perum X") is no letter of its short name
        String bare = LegalForms.opens(name) ? LegalForms.withoutOpening(name) : name.startsWith("The ") ? name.substring(4) : name;
        return upperShare(abbreviation) >= 0.5
                || Character.toLowerCase(abbreviation.charAt(0)) == Character.toLowerCase(bare.charAt(0));
    }

    /**
     * Whether {@code word} in brackets after a firm's legal name ({@code PT ...}, {@code ... Tbk}) is the brand the
     * firm trades under ({@code PT Global Digital Niaga Tbk (Blibli)}): one capitalised word, not a legal form and no
     * town, which need not share a letter with the legal name.
     */
    private boolean brandOfFirm(String word, String name) {
        return (LegalForms.opens(name) || name.endsWith(" Tbk")) && word.length() >= SHORTEST_NICKNAME
                && Character.isUpperCase(word.charAt(0)) && word.chars().allMatch(Character::isLetter)
                && !LegalForms.isBracketed(word) && !places.namesTownOrLarger(word);
    }

    private static double upperShare(String s) {
        long upper = s.chars().filter(Character::isUpperCase).count();
        long letters = s.chars().filter(Character::isLetter).count();
        return letters == 0 ? 0 : (double) upper / letters;
    }
}
