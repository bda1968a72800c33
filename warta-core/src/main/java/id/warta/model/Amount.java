package id.warta.model;

import java.math.BigDecimal;

/**
 * A sum of money or a percentage, with its exact value.
 *
 * @param text  the expression as written ({@code Rp 1.549 triliun})
 * @param value the number it denotes (1549000000000000)
 * @param unit  ISO 4217 currency ({@code IDR}, {@code USD}) or {@code PERCENT}
 * @param upper for a range ({@code Rp 2–3 miliar}), its upper bound; else null
 */
public record Amount(String text, int start, int end, BigDecimal value, String unit, BigDecimal upper)
        implements Located {
    public Amount {
        Located.check(start, end);
    }
}
