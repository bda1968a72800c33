package id.warta.entities;

import java.util.regex.Pattern;

/**
 * {@code Legend 5 Limited Edition}, {@code Silent Hill Deluxe Edition}: English {@code Edition} closes a product's
 * name (a device's, a game's, a car's), so a name ending with it, or a name the word follows right after, names a
 * product, no body or person (by the project's convention products are no entities).
 */
final class ProductEditions {
    /** {@code Edition} as the name's last word, or as the next word after it. */
    private static final Pattern EDITION = Pattern.compile("(?:^|\\s)Edition$");
    private static final String EDITION_AFTER = " Edition";

    private ProductEditions() {
    }

    /** Whether the name {@code f} found in {@code text} is, or ends right before, a product's {@code Edition}. */
    static boolean names(String text, Found f) {
        return EDITION.matcher(f.textIn(text)).find() || text.startsWith(EDITION_AFTER, f.end());
    }
}
