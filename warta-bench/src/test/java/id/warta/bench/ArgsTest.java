package id.warta.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ArgsTest {
    private static final String[] PROFILE = {"rounds", "every", "limit", "export", "dump", "only"};

    @Test
    void readsPairsAndFallsBackForMissingNames() {
        Args args = new Args(new String[]{"--every", "6", "--limit", "2_000", "--dump", "out.jsonl"}, PROFILE);
        assertEquals(6, args.integer("every", 1));
        assertEquals(2000, args.integer("limit", Integer.MAX_VALUE));
        assertEquals("out.jsonl", args.string("dump", null));
        assertEquals(3, args.integer("rounds", 3));
        assertEquals(null, args.string("only", null));
    }

    @Test
    void aNameWithoutValueStopsTheRunInsteadOfBeingIgnored() {
        var help = assertThrows(IllegalArgumentException.class, () -> new Args(new String[]{"--help"}, PROFILE));
        assertTrue(help.getMessage().startsWith("--help has no value"), help.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Args(new String[]{"--every", "6", "--rounds"}, PROFILE));
        assertThrows(IllegalArgumentException.class, () -> new Args(new String[]{"6", "--every"}, PROFILE));
    }

    @Test
    void aMistypedNameStopsTheRunAndSaysWhichNamesAreRead() {
        var typo = assertThrows(IllegalArgumentException.class,
                () -> new Args(new String[]{"--rounds", "2", "--evrey", "6"}, PROFILE));
        assertTrue(typo.getMessage().startsWith("unknown option --evrey"), typo.getMessage());
        assertTrue(typo.getMessage().contains("--every"), typo.getMessage());
        // a name is matched whole, in its case: no prefix or case-folded guess runs something else
        assertThrows(IllegalArgumentException.class, () -> new Args(new String[]{"--ever", "6"}, PROFILE));
        assertThrows(IllegalArgumentException.class, () -> new Args(new String[]{"--Every", "6"}, PROFILE));
    }

    @Test
    void readingANameTheBenchmarkDidNotDeclareIsItsOwnMistake() {
        Args args = new Args(new String[]{"--every", "6"}, "every");
        assertThrows(IllegalStateException.class, () -> args.integer("rounds", 3));
        assertThrows(IllegalStateException.class, () -> args.string("dump", null));
    }
}
