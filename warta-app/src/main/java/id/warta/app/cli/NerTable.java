package id.warta.app.cli;

import id.warta.eval.NerEvaluation;
import id.warta.eval.NerScore;
import id.warta.model.EntityType;
import java.io.PrintWriter;
import java.util.List;

/** Prints entity-level scores as a table: one line per corpus and split, then one per type. */
final class NerTable {
    private NerTable() {
    }

    static void print(PrintWriter out, List<NerEvaluation.Result> results) {
        out.printf("%-16s %-5s %-13s %6s %6s %6s %6s%n", "corpus", "split", "type", "P", "R", "F1", "gold");
        for (NerEvaluation.Result r : results) {
            line(out, r.corpus().title(), r.split(), "all", r.score().overall());
            for (EntityType t : EntityType.values()) line(out, "", "", t.name(), r.score().of(t));
        }
        out.flush();
    }

    private static void line(PrintWriter out, String corpus, String split, String type, NerScore.Counts c) {
        out.printf("%-16s %-5s %-13s %6.3f %6.3f %6.3f %6d%n", corpus, split, type, c.precision(), c.recall(), c.f1(),
                c.tp() + c.fn());
    }
}
