package id.warta.entities;

import id.warta.lexicon.Lexicon;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code saham sejumlah BUMN}, {@code Lembaga Swadaya Masyarakat (LSM)}: the name of a kind of body, which names no
 * organisation ({@code body-kinds.tsv}); a name that goes on after it ({@code Kementerian BUMN}, {@code BUMD Kota
 * Bekasi}) names one.
 */
final class BodyKinds {
    private static final Set<String> KINDS = Lexicon.lines(BodyKinds.class, "body-kinds.tsv").stream()
            .map(k -> k.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());

    private BodyKinds() {
    }

    /** Whether {@code name}, as found, is a kind of body's name and nothing more. */
    static boolean isKind(String name) {
        return KINDS.contains(name.strip().toLowerCase(Locale.ROOT));
    }
}
