package id.warta.model;

import java.math.BigDecimal;
import java.util.Objects;

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

    /** Equal amounts have equal numbers, however written: {@code 14500} is {@code 1.45E+4} (a JSON round trip may change the scale). */
    @Override
    public boolean equals(Object o) {
        return o instanceof Amount a && start == a.start && end == a.end && Objects.equals(text, a.text)
                && Objects.equals(unit, a.unit) && sameNumber(value, a.value) && sameNumber(upper, a.upper);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, start, end, unit, normal(value), normal(upper));
    }

    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static BigDecimal normal(BigDecimal v) {
        return v == null ? null : v.stripTrailingZeros();
    }
}
