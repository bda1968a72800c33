package id.warta.model;

import java.time.LocalDate;

/**
 * An expression in the text that denotes one calendar day, resolved to it.
 *
 * @param text  the expression as written ({@code Rabu 04 Desember 2024}, {@code kemarin})
 * @param value the day it denotes
 * @param kind  how it was written
 */
public record DateMention(String text, LocalDate value, int start, int end, Kind kind) implements Located {
    public DateMention {
        Located.check(start, end);
    }

    public enum Kind {
        /** day, month and year written out: {@code 4 Des 2024}, {@code 21/10/2025}. */
        ABSOLUTE,
        /** year (or month) taken from the publication date: {@code Rabu (29/4)}. */
        PARTIAL,
        /** relative to the publication date: {@code kemarin}, {@code lusa}. */
        RELATIVE
    }
}
