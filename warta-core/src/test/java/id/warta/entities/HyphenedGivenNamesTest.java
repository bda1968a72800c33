package id.warta.entities;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.model.Entity;
import id.warta.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Invented world and election news: a hyphened given name is one person; a pair of candidates stays two. */
class HyphenedGivenNamesTest {
    @Test
    void aHyphenedGivenNameIsOnePerson() {
        List<Entity> entities = Entities.shipped().find("""
                Menteri Luar Negeri Prancis Jean-Pierre Morel bertemu Menteri Kesehatan Kamerun Marie-Claire Tchinda \
                di Paris. Morel mengatakan kerja sama akan diperluas. Tchinda menyambut baik.""");
        List<String> people = entities.stream().filter(e -> e.type() == EntityType.PERSON).map(Entity::name).toList();
        assertThat(people).contains("Jean-Pierre Morel", "Marie-Claire Tchinda").doesNotContain("Pierre Morel", "Claire Tchinda");
    }

    @Test
    void aPairOfCandidatesAndARouteStayApart() {
        List<Entity> entities = Entities.shipped().find("""
                Pasangan Budi Santoso-Rudi Hartono resmi mendaftar ke KPU. Santoso mengatakan pasangan itu siap. \
                Kereta rute Jakarta-Bandung Raya beroperasi lagi. Pasangan calon bupati: 1. Ramon Sitepu-Edi Putra Manik \
                2. Tono Bangun-Simon Sembiring.""");
        assertThat(entities).extracting(Entity::name)
                .doesNotContain("Santoso-Rudi Hartono", "Sitepu-Edi Putra Manik", "Bangun-Simon Sembiring");
    }
}
