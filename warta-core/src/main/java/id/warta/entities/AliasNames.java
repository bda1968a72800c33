package id.warta.entities;

import id.warta.model.EntityType;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code Mohamad Yusuf alias Ucok}, {@code Permadi Arya (40) alias Abu Janda}: the name after {@code alias}, right after
 * a person's name, is another name of that person, as police and court news give a suspect's street name; the article
 * then goes on with either. Only right after the name: {@code BUMN alias Himbara} follows no person. So too a
 * person's other name after {@code atau} when the two share a name word ({@code Bambang Eko Sulistyo atau Eko Gondrong},
 * {@code Hendra Wijaya atau Ucup Wijaya}), the way news gives a celebrity's stage name; without a shared word
 * {@code atau} joins two people ({@code Rossi atau Marquez}), and a shared honorific ({@code Nabi}) is no shared name.
 */
final class AliasNames {
    /** What stands between the person's name and the other name: an age in brackets at most, a comma, {@code alias}. */
    private static final Pattern BETWEEN = Pattern.compile("(?:\\s*\\(\\d{1,3}\\))?,?\\s+alias\\s+");
    /** The same with {@code atau}, which names another name only when the two share a word ({@link #shareAName}). */
    private static final Pattern BETWEEN_OR = Pattern.compile("(?:\\s*\\(\\d{1,3}\\))?,?\\s+atau\\s+");

    private AliasNames() {
    }

    /** Adds to {@code defined} each name given after {@code alias} to the person before it; {@code found} is in text order. */
    static void define(String text, List<Found> found, Map<String, Found> defined) {
        boolean alias = text.contains(" alias "), or = text.contains(" atau ");
        if (!alias && !or) return; // most articles give no such name: no pair of names looked at
        Matcher between = BETWEEN.matcher(text), betweenOr = BETWEEN_OR.matcher(text);
        for (int i = 0; i + 1 < found.size(); i++) {
            Found person = found.get(i), other = found.get(i + 1);
            if (person.type() != EntityType.PERSON || other.start() <= person.end()) continue;
            String name = text.substring(other.start(), other.end());
            String personName = text.substring(person.start(), person.end());
            boolean named = alias && between.region(person.end(), other.start()).matches()
                    || or && other.type() == EntityType.PERSON && betweenOr.region(person.end(), other.start()).matches()
                    && shareAName(personName, name);
            if (named && !name.equals(personName)) defined.putIfAbsent(name, person);
        }
    }

    /**
     * Whether two names of two words or more share a word that is no title ({@code Eko}, {@code Wijaya}). The first word
     * of a name of two words counts only as the other name's first word too when the name has three words or more: two
     * words opened alike are as often an honorific before two people's names ({@code Nabi Musa atau Nabi Sulaiman}).
     */
    private static boolean shareAName(String a, String b) {
        List<String> words = List.of(a.split(" "));
        List<String> others = List.of(b.split(" "));
        if (words.size() < 2 || others.size() < 2) return false;
        for (int i = 0; i < others.size(); i++) {
            String w = others.get(i);
            boolean firstOfBoth = i == 0 && words.getFirst().equals(w);
            if (firstOfBoth && words.size() < 3) continue;
            if (words.contains(w) && EntityLexicon.INSTANCE.title(List.of(w)) == null) return true;
        }
        return false;
    }
}
