package id.warta.entities;

import id.warta.entities.ner.NerModel;
import id.warta.entities.places.Places;
import id.warta.model.EntityType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code saham Erajaya}, {@code emiten Sarimas}: one capitalised word after the market's words for a listed
 * company's paper names the company, an organisation, wherever the article writes it, whether the tagger missed it
 * or took it for a place or a person. A country or a town stays a place ({@code saham Asia}, {@code saham Indonesia}:
 * a market), and a stock code of capitals stays a security ({@link StockCodes}). The noun opens no longer name
 * ({@code Indeks Harga Saham Gabungan}, {@code Rapat Umum Pemegang Saham Tahunan}): it is in lower case, or opens
 * a sentence. An index of shares is no firm ({@code indeks saham Garuda}: the market's nickname for its index).
 */
final class SharesOfFirms {
    private static final Pattern AFTER_SHARES = Pattern.compile(
            "(?:(?<![\\p{L}\\p{N}])(?<![Ii]ndeks )(?:saham|emiten)|(?:^|(?<=[.!?\\n] ))(?:Saham|Emiten)) (\\p{Lu}\\p{Ll}[\\p{L}\\p{N}]*)"
                    + "(?![\\p{L}\\p{N}]| \\p{Lu}|-)",
            Pattern.MULTILINE);

    private final NerModel model;
    private final Places places;
    private final EntityLexicon lexicon = EntityLexicon.INSTANCE;

    SharesOfFirms(NerModel model, Places places) {
        this.model = model;
        this.places = places;
    }

    /** Makes organisations of the firms {@code text} names after {@code saham} or {@code emiten}; {@code found} stays in text order. */
    void retype(String text, List<Found> found) {
        List<Firm> named = named(text);
        if (named.isEmpty()) return;
        Set<String> firms = new HashSet<>();
        for (Firm n : named) {
            if (isFirm(n.name) && !inOtherName(found, n.start, n.end)) firms.add(n.name);
        }
        if (firms.isEmpty()) return;
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            if (f.type() != EntityType.ORGANIZATION && firms.contains(f.textIn(text))) {
                found.set(i, new Found(f.start(), f.end(), EntityType.ORGANIZATION, f.via()));
            }
        }
        for (Firm n : named) {
            if (!firms.contains(n.name)) continue;
            Found firm = new Found(n.start, n.end, EntityType.ORGANIZATION, "context");
            if (found.stream().anyMatch(firm::overlaps)) continue;
            int at = 0;
            while (at < found.size() && found.get(at).start() < firm.start()) at++;
            found.add(at, firm);
        }
    }

    /** The word after the market's words, where it stands. */
    private record Firm(String name, int start, int end) {
    }

    /**
     * The pattern's matches in {@code text}, as {@link Matcher#find()} gives them, but the pattern tried only where
     * {@code saham} or {@code emiten} is written, not at every character (the words open every match).
     */
    private static List<Firm> named(String text) {
        List<Firm> named = new ArrayList<>();
        Matcher m = AFTER_SHARES.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        for (int at = nextMarketWord(text, 0); at >= 0; ) {
            m.region(at, text.length());
            if (m.lookingAt()) {
                named.add(new Firm(m.group(1), m.start(1), m.end(1)));
                at = nextMarketWord(text, m.end());
            } else {
                at = nextMarketWord(text, at + 1);
            }
        }
        return named;
    }

    /** Where {@code saham} or {@code emiten} (either capitalised or not) and a space next stand at or after {@code from}; -1 for nowhere. */
    private static int nextMarketWord(String text, int from) {
        int shares = from;
        while ((shares = text.indexOf("aham ", shares + 1)) > 0 && !opens(text.charAt(shares - 1), 's')) {
        }
        int issuer = from;
        while ((issuer = text.indexOf("miten ", issuer + 1)) > 0 && !opens(text.charAt(issuer - 1), 'e')) {
        }
        if (shares > 0 && issuer > 0) return Math.min(shares, issuer) - 1;
        return shares > 0 ? shares - 1 : issuer > 0 ? issuer - 1 : -1;
    }

    private static boolean opens(char c, char lower) {
        return c == lower || c == Character.toUpperCase(lower);
    }

    /** Whether {@code name} may be a firm's: no place the tables know, no listed name of another kind, no common word. */
    private boolean isFirm(String name) {
        if (places.countryCode(name) != null || places.namesTownOrLarger(name) || model.commonInLowerCase(name)) return false;
        EntityLexicon.Alias listed = lexicon.listed(name);
        return listed == null || listed.type() == EntityType.ORGANIZATION;
    }

    /** Whether a found name covers more than the word at {@code start}..{@code end}: the word is part of it. */
    private static boolean inOtherName(List<Found> found, int start, int end) {
        for (Found f : found) if (f.start() < end && start < f.end() && (f.start() != start || f.end() != end)) return true;
        return false;
    }
}
