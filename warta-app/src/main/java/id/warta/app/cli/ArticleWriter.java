package id.warta.app.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import id.warta.json.ArticleJson;
import id.warta.model.Amount;
import id.warta.model.Article;
import id.warta.model.Caption;
import id.warta.model.DateMention;
import id.warta.model.Entity;
import id.warta.model.Period;
import id.warta.model.Quote;
import id.warta.model.Related;
import id.warta.model.Warning;
import java.io.Closeable;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;

/** Writes analysed articles to standard output in the chosen {@link OutputFormat}, streaming. */
abstract sealed class ArticleWriter implements Closeable {
    abstract void write(Article article) throws IOException;

    static ArticleWriter of(OutputFormat format, PrintWriter out) throws IOException {
        return switch (format) {
            case json -> new JsonArray(out);
            case jsonl -> new JsonLinesWriter(out);
            case text -> new Text(out);
        };
    }

    static final class JsonArray extends ArticleWriter {
        private final JsonGenerator gen;

        JsonArray(PrintWriter out) throws IOException {
            gen = ArticleJson.mapper().getFactory().createGenerator(out);
            gen.useDefaultPrettyPrinter();
            gen.writeStartArray();
        }

        @Override
        void write(Article article) throws IOException {
            ArticleJson.mapper().writeValue(gen, article);
            gen.flush();
        }

        @Override
        public void close() throws IOException {
            gen.writeEndArray();
            gen.writeRaw('\n');
            gen.flush();
        }
    }

    static final class JsonLinesWriter extends ArticleWriter {
        private final PrintWriter out;
        private final ObjectWriter writer = ArticleJson.mapper().writer();

        JsonLinesWriter(PrintWriter out) {
            this.out = out;
        }

        @Override
        void write(Article article) throws IOException {
            out.println(writer.writeValueAsString(article));
        }

        @Override
        public void close() {
            out.flush();
        }
    }

    static final class Text extends ArticleWriter {
        private final PrintWriter out;

        Text(PrintWriter out) {
            this.out = out;
        }

        @Override
        void write(Article a) {
            out.println("== " + a.source());
            if (a.title() != null) out.println("Title:     " + a.title());
            line("Outlet:    ", a.outlet() == null ? null : a.outlet() + (a.site() == null ? "" : " (" + a.site() + ")"));
            line("Published: ", a.published() == null ? null : a.published().iso());
            if (a.dateline() != null) line("Dateline:  ", a.dateline().text() + "  [place: " + a.dateline().place() + "]");
            line("URL:       ", a.url());
            out.println();
            out.println(a.text());
            out.println();
            for (Caption c : a.captions()) out.println("Caption: " + c.text() + (c.credit() == null ? "" : " (" + c.credit() + ")"));
            int i = 1;
            for (Related r : a.related()) out.println("Related " + i++ + ": " + r.title() + (r.url() == null ? "" : " <" + r.url() + ">"));
            if (a.credits().source() != null || !a.credits().authors().isEmpty() || !a.credits().editors().isEmpty()) {
                out.println("Credits: authors " + a.credits().authors() + ", editors " + a.credits().editors()
                        + ", source " + (a.credits().source() == null ? "-" : "'" + a.credits().source() + "'"));
            }
            for (Entity e : a.entities()) out.println(entity(e));
            for (DateMention d : a.dates()) out.println("Date: " + d.text() + " = " + d.value() + " (" + d.kind().name().toLowerCase() + ")");
            for (Period p : a.periods()) out.println("Period: " + p.text() + " = " + p.relation() + " " + p.value());
            for (Quote q : a.quotes()) {
                out.println((q.kind() == Quote.Kind.DIRECT ? "Quote: " : "Reported: ")
                        + (q.speaker().name() == null ? "(speaker unknown)" : q.speaker().name())
                        + (q.cue() == null ? "" : " [" + q.cue() + "]") + ": " + abbreviate(q.text()));
            }
            for (Amount m : a.amounts()) {
                out.println("Amount: " + m.text() + " = " + m.value().toPlainString()
                        + (m.upper() == null ? "" : "–" + m.upper().toPlainString()) + " " + m.unit());
            }
            String chain = a.sources().stream().filter(c -> !c.role().equals("anonymous"))
                    .map(c -> c.name() + " (" + c.role() + ")").collect(java.util.stream.Collectors.joining(" → "));
            if (!chain.isEmpty()) out.println("Sources: " + chain);
            a.sources().stream().filter(c -> c.role().equals("anonymous"))
                    .forEach(c -> out.println("Anonymous source: " + c.name()));
            for (Warning w : a.warnings()) out.println("Warning: [" + w.code() + "] " + w.message());
            out.println();
        }

        private static String abbreviate(String s) {
            String flat = s.replace("\n\n", " ¶ ");
            return flat.length() <= 160 ? flat : flat.substring(0, 157) + "...";
        }

        /** {@code Person: Annalena Baerbock [Menteri Luar Negeri Jerman] x5: Baerbock, baerbock}. */
        private static String entity(Entity e) {
            String type = switch (e.type()) {
                case PERSON -> "Person";
                case ORGANIZATION -> "Organisation";
                case PLACE -> "Place";
            };
            StringBuilder b = new StringBuilder(type).append(": ").append(e.name());
            if (!e.roles().isEmpty()) b.append(" [").append(String.join("; ", e.roles())).append(']');
            if (e.place() != null) b.append(" {").append(e.place().scheme()).append(' ').append(e.place().code()).append('}');
            b.append(" x").append(e.mentions().size());
            List<String> forms = e.mentions().stream().map(m -> m.text()).distinct().filter(t -> !t.equals(e.name())).toList();
            if (!forms.isEmpty()) b.append(": ").append(String.join(", ", forms));
            return b.toString();
        }

        private void line(String label, String value) {
            if (value != null) out.println(label + value);
        }

        @Override
        public void close() {
            out.flush();
        }
    }
}
