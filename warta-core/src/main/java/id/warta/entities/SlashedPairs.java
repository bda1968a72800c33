package id.warta.entities;

import id.warta.entities.ner.NerModel;
import id.warta.entities.places.Places;
import id.warta.extract.Outlets;
import id.warta.language.Token;
import id.warta.model.EntityType;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code Baek Ha Na/Lee So Hee}, {@code Rachel/Febi}: two people joined by a slash, as news writes a doubles pair, where
 * the tagger found one and missed the other or read it as a place or a body. The name on the other side of the slash
 * is a person's too: the capitalised words written right against the slash, at most {@link #LONGEST} of them, up to a
 * title, a word in capitals or another name found there. Words the news writes in lower case, and countries, are cut
 * off its far end ({@code Pasangan Fajar/Fikri}, {@code ganda China Hu Ke Yuan/...}) unless the article names a person
 * with them elsewhere ({@code Fajar} of {@code Fajar Alfian}), but kept inside it ({@code Amallia Cahaya Pratiwi}).
 * A photo's or a report's credit is no pair ({@code Tribun Medan/Silfa}, {@code Dianty Windayanti/Jakarta}, {@code
 * Isaiah Vazquez/Getty Images/AFP}, {@code Ade Sulaeman/Intisari-Online}): a place, an outlet, a third part after another
 * slash or a word glued on past the name leaves the words alone; so does another name going on right after them ({@code
 * Petra Kvitova/Republik Ceko}). Only sentences whose case can be trusted are read, and no riding news.
 */
final class SlashedPairs {
    /** Most words of one partner's name ({@code Febriana Dwipuji Kusuma}, {@code Moh Reza Pahlevi Isfahani}). */
    private static final int LONGEST = 4;

    /** Riding news, where a slash joins a rider and the horse ({@code Raymen Kaunang/Conquistador}): no pair of people. */
    private static final Pattern HORSE_SPORT = Pattern.compile("(?i)\\b(?:equestrian|berkuda|pacuan kuda|joki)\\b");

    private final NerModel model;
    private final Places places;
    private final EntityLexicon lexicon = EntityLexicon.INSTANCE;

    SlashedPairs(NerModel model, Places places) {
        this.model = model;
        this.places = places;
    }

    /** Adds the partners the tagger missed to {@code found} (in text order, kept so), replacing names it read inside them. */
    void find(List<Sentence> sentences, List<Found> found) {
        if (sentences.isEmpty()) return;
        String text = sentences.getFirst().text();
        if (text.indexOf('/') < 0) return;
        Boolean horses = null; // riding news is looked for only once a pair is found: the search reads the whole text
        Set<String> personWords = new HashSet<>();
        for (Found f : found) if (f.type() == EntityType.PERSON) personWords.addAll(List.of(f.textIn(text).split(" ")));
        for (Sentence s : sentences) {
            if (!s.cased()) continue;
            List<Token> tokens = s.tokens();
            for (int i = 1; i + 1 < tokens.size(); i++) {
                if (!joins(tokens, i)) continue;
                Found left = person(text, found, tokens.get(i).start(), true), right = person(text, found, tokens.get(i).end(), false);
                if ((left == null) == (right == null)) continue;
                int[] run = left != null ? partner(s, i + 1, +1, found, personWords) : partner(s, i - 1, -1, found, personWords);
                if (run == null || joins(tokens, left != null ? run[1] + 1 : run[0] - 1)) continue; // a third part: a credit's chain
                if (horses == null) horses = HORSE_SPORT.matcher(text).find();
                if (horses) return;
                Found partner = new Found(tokens.get(run[0]).start(), tokens.get(run[1]).end(), EntityType.PERSON, "slash");
                found.removeIf(f -> f.overlaps(partner));
                found.add(partner);
                found.sort((a, b) -> a.start() - b.start());
            }
        }
    }

    /** Whether token {@code i} is a slash written between two words, no space on either side. */
    private static boolean joins(List<Token> tokens, int i) {
        return i > 0 && i + 1 < tokens.size() && tokens.get(i).text().equals("/")
                && tokens.get(i - 1).end() == tokens.get(i).start() && tokens.get(i + 1).start() == tokens.get(i).end();
    }

    /**
     * The first and last token of the partner's name from token {@code at} on, reading away from the slash in
     * direction {@code step}; null when no name stands there, a found person's name already covers it, or it is a place's
     * or an outlet's.
     */
    private int[] partner(Sentence s, int at, int step, List<Found> found, Set<String> personWords) {
        List<Token> tokens = s.tokens();
        int far = at;
        while (inRun(tokens, far, at, step, found)) far += step;
        far -= step; // the run's last token
        // words the news writes in lower case, on the far side, open a sentence or describe the pair; a country says where it is from
        while (far != at - step && describes(tokens.get(far).text(), personWords)) far -= step;
        if (far == at - step) return null;
        int first = Math.min(at, far), last = Math.max(at, far);
        for (Found f : found) { // a person found there already, whole or a word of it: the tagger read this side
            if (f.type() == EntityType.PERSON && f.start() <= tokens.get(first).start() && tokens.get(last).end() <= f.end()) return null;
        }
        if (isPlaceOrOutlet(s.tokensText(first, last + 1)) || isPlaceOrOutlet(tokens.get(at).text())) return null;
        int beyond = step > 0 ? last + 1 : first - 1; // the token past the name's far end
        if (beyond >= 0 && beyond < tokens.size()) {
            Token next = tokens.get(beyond);
            boolean glued = step > 0 ? next.start() == tokens.get(last).end() : next.end() == tokens.get(first).start();
            if (glued && (next.text().equals("-") || Character.isLetter(next.text().charAt(0)))) return null; // "Intisari-Online"
            if (step > 0 && found.stream().anyMatch(f -> f.type() != EntityType.PERSON && f.overlaps(next))) return null; // "Republik Ceko"
        }
        return new int[] {first, last};
    }

    private boolean describes(String word, Set<String> personWords) {
        return model.commonInLowerCase(word) && !personWords.contains(word) || places.countryCode(word) != null;
    }

    private boolean isPlaceOrOutlet(String name) {
        return places.namesRegencyOrLarger(name) || places.countryCode(name) != null || Outlets.find(name).isPresent();
    }

    /**
     * Whether token {@code k} goes on the run opened at {@code at}: a name's word, one space from the one before it, in
     * no other found name but one the tagger read on the slash's own word ({@code Tiwi} a place, {@code Lee Yu Rim} a
     * body), which the partner replaces; another found further on ({@code China} before a name) ends the run.
     */
    private boolean inRun(List<Token> tokens, int k, int at, int step, List<Found> found) {
        if (k < 0 || k >= tokens.size() || Math.abs(k - at) >= LONGEST) return false;
        Token t = tokens.get(k);
        if (k != at) {
            Token nearer = tokens.get(k - step);
            int gap = step > 0 ? t.start() - nearer.end() : nearer.start() - t.end();
            if (gap != 1) return false;
        }
        String w = t.text();
        if (!shapedAsName(w) || lexicon.titleOrHeadWord(w)) return false;
        Token slashWord = tokens.get(at);
        for (Found f : found) {
            if (f.type() != EntityType.PERSON && f.overlaps(t) && !f.overlaps(slashWord)) return false;
        }
        return true;
    }

    /** The person found ending at {@code offset} ({@code before}) or starting there, named in words, not initials; or null. */
    private static Found person(String text, List<Found> found, int offset, boolean before) {
        for (Found f : found) {
            if (f.type() != EntityType.PERSON || (before ? f.end() : f.start()) != offset) continue;
            for (String w : f.textIn(text).split(" ")) if (!shapedAsName(w)) return null;
            return f;
        }
        return null;
    }

    /** A capital, then lower-case letters (a hyphen or an apostrophe may join parts: {@code Yin-hui}); no initials. */
    private static boolean shapedAsName(String word) {
        if (word.length() < 2 || !Character.isUpperCase(word.charAt(0))) return false;
        for (int c = 1; c < word.length(); c++) {
            char ch = word.charAt(c);
            if (!Character.isLowerCase(ch) && ch != '-' && ch != '\'' && !(Character.isUpperCase(ch) && word.charAt(c - 1) == '-')) return false;
        }
        return true;
    }
}
