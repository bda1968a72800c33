package id.warta.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ArgsTest {
    @Test
    void readsPairsAndFallsBackForMissingNames() {
        Args args = new Args(new String[]{"--every", "6", "--limit", "2_000", "--dump", "out.jsonl"});
        assertEquals(6, args.integer("every", 1));
        assertEquals(2000, args.integer("limit", Integer.MAX_VALUE));
        assertEquals("out.jsonl", args.string("dump", null));
        assertEquals(3, args.integer("rounds", 3));
    }

    @Test
    void aNameWithoutValueStopsTheRunInsteadOfBeingIgnored() {
        var help = assertThrows(IllegalArgumentException.class, () -> new Args(new String[]{"--help"}));
        assertTrue(help.getMessage().startsWith("--help has no value"), help.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Args(new String[]{"--every", "6", "--rounds"}));
        assertThrows(IllegalArgumentException.class, () -> new Args(new String[]{"6", "--every"}));
    }
}
