package id.warta.entities;

import id.warta.dates.Weekdays;
import id.warta.entities.ner.NerModel;
import id.warta.language.Token;
import id.warta.lexicon.Lexicon;
import id.warta.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Indonesian bodies named head first, which the tagger misses whole when the name is long or
 * rare: {@code Direktorat Jenderal Pelindungan Kebudayaan dan Tradisi}, {@code Balai Teknik
 * Perkeretaapian Kelas II Padang}, {@code Kementerian Koordinator Bidang Pangan}. A capitalised
 * organisation head ({@code heads.tsv}) opens a run of capitalised words; {@code dan} or
 * {@code untuk} joins it to more when a capitalised word follows that is not a head itself
 * ({@code Kementerian Hukum dan Hak Asasi Manusia}, but {@code Kementerian Keuangan dan Bank
 * Indonesia} are two). The run ends before punctuation, a weekday, a word introducing a number
 * ({@code Badan Pangan Nasional} | {@code Nomor 2 Tahun 2023}) and a person found already
 * ({@code Otorita IKN} | {@code Basuki Hadimuljono}) or a title before one ({@code Polres Bogor} |
 * {@code Ipda Rudi}). Places named head first the tagger left out ({@code Stasiun Diwa}) too, more
 * strictly (see {@link #place}). Only where the sentence's case can be trusted.
 */
final class InstitutionNames {
    /** How a name was found. */
    static final String VIA = "institution";
    /** Lower-case words inside a body's name. */
    private static final Set<String> JOINERS = Set.of("dan", "untuk");
    /** Capitalised words after a name that are not part of it ({@code Kantor Dinas Sosial Senin lalu}). */
    /** Words naming a legal instrument by who issues it ({@code Peraturan Pemerintah}; {@code legal-instruments.tsv}): no body is named. */
    private static final Set<String> INSTRUMENTS = Set.copyOf(Lexicon.lines(InstitutionNames.class, "legal-instruments.tsv"));
    /** Words before a place ({@code di}, {@code ke}). */
    private static final Set<String> LOCATIVES = Set.of("di", "ke", "dari", "menuju", "sekitar");
    /**
     * Heads of a unit of a body ({@code Fakultas Ilmu Sosial}): the unit's name ends before the body it belongs to, and a
     * unit named with its body ({@code Fakultas Hukum Universitas Hasanuddin}, {@code Fakultas Farmasi UGM} when the tagger found UGM) is left to the
     * body's name; only a unit standing alone is named ({@code di Fakultas Teknik, Fakultas Ekonomi, ...}).
     */
    private static final Set<String> UNIT_HEADS = Set.of("fakultas");
    /** Words after a place's head word at most ({@code Stasiun Padang Panjang}). */
    private static final int MOST_PLACE_WORDS = 3;

    private final EntityLexicon lexicon;
    private final NerModel model;

    InstitutionNames(EntityLexicon lexicon, NerModel model) {
        this.lexicon = lexicon;
        this.model = model;
    }

    /** The bodies named head first in the sentence, in order; {@code found} are the names found so far. */
    List<Found> find(Sentence s, List<Found> found) {
        List<Found> names = new ArrayList<>();
        if (!s.cased()) return names;
        List<Token> tokens = s.tokens();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            EntityType head = headType(tokens.get(i));
            if (head == EntityType.PLACE) {
                i = place(tokens, i, found, names);
                continue;
            }
            if (head != EntityType.ORGANIZATION || i > 0 && INSTRUMENTS.contains(tokens.get(i - 1).text())) continue;
            int last = i;
            boolean unit = UNIT_HEADS.contains(tokens.get(i).text().toLowerCase(Locale.ROOT));
            boolean ofBody = false;
            for (int k = i + 1; k < tokens.size(); k++) {
                Token t = tokens.get(k);
                if (k == i + 1 && numbered(tokens, k)) continue; // "SMAN 1 Glagah", "SDN 2 Sukamaju"
                if (unit && k > i + 1 && (isHead(t) || startsBody(t, found))) {
                    ofBody = last == k - 1;
                    break;
                }
                if (startsPerson(t, found) || introducesNumber(tokens, k)
                        || k > i + 1 && introducesPerson(tokens, k) && !rankOfBody(tokens, k)) {
                    break;
                }
                if (t.isCapitalised() && !Weekdays.isName(t.text())) {
                    last = k;
                } else if (!joins(tokens, i, k, found)) {
                    break;
                }
            }
            if (last == i || ofBody) continue;
            names.add(new Found(tokens.get(i).start(), tokens.get(last).end(), EntityType.ORGANIZATION, VIA));
            i = last;
        }
        return names;
    }

    /**
     * Places named head first that the tagger left out whole ({@code Stasiun Batu Tabal}, {@code Terminal
     * Kampung Rambutan}): a capitalised place head ({@code heads.tsv}) and up to three capitalised words
     * after it, none a found name, a listed name, a weekday, a title or a word before a number, one at least a word
     * news never writes in lower case unless a locative comes before ({@code di Jalan Pahlawan}): not
     * a programme or a common noun in capitals ({@code Desa Merah Putih}, {@code Gunung Api}). Added to
     * {@code names}; returns the token to go on after.
     */
    private int place(List<Token> tokens, int i, List<Found> found, List<Found> names) {
        if (lexicon.titleEndsAt(tokens, i)) return i; // "Kepala Desa", a title: its holder's name may follow
        int last = i;
        boolean proper = i > 0 && LOCATIVES.contains(tokens.get(i - 1).text()); // "di Jalan Pahlawan"
        for (int k = i + 1; k < tokens.size() && k <= i + MOST_PLACE_WORDS; k++) {
            Token t = tokens.get(k);
            if (!t.isCapitalised() || Weekdays.isName(t.text()) || introducesNumber(tokens, k)
                    || lexicon.titleLengthAt(tokens, k) > 0 || lexicon.heads.containsKey(t.text().toLowerCase(Locale.ROOT))
                    || lexicon.aliases.containsKey(t.text())) { // "Pantai Yaman", "Kongres Sungai Indonesia"
                break;
            }
            proper |= !model.seenInLowerCase(t.text()); // "Sirkuit Jerez", not "Desa Merah Putih"
            last = k;
        }
        if (last == i || !proper) return i;
        Found place = new Found(tokens.get(lexicon.headStart(tokens, i)).start(), tokens.get(last).end(), EntityType.PLACE, VIA);
        if (found.stream().noneMatch(place::overlaps)) names.add(place);
        return last;
    }

    /**
     * Whether the joiner at {@code k} joins two parts of one name: a capitalised word follows that
     * is not a head, a listed name or a name found already, and no name found inside the run ends
     * before it ({@code Dinas Pariwisata Maluku dan JAQ Aquatic}, {@code Pemerintah dan BI} are two).
     */
    private boolean joins(List<Token> tokens, int head, int k, List<Found> found) {
        if (!JOINERS.contains(tokens.get(k).text()) || k + 1 >= tokens.size()) return false;
        Token next = tokens.get(k + 1);
        if (!next.isCapitalised() || isHead(next) || lexicon.aliases.containsKey(next.text())) return false;
        int before = tokens.get(k - 1).end();
        for (Found f : found) {
            if (f.start() == next.start() || f.end() == before && f.start() > tokens.get(head).start()) return false;
        }
        return true;
    }

    /**
     * Whether the rank at {@code k} is a body's own word, right after an organisation head ({@code Sekretariat Jenderal},
     * {@code Inspektorat Jenderal}): no officer's name follows, the body's name goes on ({@code Biro Hukum Sekretariat
     * Jenderal Kementerian Pertanian}).
     */
    private boolean rankOfBody(List<Token> tokens, int k) {
        return isHead(tokens.get(k - 1)) && lexicon.title(List.of(tokens.get(k).text())) == EntityLexicon.TitleKind.RANK
                && lexicon.titleLengthAt(tokens, k) == 1;
    }

    /** Whether a title opens at {@code k} with a capitalised word after it: a person's name follows ({@code Polres Bogor} | {@code Ipda}). */
    private boolean introducesPerson(List<Token> tokens, int k) {
        int n = lexicon.titleLengthAt(tokens, k);
        return n > 0 && k + n < tokens.size() && tokens.get(k + n).isCapitalised();
    }

    private boolean isHead(Token t) {
        return headType(t) == EntityType.ORGANIZATION;
    }

    /** The type a capitalised head word gives the name it opens, or null. */
    private EntityType headType(Token t) {
        return t.isCapitalised() ? lexicon.heads.get(t.text().toLowerCase(Locale.ROOT)) : null;
    }

    /**
     * Whether token {@code k}, right after a head, is the number of one of many bodies of its kind, a capitalised word
     * after it going on with the name ({@code SMAN 1 Glagah}, {@code SDN 2 Sukamaju}).
     */
    private static boolean numbered(List<Token> tokens, int k) {
        String number = tokens.get(k).text();
        for (int c = 0; c < number.length(); c++) if (!Character.isDigit(number.charAt(c))) return false;
        return k + 1 < tokens.size() && tokens.get(k + 1).isCapitalised() && !Weekdays.isName(tokens.get(k + 1).text());
    }

    /** Whether token {@code k} is a word before a number ({@code Nomor 2}, {@code Tahun 2023}). */
    private static boolean introducesNumber(List<Token> tokens, int k) {
        return k + 1 < tokens.size() && Character.isDigit(tokens.get(k + 1).text().charAt(0));
    }

    /** Whether an organisation found already opens at {@code t} ({@code UGM} of {@code Fakultas Peternakan UGM}). */
    private static boolean startsBody(Token t, List<Found> found) {
        for (Found f : found) {
            if (f.start() == t.start() && f.type() == EntityType.ORGANIZATION) return true;
        }
        return false;
    }

    /** Whether a person found already opens at {@code t}. */
    private static boolean startsPerson(Token t, List<Found> found) {
        for (Found f : found) {
            if (f.start() == t.start() && f.type() == EntityType.PERSON) return true;
        }
        return false;
    }
}
