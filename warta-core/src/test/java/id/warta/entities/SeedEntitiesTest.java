package id.warta.entities;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.Seed;
import id.warta.model.Article;
import id.warta.model.Entity;
import id.warta.model.EntityType;
import id.warta.model.Mention;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed article's people, organisations and places, as ../shared/seed/EXPECTED.md lists them. */
class SeedEntitiesTest {
    static Article seed;

    @BeforeAll
    static void analyseSeed() {
        seed = Seed.analysed();
    }

    private static Entity entity(String name, EntityType type) {
        List<Entity> matches = seed.entities().stream().filter(e -> e.name().equals(name)).toList();
        assertThat(matches).as("one entity named %s", name).hasSize(1);
        assertThat(matches.getFirst().type()).as(name).isEqualTo(type);
        return matches.getFirst();
    }

    private static List<String> forms(Entity e, String use) {
        return e.mentions().stream().filter(m -> m.use().equals(use)).map(Mention::text).distinct().toList();
    }

    @Test
    void peopleUnderTheirFullNamesWithTheirRoles() {
        Entity putin = entity("Vladimir Putin", EntityType.PERSON);
        assertThat(forms(putin, "name")).contains("Vladimir Putin", "Putin");
        assertThat(putin.roles()).containsExactly("Presiden Rusia");
        assertThat(entity("Donald Trump", EntityType.PERSON).roles()).containsExactly("Presiden terpilih AS");
        Entity baerbock = entity("Annalena Baerbock", EntityType.PERSON);
        assertThat(forms(baerbock, "name")).contains("Annalena Baerbock", "Baerbock", "baerbock");
        assertThat(baerbock.roles()).containsExactly("Menteri Luar Negeri Jerman");
        Entity scholz = entity("Olaf Scholz", EntityType.PERSON);
        assertThat(forms(scholz, "name")).contains("Olaf Scholz", "Scholz");
        assertThat(scholz.roles()).containsExactly("Kanselir Jerman");
    }

    @Test
    void organisationsWithTheirAbbreviationsAndLongForms() {
        Entity nato = entity("NATO", EntityType.ORGANIZATION);
        assertThat(nato.mentions()).extracting(Mention::text).contains("NATO", "Pakta Pertahanan Atlantik Utara");
        entity("Bloomberg", EntityType.ORGANIZATION);
        Entity rt = entity("Russia Today", EntityType.ORGANIZATION);
        assertThat(forms(rt, "alias")).containsExactly("RT");
        Entity parliament = entity("Parlemen Jerman", EntityType.ORGANIZATION);
        assertThat(parliament.mentions()).extracting(Mention::text).contains("Parlemen Jerman", "parlemen");
    }

    @Test
    void countriesWithTheirCapitalsAsMetonymsAndEpithets() {
        Entity russia = entity("Rusia", EntityType.PLACE);
        assertThat(forms(russia, "metonym")).containsExactly("Moskow");
        assertThat(russia.place().code()).isEqualTo("RU");
        Entity ukraine = entity("Ukraina", EntityType.PLACE);
        assertThat(forms(ukraine, "metonym")).containsExactly("Kyiv");
        Entity us = entity("Amerika Serikat", EntityType.PLACE);
        assertThat(forms(us, "alias")).containsExactly("AS");
        assertThat(us.place().scheme()).isEqualTo("iso3166");
        assertThat(us.place().code()).isEqualTo("US");
        Entity germany = entity("Jerman", EntityType.PLACE);
        assertThat(forms(germany, "metonym")).containsExactly("Berlin");
        assertThat(forms(germany, "epithet")).containsExactly("Negeri Rhein");
        assertThat(germany.place().code()).isEqualTo("DE");
    }

    @Test
    void regionsAndTheCityInTheCaption() {
        entity("Eropa", EntityType.PLACE);
        entity("Donbass", EntityType.PLACE);
        entity("Krimea", EntityType.PLACE);
        Entity kursk = entity("Kursk", EntityType.PLACE);
        assertThat(kursk.place().code()).isEqualTo("538560");
        assertThat("Wilayah Kursk Rusia").contains(kursk.mentions().getFirst().text());
        Entity irpin = entity("Irpin", EntityType.PLACE); // "di Kota Irpin": a foreign city's name, not "Kota Irpin"
        assertThat(irpin.mentions().getFirst().in()).isEqualTo("/captions/0/text");
        assertThat(irpin.place().scheme()).isEqualTo("geonames");
    }

    @Test
    void everyMentionQuotesItsField() {
        for (Entity e : seed.entities()) {
            for (Mention m : e.mentions()) {
                String field = switch (m.in()) {
                    case "/text" -> seed.text();
                    case "/title" -> seed.title();
                    case "/dateline/text" -> seed.dateline().text();
                    default -> seed.captions().get(Integer.parseInt(m.in().split("/")[2])).text();
                };
                assertThat(field.substring(m.start(), m.end())).as(e.name()).isEqualTo(m.text());
            }
        }
    }
}
