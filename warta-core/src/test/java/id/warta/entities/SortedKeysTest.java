package id.warta.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Invented group keys: the keys opening with some words, looked up in the keys sorted once, the dropped ones weeded out. */
class SortedKeysTest {
    @Test
    void theOneKeyOpeningWithTheWordsIsFoundAndADroppedOneIsNone() {
        Map<String, Integer> groups = new LinkedHashMap<>();
        for (String k : List.of("balai kota", "balai kota bogor", "balai kota depok", "dinas pendidikan",
                "dinas pendidikan kota bogor", "kementerian haji dan umrah")) {
            groups.put(k, 1);
        }
        SortedKeys sorted = new SortedKeys(groups.keySet());
        assertThat(sorted.onlyOpening("balai kota ", groups)).isNull(); // two
        assertThat(sorted.onlyOpening("dinas pendidikan ", groups)).isEqualTo("dinas pendidikan kota bogor");
        assertThat(sorted.onlyOpening("kementerian haji ", groups)).isEqualTo("kementerian haji dan umrah");
        assertThat(sorted.onlyOpening("pasar ", groups)).isNull();
        groups.remove("balai kota depok"); // merged away by a pass
        assertThat(sorted.onlyOpening("balai kota ", groups)).isEqualTo("balai kota bogor");
        assertThat(sorted.allOpening("balai kota ", groups)).containsExactly("balai kota bogor");
        assertThat(sorted.anyOpensWith("balai kota ")).isTrue();
        assertThat(sorted.anyOpensWith("balai kota bogor ")).isFalse();
    }
}
