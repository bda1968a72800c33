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

    /** One line per fold (F1 over all types and per type, gold names), then the mean F1 over the folds. */
    static void printFolds(PrintWriter out, List<NerEvaluation.Fold> folds) {
        out.printf("%-6s %6s %6s %6s", "fold", "P", "R", "F1");
        for (EntityType t : EntityType.values()) out.printf(" %13s", t.name());
        out.printf(" %6s%n", "gold");
        for (NerEvaluation.Fold f : folds) {
            NerScore.Counts all = f.test().overall();
            out.printf("%-6s %6.3f %6.3f %6.3f", f.fold(), all.precision(), all.recall(), all.f1());
            for (EntityType t : EntityType.values()) out.printf(" %13.3f", f.test().of(t).f1());
            out.printf(" %6d%n", all.tp() + all.fn());
        }
        out.printf("%-6s %6s %6s %6.3f", "mean", "", "", NerEvaluation.meanF1(folds, null));
        for (EntityType t : EntityType.values()) out.printf(" %13.3f", NerEvaluation.meanF1(folds, t));
        out.printf("%n");
        out.flush();
    }

    private static void line(PrintWriter out, String corpus, String split, String type, NerScore.Counts c) {
        out.printf("%-16s %-5s %-13s %6.3f %6.3f %6.3f %6d%n", corpus, split, type, c.precision(), c.recall(), c.f1(),
                c.tp() + c.fn());
    }
}
