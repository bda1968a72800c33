package id.warta.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WordBitsTest {
    @Test
    void answersEachWordsBitsAndZeroForOthers() {
        WordBits table = new WordBits(Map.of("kata", 0b101, "ujar", 1 << 31, "salah satu", 0b10, "kosong", 0));
        assertThat(table.of("kata")).isEqualTo(0b101);
        assertThat(table.of("ujar")).isEqualTo(1 << 31);
        assertThat(table.of("salah satu")).isEqualTo(0b10);
        assertThat(table.of("Kata")).isZero(); // as written: case counts
        assertThat(table.of("kosong")).isZero();
        assertThat(table.of("")).isZero();
        assertThat(table.of("tidak")).isZero();
    }

    @Test
    void wordsSharingAHashAreTold() {
        Map<String, Integer> bits = new HashMap<>();
        bits.put("Aa", 1); // "Aa" and "BB" share String.hashCode
        bits.put("BB", 2);
        for (int i = 0; i < 500; i++) bits.put("kata" + i, i + 3);
        WordBits table = new WordBits(bits);
        assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
        assertThat(table.of("Aa")).isEqualTo(1);
        assertThat(table.of("BB")).isEqualTo(2);
        for (int i = 0; i < 500; i++) assertThat(table.of("kata" + i)).isEqualTo(i + 3);
        assertThat(table.of("kata500")).isZero();
    }
}
