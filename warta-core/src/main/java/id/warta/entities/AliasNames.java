package id.warta.entities;

import id.warta.model.EntityType;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code Mohamad Yusuf alias Ucok}, {@code Permadi Arya (40) alias Abu Janda}: the name after {@code alias}, right after
 * a person's name, is another name of that person, as police and court news give a suspect's street name; the article
 * then goes on with either. Only right after the name: {@code BUMN alias Himbara} follows no person.
 */
final class AliasNames {
    /** What stands between the person's name and the other name: an age in brackets at most, a comma, {@code alias}. */
    private static final Pattern BETWEEN = Pattern.compile("(?:\\s*\\(\\d{1,3}\\))?,?\\s+alias\\s+");

    private AliasNames() {
    }

    /** Adds to {@code defined} each name given after {@code alias} to the person before it; {@code found} is in text order. */
    static void define(String text, List<Found> found, Map<String, Found> defined) {
        if (!text.contains(" alias ")) return; // most articles give no such name: no pair of names looked at
        Matcher between = BETWEEN.matcher(text);
        for (int i = 0; i + 1 < found.size(); i++) {
            Found person = found.get(i), other = found.get(i + 1);
            if (person.type() != EntityType.PERSON || other.start() <= person.end()
                    || !between.region(person.end(), other.start()).matches()) {
                continue;
            }
            String name = text.substring(other.start(), other.end());
            if (!name.equals(text.substring(person.start(), person.end()))) defined.putIfAbsent(name, person);
        }
    }
}
