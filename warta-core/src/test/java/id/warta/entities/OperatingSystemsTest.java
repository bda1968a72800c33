package id.warta.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Invented app news: an operating system is a product, no body and no place (products.tsv). */
class OperatingSystemsTest {
    @Test
    void anOperatingSystemIsNoName() {
        List<String> named = EntitiesRead.named("Aplikasi itu bisa diunduh di Android dan iOS mulai Senin, kata Rudi Hartono.");
        assertThat(named).noneMatch(n -> n.startsWith("Android/") || n.startsWith("iOS/"));
    }
}
