package id.warta.entities;

import id.warta.entities.EntityLexicon.TitleKind;
import id.warta.model.EntityType;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code Saifullah Yusuf (Gus Ipul)}, {@code Muhaimin Iskandar (Cak Imin)}: a form of address and a name in brackets
 * right after a person's name is the name the person goes by, whose letters need not be the full name's (Ipul of
 * Saifullah), so {@link DefinedShortForms}' letter test misses it. The article then calls the person by it, with the
 * form of address or without ({@code kata Gus Ipul}); both name the person. News gives it with {@code atau} as often
 * ({@code Saifullah Yusuf atau Gus Ipul}): one name word after the form of address there, since a full name after
 * {@code atau} is somebody else ({@code Ahmad Yani atau Pak Budi Santoso}).
 */
final class BracketedNicknames {
    /** A form of address, then one or two capitalised name words, closing the brackets; or after atau, one name word. */
    private static final Pattern BRACKETED = Pattern.compile(
            "\\s?\\(\\s?(?<address>\\p{Lu}\\p{Ll}+)\\s+(?<name>\\p{Lu}\\p{Ll}+(?:\\s\\p{Lu}\\p{Ll}+)?)\\s?\\)"
            + "|,?\\s+atau\\s+(?<address2>\\p{Lu}\\p{Ll}+)\\s+(?<name2>\\p{Lu}\\p{Ll}+)(?![\\p{L}\\d]|\\s+\\p{Lu})");

    private BracketedNicknames() {
    }

    /** Adds to {@code defined} the bracketed name, with and without its form of address, of each person of {@code found}. */
    static void define(String text, List<Found> found, Map<String, Found> defined, EntityLexicon lexicon) {
        Matcher m = BRACKETED.matcher(text);
        for (Found f : found) {
            if (f.type() != EntityType.PERSON || f.textIn(text).indexOf(' ') < 0
                    || !Canonicalizer.startsAt(m, f.end(), text.length())) {
                continue;
            }
            boolean bracketed = m.group("address") != null;
            String address = bracketed ? m.group("address") : m.group("address2");
            if (!Nicknames.isAddress(address.toLowerCase(Locale.ROOT)) && lexicon.title(List.of(address)) != TitleKind.HONORIFIC) {
                continue;
            }
            String name = bracketed ? m.group("name") : m.group("name2");
            if (lexicon.listed(address + " " + name) != null) continue; // a listed one keeps its listed person ("Gus Dur")
            defined.putIfAbsent(address + " " + name, f);
            if (lexicon.listed(name) == null) defined.putIfAbsent(name, f);
        }
    }
}
