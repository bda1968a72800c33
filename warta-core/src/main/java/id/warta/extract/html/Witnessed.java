package id.warta.extract.html;

import id.warta.model.Moment;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A time and the witness that gave it, named for diagnostics ({@code warta eval extraction --details}):
 * {@code meta}, {@code date-line}, or a rule's verdict over one ({@code shown update over meta}).
 */
record Witnessed(String witness, Moment moment) {
    /** Witnesses of the publication time that a reader never sees: the head's, JSON-LD's, a script's. */
    private static final Set<String> HIDDEN = Set.of("meta", "json-ld", "json-ld over meta", "itemprop", "rdfa",
            "meta-generic", "any-json-ld", "script");

    /** One witness of a time, asked only when those before it gave none. */
    record Witness(String name, Supplier<Optional<Moment>> read) {
    }

    /** The first witness that gives a time, or null. */
    static Witnessed first(Witness... witnesses) {
        for (Witness w : witnesses) {
            Optional<Moment> m = w.read().get();
            if (m.isPresent()) return new Witnessed(w.name(), m.get());
        }
        return null;
    }

    /** Whether the time was read in markup the page's readers never see. */
    boolean hidden() {
        return HIDDEN.contains(witness);
    }

    /** The time another witness gives in place of this one's, named as its verdict over it: {@code address over meta}. */
    Witnessed over(String other, Moment m) {
        return new Witnessed(other + " over " + witness, m);
    }
}
