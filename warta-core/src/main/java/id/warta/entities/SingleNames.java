package id.warta.entities;

import id.warta.entities.ner.NerModel;
import id.warta.entities.places.Places;
import id.warta.language.SpeechCue;
import id.warta.language.Token;
import id.warta.lexicon.Lexicon;
import id.warta.model.EntityType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * People named by one word only ({@code Kusnendar}, {@code Madiasmo}, {@code Puspayoga}), whom a
 * tagger that learnt names of two words and more mostly leaves out. A capitalised word that no
 * found name covers, that news does not write in lower case and that is no title, listed name,
 * head word or place, is a person where only a person stands: after a verb of saying that
 * follows a quote ({@code ...," kata Kusnendar}), after a role ending right before it
 * ({@code Wakil Menteri Keuangan Madiasmo,}; {@code Vice President Gas Domestik Pertamina,
 * Kusnendar menuturkan}), opening a sentence before a verb of saying ({@code Lia menjelaskan}), or alone (no
 * capitalised word before it) before a relative's word set off by a comma ({@code Warsiti, adik korban, ...}, {@code
 * disampaikan oleh Cipta, adik korban}; {@code relatives.tsv}), where inside a sentence even a word news also writes in
 * lower case is a name; and before an age in brackets ({@code Musdalifah (50), yang juga ...}), a word news does not
 * write in lower case (not {@code Ayat (2)}).
 * The verbs are the ones the quotes layer reads ({@link SpeechCue}).
 */
final class SingleNames {
    private static final int SHORTEST_NAME = 3;
    /** One character each: a longer token is none of them. */
    private static final Set<String> CLOSING = Set.of("\"", "”", "“", "'", "’", ",");
    /** A relative's or companion's word in apposition after a name ({@code adik}, {@code istri}; {@code relatives.tsv}). */
    private static final Set<String> RELATIVES = Set.copyOf(Lexicon.lines(SingleNames.class, "relatives.tsv"));
    /** Words after {@code anak} that make it a firm's subsidiary ({@code Sentosa, anak usaha Grup X}), no relative. */
    private static final Set<String> SUBSIDIARY = Set.of("usaha", "perusahaan");

    /** Verbs that follow a quote before its speaker ({@code kata}, {@code ujar}), lowercased. */
    private final Set<String> inverted = new HashSet<>();
    /** Verbs of saying whose subject is the speaker ({@code mengatakan}), lowercased. */
    private final Set<String> saying = new HashSet<>();
    private final NerModel model;
    private final Places places;
    private final EntityLexicon lexicon = EntityLexicon.INSTANCE;
    private final Roles roles = new Roles();

    SingleNames(NerModel model, Places places) {
        this.model = model;
        this.places = places;
        SpeechCue.byWord().forEach((cue, kinds) -> {
            if (kinds.contains(SpeechCue.INVERTED)) inverted.add(cue);
            if (kinds.contains(SpeechCue.VERB) || kinds.contains(SpeechCue.REPORT)) saying.add(cue);
        });
    }

    /** The one-word names of people in {@code s} that nothing in {@code taken} covers. */
    List<Found> find(Sentence s, Occupied taken) {
        List<Found> out = new ArrayList<>();
        List<Token> tokens = s.tokens();
        // a headline in capitals or Title Case has no lower-case verb (a list of people with one reads as cased)
        if (tokens.stream().noneMatch(t -> Character.isLowerCase(t.text().charAt(0)))) return out;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String next = i + 1 < tokens.size() ? tokens.get(i + 1).text() : null;
            // the closing mark first: lowercasing every word for the verb is the dearer test
            String twoBefore = i >= 2 ? tokens.get(i - 2).text() : null;
            boolean quoteBefore = twoBefore != null && twoBefore.length() == 1 && CLOSING.contains(twoBefore)
                    && inverted.contains(lower(tokens.get(i - 1).text()));
            // the cheap look at the words around first: most capitalised words have no cue beside them
            // a capitalised word only (mayBeName asks that too): the honorific is a lexicon lookup
            boolean honoured = i > 0 && Character.isUpperCase(t.text().charAt(0)) && honorific(tokens.get(i - 1).text()) && (i < 2 || !placeHead(tokens.get(i - 2).text()));
            EntityLexicon.TitleKind title = honoured || quoteBefore ? null : titleBefore(tokens, i);
            if (title == EntityLexicon.TitleKind.RANK || title == EntityLexicon.TitleKind.ROLE) {
                Found f = rankedName(tokens, i);
                if (title == EntityLexicon.TitleKind.ROLE && !heldOffice(s, f)) f = null;
                if (f != null && !taken.overlaps(f)) {
                    taken.add(f);
                    out.add(f);
                    i = s.tokenEndingAt(f.end());
                    continue;
                }
            }
            boolean aged = "(".equals(next) && (i == 0 || !tokens.get(i - 1).isCapitalised()) && ageAt(tokens, i + 1);
            if (!honoured && !quoteBefore && !aged && !",".equals(next) && (next == null || !saying.contains(next))) continue;
            // a word also written in lower case is a name capitalised inside a sentence before a relative's word: "oleh Cipta, adik ..."
            boolean kin = ",".equals(next) && (i == 0 || !tokens.get(i - 1).isCapitalised()) && relativeAt(tokens, i + 2);
            if (!(kin && !opens(tokens, i) ? nameShaped(t.text()) : mayBeName(t.text()))) continue;
            if (next != null && Character.isUpperCase(next.charAt(0))) continue; // one word only
            if (i > 0 && tokens.get(i - 1).text().equals("(")) continue; // an abbreviation defined: (Gaikindo)
            boolean afterQuote = quoteBefore && endsClause(next);
            boolean afterRole = !afterQuote && (",".equals(next) && !nameAfterComma(tokens, i + 2)
                    || next != null && saying.contains(next)) && roles.before(s, i) != null;
            boolean subject = !afterQuote && !afterRole && next != null && saying.contains(next) && opens(tokens, i);
            if (!afterQuote && !afterRole && !subject && !honoured && !kin && !aged) continue;
            Found f = new Found(t.start(), t.end(), EntityType.PERSON, "single");
            if (taken.overlaps(f) || !unknownPlace(t.text())) continue;
            taken.add(f);
            out.add(f);
        }
        return out;
    }

    /**
     * A one-word name the tagger read as a body or a place where only its holder stands: after a
     * role and the comma setting it off, before a verb of saying ({@code Vice President Gas Domestik
     * Pertamina, Kusnendar menuturkan}). When the word may be a person's name (as {@link #find} asks)
     * it is a person. {@code found} is in text order.
     */
    void retype(List<Sentence> sentences, List<Found> found) {
        int at = 0;
        for (int k = 0; k < found.size(); k++) {
            Found f = found.get(k);
            while (at < sentences.size() && sentences.get(at).end() <= f.start()) at++;
            if (at == sentences.size()) return;
            if (f.type() == EntityType.PERSON || !f.via().equals("model")) continue;
            Sentence s = sentences.get(at);
            int i = s.tokenAt(f.start());
            if (i < 2 || s.tokenEndingAt(f.end()) != i || i + 1 == s.tokens().size()) continue;
            List<Token> tokens = s.tokens();
            String word = tokens.get(i).text();
            if (!tokens.get(i - 1).text().equals(",") || !saying.contains(lower(tokens.get(i + 1).text()))
                    || !mayBeName(word) || !unknownPlace(word) || roles.before(s, i) == null) {
                continue;
            }
            found.set(k, new Found(f.start(), f.end(), EntityType.PERSON, "single"));
        }
    }

    /**
     * A person's name the tagger began one word late, after a role ({@code Menteri Keuangan
     * Purbaya Yudhi Sadewa} found as {@code Yudhi Sadewa}): the word between the role and the name,
     * when it may be a name and no found name covers it, opens the name. {@code found} is in text order.
     */
    void widen(List<Sentence> sentences, List<Found> found, Occupied taken) {
        int at = 0;
        for (int k = 0; k < found.size(); k++) {
            Found f = found.get(k);
            while (at < sentences.size() && sentences.get(at).end() <= f.start()) at++;
            if (at == sentences.size()) return;
            Sentence s = sentences.get(at);
            if (f.type() != EntityType.PERSON || f.start() < s.start()) continue;
            List<Token> tokens = s.tokens();
            int first = s.tokenAt(f.start());
            if (first < 2) continue;
            Token before = tokens.get(first - 1);
            if (!mayBeName(before.text()) || taken.overlaps(before) || !unknownPlace(before.text())
                    || lexicon.titleEndsAt(tokens, first - 1) || roles.before(s, first - 1) == null // "Kombes Pol"
                    || HoldersBodies.portfolioAfterOffice(tokens.stream().map(Token::text).toList(), first - 1)) { // "Menko Polhukam"
                continue;
            }
            found.set(k, new Found(before.start(), f.end(), EntityType.PERSON, f.via()));
            taken.add(before);
        }
    }

    /** The most words a person's name after a rank runs over ({@code Serda Riko Febrianto Ganda}). */
    private static final int LONGEST_RANKED_NAME = 4;

    /**
     * The kind of the title ({@code titles.tsv}) written capitalised that ends right before token {@code at} as the
     * longest title ending there (not the {@code Jenderal} of {@code Direktur Jenderal}), no longer title going on into
     * {@code at} ({@code Brigjen} before {@code Pol}), or null. What follows a police or military rank ({@code AKP},
     * {@code Serda}, {@code Kombes Pol}) is its holder's name, as the news writes officers ({@code AKP Erwansyah});
     * what follows an office ({@code Menteri ESDM}) is when {@link #heldOffice} says so.
     */
    private EntityLexicon.TitleKind titleBefore(List<Token> tokens, int at) {
        if (at == 0 || !Character.isUpperCase(tokens.get(at).text().charAt(0)) || lexicon.titleEndsAt(tokens, at)) return null;
        if (at >= 2 && placeHead(tokens.get(at - 2).text())) return null; // a street named for an officer: Jalan Brigjen Katamso
        // asked at every capitalised word: most follow no word a title may end with, and no word list is made then
        if (!lexicon.mayEndTitle(tokens.get(at - 1).text())) return null;
        List<String> texts = EntityLexicon.texts(tokens);
        for (int k = Math.min(lexicon.longestTitle, at); k >= 1; k--) {
            if (!lexicon.mayStartTitle(texts.get(at - k))) continue; // as title() would answer: no title opens there
            List<String> words = texts.subList(at - k, at);
            EntityLexicon.TitleKind kind = lexicon.title(words);
            if (kind != null) return Character.isUpperCase(words.getFirst().charAt(0)) ? kind : null;
        }
        return null;
    }

    /**
     * Whether {@code f}, the capitalised words after an office ({@code Menteri ESDM Bahlil Lahadalia meninjau ...}),
     * is its holder's name as surely as a name after a rank is: two words or more (one word after an office may be
     * the body it heads, which the sentence goes on to name), none of them a head word, a legal form or a listed
     * name ({@code Perum Bulog}), and a lower-case word or a mark right after it, so the run is no Title Case heading's. A comma and a
     * capitalised word after it set the holder off instead ({@code CEO Campus League, Ryan Gozali}): the run is the body.
     */
    private boolean heldOffice(Sentence s, Found f) {
        if (f == null) return false;
        List<Token> tokens = s.tokens();
        int first = s.tokenAt(f.start()), last = s.tokenEndingAt(f.end());
        if (last <= first || last + 1 >= tokens.size()) return false;
        for (int k = first; k <= last; k++) {
            String w = tokens.get(k).text();
            if (lexicon.titleOrHeadWord(w) || lexicon.listedExactly(w) != null
                    || LegalForms.isWord(w)) {
                return false;
            }
        }
        if (lexicon.listedExactly(f.textIn(s.text())) != null) return false;
        String next = tokens.get(last + 1).text();
        if (next.equals(",") && last + 2 < tokens.size() && tokens.get(last + 2).isCapitalised()) return false;
        return !Character.isUpperCase(next.charAt(0)) && !Character.isDigit(next.charAt(0));
    }

    /**
     * The name after a rank that opens at token {@code at}: its first word one that may be a name ({@link #mayBeName}),
     * then the capitalised words after it that news does not write in lower case and are no title or head word, at
     * most {@link #LONGEST_RANKED_NAME} ({@code Serda Riko Febrianto (Balaturangga)}), or null.
     */
    private Found rankedName(List<Token> tokens, int at) {
        if (!mayBeName(tokens.get(at).text()) || !unknownPlace(tokens.get(at).text())) return null;
        int end = at + 1;
        while (end < tokens.size() && end - at < LONGEST_RANKED_NAME && nameWord(tokens.get(end).text())
                && !model.seenInLowerCase(tokens.get(end).text())) {
            end++;
        }
        return new Found(tokens.get(at).start(), tokens.get(end - 1).end(), EntityType.PERSON, "single");
    }

    /** A capitalised word of letters (an apostrophe or hyphen inside) that is no title or head word: a name's next word. */
    private boolean nameWord(String w) {
        if (w.length() < 2 || !Character.isUpperCase(w.charAt(0)) || w.equals(w.toUpperCase(Locale.ROOT))) return false;
        for (int k = 1; k < w.length(); k++) {
            char c = w.charAt(k);
            if (!Character.isLowerCase(c) && c != '\'' && c != '-') return false;
        }
        return !lexicon.titleOrHeadWord(w);
    }

    /** The longest honorific ({@code Bapak}). */
    private static final int LONGEST_HONORIFIC = 5;

    /**
     * Whether {@code w} is a capitalised honorific ({@code Pak}, {@code Bu}, {@code Mbak}; {@code titles.tsv}): a one-word
     * name after it is a person's, as news names ordinary people ({@code Pak Upin}, {@code Bu Sumiati}).
     */
    private boolean honorific(String w) {
        return w.length() <= LONGEST_HONORIFIC && Character.isUpperCase(w.charAt(0))
                && lexicon.title(List.of(w)) == EntityLexicon.TitleKind.HONORIFIC
                && !w.equals("Sang"); // the article before an epithet (Sang Proklamator), no address
    }

    /** Whether {@code w} heads a place's name ({@code Jalan}, {@code Jl.}): a person's name after it names the place ({@code Jalan H. Shibi}). */
    private boolean placeHead(String w) {
        String bare = w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
        return lexicon.heads.get(lower(bare)) == EntityType.PLACE;
    }

    /** A capitalised word, not in capitals, that is no word news writes in lower case, no title, listed name or head. */
    private boolean mayBeName(String w) {
        return nameShaped(w) && !model.seenInLowerCase(w);
    }

    /** A capitalised word, not in capitals, that is no title, listed name or head, whether news writes it in lower case or not. */
    private boolean nameShaped(String w) {
        if (w.length() < SHORTEST_NAME || !Character.isUpperCase(w.charAt(0)) || w.equals(w.toUpperCase(Locale.ROOT))) return false;
        for (int k = 1; k < w.length(); k++) {
            char c = w.charAt(k);
            if (!Character.isLowerCase(c) && c != '\'' && c != '-') return false;
        }
        return !lexicon.titleOrHeadWord(w) && !lexicon.aliases.containsKey(w) && !ThingWords.INSTANCE.isProduct(w)
                && !ThingWords.INSTANCE.isEvent(List.of(w)) && !lexicon.capitals.containsKey(w);
    }

    private boolean unknownPlace(String w) {
        return !places.namesTownOrLarger(w);
    }

    /**
     * Whether a name follows the comma after a role's last word ({@code Direktur Ekonomi Digital
     * Celios, Nailul Huda}): the word was the role's body, not its holder. A title there goes on
     * a list of officials ({@code Wakil Menteri Keuangan Madiasmo, Menteri Luar Negeri ...}).
     */
    private boolean nameAfterComma(List<Token> tokens, int at) {
        return at < tokens.size() && tokens.get(at).isCapitalised() && lexicon.titleLengthAt(tokens, at) == 0;
    }

    /** Whether token {@code at} is a relative's word as written in apposition ({@code adik korban}), no firm's subsidiary. */
    private static boolean relativeAt(List<Token> tokens, int at) {
        if (at >= tokens.size() || !RELATIVES.contains(tokens.get(at).text())) return false;
        return at + 1 >= tokens.size() || !SUBSIDIARY.contains(tokens.get(at + 1).text());
    }

    /**
     * Whether an age in brackets opens at token {@code at} and a lower-case word or a comma follows it, no list's
     * word ({@code Musdalifah (50), yang juga ...}, {@code Tarjo (45) mengaku}): news gives a person's age so right after
     * the name. A standings table's points in brackets go on with a list ({@code (7), disusul ...}).
     */
    private static boolean ageAt(List<Token> tokens, int at) {
        if (at + 3 >= tokens.size() || !tokens.get(at + 2).text().equals(")")) return false;
        String age = tokens.get(at + 1).text();
        if (age.length() > 2 || !age.chars().allMatch(Character::isDigit)) return false;
        String after = tokens.get(at + 3).text();
        if (after.equals(",")) after = at + 4 < tokens.size() ? tokens.get(at + 4).text() : "";
        return !after.isEmpty() && Character.isLowerCase(after.charAt(0)) && !AgesAfterNames.LIST_WORDS.contains(after);
    }

    /** Whether the word after a speaker ends the clause: punctuation, a lower-case word, or nothing. */
    private static boolean endsClause(String next) {
        return next == null || !Character.isLetterOrDigit(next.charAt(0)) || Character.isLowerCase(next.charAt(0));
    }

    /** Whether token {@code at} opens its sentence (only punctuation before it). */
    private static boolean opens(List<Token> tokens, int at) {
        for (int i = 0; i < at; i++) if (tokens.get(i).isWord()) return false;
        return true;
    }

    private static String lower(String w) {
        return w.toLowerCase(Locale.ROOT);
    }
}
