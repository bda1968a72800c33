package id.warta.entities;

import id.warta.entities.ner.NerModel;
import id.warta.entities.places.Places;
import id.warta.model.EntityType;
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
        if (text.indexOf("aham ") < 0 && text.indexOf("miten ") < 0) return;
        Set<String> firms = new HashSet<>();
        Matcher m = AFTER_SHARES.matcher(text);
        while (m.find()) {
            String name = m.group(1);
            if (isFirm(name) && !inOtherName(found, m.start(1), m.end(1))) firms.add(name);
        }
        if (firms.isEmpty()) return;
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            if (f.type() != EntityType.ORGANIZATION && firms.contains(f.textIn(text))) {
                found.set(i, new Found(f.start(), f.end(), EntityType.ORGANIZATION, f.via()));
            }
        }
        m.reset();
        while (m.find()) {
            if (!firms.contains(m.group(1))) continue;
            Found firm = new Found(m.start(1), m.end(1), EntityType.ORGANIZATION, "context");
            if (found.stream().anyMatch(firm::overlaps)) continue;
            int at = 0;
            while (at < found.size() && found.get(at).start() < firm.start()) at++;
            found.add(at, firm);
        }
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
