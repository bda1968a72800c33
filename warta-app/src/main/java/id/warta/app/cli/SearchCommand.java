package id.warta.app.cli;

import id.warta.index.NewsIndex;
import id.warta.index.Schema;
import id.warta.index.search.InvalidRequestException;
import id.warta.index.search.QuoteRequest;
import id.warta.index.search.QuoteResults;
import id.warta.index.search.SearchRequest;
import id.warta.index.search.SearchResults;
import id.warta.index.search.SortOrder;
import id.warta.json.ArticleJson;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code warta search QUERY}: search the index from the command line, as a table or JSON. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Search the articles in the index: words (all required), \"phrases\", AND/OR/NOT, -word, prefix*,",
            "and field:value for title, text, outlet, person, organization, place, speaker, entity.",
            "With --quotes, search what was said: --speaker who, and QUERY about what."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:results printed (possibly none)", "1:an unexpected internal error", "2:wrong command line or query, or no index"})
public final class SearchCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "QUERY", description = "The query (blank lists the newest articles).")
    List<String> words = new ArrayList<>();

    @Option(names = {"-d", "--data"}, paramLabel = "DIR", description = "Data folder holding the index (default: ~/.warta/data).")
    Path data;

    @Option(names = "--json", description = "Print the results as JSON, as the API returns them.")
    boolean json;

    @Option(names = "--quotes", description = "Search quotes instead of articles.")
    boolean quotes;

    @Option(names = {"-n", "--size"}, defaultValue = "10", description = "Results per page (default: ${DEFAULT-VALUE}, at most 100).")
    int size;

    @Option(names = "--page", defaultValue = "1", description = "Page of results (default: ${DEFAULT-VALUE}).")
    int page;

    @Option(names = "--sort", defaultValue = "relevance", description = "relevance, newest or oldest (default: ${DEFAULT-VALUE}).")
    String sort;

    @Option(names = "--person", description = "Only articles naming this person (repeatable).")
    List<String> persons = new ArrayList<>();

    @Option(names = "--organization", description = "Only articles naming this organisation (repeatable).")
    List<String> organizations = new ArrayList<>();

    @Option(names = "--place", description = "Only articles naming this place (repeatable).")
    List<String> places = new ArrayList<>();

    @Option(names = "--outlet", description = "Only articles of this outlet (repeatable).")
    List<String> outlets = new ArrayList<>();

    @Option(names = "--speaker", description = "Only articles quoting this speaker; with --quotes, the speaker (in full or in part).")
    List<String> speakers = new ArrayList<>();

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Published on or after this day.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Published on or before this day.")
    LocalDate to;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        try (NewsIndex index = IndexOpening.forReading(DataFolder.resolve(data), err)) {
            if (index == null) return ExitCodes.USAGE;
            Object results = quotes ? index.searcher().quotes(quoteRequest()) : index.searcher().search(request());
            if (json) out.println(ArticleJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(results));
            else if (results instanceof QuoteResults q) ResultTable.quotes(q, out);
            else ResultTable.articles((SearchResults) results, out);
            out.flush();
            return ExitCodes.OK;
        } catch (InvalidRequestException e) {
            err.println("warta: " + e.getMessage());
            err.flush();
            return ExitCodes.USAGE;
        }
    }

    private SearchRequest request() {
        Map<String, List<String>> filters = new LinkedHashMap<>();
        put(filters, Schema.PERSON, persons);
        put(filters, Schema.ORGANIZATION, organizations);
        put(filters, Schema.PLACE, places);
        put(filters, Schema.OUTLET, outlets);
        put(filters, Schema.SPEAKER, speakers);
        return new SearchRequest(String.join(" ", words), filters, from, to,
                words.isEmpty() && sort.equals("relevance") ? SortOrder.NEWEST : SortOrder.parse(sort), page, size, 5);
    }

    private QuoteRequest quoteRequest() {
        return new QuoteRequest(String.join(" ", speakers), String.join(" ", words), SortOrder.parse(sort), page, size);
    }

    private static void put(Map<String, List<String>> filters, String field, List<String> values) {
        if (!values.isEmpty()) filters.put(field, values);
    }
}
