package id.warta.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.warta.Warta;
import id.warta.index.NewsIndex;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keeps the hand-written OpenAPI document and the routes the server registers in step. */
class OpenApiTest {
    @Test
    void everyRouteIsDescribedAndEveryDescriptionIsARoute(@TempDir Path data) throws Exception {
        JsonNode paths = new ObjectMapper().readTree(Web.resource("/id/warta/app/server/openapi.json")).get("paths");
        Set<String> documented = new HashSet<>();
        for (Iterator<String> p = paths.fieldNames(); p.hasNext(); ) {
            String path = p.next();
            for (Iterator<String> m = paths.get(path).fieldNames(); m.hasNext(); ) documented.add(m.next().toUpperCase(Locale.ROOT) + " " + path);
        }
        Set<String> served = new HashSet<>();
        try (NewsIndex index = NewsIndex.open(data)) {
            List<Api.Route> routes = Api.routes(index, Warta.pipeline());
            for (Api.Route r : routes) served.add(r.method().name().toUpperCase(Locale.ROOT) + " " + r.path());
        }
        assertThat(documented).isEqualTo(served);
    }
}
