package id.warta.quotes;

import id.warta.entities.Nicknames;
import id.warta.language.Spelling;
import id.warta.model.Entity;
import id.warta.model.EntityType;
import id.warta.model.Mention;
import id.warta.quotes.Words.Kind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/**
 * The other names an article calls its people by: the name someone is said to be called by ({@code yang akrab disapa
 * Tiko}, {@code alias Dayat}, {@code Ubay, sapaan akrab ...}), a name cut short ({@code Kus} for {@code Kuseryansyah})
 * and a name misspelt ({@code Haryadi} for {@code Hariyadi}). {@link People} reads a surface form through them to the
 * person's fullest name.
 */
final class OtherNames {
    /**
     * What the article calls people besides their names, each by the other name's key: {@code nicknames} the person
     * called so or cut short; {@code clippedFromUntagged} the one-word name of a person the entity layer missed that a
     * tagged one cuts short ({@code dr Tjandra} after {@code dr Tjandraningrum}); {@code misspelt} the person whose
     * fuller name a one-word name is a slip of; {@code calledBy} the names each person is said to be called by, by the
     * person's entity name; {@code aliases} the person's entity name for each name they are said to be called by.
     */
    record Found(Map<String, Entity> nicknames, Map<String, String> clippedFromUntagged, Map<String, Entity> misspelt,
            Map<String, List<String>> calledBy, Map<String, String> aliases) {
    }

    /** Such a name runs at most this many words. */
    private static final int MAX_NICKNAME_WORDS = 2;
    /** A name cut short ({@code Kus} for {@code Kuseryansyah}) keeps at least this many letters. */
    private static final int MIN_CLIPPED_LETTERS = 3;
    private static final int MIN_INNER_CLIPPED_LETTERS = 4;
    /** A one-word name that short may well be another person's ({@code Andi}, {@code Andik}): no misspelling read. */
    private static final int MIN_MISSPELT_LETTERS = 6;
    /** A doubled letter written once ({@code Bobby}, {@code Boby}) is a slip even in a short name; shorter ones stay apart. */
    private static final int MIN_UNDOUBLED_LETTERS = 4;

    private final List<Entity> entities;
    /** The article's body, which the entity mentions index. */
    private final String text;
    /** The entity layer's mentions in the body, by start offset. */
    private final NavigableMap<Integer, EntityMention> mentions;
    /** The keys of the names the article reads as people's. */
    private final Set<String> personNames;
    /** How the article spells each name it reads as a person's, by key. */
    private final Map<String, String> spelt;

    private final Map<String, Entity> nicknames = new HashMap<>();
    private final Map<String, String> clippedFromUntagged = new HashMap<>();
    private final Map<String, Entity> misspelt = new HashMap<>();
    private final Map<String, List<String>> calledBy = new HashMap<>();
    private final Map<String, String> aliases = new HashMap<>();

    private OtherNames(String text, List<Entity> entities, NavigableMap<Integer, EntityMention> mentions,
            Set<String> personNames, Map<String, String> spelt) {
        this.text = text;
        this.entities = entities;
        this.mentions = mentions;
        this.personNames = personNames;
        this.spelt = spelt;
    }

    /**
     * The other names the passage calls the entity layer's people by, once {@link People} has read the passage's names
     * ({@code personNames}, {@code spelt}) and marked its name words.
     */
    static Found read(Passage p, List<Entity> entities, NavigableMap<Integer, EntityMention> mentions,
            Set<String> personNames, Map<String, String> spelt) {
        OtherNames names = new OtherNames(p.text, entities, mentions, personNames, spelt);
        names.readMisspeltNames();
        names.readNicknames(p);
        names.readClippedNames();
        Map<String, List<String>> calledBy = new HashMap<>();
        names.calledBy.forEach((person, nicks) -> calledBy.put(person, List.copyOf(nicks)));
        return new Found(Map.copyOf(names.nicknames), Map.copyOf(names.clippedFromUntagged), Map.copyOf(names.misspelt),
                Map.copyOf(calledBy), Map.copyOf(names.aliases));
    }

    /**
     * {@code Kartiko Wirjoatmodjo menyambut ... Sebab, bankir yang akrab disapa Tiko ini bilang}: the name a person
     * is called by is another name for the person the entity layer says it is given to ({@link Nicknames}), so a later
     * {@code kata Tiko} is Kartiko Wirjoatmodjo's, though the tagger missed the name; so is the name after
     * {@code alias} for the person named just before that word.
     */
    private void readNicknames(Passage p) {
        for (Nicknames.GivenTo given : Nicknames.givenTo(p.text, entities)) {
            int j = p.tokenAt(given.nameAt());
            if (j >= p.size() || p.token(j).start() != given.nameAt() || !NameWords.isNameWord(p, j)) continue;
            nickname(p.text.substring(given.nameAt(), p.token(NameWords.runEnd(p, j) - 1).end()), given.person());
        }
        for (int i = 1; i + 2 < p.size(); i++) readCalledAfterComma(p, i);
        for (int i = 1; i + 1 < p.size(); i++) {
            // "Budi Santoso alias Busan", "tersangka Ahmad alias Ucok": the name after alias is the person named just before
            if (!p.word(i).equals("alias") || !NameWords.isNameWord(p, i + 1)) continue;
            int end = p.token(i - 1).end();
            EntityMention before = mentions.values().stream().filter(l -> l.mention().end() == end).findFirst().orElse(null);
            if (before == null || before.entity().type() != EntityType.PERSON) continue;
            nickname(p.text.substring(p.token(i + 1).start(), p.token(NameWords.runEnd(p, i + 1) - 1).end()), before.entity());
        }
        for (int i = 1; i + 2 < p.size(); i++) readNicknameInBrackets(p, i);
    }

    /**
     * {@code ucap Hasanudin (Anud). ... jelas Anud}: one capitalised word in brackets right after a person's name is
     * the name the article goes on to call them by. A short form in capitals ({@code (PDIP)}), an age and a name the
     * entity layer reads as a body's or a place's ({@code (Golkar)}, {@code (Bandung)}) say something else.
     */
    private void readNicknameInBrackets(Passage p, int open) {
        if (!p.isPunct(open, "(") || !p.isPunct(open + 2, ")") || !NameWords.isNameWord(p, open + 1)
                || NameWords.isAcronym(p.word(open + 1))) return;
        EntityMention inside = mentions.get(p.token(open + 1).start());
        if (inside != null && inside.entity().type() != EntityType.PERSON) return;
        int end = p.token(open - 1).end();
        EntityMention before = mentions.values().stream().filter(l -> l.mention().end() == end).findFirst().orElse(null);
        if (before == null || before.entity().type() != EntityType.PERSON) return;
        nickname(p.word(open + 1), before.entity());
    }

    /**
     * {@code Abe, sapaan akrab putra Nico Pelealu itu, menempati ...}, {@code Emil, sapaan akrabnya, ...}: the short
     * name before the comma is what someone is called; that one is named right after the words ({@code Djarkasih,
     * panggilan akrab Leonardus Djarkasih}) or by a title only one person holds ({@code ujar Tom begitu sapaan akrab
     * Mendag itu}), or, when a description or {@code -nya} follows instead, is the person the article named last
     * before the short name's first use. {@code begitu} or {@code demikian} may set the words off instead of the
     * comma, or open them after it.
     */
    private void readCalledAfterComma(Passage p, int comma) {
        int nameEnd; // the token after the short name
        int noun; // the calling noun: "sapaan", "panggilan"
        if (p.isPunct(comma, ",")) { // "Nana, sapaan akrabnya", "Nana, demikian sapaan akrabnya"
            nameEnd = comma;
            noun = Nicknames.isSo(p.lower(comma + 1)) ? comma + 2 : comma + 1;
        } else if (Nicknames.isSo(p.lower(comma)) && !p.isPunct(comma - 1, ",")) { // "Tom begitu sapaan akrab Mendag"
            nameEnd = comma;
            noun = comma + 1;
        } else return;
        if (noun + 1 >= p.size() || !Nicknames.isCalling(p.lower(noun), p.lower(noun + 1))
                || !NameWords.isNameWord(p, nameEnd - 1)) return;
        int a = nameEnd - 1;
        while (a > 0 && nameEnd - a < MAX_NICKNAME_WORDS && NameWords.isNameWord(p, a - 1)) a--;
        if (a > 0 && NameWords.isNameWord(p, a - 1)) return; // a longer name is no nickname
        while (a + 1 < nameEnd && p.is(a, Kind.ROLE)) a++; // "Prof Nug, sapaan akrabnya": the title is not the name
        String nick = p.text.substring(p.token(a).start(), p.token(nameEnd - 1).end());
        int k = noun + 2;
        if (k < p.size() && p.lower(k).equals("dari")) k++;
        Entity person = null;
        Entity titled = k < p.size() && !p.hasClitic(noun + 1) ? soleHolderOf(p.word(k)) : null;
        if (titled != null) {
            person = titled;
        } else if (!p.hasClitic(noun + 1) && k < p.size() && NameWords.isNameWord(p, k)) {
            EntityMention after = mentions.get(p.token(k).start());
            if (after == null || after.entity().type() != EntityType.PERSON) return;
            person = after.entity();
        } else {
            // "Prof Nug, sapaan akrabnya" for Nugroho Wicaksono: a name cut short from one person's name word is
            // that person's, though the tagger left the short name untagged (readClippedNames reads only tagged ones)
            Entity clipped = onlyClippedFrom(nick);
            if (clipped != null) {
                nickname(nick, clipped);
                return;
            }
            if (clips(nick)) return;
            // "Ubed justru tersingkir ... Ubed, sapaan karibnya, mengaku": the one named last before the name's first use
            int at = p.token(firstUse(p, a, nameEnd)).start();
            var named = mentions.headMap(at, false).descendingMap().values().stream()
                    .filter(l -> l.entity().type() == EntityType.PERSON && !Words.key(l.entity().name()).equals(Words.key(nick)))
                    .findFirst();
            if (named.isEmpty() || at - named.get().mention().start() > Nicknames.REACH) return;
            person = named.get().entity();
            if (Nicknames.notFromName(nick, person.name())) return; // "Jojo, sapaan karibnya" after an opponent
        }
        if (Words.key(person.name()).split(" ").length > Words.key(nick).split(" ").length
                || liesInside(Words.key(nick), Words.key(person.name()))) nickname(nick, person);
    }

    /**
     * {@code Pemilik rumah, Kartinah, ... Tin, sapaan akrabnya}: a one-word short name set off by the calling words
     * lies inside the one-word name of the person named last, so it is that person's, though neither is longer in words.
     */
    private static boolean liesInside(String nickKey, String personKey) {
        return nickKey.indexOf(' ') < 0 && personKey.indexOf(' ') < 0 && personKey.length() > nickKey.length()
                && personKey.contains(nickKey);
    }

    /** The one person the entity layer gives {@code title} as a role of one word ({@code Mendag}); null when none or several. */
    private Entity soleHolderOf(String title) {
        String key = Words.key(title);
        Entity only = null;
        for (Entity e : entities) {
            if (e.type() != EntityType.PERSON || e.roles().stream().noneMatch(r -> Words.key(r).equals(key))) continue;
            if (only != null) return null;
            only = e;
        }
        return only;
    }

    /** The one person whose tagged name has a longer word {@code nick} begins; null when none or several. */
    private Entity onlyClippedFrom(String nick) {
        String key = Words.key(nick);
        if (key.indexOf(' ') >= 0 || key.length() < MIN_CLIPPED_LETTERS) return null;
        Entity only = null;
        for (Entity e : entities) {
            if (e.type() != EntityType.PERSON || !clippedFrom(key, e, false)) continue;
            if (only != null) return null;
            only = e;
        }
        return only;
    }

    /** Whether {@code nick} begins a longer word of a person's name the entity layer tags ({@code Pras}: Prastawa). */
    private boolean clips(String nick) {
        String key = Words.key(nick);
        if (key.indexOf(' ') >= 0 || key.length() < MIN_CLIPPED_LETTERS) return false;
        for (Entity e : entities) if (e.type() == EntityType.PERSON && clippedFrom(key, e, false)) return true;
        return false;
    }

    /**
     * Whether the one word {@code key} is a word of {@code person}'s name cut short: its beginning ({@code kus} of
     * Kuseryansyah) or, when {@code endings} and it keeps {@value #MIN_INNER_CLIPPED_LETTERS} letters, its end or a
     * syllable inside it ({@code ning} of Adaninggar: short names are taken from any syllable).
     */
    private static boolean clippedFrom(String key, Entity person, boolean endings) {
        for (String w : Words.key(person.name()).split(" ")) {
            if (w.length() > key.length() && (w.startsWith(key)
                    || endings && key.length() >= MIN_INNER_CLIPPED_LETTERS && w.contains(key))) return true;
        }
        return false;
    }

    /** The first token where the words {@code [a, end)} stand as a name in the passage; {@code a} when it is their first. */
    private static int firstUse(Passage p, int a, int end) {
        int n = end - a;
        for (int i = 0; i < a; i++) {
            boolean same = NameWords.isNameWord(p, i);
            for (int k = 0; same && k < n; k++) same = i + k < a && p.lower(i + k).equals(p.lower(a + k));
            if (same) return i;
        }
        return a;
    }

    private void nickname(String nick, Entity person) {
        if (Words.key(person.name()).equals(Words.key(nick))) return;
        aliases.putIfAbsent(Words.key(nick), person.name());
        nicknames.putIfAbsent(Words.key(nick), person);
        calledBy.computeIfAbsent(person.name(), k -> new ArrayList<>()).add(Words.key(nick));
    }

    /**
     * {@code Kuseryansyah ... menurut Kus}, {@code Agus Suprayogi ... kata Yogi}: a one-word person the entity layer
     * keeps apart that begins, ends or lies inside one word of exactly one other person's name ({@code Adaninggar ...
     * kata Ning}) is that person called short. An ending or inner part keeps {@value #MIN_INNER_CLIPPED_LETTERS}
     * letters, as shorter ones end many names ({@code Adi}).
     */
    private void readClippedNames() {
        for (Entity e : entities) {
            String key = Words.key(e.name());
            if (e.type() != EntityType.PERSON || key.indexOf(' ') >= 0 || key.length() < MIN_CLIPPED_LETTERS) continue;
            Entity whole = onlyFit(e, o -> clippedFrom(key, o, true) ? 1 : 0);
            if (whole != null) nicknames.putIfAbsent(key, whole);
            else if (!anyFit(e, o -> clippedFrom(key, o, true))) {
                String untagged = onlyUntaggedClip(key);
                if (untagged != null) clippedFromUntagged.put(key, untagged);
            }
        }
    }

    /** Whether {@code fits} holds for some other person the entity layer tags. */
    private boolean anyFit(Entity e, Predicate<Entity> fits) {
        for (Entity o : entities) if (o != e && o.type() == EntityType.PERSON && fits.test(o)) return true;
        return false;
    }

    /**
     * The one name of one word, read as a person's though the entity layer tags no one by it ({@code dr Tjandraningrum,
     * SpGK}), that {@code key} is cut short from; null when none or several. A name of several words the tagger
     * missed is left alone: its words stand alone as often as surnames.
     */
    private String onlyUntaggedClip(String key) {
        String only = null;
        for (String name : personNames) {
            if (name.indexOf(' ') >= 0 || name.length() <= key.length() || isTagged(name)) continue;
            if (!(name.startsWith(key) || key.length() >= MIN_INNER_CLIPPED_LETTERS && name.contains(key))) continue;
            String spelling = spelt.getOrDefault(name, name);
            if (isGlued(spelling)) continue; // "DonyOskaria": two names run together, not one to cut short
            if (only != null) return null;
            only = spelling;
        }
        return only;
    }

    /** Whether a capital follows a small letter inside the word: two words run together. */
    private static boolean isGlued(String word) {
        for (int i = 1; i < word.length(); i++) {
            if (Character.isLowerCase(word.charAt(i - 1)) && Character.isUpperCase(word.charAt(i))) return true;
        }
        return false;
    }

    private boolean isTagged(String key) {
        for (Entity e : entities) if (Words.key(e.name()).equals(key)) return true;
        return false;
    }

    /**
     * The one other person {@code fits} finds {@code e} in, when its fits over all other people add up to exactly one;
     * else null (no one, or several: the name stays apart).
     */
    private Entity onlyFit(Entity e, ToIntFunction<Entity> fits) {
        Entity only = null;
        int total = 0;
        for (Entity o : entities) {
            if (o == e || o.type() != EntityType.PERSON) continue;
            int n = fits.applyAsInt(o);
            if (n == 0) continue;
            only = o;
            total += n;
        }
        return total == 1 ? only : null;
    }

    /**
     * {@code Ketua Umum Apindo Hariyadi B Sukamdani ... Haryadi sangat menyayangkan}: a person the tagger names by one
     * word, one letter added or dropped from a word of exactly one other person's fuller name, is that person
     * misspelt; so is one a vowel inside the word off ({@code Frederica ... kata Friderica}) or two
     * ({@code Sribugo ... Sriboga menambahkan}, a last one only between a and o), or two neighbouring
     * letters inside it swapped ({@code Moedjanto ... Moejdanto}). A changed last letter ({@code Hendra}, {@code Hendri})
     * or consonant may be two people and is left apart. A shorter name is misspelt only by a doubled letter written
     * once or twice ({@code Bobby Rasyidin ... Boby mengatakan}).
     */
    private void readMisspeltNames() {
        for (Entity e : entities) {
            String w = Words.key(e.name());
            if (e.type() != EntityType.PERSON || w.indexOf(' ') >= 0 || w.length() < MIN_UNDOUBLED_LETTERS) continue;
            Entity only = onlyFit(e, other -> misspeltIn(w, other));
            if (only != null && !introducedApart(e, only)) misspelt.put(w, only);
        }
    }

    /**
     * {@code Plt Dirjen ..., Kuswara menyampaikan ... Ketua Sekber Herman Koswara}: a one-word name written on its own
     * only before the fuller name first comes is a person of its own; a slip repeats a name met before ({@code
     * Hariyadi B Sukamdani ... Haryadi}). A word after capitalised ones ({@code Luhut B. Panjaitan}) is the end of a
     * longer name, the fuller one however the tagger cut it.
     */
    private boolean introducedApart(Entity word, Entity fuller) {
        int fullerFirst = Integer.MAX_VALUE, wordLast = -1, wordFirst = Integer.MAX_VALUE;
        for (Mention m : fuller.mentions()) if (Mention.BODY.equals(m.in())) fullerFirst = Math.min(fullerFirst, m.start());
        for (Mention m : word.mentions()) {
            if (!Mention.BODY.equals(m.in())) continue;
            wordLast = Math.max(wordLast, m.start());
            wordFirst = Math.min(wordFirst, m.start());
        }
        return wordLast >= 0 && wordLast < fullerFirst && !afterCapitalisedWord(wordFirst);
    }

    /**
     * Whether the word before character {@code at} (past spaces and a full stop) is a person's name word or initial
     * ({@code Luhut B. Panjaitan}), not a title's or a body's ({@code Kepala Dinas Pertanian Rusdiman}).
     */
    private boolean afterCapitalisedWord(int at) {
        int i = at - 1;
        while (i >= 0 && text.charAt(i) == ' ') i--;
        if (i >= 0 && text.charAt(i) == '.') i--;
        int end = i + 1;
        while (i >= 0 && Character.isLetter(text.charAt(i))) i--;
        String word = text.substring(i + 1, end);
        return word.length() == 1 && Character.isUpperCase(word.charAt(0)) || NameWords.mayBePersons(word);
    }

    /** How {@code w} stands in a fuller person's name: 2 for a word of it (a short name, no slip), 1 for each word a slip off. */
    private static int misspeltIn(String w, Entity other) {
        if (other.name().indexOf(' ') < 0) return 0;
        int fits = 0;
        for (String v : Words.key(other.name()).split(" ")) {
            if (v.equals(w)) fits += 2;
            else if (Spelling.doubledLetterOnce(v, w)) fits++;
            else if (w.length() >= MIN_MISSPELT_LETTERS
                    && (Spelling.oneLetterMore(v, w) || Spelling.oneInnerVowelOff(v, w) || Spelling.twoVowelsOff(v, w)
                        || Spelling.innerLettersSwapped(v, w))) fits++;
        }
        return fits;
    }
}
