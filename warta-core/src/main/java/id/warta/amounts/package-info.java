/**
 * Money and percentages with exact values: {@code Rp 1,6 triliun}, {@code US$ 97,7 miliar},
 * {@code 40 persen}. Entry point: {@link id.warta.amounts.Amounts#find(String)}.
 */
package id.warta.amounts;
