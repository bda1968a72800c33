package id.warta.quotes;

import id.warta.model.EntityType;
import id.warta.quotes.Words.Kind;
import java.util.Collection;

/**
 * What the entity layer's tags settle about a passage's name words before {@link People} reads its names: a role word
 * that is also a given name opening a tagged person's name, a one-word name opening a sentence, a month or weekday
 * opening a person's name are name words there ({@link NameWords#markName}).
 */
final class TaggedNameWords {
    private TaggedNameWords() {
    }

    /** Marks the name words the entity layer's {@code tagged} mentions (in the article's body, by start) settle. */
    static void mark(Passage p, Collection<EntityMention> tagged) {
        markGivenNames(p, tagged);
        markTaggedFirstWords(p, tagged);
        markCalendarNames(p, tagged);
    }

    /**
     * {@code Menteri Pemuda dan Olahraga (Menpora), Imam Nahrawi ... kata Imam}: a role word that is also a given name
     * ({@code words.tsv} class {@code givenname}), capitalised where the entity layer tags a person's name beginning
     * with it, is that name's first word there, no title cutting the name short.
     */
    private static void markGivenNames(Passage p, Collection<EntityMention> tagged) {
        for (EntityMention l : tagged) {
            if (l.entity().type() != EntityType.PERSON) continue;
            int i = p.tokenAt(l.mention().start());
            if (i < 0 || i >= p.size() || p.token(i).start() != l.mention().start() || !p.is(i, Kind.GIVENNAME)
                    || !Character.isUpperCase(p.word(i).codePointAt(0))) continue;
            if (Words.key(l.entity().name()).startsWith(p.lower(i) + " ")) p.markNameNotRole(i);
        }
    }

    /**
     * A one-word name opening a sentence ({@code Sutrisno mengeluhkan ...}, {@code Sutrisno, seorang petani, ...},
     * {@code NME menulis: "..."}) reads as capitalised only for its place unless the article capitalises it elsewhere;
     * when the entity layer tags a person's or a body's name that begins there, and the word is no common word, it is
     * a name. Two letters tagged a body are a name only as an abbreviation the entity layer writes out ({@code MK}):
     * as often they are a person's initials ({@code LW}) or a degree's tail ({@code Sp.BS}).
     */
    private static void markTaggedFirstWords(Passage p, Collection<EntityMention> tagged) {
        for (EntityMention l : tagged) {
            int i = l.entity().type() == EntityType.ORGANIZATION ? bodyOpening(p, l) : personOpening(p, l);
            if (i < 0 || !p.startsSentence(i)) continue;
            if (NameWords.undecided(p, i) && !p.isCommonWord(i) && NameWords.mayBeNameWord(p, i) && NameWords.mayOpenName(p, i)) {
                NameWords.markName(p, i);
            }
        }
    }

    /**
     * {@code Mei Widiastuti ... ungkap Mei}: a month or weekday is never read as a name word, but where the entity
     * layer tags a person whose name begins with it, and no number stands either side ({@code 28 Mei},
     * {@code Mei 2025}), it is that person's name there.
     */
    private static void markCalendarNames(Passage p, Collection<EntityMention> tagged) {
        for (EntityMention l : tagged) {
            int i = personOpening(p, l);
            if (i < 0 || !Words.isCalendarKey(p.lower(i)) || !Character.isUpperCase(p.word(i).codePointAt(0))) continue;
            if (!Words.key(l.entity().name()).startsWith(p.lower(i) + " ") || nextToNumber(p, i)) continue;
            NameWords.markName(p, i);
        }
    }

    /** The token a person's mention the entity layer tags opens on, or -1 (another type, or no token opens there). */
    private static int personOpening(Passage p, EntityMention l) {
        return l.entity().type() == EntityType.PERSON ? opening(p, l) : -1;
    }

    /** The token a body's mention opens on, when it is no bare pair of letters ({@link #markTaggedFirstWords}); else -1. */
    private static int bodyOpening(Passage p, EntityMention l) {
        int i = opening(p, l);
        return i >= 0 && (p.word(i).length() > 2 || l.entity().name().length() > l.mention().text().length()) ? i : -1;
    }

    /** The token a mention the entity layer tags opens on, or -1 when no token opens there. */
    private static int opening(Passage p, EntityMention l) {
        int i = p.tokenAt(l.mention().start());
        return i < 0 || i >= p.size() || p.token(i).start() != l.mention().start() ? -1 : i;
    }

    private static boolean nextToNumber(Passage p, int i) {
        return i > 0 && Character.isDigit(p.word(i - 1).codePointAt(0))
                || i + 1 < p.size() && Character.isDigit(p.word(i + 1).codePointAt(0));
    }
}
