package id.warta.entities;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class CueWordsTest {
    private final CueWords cues = new CueWords(Set.of("dikutip", "laman"));

    @Test
    void findsACueInAnyCase() {
        assertTrue(cues.has("dikutip"));
        assertTrue(cues.has("Dikutip"));
        assertTrue(cues.has("LAMAN"));
    }

    @Test
    void turnsAwayOtherWordsThoseSharingAFirstLetterToo() {
        assertFalse(cues.has("dikutipnya"));
        assertFalse(cues.has("Lampung"));
        assertFalse(cues.has("situs"));
        assertFalse(cues.has(""));
    }
}
