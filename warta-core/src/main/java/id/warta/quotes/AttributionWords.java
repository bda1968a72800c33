package id.warta.quotes;

import id.warta.lexicon.Lexicon;
import java.util.Map;
import java.util.Set;

/** The one reader of {@code attribution-words.tsv}: loads it once and hands out each word class by name. */
final class AttributionWords {
    private static final Map<String, Set<String>> WORDS = Lexicon.classes(AttributionWords.class, "attribution-words.tsv");

    /** Prepositions opening a fronted time or place phrase ({@code Pada kesempatan itu}, {@code Di tempat itu}). */
    static final Set<String> FRONTING_PREPOSITIONS = WORDS.get("fronting");
    /** Connectives that open a sentence, often without their comma, before its subject ({@code Lebih lanjut dia ...}). */
    static final Set<String> SENTENCE_CONNECTIVES = WORDS.get("connective");
    /** Words between a subject and its verb that say how it must or should be ({@code harus diberi}). */
    static final Set<String> MODALS = WORDS.get("modal");
    /** Passive verbs of judging someone: their subject is judged by the one who speaks. */
    static final Set<String> JUDGED = WORDS.get("judged");
    /**
     * Verbs by which the narration (the outlet, its reporter, {@code kami}) reaches someone for comment:
     * the one reached is who the following quotes are from ({@code detikcom menghubungi pakar gizi X. "...,"
     * jelasnya}), though the sentence's subject is the one reaching.
     */
    static final Set<String> CONTACTED = WORDS.get("contacted");
    /**
     * Passive verbs of saying, their agent named right after them ({@code Hal itu disampaikan Direktur PT X,
     * Budi Santoso}, {@code diungkapkan oleh ...}): the one who said it is talked about next.
     */
    static final Set<String> SAID_BY = WORDS.get("saidby");
    /** Words closing a fronted time or place phrase ({@code itu}). */
    static final Set<String> DEMONSTRATIVES = WORDS.get("demonstrative");
    /** Words after a name's comma that make it one of a list ({@code , Albert Einstein, dan Socrates}). */
    static final Set<String> LIST_GOES_ON = WORDS.get("listgoeson");
    /** Words closing a description of someone else than the one described before ({@code warganet lain}). */
    static final Set<String> OTHER = WORDS.get("other");
    /** Words before a role saying its holder has died ({@code mendiang}, {@code almarhum}). */
    static final Set<String> DECEASED = WORDS.get("deceased");
    /** Determiners pointing back ({@code sang}, {@code si}): they open no description of someone new. */
    static final Set<String> POINTING_BACK = WORDS.get("pointsback");
    /** A body's side ({@code pihak Roma}): the body speaks through it. */
    static final Set<String> SIDES = WORDS.get("side");
    /** Words between a description and where the one described comes from ({@code asal}). */
    static final Set<String> ORIGIN = WORDS.get("origin");
    /** Documents whose words a quote may be ({@code "...," bunyi pernyataan X}, {@code kesimpulan tim}). */
    static final Set<String> DOCUMENTS = WORDS.get("document");
    /** Words between a document's word and its issuer ({@code pernyataan resmi dari X}, {@code keterangan pers X}). */
    static final Set<String> DOCUMENT_LINKS = WORDS.get("documentlink");
    /** Words by which a lead-in ending in a colon shows a document's words ({@code Begini isi surat itu:}). */
    static final Set<String> SHOWS = WORDS.get("shows");
    /** Words saying the verb after them did not happen ({@code tidak}, {@code belum}, {@code enggan}). */
    static final Set<String> NEGATIONS = WORDS.get("unsaid");
    /** Words between such a negation and its verb ({@code mau}, {@code bisa}, {@code secara rinci}). */
    static final Set<String> UNSAID_FILLERS = WORDS.get("unsaidfiller");
    /** Words right before a verb of saying that say what one can or may say ({@code bisa}, {@code dapat}). */
    static final Set<String> ABILITY = WORDS.get("ability");
    /** Words chaining a further action of the same subject before a verb of saying ({@code dan berkata}, {@code sambil berkata}). */
    static final Set<String> THEN_JOIN = WORDS.get("thenjoin");
    /**
     * Words for a group of people ({@code tim}, {@code panitia}, {@code kelompok}): a description they head names the
     * group ({@code tambah tim tersebut}), and a name they open ({@code Tim Transisi}) is a voice {@code mereka} may mean.
     */
    static final Set<String> COLLECTIVE = WORDS.get("collective");
    /** Words opening a sentence on one person brought on unnamed ({@code seorang}, {@code salah seorang}): {@link Narration}. */
    static final Set<String> ONE_UNNAMED = WORDS.get("oneunnamed");

    private AttributionWords() {
    }
}
